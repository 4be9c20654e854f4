#pragma once

#include "ui/plan/plantablemodel.h"

namespace Cutover {

// The plan's scope: components and data items with their status. The kind
// and status columns edit as the enum's int value (Qt::EditRole).
class ScopeModel final : public PlanTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, DescriptionColumn, StatusColumn, ColumnCount };

    explicit ScopeModel(PlanDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 insertItem(int row) override;
    void removeItems(const QList<qint64> &ids) override;
    void moveItem(qint64 id, int delta) override;

protected:
    QList<qint64> idsOf(const Plan &plan) const override;
    bool sameRow(const Plan &a, const Plan &b, int row) const override;
    bool isColumnEditable(int column) const override;
};

} // namespace Cutover
