#include "ui/plan/objectivesmodel.h"

#include "core/plan/planlabels.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Cutover {

ObjectivesModel::ObjectivesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanDocument::Objectives, parent)
{
    initialize();
}

int ObjectivesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectivesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Objective &o = plan().objectives.at(index.row());
    if (role == IdRole)
        return o.id;
    if (const QVariant hint = hintData(index, role); hint.isValid())
        return hint;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return o.title;
        case DescriptionColumn:
            return o.description;
        case TargetColumn:
            return o.target ? PlanLabels::describe(*o.target) : tr("No target");
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == TargetColumn && !o.target)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (index.column() == TargetColumn && !o.target) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn) {
            const QString target = o.target ? PlanLabels::describe(*o.target) : tr("No target");
            return tr("%1\nEdit the target below the table.").arg(target);
        }
        break;
    }
    return QVariant();
}

bool ObjectivesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QString text = value.toString();
    const int column = index.column();
    return editRow(index, role,
                   column == TitleColumn ? tr("Edit Objective Title")
                                         : tr("Edit Objective Description"),
                   &Plan::objectives, [text, column](Objective &o, Plan &) {
                       (column == TitleColumn ? o.title : o.description) = text;
                   });
}

QVariant ObjectivesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Objective");
    case DescriptionColumn:
        return tr("Description");
    case TargetColumn:
        return tr("Target");
    }
    return QVariant();
}

qint64 ObjectivesModel::insertItem(int row)
{
    if (!isEditable())
        return 0;
    const qint64 id = document()->plan().nextId();
    document()->edit(tr("Add Objective"), [id, row](Plan &p) {
        Objective o;
        o.id = id;
        o.title = tr("New objective");
        PlanLists::insertAt(p.objectives, row, o);
    });
    return id;
}

void ObjectivesModel::removeItems(const QList<qint64> &ids)
{
    removeRows(ids.size() == 1 ? tr("Remove Objective")
                               : tr("Remove %1 Objectives").arg(ids.size()),
               ids, &Plan::objectives);
}

void ObjectivesModel::moveItem(qint64 id, int delta)
{
    moveRow(tr("Move Objective"), id, delta, &Plan::objectives);
}

QList<qint64> ObjectivesModel::idsOf(const Plan &plan) const
{
    return PlanLists::ids(plan.objectives);
}

bool ObjectivesModel::sameRow(const Plan &a, const Plan &b, int row) const
{
    return a.objectives.at(row) == b.objectives.at(row);
}

bool ObjectivesModel::isColumnEditable(int column) const
{
    return column == TitleColumn || column == DescriptionColumn;
}

} // namespace Cutover
