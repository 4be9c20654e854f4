#pragma once

#include "core/plan/plandocument.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace Cutover {

// Binds text fields to one string of the plan each. Typing pushes
// PlanDocument::edit with a merge key per field, so that one stretch of
// typing is one undo step; leaving the field (or Enter) closes the merge
// window. Document changes (undo, redo, import) update the fields; a field
// whose text is already equal is left alone, so its cursor stays put.
// Ctrl+Z / Ctrl+Shift+Z in the bound fields undo and redo the document.
class PlanFieldBinder final : public QObject
{
    Q_OBJECT

public:
    using Getter = std::function<QString(const Plan &)>;
    using Setter = std::function<void(Plan &, const QString &)>;

    explicit PlanFieldBinder(PlanDocument *document, QObject *parent = nullptr);

    void bind(QLineEdit *edit, const QString &mergeKey, const QString &undoText, Getter get,
              Setter set);
    void bind(QPlainTextEdit *edit, const QString &mergeKey, const QString &undoText, Getter get,
              Setter set);

    // Sends undo/redo key presses in `widget` to the document's undo stack
    // and closes the merge window when it loses focus.
    void routeUndo(QWidget *widget);

    // Pulls every field's value from the document.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        Getter get;
    };

    void applyReadOnly();

    PlanDocument *m_document;
    QList<Binding> m_bindings;
    bool m_updating = false;
};

} // namespace Cutover
