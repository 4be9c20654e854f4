#pragma once

#include "core/runs/batchrunner.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>

class QThread;

namespace Cutover {

class ProjectFile;

// A BatchRunner on a thread of its own, with its own connection to the
// project file (ProjectFile::openAdditionalConnection), network access and
// provider client, so that storing results (one committed transaction each)
// never holds up the window. The keys are resolved beforehand on the GUI
// thread and handed over (environment variables and session keys), so the
// runner never touches the window's SecretStore.
//
// Signals arrive on the thread that made this object. pause() and resume()
// are queued; cancel() and shutdown() wait until the runner has stopped, so
// that afterwards the project can be closed without a connection left open.
class RunThread final : public QObject
{
    Q_OBJECT

public:
    explicit RunThread(ProjectFile *file, QObject *parent = nullptr);
    ~RunThread() override; // shutdown()

    struct Keys
    {
        QProcessEnvironment environment;         // for env: references
        QHash<QString, QString> keychainSession; // for keychain: references, by name
    };

    // Opens the connection and starts or resumes the run; started() or
    // startFailed() follows. Refused (false) while a run is going.
    bool start(qint64 runId, const Keys &keys);
    void pause();
    void resume();
    // Cancels the run and waits for it to stop (results in flight are stored
    // as cancelled); finished() is emitted before this returns.
    void cancel();
    // cancel(), then closes the runner's connection and ends the thread.
    void shutdown();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    qint64 runId() const { return m_runId; }
    RunProgress progress() const { return m_progress; }

Q_SIGNALS:
    void started(qint64 runId);
    void startFailed(qint64 runId, const QString &message);
    void progressChanged(const Cutover::RunProgress &progress);
    void resultStored(const Cutover::RunResult &result);
    void rateLimited(const QString &endpoint, const QDateTime &until, const QString &message);
    // pause() or resume() has been applied (the run's status is stored).
    void statusChanged();
    void finished(Cutover::RunStatus status, const QString &error);

private:
    class Worker;
    void teardown();

    ProjectFile *m_file;
    QThread *m_thread;
    Worker *m_worker = nullptr; // lives in m_thread while a run is going
    qint64 m_runId = 0;
    RunProgress m_progress;
    bool m_running = false;
    bool m_paused = false;
    int m_serial = 0;
};

} // namespace Cutover
