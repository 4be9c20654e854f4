#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace Cutover {

class MessageListModel;
class MessageTextEdit;
class PromptDraft;
class VariableHighlighter;

// Edits the messages of a PromptDraft: the list of messages (add, remove,
// move), the role and text of the current one with its `{{variables}}`
// highlighted, and the variables the whole template uses. Every change is
// an undo step on the draft's stack; the editor never stores anything.
class PromptEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PromptEditor(PromptDraft *draft, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int currentMessage() const; // -1 when there is none
    void setCurrentMessage(int index);

    void addMessage(int role); // after the current one; int(ChatRole)
    void removeCurrent();
    void moveCurrent(int delta);

    MessageListModel *model() const { return m_model; }
    QListView *messageList() const { return m_list; }
    QComboBox *roleCombo() const { return m_role; }
    MessageTextEdit *textEdit() const { return m_text; }
    QToolButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QLabel *variablesLabel() const { return m_variables; }

private:
    void showCurrent();
    void followDraft();
    void updateActions();

    PromptDraft *m_draft;
    MessageListModel *m_model;
    QListView *m_list;
    QComboBox *m_role;
    MessageTextEdit *m_text;
    VariableHighlighter *m_highlighter;
    QToolButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_variables;
    bool m_readOnly = false;
    int m_current = -1;
};

} // namespace Cutover
