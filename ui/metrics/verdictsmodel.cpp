#include "ui/metrics/verdictsmodel.h"

#include "core/plan/planlabels.h"
#include "ui/metrics/verdictstyle.h"

using namespace Qt::StringLiterals;

namespace Cutover {

VerdictsModel::VerdictsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VerdictsModel::setVerdicts(const QList<Metrics::ObjectiveVerdict> &verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
}

int VerdictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

int VerdictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerdictsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Metrics::ObjectiveVerdict &v = m_verdicts.at(index.row());
    const QString detail = VerdictStyle::detail(v);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectiveColumn:
            return v.title;
        case TargetColumn:
            return PlanLabels::describe(v.target);
        case VerdictColumn:
            return VerdictStyle::label(v);
        case IntervalColumn:
            return QString(detail).replace(u'\n', u"; "_s);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return VerdictStyle::badge(VerdictStyle::color(v));
        break;
    case Qt::ToolTipRole:
        return detail;
    }
    return QVariant();
}

QVariant VerdictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectiveColumn:
        return tr("Objective");
    case TargetColumn:
        return tr("Target");
    case VerdictColumn:
        return tr("Verdict");
    case IntervalColumn:
        return tr("Decided by");
    }
    return QVariant();
}

QString VerdictsModel::toTsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int r = 0; r < rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields << index(r, c).data().toString().replace(u'\t', u' ');
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Cutover
