#include "ui/plan/risksmodel.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plancolors.h"

using namespace Qt::StringLiterals;

namespace Cutover {

RisksModel::RisksModel(PlanDocument *document, QObject *parent)
    : PlanTableModel(document, PlanDocument::Risks, parent)
{
    initialize();
}

int RisksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RisksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Risk &r = plan().risks.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == LikelihoodRole)
        return r.likelihood;
    if (role == ImpactRole)
        return r.impact;
    if (const QVariant hint = hintData(index, role); hint.isValid())
        return hint;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case DescriptionColumn:
            return r.description;
        case LikelihoodColumn:
            return r.likelihood;
        case ImpactColumn:
            return r.impact;
        case ScoreColumn:
            return r.score();
        case LevelColumn:
            return role == SortRole ? QVariant(r.score())
                                    : QVariant(PlanLabels::riskLevel(r.score()));
        case MitigationColumn:
            return r.mitigation;
        case OwnerColumn:
            return r.owner;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return PlanColors::swatch(PlanColors::riskScore(r.score()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= LikelihoodColumn && index.column() <= ScoreColumn)
            return QVariant(Qt::AlignCenter);
        break;
    }
    return QVariant();
}

bool RisksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int column = index.column();
    QString text;
    switch (column) {
    case DescriptionColumn:
        text = tr("Edit Risk Description");
        break;
    case LikelihoodColumn:
        text = tr("Change Risk Likelihood");
        break;
    case ImpactColumn:
        text = tr("Change Risk Impact");
        break;
    case MitigationColumn:
        text = tr("Edit Risk Mitigation");
        break;
    case OwnerColumn:
        text = tr("Change Risk Owner");
        break;
    }
    return editRow(index, role, text, &Plan::risks, [column, value](Risk &r, Plan &) {
        switch (column) {
        case DescriptionColumn:
            r.description = value.toString();
            break;
        case LikelihoodColumn:
            r.likelihood = qBound(1, value.toInt(), 5);
            break;
        case ImpactColumn:
            r.impact = qBound(1, value.toInt(), 5);
            break;
        case MitigationColumn:
            r.mitigation = value.toString();
            break;
        case OwnerColumn:
            r.owner = value.toString();
            break;
        }
    });
}

QVariant RisksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LikelihoodColumn:
            return tr("How likely the risk is, from 1 (rare) to 5 (almost certain)");
        case ImpactColumn:
            return tr("How bad it would be, from 1 (negligible) to 5 (severe)");
        case ScoreColumn:
            return tr("Likelihood × impact");
        }
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Risk");
    case LikelihoodColumn:
        return tr("Likelihood");
    case ImpactColumn:
        return tr("Impact");
    case ScoreColumn:
        return tr("Score");
    case LevelColumn:
        return tr("Level");
    case MitigationColumn:
        return tr("Mitigation");
    case OwnerColumn:
        return tr("Owner");
    }
    return QVariant();
}

QHash<int, QByteArray> RisksModel::roleNames() const
{
    QHash<int, QByteArray> names = PlanTableModel::roleNames();
    names.insert(LikelihoodRole, "likelihood");
    names.insert(ImpactRole, "impact");
    return names;
}

void RisksModel::setNewRiskCell(int likelihood, int impact)
{
    m_newLikelihood = likelihood > 0 ? qBound(1, likelihood, 5) : 3;
    m_newImpact = impact > 0 ? qBound(1, impact, 5) : 3;
}

qint64 RisksModel::insertItem(int row)
{
    if (!isEditable())
        return 0;
    const qint64 id = document()->plan().nextId();
    const int likelihood = m_newLikelihood;
    const int impact = m_newImpact;
    document()->edit(tr("Add Risk"), [id, row, likelihood, impact](Plan &p) {
        Risk r;
        r.id = id;
        r.likelihood = likelihood;
        r.impact = impact;
        r.description = tr("New risk");
        PlanLists::insertAt(p.risks, row, r);
    });
    return id;
}

void RisksModel::removeItems(const QList<qint64> &ids)
{
    removeRows(ids.size() == 1 ? tr("Remove Risk") : tr("Remove %1 Risks").arg(ids.size()), ids,
               &Plan::risks);
}

void RisksModel::moveItem(qint64 id, int delta)
{
    moveRow(tr("Move Risk"), id, delta, &Plan::risks);
}

QList<qint64> RisksModel::idsOf(const Plan &plan) const
{
    return PlanLists::ids(plan.risks);
}

bool RisksModel::sameRow(const Plan &a, const Plan &b, int row) const
{
    return a.risks.at(row) == b.risks.at(row);
}

bool RisksModel::isColumnEditable(int column) const
{
    return column != ScoreColumn && column != LevelColumn;
}

RiskFilterProxy::RiskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PlanTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RiskFilterProxy::setCell(int likelihood, int impact)
{
    if (likelihood == m_likelihood && impact == m_impact)
        return;
    m_likelihood = likelihood;
    m_impact = impact;
    invalidateRowsFilter();
}

bool RiskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_likelihood <= 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RisksModel::LikelihoodRole).toInt() == m_likelihood
           && index.data(RisksModel::ImpactRole).toInt() == m_impact;
}

} // namespace Cutover
