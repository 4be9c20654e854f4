#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace Cutover {

class PlanDocument;
class PlanFieldBinder;

// Title, the model being replaced and the one adopted, owner and notes.
class OverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(PlanDocument *document, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *fromModelEdit() const { return m_fromModel; }
    QLineEdit *toModelEdit() const { return m_toModel; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

private:
    PlanFieldBinder *m_binder;
    QLineEdit *m_title;
    QLineEdit *m_fromModel;
    QLineEdit *m_toModel;
    QLineEdit *m_owner;
    QPlainTextEdit *m_notes;
};

} // namespace Cutover
