#pragma once

#include "core/prompts/prompt.h"

#include <QObject>
#include <QUndoStack>

namespace Cutover {

// The template being edited in the prompt editor: a list of messages with
// undo/redo. Versions are immutable, so edits never touch one; the draft
// starts from a version's messages (its base) and, when the user saves, the
// owner stores messages() as a new version (PromptVersions::append or the
// store) and calls reset() with it. Consecutive edits of one message's text
// merge into one undo step until closeMergeWindow() (focus left the field).
class PromptDraft final : public QObject
{
    Q_OBJECT

public:
    explicit PromptDraft(QObject *parent = nullptr);

    const QList<TemplateMessage> &messages() const { return m_messages; }
    const QList<TemplateMessage> &base() const { return m_base; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // True when messages() differ from the base (something to save).
    bool isModified() const { return m_messages != m_base; }

    // Starts over from `messages` (a loaded or just-saved version): no undo
    // history, not modified. Emits changed().
    void reset(const QList<TemplateMessage> &messages);

    // Edits; each is one undo step (text edits merge, see above). Out-of-range
    // indexes and edits that change nothing are ignored.
    void setText(int index, const QString &text);
    void setRole(int index, ChatRole role);
    void insertMessage(int index, const TemplateMessage &message); // index == size() appends
    void removeMessage(int index);
    void moveMessage(int from, int to);
    // Replaces every message as one step (paste a template, take an older version's wording).
    void replaceAll(const QList<TemplateMessage> &messages, const QString &undoText);

    void closeMergeWindow() { ++m_mergeGeneration; }

Q_SIGNALS:
    void changed();

private:
    friend class PromptDraftCommand;
    void apply(const QList<TemplateMessage> &messages);
    void push(const QString &text, QList<TemplateMessage> after, const QString &mergeKey);

    QList<TemplateMessage> m_base;
    QList<TemplateMessage> m_messages;
    QUndoStack m_undoStack;
    int m_mergeGeneration = 0;
};

} // namespace Cutover
