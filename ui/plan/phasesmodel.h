#pragma once

#include "ui/plan/plantablemodel.h"

namespace Cutover {

// The plan's phases. Start edits as a QDate, duration as an int (days),
// status as the enum's int value and "depends on" as a QVariantList of phase
// ids (stored sorted ascending, never the phase itself).
class PhasesModel final : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StartColumn,
        DurationColumn,
        EndColumn,
        StatusColumn,
        DependsOnColumn,
        ColumnCount
    };

    explicit PhasesModel(PlanDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 insertItem(int row) override;
    void removeItems(const QList<qint64> &ids) override;
    void moveItem(qint64 id, int delta) override;

    // Names of the phases for the depends-on editor: (id, name) in plan order.
    QList<std::pair<qint64, QString>> phaseNames() const;

protected:
    QList<qint64> idsOf(const Plan &plan) const override;
    bool sameRow(const Plan &a, const Plan &b, int row) const override;
    bool isColumnEditable(int column) const override;
};

} // namespace Cutover
