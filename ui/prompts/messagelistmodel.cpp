#include "ui/prompts/messagelistmodel.h"

#include "core/prompts/promptdraft.h"
#include "ui/prompts/promptlabels.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

constexpr qsizetype kPreviewLength = 60;

} // namespace

MessageListModel::MessageListModel(PromptDraft *draft, QObject *parent)
    : QAbstractListModel(parent)
    , m_draft(draft)
    , m_rows(draft->messages().size())
{
    connect(draft, &PromptDraft::changed, this, &MessageListModel::follow);
}

void MessageListModel::follow()
{
    const qsizetype rows = m_draft->messages().size();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0), index(int(rows - 1)));
    }
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TemplateMessage &m = m_draft->messages().at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString first = m.text.section(u'\n', 0, 0).trimmed();
        if (first.size() > kPreviewLength)
            first = first.left(kPreviewLength) + u'…';
        if (first.isEmpty())
            first = tr("(empty)");
        //: A message in the list: %1 = number, %2 = role, %3 = its first line
        return tr("%1. %2: %3").arg(index.row() + 1).arg(PromptLabels::role(m.role), first);
    }
    case Qt::ToolTipRole:
        return m.text;
    case ChatRoleRole:
        return int(m.role);
    case Qt::FontRole:
        if (m.role == ChatRole::System) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace Cutover
