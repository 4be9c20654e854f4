#include "ui/plan/planfieldbinder.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Cutover {

PlanFieldBinder::PlanFieldBinder(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(m_document, &PlanDocument::changed, this, &PlanFieldBinder::refresh);
    connect(m_document, &PlanDocument::readOnlyChanged, this, &PlanFieldBinder::applyReadOnly);
}

void PlanFieldBinder::bind(QLineEdit *edit, const QString &mergeKey, const QString &undoText,
                           Getter get, Setter set)
{
    m_bindings.append({edit, get});
    edit->setText(get(m_document->plan()));
    edit->setReadOnly(m_document->isReadOnly());
    connect(edit, &QLineEdit::textEdited, this, [this, mergeKey, undoText, set](const QString &t) {
        m_document->edit(
                undoText, [&set, &t](Plan &p) { set(p, t); }, mergeKey);
    });
    connect(edit, &QLineEdit::editingFinished, m_document, &PlanDocument::closeMergeWindow);
    routeUndo(edit);
}

void PlanFieldBinder::bind(QPlainTextEdit *edit, const QString &mergeKey, const QString &undoText,
                           Getter get, Setter set)
{
    m_bindings.append({edit, get});
    edit->setPlainText(get(m_document->plan()));
    edit->setReadOnly(m_document->isReadOnly());
    // The document's undo stack is the one that counts.
    edit->setUndoRedoEnabled(false);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, mergeKey, undoText, set] {
        if (m_updating)
            return;
        const QString t = edit->toPlainText();
        m_document->edit(
                undoText, [&set, &t](Plan &p) { set(p, t); }, mergeKey);
    });
    routeUndo(edit);
}

void PlanFieldBinder::routeUndo(QWidget *widget)
{
    widget->installEventFilter(this);
}

void PlanFieldBinder::refresh()
{
    const Plan &plan = m_document->plan();
    m_updating = true;
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (!binding.widget)
            continue;
        const QString value = binding.get(plan);
        if (auto *line = qobject_cast<QLineEdit *>(binding.widget)) {
            if (line->text() != value) {
                const int cursor = line->cursorPosition();
                line->setText(value);
                line->setCursorPosition(qMin(cursor, int(value.size())));
            }
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(binding.widget)) {
            if (text->toPlainText() != value) {
                const int cursor = text->textCursor().position();
                text->setPlainText(value);
                QTextCursor c = text->textCursor();
                c.setPosition(qMin(cursor, int(value.size())));
                text->setTextCursor(c);
            }
        }
    }
    m_updating = false;
}

void PlanFieldBinder::applyReadOnly()
{
    const bool readOnly = m_document->isReadOnly();
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (auto *line = qobject_cast<QLineEdit *>(binding.widget))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(binding.widget))
            text->setReadOnly(readOnly);
    }
}

bool PlanFieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
        m_document->closeMergeWindow();
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo)
            break;
        if (event->type() == QEvent::ShortcutOverride) {
            // Keep the key for this field rather than a window shortcut, so
            // that undo works the same with or without a main window.
            event->accept();
            return true;
        }
        m_document->closeMergeWindow();
        if (undo)
            m_document->undoStack()->undo();
        else
            m_document->undoStack()->redo();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Cutover
