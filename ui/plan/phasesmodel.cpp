#include "ui/plan/phasesmodel.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plancolors.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

QString phaseName(const Plan &plan, qint64 id)
{
    const qsizetype i = PlanLists::indexOfId(plan.phases, id);
    if (i < 0)
        return QString();
    const QString name = plan.phases.at(i).name.trimmed();
    return name.isEmpty() ? PhasesModel::tr("(unnamed)") : name;
}

} // namespace

PhasesModel::PhasesModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanDocument::Phases, parent)
{
    initialize();
}

int PhasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Phase &ph = plan().phases.at(index.row());
    if (role == IdRole)
        return ph.id;
    if (const QVariant hint = hintData(index, role); hint.isValid())
        return hint;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return ph.name;
        case StartColumn:
            return ph.start.isValid() ? locale.toString(ph.start, QLocale::ShortFormat)
                                      : tr("Not set");
        case DurationColumn:
            return ph.durationDays;
        case EndColumn:
            return ph.start.isValid() ? locale.toString(ph.end(), QLocale::ShortFormat) : QString();
        case StatusColumn:
            return PlanLabels::label(ph.status);
        case DependsOnColumn: {
            QStringList names;
            for (qint64 dep : ph.dependsOn)
                names.append(phaseName(plan(), dep));
            return names.join(u", "_s);
        }
        }
        break;
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return ph.name;
        case StartColumn:
            return ph.start;
        case DurationColumn:
            return ph.durationDays;
        case EndColumn:
            return ph.end();
        case StatusColumn:
            return int(ph.status);
        case DependsOnColumn: {
            QVariantList ids;
            for (qint64 dep : ph.dependsOn)
                ids.append(dep);
            return ids;
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return PlanColors::swatch(PlanColors::phaseStatus(ph.status));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

bool PhasesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int column = index.column();
    QString text;
    switch (column) {
    case NameColumn:
        text = tr("Rename Phase");
        break;
    case StartColumn:
        text = tr("Change Phase Start");
        break;
    case DurationColumn:
        text = tr("Change Phase Duration");
        break;
    case StatusColumn:
        text = tr("Change Phase Status");
        break;
    case DependsOnColumn:
        text = tr("Change Phase Dependencies");
        break;
    }
    return editRow(index, role, text, &Plan::phases, [column, value](Phase &ph, Plan &p) {
        switch (column) {
        case NameColumn:
            ph.name = value.toString();
            break;
        case StartColumn:
            ph.start = value.toDate();
            break;
        case DurationColumn:
            ph.durationDays = qMax(1, value.toInt());
            break;
        case StatusColumn:
            ph.status = PhaseStatus(qBound(0, value.toInt(), int(PhaseStatus::Blocked)));
            break;
        case DependsOnColumn: {
            QList<qint64> deps;
            const QVariantList list = value.toList();
            for (const QVariant &v : list) {
                const qint64 dep = v.toLongLong();
                if (dep != ph.id && PlanLists::indexOfId(p.phases, dep) >= 0 && !deps.contains(dep))
                    deps.append(dep);
            }
            std::sort(deps.begin(), deps.end());
            ph.dependsOn = deps;
            break;
        }
        }
    });
}

QVariant PhasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Phase");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Days");
    case EndColumn:
        return tr("End");
    case StatusColumn:
        return tr("Status");
    case DependsOnColumn:
        return tr("Depends on");
    }
    return QVariant();
}

qint64 PhasesModel::insertItem(int row)
{
    if (!isEditable())
        return 0;
    const Plan &current = document()->plan();
    const qint64 id = current.nextId();
    // A new phase starts the day after the last phase ends (or today).
    QDate start = QDate::currentDate();
    for (const Phase &ph : current.phases) {
        if (ph.start.isValid() && ph.end() >= start)
            start = ph.end().addDays(1);
    }
    document()->edit(tr("Add Phase"), [id, row, start](Plan &p) {
        Phase ph;
        ph.id = id;
        ph.name = tr("New phase");
        ph.start = start;
        PlanLists::insertAt(p.phases, row, ph);
    });
    return id;
}

void PhasesModel::removeItems(const QList<qint64> &ids)
{
    removeRows(ids.size() == 1 ? tr("Remove Phase") : tr("Remove %1 Phases").arg(ids.size()), ids,
               &Plan::phases, [&ids](Plan &p) {
                   // Nothing may depend on a phase that is gone.
                   for (Phase &ph : p.phases)
                       ph.dependsOn.removeIf([&ids](qint64 dep) { return ids.contains(dep); });
               });
}

void PhasesModel::moveItem(qint64 id, int delta)
{
    moveRow(tr("Move Phase"), id, delta, &Plan::phases);
}

QList<std::pair<qint64, QString>> PhasesModel::phaseNames() const
{
    QList<std::pair<qint64, QString>> result;
    for (const Phase &ph : plan().phases)
        result.append({ph.id, phaseName(plan(), ph.id)});
    return result;
}

QList<qint64> PhasesModel::idsOf(const Plan &plan) const
{
    return PlanLists::ids(plan.phases);
}

bool PhasesModel::sameRow(const Plan &a, const Plan &b, int row) const
{
    // The depends-on column shows other phases' names.
    return a.phases.at(row) == b.phases.at(row) && a.phases.size() == b.phases.size()
           && std::equal(a.phases.cbegin(), a.phases.cend(), b.phases.cbegin(),
                         [](const Phase &x, const Phase &y) { return x.name == y.name; });
}

bool PhasesModel::isColumnEditable(int column) const
{
    return column != EndColumn;
}

} // namespace Cutover
