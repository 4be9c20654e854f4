#pragma once

#include "core/endpoints/endpoint.h"
#include "core/util/result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Cutover {

class ChatCall;
class EndpointForm;
class EndpointsModel;
class Project;
class ProviderClient;
class SecretStore;

// The Endpoints pane: the project's model endpoints in a table, a form to
// edit the selected one, presets, duplicate, delete, baseline/candidate
// roles, key entry (keychain or this session) and "Test connection".
// Every edit is stored in the project at once (EndpointStore) and can be
// undone through undoStack().
class EndpointsPane final : public QWidget
{
    Q_OBJECT

public:
    EndpointsPane(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                  QWidget *parent = nullptr);
    ~EndpointsPane() override;

    QUndoStack *undoStack() const { return m_undo; }
    EndpointsModel *model() const { return m_model; }
    EndpointForm *form() const { return m_form; }
    QTableView *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *baselineButton() const { return m_baseline; }
    QPushButton *candidateButton() const { return m_candidate; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelTestButton() const { return m_cancelTest; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *statusLabel() const { return m_status; }
    ProviderClient *client() const { return m_client; }

    // Selects the endpoint with that name; false if there is none.
    bool selectEndpoint(const QString &name);
    QString currentName() const;

    // Adds an endpoint from the preset (a unique name is chosen) and selects it.
    void addFromPreset(const QString &presetId);
    void duplicateCurrent();
    // Asks for confirmation unless `confirmed`.
    void deleteCurrent(bool confirmed = false);
    void setCurrentRole(EndpointRole role);
    void testConnection();
    void cancelTest();

Q_SIGNALS:
    void testFinished();

private:
    using Step = std::function<Result<void>()>;
    // Runs `redo`; if it worked, pushes it with `undo` onto the stack.
    bool apply(const QString &text, Step redo, Step undo, const QString &selectAfter,
               const QString &selectAfterUndo);
    void reload(const QString &select);
    void showCurrent();
    void commitForm();
    void storeKey(const QString &key);
    void updateActions();
    void showError(const QString &message);
    QString uniqueName(const QString &base) const;
    Result<qint64> idOf(const QString &name) const;

    Project *m_project;
    SecretStore *m_secrets;
    ProviderClient *m_client;
    QUndoStack *m_undo;
    EndpointsModel *m_model;
    QTableView *m_table;
    EndpointForm *m_form;
    QToolButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_baseline;
    QPushButton *m_candidate;
    QPushButton *m_test;
    QPushButton *m_cancelTest;
    QLabel *m_testResult;
    QLabel *m_status;
    QLabel *m_empty;
    QWidget *m_editor;
    QPointer<ChatCall> m_call;
    bool m_readOnly;
};

} // namespace Cutover
