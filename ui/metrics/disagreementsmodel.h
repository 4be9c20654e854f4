#pragma once

#include "core/metrics/runmetrics.h"

#include <QAbstractTableModel>
#include <QList>

namespace Cutover {

// The answers of the two sides that disagree most (pass/fail, ratings,
// status, texts), largest weight first: case, why, both answers (first
// line; the whole answer in the tooltip).
class DisagreementsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseColumn, ReasonColumn, BaselineColumn, CandidateColumn, ColumnCount };

    explicit DisagreementsModel(QObject *parent = nullptr);

    void setDisagreements(const QList<Metrics::Disagreement> &disagreements,
                          const QString &baselineName, const QString &candidateName);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Metrics::Disagreement> m_rows;
    QString m_baselineName;
    QString m_candidateName;
};

} // namespace Cutover
