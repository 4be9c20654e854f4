#pragma once

#include "core/metrics/runmetrics.h"
#include "ui/plan/plantablemodel.h"

#include <QHash>

namespace Cutover {

// The plan's objectives: title, description, the measurable target as one
// line (PlanLabels::describe) and, when measured, the target's verdict
// against the project's default comparison (a coloured badge, the deciding
// interval in the tooltip). The target is edited in TargetEditor.
class ObjectivesModel final : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DescriptionColumn, TargetColumn, VerdictColumn, ColumnCount };

    explicit ObjectivesModel(PlanDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The verdicts to show (ObjectiveVerdictSource), and what they were
    // judged on; without a comparison, `message` says why there are none.
    void setVerdicts(const QList<Metrics::ObjectiveVerdict> &verdicts, const QString &comparison,
                     const QString &message);
    std::optional<Metrics::ObjectiveVerdict> verdictFor(qint64 objectiveId) const;

    qint64 insertItem(int row) override;
    void removeItems(const QList<qint64> &ids) override;
    void moveItem(qint64 id, int delta) override;

protected:
    QList<qint64> idsOf(const Plan &plan) const override;
    bool sameRow(const Plan &a, const Plan &b, int row) const override;
    bool isColumnEditable(int column) const override;

private:
    QVariant verdictData(const Objective &objective, int role) const;

    QHash<qint64, Metrics::ObjectiveVerdict> m_verdicts;
    QString m_comparison;
    QString m_verdictMessage;
};

} // namespace Cutover
