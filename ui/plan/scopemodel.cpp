#include "ui/plan/scopemodel.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plancolors.h"

using namespace Qt::StringLiterals;

namespace Cutover {

ScopeModel::ScopeModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanDocument::Scope, parent)
{
    initialize();
}

int ScopeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ScopeItem &s = plan().scope.at(index.row());
    if (role == IdRole)
        return s.id;
    if (const QVariant hint = hintData(index, role); hint.isValid())
        return hint;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return PlanLabels::label(s.kind);
        case NameColumn:
            return s.name;
        case DescriptionColumn:
            return s.description;
        case StatusColumn:
            return PlanLabels::label(s.status);
        }
        break;
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return int(s.kind);
        case NameColumn:
            return s.name;
        case DescriptionColumn:
            return s.description;
        case StatusColumn:
            return int(s.status);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return PlanColors::swatch(PlanColors::scopeStatus(s.status));
        break;
    }
    return QVariant();
}

bool ScopeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int column = index.column();
    QString text;
    switch (column) {
    case KindColumn:
        text = tr("Change Scope Kind");
        break;
    case NameColumn:
        text = tr("Rename Scope Item");
        break;
    case DescriptionColumn:
        text = tr("Edit Scope Description");
        break;
    case StatusColumn:
        text = tr("Change Scope Status");
        break;
    }
    return editRow(index, role, text, &Plan::scope, [column, value](ScopeItem &s, Plan &) {
        switch (column) {
        case KindColumn:
            s.kind = ScopeKind(qBound(0, value.toInt(), int(ScopeKind::Data)));
            break;
        case NameColumn:
            s.name = value.toString();
            break;
        case DescriptionColumn:
            s.description = value.toString();
            break;
        case StatusColumn:
            s.status = ScopeStatus(qBound(0, value.toInt(), int(ScopeStatus::OutOfScope)));
            break;
        }
    });
}

QVariant ScopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

qint64 ScopeModel::insertItem(int row)
{
    if (!isEditable())
        return 0;
    const qint64 id = document()->plan().nextId();
    document()->edit(tr("Add Scope Item"), [id, row](Plan &p) {
        ScopeItem s;
        s.id = id;
        s.name = tr("New item");
        PlanLists::insertAt(p.scope, row, s);
    });
    return id;
}

void ScopeModel::removeItems(const QList<qint64> &ids)
{
    removeRows(ids.size() == 1 ? tr("Remove Scope Item")
                               : tr("Remove %1 Scope Items").arg(ids.size()),
               ids, &Plan::scope);
}

void ScopeModel::moveItem(qint64 id, int delta)
{
    moveRow(tr("Move Scope Item"), id, delta, &Plan::scope);
}

QList<qint64> ScopeModel::idsOf(const Plan &plan) const
{
    return PlanLists::ids(plan.scope);
}

bool ScopeModel::sameRow(const Plan &a, const Plan &b, int row) const
{
    return a.scope.at(row) == b.scope.at(row);
}

bool ScopeModel::isColumnEditable(int) const
{
    return true;
}

} // namespace Cutover
