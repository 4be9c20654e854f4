#pragma once

#include "core/endpoints/endpoint.h"
#include "core/prompts/prompt.h"
#include "core/runs/runstore.h"
#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

namespace Cutover {

class ChatCall;
class ProviderClient;
class SecretStore;

// What to run: a prompt version against test cases on endpoints.
struct RunSpec
{
    QString promptName;
    int promptVersion = 0; // 0 = the latest
    QStringList endpoints; // names; the first is the baseline
    int repeats = 1;
    int concurrency = 0; // per endpoint, at most its own limit; 0 = that limit (8 if unlimited)
    bool ignoreCache = false;
};

struct RunProgress
{
    qint64 total = 0;     // cells of the run
    qint64 done = 0;      // cells with a result (stored before this session included)
    qint64 failed = 0;    // of this session: error or incomplete
    qint64 cacheHits = 0; // of this session
    qint64 etaMs = -1;    // -1 while unknown
};

// Runs cases × endpoints × repeats of a stored run (RunStore) through a
// ProviderClient, storing each result as it arrives in its own short write
// transaction; per-endpoint concurrency; pause, resume, cancel. Starting a
// run that already has results (after a crash or kill) sends only the cells
// without a result, so each cell ends with exactly one. A successful answer
// goes into the response cache (one entry per request and repeat number, so
// repeats still show variance); with the run's ignoreCache unset a cached
// answer is used instead of a request. start() emits progressChanged() once
// before it returns. Each result's assertions are evaluated
// when it is stored; "equivalent to the baseline" results are evaluated again
// once the baseline's answer for the same case and repeat is in.
// Asynchronous: everything happens from the event loop of the thread that
// owns the runner and the database connection.
class BatchRunner final : public QObject
{
    Q_OBJECT

public:
    BatchRunner(QSqlDatabase db, ProviderClient *client, SecretStore *secrets,
                QObject *parent = nullptr);
    ~BatchRunner() override;

    // Resolves the spec (prompt version, variant versions, endpoints exist,
    // repeats ≥ 1) and stores a new run; returns its id.
    static Result<qint64> createRun(QSqlDatabase db, const RunSpec &spec);
    // The run createRun() would store (id 0, status Created, created now).
    static Result<RunInfo> resolveRun(QSqlDatabase db, const RunSpec &spec);

    // Starts or resumes the stored run. An error (unknown run, prompt or
    // endpoint, no cases) leaves nothing running; otherwise finished() follows.
    Result<void> start(qint64 runId);
    void pause();
    void resume();
    // Aborts the requests in flight (stored as cancelled, sent again on a
    // resume) and ends the run with status Cancelled.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    qint64 runId() const { return m_run.id; }
    int inFlight() const { return int(m_calls.size()); } // requests sent, not yet answered
    RunProgress progress() const { return m_progress; }

Q_SIGNALS:
    void progressChanged(const Cutover::RunProgress &progress);
    void resultStored(const Cutover::RunResult &result);
    // A provider asked for a wait too long to sleep (a long retry-after, a used-up
    // quota): the cell goes back to the queue and the run pauses; resume() later.
    void rateLimited(const QString &endpoint, const QDateTime &until, const QString &message);
    // Done, or Cancelled; `error` is set when storing failed and the run stopped.
    void finished(Cutover::RunStatus status, const QString &error);

private:
    void dispatch();
    bool startCell(const CellKey &cell); // false: handled at once (cache hit, render error)
    void onCallFinished(ChatCall *call, const CellKey &cell, const ChatResult &result);
    void complete(const CellKey &cell, const ChatResult &result, bool fromCache);
    Result<QList<RunResult>> evaluate(RunResult result);
    void evaluateInto(RunResult &result, const std::optional<QString> &baselineAnswer) const;
    void emitProgress();
    void finishIfDone();
    void stop(RunStatus status, const QString &error);
    int limitFor(const QString &endpoint) const;
    // Stores the waiting results and cache entries in one transaction, then
    // counts and announces them. False when storing failed (the run stops).
    bool flush();

    QSqlDatabase m_db;
    ProviderClient *m_client;
    SecretStore *m_secrets;
    RunInfo m_run;
    QHash<QString, Endpoint> m_endpoints;
    QHash<QString, QList<TemplateMessage>> m_messages; // per endpoint
    QHash<qint64, TestCase> m_cases;
    QHash<QString, QList<CellKey>> m_queues; // pending cells per endpoint
    QHash<QString, int> m_active;
    QHash<ChatCall *, CellKey> m_calls;
    QHash<ChatCall *, QString> m_cacheKeys;
    // Results wait here up to kFlushDelayMs, so a burst of answers is stored
    // in one transaction (each commit is an fsync). A kill loses at most
    // these; a resume sends their cells again.
    struct Pending
    {
        QList<RunResult> rows; // the result, plus others re-judged with it
        bool fromCache = false;
    };
    QList<Pending> m_pending;
    QList<RunStore::CacheEntry> m_pendingCache;
    QTimer m_flushTimer;
    QString m_lastError; // of the last failed flush
    RunProgress m_progress;
    qint64 m_doneAtStart = 0;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelling = false;
    bool m_dispatchQueued = false;
};

} // namespace Cutover
