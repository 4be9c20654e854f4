#pragma once

#include "core/endpoints/endpoint.h"
#include "core/runs/batchrunner.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QNetworkAccessManager; // kept in the constructor for the shell's uniform signature
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Cutover {

class Project;
class RunThread;
class RunsModel;
class SecretStore;

// The Runs pane: the project's batch runs (RunsModel), "New Run…", and the
// run going in this window with its progress (done of total, failures, cache
// hits, ETA), Pause, Resume and Cancel. A run that was interrupted (the
// program ended, or it was cancelled) is resumed from the list: only the
// cells without a result are sent. Each endpoint's key is looked up in the
// SecretStore before the run starts; a keychain key that is missing is asked
// for once and kept for this session.
//
// While a run streams, every stored result is announced with
// Project::runResultsChanged(runId) and every status change with
// Project::runsChanged(), so the results matrix and charts follow live.
// The runner works on a thread of its own (RunThread) with its own connection,
// so storing results never holds up the window. Call cancelRun() before the
// project closes: it waits until the run has stopped and its connection is
// closed; the results stored so far stay.
class RunsPane final : public QWidget
{
    Q_OBJECT

public:
    RunsPane(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
             QWidget *parent = nullptr);
    ~RunsPane() override;

    RunsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *newRunButton() const { return m_newRun; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *noticeLabel() const { return m_notice; }
    RunThread *runner() const { return m_runner; }

    // Opens the New Run dialog; on OK stores the run and starts it.
    void newRun();
    // Stores a run for `spec` and starts it; false (and a message) if it cannot be created.
    bool createAndStart(const RunSpec &spec);
    // Starts or resumes the stored run (after looking up its endpoints' keys).
    void startRun(qint64 runId);
    bool isRunning() const;
    qint64 currentRunId() const; // the run going in this window, 0 if none
    // Cancels the run going in this window now (its in-flight requests are
    // stored as cancelled and sent again on a resume). Safe to call any time.
    void cancelRun();
    // Re-reads the list of runs (done on Project::runsChanged).
    void reload();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void runStarted(qint64 runId);
    void runFinished(qint64 runId, Cutover::RunStatus status, const QString &error);

private:
    struct KeyLookup
    {
        QList<Endpoint> remaining;
        QProcessEnvironment environment;         // env: keys found
        QHash<QString, QString> keychainSession; // keychain: keys found
        std::function<void(bool)> done;
    };
    void resolveKeys(const QList<QString> &endpoints, std::function<void(bool)> done);
    void resolveNext(const std::shared_ptr<KeyLookup> &lookup);
    void onProgress(const RunProgress &progress);
    void onFinished(RunStatus status, const QString &error);
    void showProgress();
    void showNotice(const QString &text, bool error);
    void updateActions();
    qint64 selectedRunId() const;
    bool projectOpen() const;

    QPointer<Project> m_project;
    SecretStore *m_secrets;
    RunThread *m_runner;
    RunsModel *m_model;
    QTableView *m_table;
    QPushButton *m_newRun;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_notice;
    QTimer *m_refresh;    // coalesces progress updates (at most 10 a second)
    QTimer *m_listReload; // coalesces list reloads after change notices
    RunProgress m_last;
    std::shared_ptr<KeyLookup> m_keys; // of the run being started
    qint64 m_starting = 0;             // run whose keys are being looked up
    int m_startSerial = 0;
    bool m_readOnly;
    bool m_notifying = false;
};

} // namespace Cutover
