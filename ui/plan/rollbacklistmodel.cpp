#include "ui/plan/rollbacklistmodel.h"

using namespace Qt::StringLiterals;

namespace Cutover {

RollbackListModel::RollbackListModel(PlanDocument *document, List list, QObject *parent)
    : PlanTableModel(document, PlanDocument::Rollback, parent)
    , m_list(list)
{
    initialize();
}

int RollbackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QString RollbackListModel::textAt(int row) const
{
    return m_list == List::Triggers ? plan().rollback.triggers.at(row).condition
                                    : plan().rollback.steps.at(row).action;
}

QVariant RollbackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case IdRole:
        return idAt(index.row());
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        return textAt(index.row());
    case HintRole:
        return hintData(index, role);
    }
    return QVariant();
}

bool RollbackListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 id = idAt(index.row());
    const QString text = value.toString();
    if (m_list == List::Triggers) {
        document()->edit(tr("Edit Rollback Trigger"), [id, text](Plan &p) {
            const qsizetype i = PlanLists::indexOfId(p.rollback.triggers, id);
            if (i >= 0)
                p.rollback.triggers[i].condition = text;
        });
    } else {
        document()->edit(tr("Edit Rollback Step"), [id, text](Plan &p) {
            const qsizetype i = PlanLists::indexOfId(p.rollback.steps, id);
            if (i >= 0)
                p.rollback.steps[i].action = text;
        });
    }
    return true;
}

QVariant RollbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Vertical)
        return QString::number(section + 1);
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section == 0)
        return m_list == List::Triggers ? tr("Condition") : tr("Action");
    return QAbstractTableModel::headerData(section, orientation, role);
}

qint64 RollbackListModel::insertItem(int row)
{
    if (!isEditable())
        return 0;
    const qint64 id = document()->plan().nextId();
    if (m_list == List::Triggers) {
        document()->edit(tr("Add Rollback Trigger"), [id, row](Plan &p) {
            PlanLists::insertAt(p.rollback.triggers, row, RollbackTrigger{id, tr("New trigger")});
        });
    } else {
        document()->edit(tr("Add Rollback Step"), [id, row](Plan &p) {
            PlanLists::insertAt(p.rollback.steps, row, RollbackStep{id, tr("New step")});
        });
    }
    return id;
}

void RollbackListModel::removeItems(const QList<qint64> &ids)
{
    if (m_list == List::Triggers) {
        document()->edit(ids.size() == 1 ? tr("Remove Rollback Trigger")
                                         : tr("Remove %1 Rollback Triggers").arg(ids.size()),
                         [&ids](Plan &p) { PlanLists::removeIds(p.rollback.triggers, ids); });
    } else {
        document()->edit(ids.size() == 1 ? tr("Remove Rollback Step")
                                         : tr("Remove %1 Rollback Steps").arg(ids.size()),
                         [&ids](Plan &p) { PlanLists::removeIds(p.rollback.steps, ids); });
    }
}

void RollbackListModel::moveItem(qint64 id, int delta)
{
    if (m_list == List::Triggers) {
        document()->edit(tr("Move Rollback Trigger"),
                         [id, delta](Plan &p) { PlanLists::move(p.rollback.triggers, id, delta); });
    } else {
        document()->edit(tr("Move Rollback Step"),
                         [id, delta](Plan &p) { PlanLists::move(p.rollback.steps, id, delta); });
    }
}

QList<qint64> RollbackListModel::idsOf(const Plan &plan) const
{
    return m_list == List::Triggers ? PlanLists::ids(plan.rollback.triggers)
                                    : PlanLists::ids(plan.rollback.steps);
}

bool RollbackListModel::sameRow(const Plan &a, const Plan &b, int row) const
{
    if (m_list == List::Triggers)
        return a.rollback.triggers.at(row) == b.rollback.triggers.at(row);
    return a.rollback.steps.at(row) == b.rollback.steps.at(row);
}

bool RollbackListModel::isColumnEditable(int) const
{
    return true;
}

} // namespace Cutover
