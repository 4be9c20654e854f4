#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QNetworkAccessManager;
class QUndoStack;

namespace Cutover {

class AppSettings;
class ComparePane;
class MetricsPane;
class PaneHost;
class PlanPane;
class PromptsPane;
class Project;
class RunsPane;
class SecretStore;

// The panes of one open project, built into the PaneHost in the order of a
// migration (plan, endpoints, prompts, cases, runs, results, compare,
// metrics) and wired to each other: a prompt or a result cell opens in
// Compare. Each pane's own state comes from and goes back to AppSettings;
// each editing pane's undo stack is known by pane id. Lives as long as the
// project is shown.
class ProjectPanes final : public QObject
{
    Q_OBJECT

public:
    ProjectPanes(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                 PaneHost *host, AppSettings *settings, QObject *parent = nullptr);
    ~ProjectPanes() override;

    // Pane ids, in sidebar order.
    static QStringList ids();

    PlanPane *planPane() const;
    ComparePane *comparePane() const;
    // The undo stack edits in pane `id` go to, or nullptr for a pane without edits.
    QUndoStack *undoStack(const QString &id) const { return m_undoStacks.value(id); }
    QList<QUndoStack *> undoStacks() const { return m_undoStacks.values(); }

    // One action per pane (Alt+1 … Alt+8) for the View menu.
    QList<QAction *> paneActions() const { return m_actions; }

    // Before the project closes: asks about an unsaved prompt draft (save,
    // discard, cancel) and a run going in this window (stop it or cancel).
    // False when the user chose to stay.
    bool confirmClose();
    // Writes every pane's state into the settings.
    void saveStates();
    // Stops background work (runs, computations, live compares) before the
    // project closes; what is stored stays.
    void shutdown();

private:
    void add(const QString &id, const QString &icon, const QString &title, QWidget *pane);

    PaneHost *m_host;
    AppSettings *m_settings;
    QPointer<PlanPane> m_plan;
    QPointer<ComparePane> m_compare;
    QPointer<PromptsPane> m_prompts;
    QPointer<RunsPane> m_runs;
    QPointer<MetricsPane> m_metrics;
    QHash<QString, QWidget *> m_panes;
    QHash<QString, QUndoStack *> m_undoStacks;
    QList<QAction *> m_actions;
};

} // namespace Cutover
