#pragma once

#include <QAbstractListModel>

namespace Cutover {

class PromptDraft;

// The messages of a PromptDraft as a list: role and the first line of the
// text. Follows the draft (edits, undo, redo); read-only, the editor edits
// through the draft.
class MessageListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int ChatRoleRole = Qt::UserRole; // int(ChatRole)

    explicit MessageListModel(PromptDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void follow();

    PromptDraft *m_draft;
    qsizetype m_rows = 0;
};

} // namespace Cutover
