#include "ui/plan/plantablemodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Cutover {

PlanTableModel::PlanTableModel(PlanDocument *document, PlanDocument::Section section,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_section(section)
    , m_plan(document->plan())
{
    connect(m_document, &PlanDocument::changed, this, [this](PlanDocument::Sections sections) {
        if (sections & m_section)
            refresh();
    });
}

void PlanTableModel::initialize()
{
    m_ids = idsOf(m_plan);
    m_hints = hintsOf(m_plan);
}

void PlanTableModel::refresh()
{
    const Plan now = m_document->plan();
    const QList<qint64> &oldIds = m_ids;
    const QList<qint64> newIds = idsOf(now);
    const QHash<qint64, QStringList> newHints = hintsOf(now);
    if (oldIds != newIds) {
        beginResetModel();
        m_plan = now;
        m_ids = newIds;
        m_hints = newHints;
        endResetModel();
        return;
    }
    QList<int> changedRows;
    for (int row = 0; row < newIds.size(); ++row) {
        const qint64 id = newIds.at(row);
        if (!sameRow(m_plan, now, row) || m_hints.value(id) != newHints.value(id))
            changedRows.append(row);
    }
    m_plan = now;
    m_ids = newIds;
    m_hints = newHints;
    const int lastColumn = columnCount() - 1;
    // One dataChanged per contiguous run of changed rows.
    for (qsizetype i = 0; i < changedRows.size();) {
        qsizetype j = i;
        while (j + 1 < changedRows.size() && changedRows.at(j + 1) == changedRows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changedRows.at(i), 0), index(changedRows.at(j), lastColumn));
        i = j + 1;
    }
}

QHash<qint64, QStringList> PlanTableModel::hintsOf(const Plan &plan) const
{
    QHash<qint64, QStringList> result;
    const QList<PlanHint> hints = validatePlan(plan);
    for (const PlanHint &hint : hints) {
        if (hint.section == m_section && hint.itemId != 0)
            result[hint.itemId].append(hint.message);
    }
    return result;
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_ids.size());
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (isEditable() && isColumnEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> PlanTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(HintRole, "hints");
    names.insert(SortRole, "sortValue");
    return names;
}

qint64 PlanTableModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_ids.at(row);
}

int PlanTableModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

QVariant PlanTableModel::hintData(const QModelIndex &index, int role) const
{
    const qint64 id = idAt(index.row());
    if (role == HintRole)
        return m_hints.value(id);
    if (index.column() != 0 || !m_hints.contains(id))
        return QVariant();
    if (role == Qt::DecorationRole)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole)
        return m_hints.value(id).join(u'\n');
    return QVariant();
}

} // namespace Cutover
