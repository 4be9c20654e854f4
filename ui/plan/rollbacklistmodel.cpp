#include "ui/plan/rollbacklistmodel.h"

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

QList<RollbackTrigger> &triggersOf(Plan &plan)
{
    return plan.rollback.triggers;
}

QList<RollbackStep> &stepsOf(Plan &plan)
{
    return plan.rollback.steps;
}

} // namespace

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
    const QString text = value.toString();
    if (m_list == List::Triggers) {
        return editRow(index, role, tr("Edit Rollback Trigger"), triggersOf,
                       [text](RollbackTrigger &t, Plan &) { t.condition = text; });
    }
    return editRow(index, role, tr("Edit Rollback Step"), stepsOf,
                   [text](RollbackStep &s, Plan &) { s.action = text; });
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
        removeRows(ids.size() == 1 ? tr("Remove Rollback Trigger")
                                   : tr("Remove %1 Rollback Triggers").arg(ids.size()),
                   ids, triggersOf);
    } else {
        removeRows(ids.size() == 1 ? tr("Remove Rollback Step")
                                   : tr("Remove %1 Rollback Steps").arg(ids.size()),
                   ids, stepsOf);
    }
}

void RollbackListModel::moveItem(qint64 id, int delta)
{
    if (m_list == List::Triggers)
        moveRow(tr("Move Rollback Trigger"), id, delta, triggersOf);
    else
        moveRow(tr("Move Rollback Step"), id, delta, stepsOf);
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
