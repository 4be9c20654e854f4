#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace Cutover {

class PlanDocument;
class PlanFieldBinder;
class PlanItemTable;
class RollbackListModel;

// How to go back to the old model: summary, owner, the conditions that
// trigger a rollback and the steps, in order.
class RollbackPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RollbackPage(PlanDocument *document, QWidget *parent = nullptr);

    QLineEdit *summaryEdit() const { return m_summary; }
    QLineEdit *ownerEdit() const { return m_owner; }
    PlanItemTable *triggersTable() const { return m_triggers; }
    PlanItemTable *stepsTable() const { return m_steps; }
    RollbackListModel *triggersModel() const { return m_triggersModel; }
    RollbackListModel *stepsModel() const { return m_stepsModel; }

private:
    PlanFieldBinder *m_binder;
    QLineEdit *m_summary;
    QLineEdit *m_owner;
    RollbackListModel *m_triggersModel;
    RollbackListModel *m_stepsModel;
    PlanItemTable *m_triggers;
    PlanItemTable *m_steps;
};

} // namespace Cutover
