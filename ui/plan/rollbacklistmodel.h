#pragma once

#include "ui/plan/plantablemodel.h"

namespace Cutover {

// One ordered list of the rollback plan: its triggers (conditions) or its
// steps (actions, in execution order). One column; the vertical header
// numbers the rows.
class RollbackListModel final : public PlanTableModel
{
    Q_OBJECT

public:
    enum class List { Triggers, Steps };

    RollbackListModel(PlanDocument *document, List list, QObject *parent = nullptr);

    List list() const { return m_list; }

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

private:
    QString textAt(int row) const;

    List m_list;
};

} // namespace Cutover
