#include "ui/plan/objectivesmodel.h"

#include "core/plan/planlabels.h"
#include "ui/metrics/verdictstyle.h"

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
    if (index.column() == VerdictColumn)
        return verdictData(o, role);
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == VerdictColumn) {
        return tr("Each target judged against the latest run's first two endpoints: met or not "
                  "met only when the whole interval says so, otherwise inconclusive. The "
                  "Metrics pane shows the figures.");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Objective");
    case DescriptionColumn:
        return tr("Description");
    case TargetColumn:
        return tr("Target");
    case VerdictColumn:
        return tr("Verdict");
    }
    return QVariant();
}

void ObjectivesModel::setVerdicts(const QList<Metrics::ObjectiveVerdict> &verdicts,
                                  const QString &comparison, const QString &message)
{
    m_verdicts.clear();
    for (const Metrics::ObjectiveVerdict &v : verdicts)
        m_verdicts.insert(v.objectiveId, v);
    m_comparison = comparison;
    m_verdictMessage = message;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn));
}

std::optional<Metrics::ObjectiveVerdict> ObjectivesModel::verdictFor(qint64 objectiveId) const
{
    const auto it = m_verdicts.constFind(objectiveId);
    return it == m_verdicts.cend() ? std::nullopt : std::make_optional(it.value());
}

QVariant ObjectivesModel::verdictData(const Objective &o, int role) const
{
    const auto it = m_verdicts.constFind(o.id);
    // The verdict is judged on the target as it was when computed: a newer
    // edit of the target shows as not yet judged until the next result.
    const bool current = it != m_verdicts.cend() && o.target && it->target == *o.target;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (current)
            return role == SortRole && it->verdict ? QVariant(int(it->verdict->outcome))
                                                   : QVariant(VerdictStyle::label(*it));
        return role == SortRole ? QVariant(-1) : QVariant(u"—"_s);
    case Qt::DecorationRole:
        if (current)
            return VerdictStyle::badge(VerdictStyle::color(*it));
        break;
    case Qt::ToolTipRole:
        if (!o.target)
            return tr("Give the objective a target to judge it against the runs.");
        if (current) {
            return m_comparison.isEmpty()
                           ? VerdictStyle::detail(*it)
                           : tr("%1\nJudged on %2.").arg(VerdictStyle::detail(*it), m_comparison);
        }
        if (!m_verdictMessage.isEmpty())
            return m_verdictMessage;
        return tr("Not judged yet: run a prompt on two endpoints in Runs.");
    case Qt::ForegroundRole:
        if (!current)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
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
