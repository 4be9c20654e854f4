#include "ui/prompts/promptlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

bool sameRow(const PromptStore::PromptSummary &a, const PromptStore::PromptSummary &b)
{
    return a.name == b.name && a.description == b.description && a.latestVersion == b.latestVersion
           && a.variants == b.variants && a.updatedAt == b.updatedAt;
}

} // namespace

PromptListModel::PromptListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PromptListModel::setPrompts(const QList<PromptStore::PromptSummary> &prompts)
{
    bool sameNames = prompts.size() == m_prompts.size();
    for (qsizetype i = 0; sameNames && i < prompts.size(); ++i)
        sameNames = prompts.at(i).name == m_prompts.at(i).name;
    if (!sameNames) {
        beginResetModel();
        m_prompts = prompts;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        if (sameRow(prompts.at(i), m_prompts.at(i)))
            continue;
        m_prompts[i] = prompts.at(i);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int PromptListModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_prompts.size(); ++i) {
        if (m_prompts.at(i).name == name)
            return int(i);
    }
    return -1;
}

QStringList PromptListModel::names() const
{
    QStringList names;
    names.reserve(m_prompts.size());
    for (const PromptStore::PromptSummary &p : m_prompts)
        names.append(p.name);
    return names;
}

int PromptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_prompts.size());
}

int PromptListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromptStore::PromptSummary &p = m_prompts.at(index.row());
    if (role == NameRole)
        return p.name;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Latest:
            return p.latestVersion > 0 ? tr("v%1").arg(p.latestVersion) : QString();
        case Variants:
            return p.variants.join(u", "_s);
        case Updated:
            return p.updatedAt.isValid()
                           ? QLocale().toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat)
                           : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return p.name.toLower();
        case Latest:
            return p.latestVersion;
        case Variants:
            return int(p.variants.size());
        case Updated:
            return p.updatedAt;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !p.description.isEmpty())
            return p.description;
        if (index.column() == Variants && !p.variants.isEmpty())
            return tr("Endpoints with their own wording: %1").arg(p.variants.join(u", "_s));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Latest)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant PromptListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Latest:
        return tr("Latest");
    case Variants:
        return tr("Variants");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace Cutover
