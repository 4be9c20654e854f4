#pragma once

#include "core/metrics/runmetrics.h"

#include <QAbstractTableModel>
#include <QList>

namespace Cutover {

// The plan's objectives judged against a comparison: objective, target,
// verdict (a coloured badge) and the interval that decided it.
class VerdictsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ObjectiveColumn, TargetColumn, VerdictColumn, IntervalColumn, ColumnCount };

    explicit VerdictsModel(QObject *parent = nullptr);

    void setVerdicts(const QList<Metrics::ObjectiveVerdict> &verdicts);
    const QList<Metrics::ObjectiveVerdict> &verdicts() const { return m_verdicts; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString toTsv() const;

private:
    QList<Metrics::ObjectiveVerdict> m_verdicts;
};

} // namespace Cutover
