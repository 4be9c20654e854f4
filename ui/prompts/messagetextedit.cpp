#include "ui/prompts/messagetextedit.h"

#include <QKeyEvent>
#include <QSignalBlocker>
#include <QTextBlock>

namespace Cutover {

MessageTextEdit::MessageTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
}

void MessageTextEdit::replaceText(const QString &text)
{
    if (text == toPlainText())
        return;
    const int position = textCursor().position();
    const QSignalBlocker blocker(this);
    setPlainText(text);
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    setTextCursor(cursor);
}

void MessageTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Undo) {
        Q_EMIT undoRequested();
        event->accept();
        return;
    }
    if (event == QKeySequence::Redo) {
        Q_EMIT redoRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MessageTextEdit::focusOutEvent(QFocusEvent *event)
{
    Q_EMIT typingEnded();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace Cutover
