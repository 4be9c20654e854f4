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

namespace {

int moveDelta(const QKeyEvent *event)
{
    if (event->modifiers() != (Qt::AltModifier | Qt::ShiftModifier))
        return 0;
    return event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
}

} // namespace

bool MessageTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && moveDelta(static_cast<QKeyEvent *>(event))) {
        event->accept(); // delivered as a key press below
        return true;
    }
    return QPlainTextEdit::event(event);
}

void MessageTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (const int delta = moveDelta(event)) {
        Q_EMIT moveRequested(delta);
        event->accept();
        return;
    }
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
