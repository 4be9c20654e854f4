#include "ui/runs/runthread.h"

#include "core/endpoints/secretstore.h"
#include "core/project/projectfile.h"
#include "core/providers/providerclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Cutover {

// Everything that lives on the run's thread.
class RunThread::Worker final : public QObject
{
public:
    ~Worker() override
    {
        delete m_runner; // aborts calls still in flight (nothing more is stored)
        delete m_client;
        delete m_nam;
        delete m_secrets;
        if (!m_connection.isEmpty())
            ProjectFile::closeAdditionalConnection(m_connection);
    }

    Result<void> open(ProjectFile *file, int serial, const Keys &keys)
    {
        const QString name = u"run-%1"_s.arg(serial);
        auto db = file->openAdditionalConnection(name);
        if (!db)
            return db.error();
        m_connection = db->connectionName();
        m_secrets = new SecretStore(keys.environment);
        for (auto it = keys.keychainSession.cbegin(); it != keys.keychainSession.cend(); ++it)
            m_secrets->setSessionKey(it.key(), it.value());
        m_nam = new QNetworkAccessManager;
        m_client = new ProviderClient(m_nam);
        m_runner = new BatchRunner(db.value(), m_client, m_secrets);
        return {};
    }

    BatchRunner *runner() const { return m_runner; }

private:
    QString m_connection;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ProviderClient *m_client = nullptr;
    BatchRunner *m_runner = nullptr;
};

RunThread::RunThread(ProjectFile *file, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(u"cutover-batch-run"_s);
}

RunThread::~RunThread()
{
    shutdown();
}

bool RunThread::start(qint64 runId, const Keys &keys)
{
    if (m_running || m_worker)
        return false;
    if (!m_thread->isRunning())
        m_thread->start();
    m_runId = runId;
    m_progress = RunProgress{};
    m_paused = false;
    m_running = true;
    auto *worker = new Worker;
    worker->moveToThread(m_thread);
    m_worker = worker;
    const int serial = ++m_serial;
    ProjectFile *file = m_file;
    QMetaObject::invokeMethod(worker, [this, worker, file, serial, keys, runId] {
        // On the run's thread.
        const auto fail = [this, runId](const QString &message) {
            QMetaObject::invokeMethod(this, [this, runId, message] {
                m_running = false;
                teardown();
                Q_EMIT startFailed(runId, message);
            });
        };
        if (auto opened = worker->open(file, serial, keys); !opened) {
            fail(opened.error().message);
            return;
        }
        BatchRunner *runner = worker->runner();
        connect(runner, &BatchRunner::progressChanged, this, [this](const RunProgress &p) {
            m_progress = p;
            Q_EMIT progressChanged(p);
        });
        connect(runner, &BatchRunner::resultStored, this, &RunThread::resultStored);
        connect(runner, &BatchRunner::rateLimited, this,
                [this](const QString &endpoint, const QDateTime &until, const QString &message) {
                    m_paused = true;
                    Q_EMIT rateLimited(endpoint, until, message);
                });
        connect(runner, &BatchRunner::finished, this,
                [this](RunStatus status, const QString &error) {
                    if (!m_running)
                        return;
                    m_running = false;
                    m_paused = false;
                    teardown();
                    Q_EMIT finished(status, error);
                });
        if (auto started = runner->start(runId); !started) {
            fail(started.error().message);
            return;
        }
        QMetaObject::invokeMethod(this, [this, runId] { Q_EMIT started(runId); });
    });
    return true;
}

void RunThread::pause()
{
    if (!m_running || m_paused || !m_worker)
        return;
    m_paused = true;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker] {
        if (worker->runner())
            worker->runner()->pause();
        QMetaObject::invokeMethod(this, &RunThread::statusChanged);
    });
}

void RunThread::resume()
{
    if (!m_running || !m_paused || !m_worker)
        return;
    m_paused = false;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker] {
        if (worker->runner())
            worker->runner()->resume();
        QMetaObject::invokeMethod(this, &RunThread::statusChanged);
    });
}

void RunThread::cancel()
{
    if (!m_worker)
        return;
    Worker *worker = m_worker;
    // The runner stores what was in flight as cancelled and ends the run on
    // its thread; wait for that, then deliver its queued signals here.
    QMetaObject::invokeMethod(
            worker,
            [worker] {
                if (worker->runner())
                    worker->runner()->cancel();
            },
            Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this);
    if (m_running) {
        // The runner was not running (e.g. it had not started yet).
        m_running = false;
        m_paused = false;
        teardown();
        Q_EMIT finished(RunStatus::Cancelled, QString());
    }
}

void RunThread::teardown()
{
    if (!m_worker)
        return;
    Worker *worker = m_worker;
    m_worker = nullptr;
    // Deleted on its own thread: the runner, its calls and its connection.
    QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
}

void RunThread::shutdown()
{
    if (m_worker && m_thread->isRunning())
        cancel();
    teardown();
    m_thread->quit();
    m_thread->wait();
}

} // namespace Cutover
