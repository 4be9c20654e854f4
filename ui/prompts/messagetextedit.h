#pragma once

#include <QPlainTextEdit>

namespace Cutover {

// The text of one template message. Its own undo is off: Undo and Redo
// (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) go to the draft's stack through the
// signals, so typing, role changes and moves share one history. Losing the
// focus ends a run of typing (one undo step).
class MessageTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MessageTextEdit(QWidget *parent = nullptr);

    // Replaces the text without a textChanged() the editor would take for
    // typing, keeping the cursor where it was (clamped to the new length).
    void replaceText(const QString &text);

Q_SIGNALS:
    void undoRequested();
    void redoRequested();
    void typingEnded();
    // Alt+Shift+Up / Alt+Shift+Down: move this message (the text edit would
    // otherwise take the keys for selecting).
    void moveRequested(int delta);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace Cutover
