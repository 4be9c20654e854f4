#include "core/prompts/promptdraft.h"

#include <QCoreApplication>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PromptDraft)
};

} // namespace

// One undoable edit: the messages before and after (templates are small).
class PromptDraftCommand final : public QUndoCommand
{
public:
    PromptDraftCommand(PromptDraft *draft, const QString &text, QList<TemplateMessage> before,
                       QList<TemplateMessage> after, const QString &mergeKey)
        : QUndoCommand(text)
        , m_draft(draft)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {}

    void undo() override { m_draft->apply(m_before); }
    void redo() override { m_draft->apply(m_after); }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : kMergeableId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PromptDraftCommand *>(other);
        if (other->id() != id() || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    static constexpr int kMergeableId = 0x50524d54; // 'PRMT'

    PromptDraft *m_draft;
    QList<TemplateMessage> m_before;
    QList<TemplateMessage> m_after;
    QString m_mergeKey;
};

PromptDraft::PromptDraft(QObject *parent)
    : QObject(parent)
{}

void PromptDraft::reset(const QList<TemplateMessage> &messages)
{
    m_undoStack.clear();
    m_base = messages;
    m_messages = messages;
    ++m_mergeGeneration;
    Q_EMIT changed();
}

void PromptDraft::apply(const QList<TemplateMessage> &messages)
{
    m_messages = messages;
    Q_EMIT changed();
}

void PromptDraft::push(const QString &text, QList<TemplateMessage> after, const QString &mergeKey)
{
    if (after == m_messages)
        return;
    m_undoStack.push(new PromptDraftCommand(this, text, m_messages, std::move(after), mergeKey));
}

void PromptDraft::setText(int index, const QString &text)
{
    if (index < 0 || index >= m_messages.size())
        return;
    QList<TemplateMessage> after = m_messages;
    after[index].text = text;
    push(Tr::tr("Edit message %1").arg(index + 1), std::move(after),
         u"text:%1#%2"_s.arg(index).arg(m_mergeGeneration));
}

void PromptDraft::setRole(int index, ChatRole role)
{
    if (index < 0 || index >= m_messages.size() || role == ChatRole::Tool)
        return;
    QList<TemplateMessage> after = m_messages;
    after[index].role = role;
    push(Tr::tr("Change the role of message %1").arg(index + 1), std::move(after), QString());
}

void PromptDraft::insertMessage(int index, const TemplateMessage &message)
{
    if (index < 0 || index > m_messages.size() || message.role == ChatRole::Tool)
        return;
    QList<TemplateMessage> after = m_messages;
    after.insert(index, message);
    push(Tr::tr("Add message %1").arg(index + 1), std::move(after), QString());
}

void PromptDraft::removeMessage(int index)
{
    if (index < 0 || index >= m_messages.size())
        return;
    QList<TemplateMessage> after = m_messages;
    after.removeAt(index);
    push(Tr::tr("Remove message %1").arg(index + 1), std::move(after), QString());
}

void PromptDraft::moveMessage(int from, int to)
{
    if (from < 0 || from >= m_messages.size() || to < 0 || to >= m_messages.size() || from == to)
        return;
    QList<TemplateMessage> after = m_messages;
    after.move(from, to);
    push(Tr::tr("Move message %1 to position %2").arg(from + 1).arg(to + 1), std::move(after),
         QString());
}

void PromptDraft::replaceAll(const QList<TemplateMessage> &messages, const QString &undoText)
{
    for (const TemplateMessage &m : messages) {
        if (m.role == ChatRole::Tool)
            return;
    }
    push(undoText, messages, QString());
}

} // namespace Cutover
