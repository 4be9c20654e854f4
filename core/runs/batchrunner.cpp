#include "core/runs/batchrunner.h"

#include "core/endpoints/endpointstore.h"
#include "core/prompts/promptrender.h"
#include "core/prompts/promptstore.h"
#include "core/providers/providerclient.h"
#include "core/runs/assertioneval.h"
#include "core/runs/casestore.h"
#include "core/runs/responsecachekey.h"
#include "core/runs/resultevaluation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::BatchRunner)
};

constexpr int kImmediateBudget = 256;  // cache hits handled per event-loop turn
constexpr int kFlushDelayMs = 50;      // results wait at most this long to be stored
constexpr qsizetype kFlushCount = 512; // or until this many wait

} // namespace

BatchRunner::BatchRunner(QSqlDatabase db, ProviderClient *client, SecretStore *secrets,
                         QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_secrets(secrets)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        if (!flush())
            stop(RunStatus::Cancelled, m_lastError);
    });
}

BatchRunner::~BatchRunner()
{
    // Whatever waits is stored: those answers were paid for.
    if (m_db.isOpen())
        (void) flush();
    const QList<ChatCall *> calls = m_calls.keys();
    m_calls.clear();
    for (ChatCall *call : calls) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

Result<qint64> BatchRunner::createRun(QSqlDatabase db, const RunSpec &spec)
{
    auto run = resolveRun(db, spec);
    if (!run)
        return run.error();
    return RunStore::createRun(db, run.value());
}

Result<RunInfo> BatchRunner::resolveRun(QSqlDatabase db, const RunSpec &spec)
{
    if (spec.repeats < 1)
        return makeError(ErrorKind::BadInput, Tr::tr("Repeats must be at least 1."));
    if (spec.concurrency < 0)
        return makeError(ErrorKind::BadInput, Tr::tr("Concurrency must not be negative."));
    if (spec.endpoints.isEmpty())
        return makeError(ErrorKind::BadInput, Tr::tr("A run needs at least one endpoint."));
    auto prompt = PromptStore::load(db, spec.promptName);
    if (!prompt)
        return prompt.error();
    const PromptVersion *version
            = spec.promptVersion > 0 ? PromptVersions::find(prompt->versions, spec.promptVersion)
                                     : PromptVersions::latest(prompt->versions);
    if (!version)
        return makeError(ErrorKind::BadInput, Tr::tr("The prompt \"%1\" has no version %2.")
                                                      .arg(spec.promptName)
                                                      .arg(spec.promptVersion));
    auto endpoints = EndpointStore::load(db);
    if (!endpoints)
        return endpoints.error();
    RunInfo run;
    run.promptName = spec.promptName;
    run.promptVersion = version->number;
    for (const QString &name : spec.endpoints) {
        if (run.endpoints.contains(name))
            return makeError(ErrorKind::BadInput,
                             Tr::tr("The endpoint \"%1\" is named twice.").arg(name));
        const bool known = std::any_of(endpoints->cbegin(), endpoints->cend(),
                                       [&](const Endpoint &e) { return e.name == name; });
        if (!known)
            return makeError(ErrorKind::BadInput,
                             Tr::tr("The project has no endpoint named \"%1\".").arg(name));
        run.endpoints.append(name);
        if (const PromptVariant *v = prompt->variant(name)) {
            if (const PromptVersion *latest = PromptVersions::latest(v->versions))
                run.variantVersions.insert(name, latest->number);
        }
    }
    run.repeats = spec.repeats;
    run.concurrency = spec.concurrency;
    run.ignoreCache = spec.ignoreCache;
    run.createdAt = QDateTime::currentDateTimeUtc();
    return run;
}

Result<void> BatchRunner::start(qint64 runId)
{
    if (m_running)
        return makeError(ErrorKind::BadInput, Tr::tr("A run is already going."));
    auto run = RunStore::loadRun(m_db, runId);
    if (!run)
        return run.error();
    auto prompt = PromptStore::load(m_db, run->promptName);
    if (!prompt)
        return prompt.error();
    const PromptVersion *version = PromptVersions::find(prompt->versions, run->promptVersion);
    if (!version)
        return makeError(ErrorKind::BadInput, Tr::tr("The prompt \"%1\" has no version %2.")
                                                      .arg(run->promptName)
                                                      .arg(run->promptVersion));
    auto endpoints = EndpointStore::load(m_db);
    if (!endpoints)
        return endpoints.error();
    m_endpoints.clear();
    m_messages.clear();
    for (const QString &name : std::as_const(run->endpoints)) {
        auto it = std::find_if(endpoints->cbegin(), endpoints->cend(),
                               [&](const Endpoint &e) { return e.name == name; });
        if (it == endpoints->cend())
            return makeError(ErrorKind::BadInput,
                             Tr::tr("The project has no endpoint named \"%1\".").arg(name));
        m_endpoints.insert(name, *it);
        QList<TemplateMessage> messages = version->messages;
        if (run->variantVersions.contains(name)) {
            const PromptVariant *variant = prompt->variant(name);
            const PromptVersion *v = variant ? PromptVersions::find(
                                             variant->versions, run->variantVersions.value(name))
                                             : nullptr;
            if (!v)
                return makeError(ErrorKind::BadInput,
                                 Tr::tr("The prompt \"%1\" has no version %2 for \"%3\".")
                                         .arg(run->promptName)
                                         .arg(run->variantVersions.value(name))
                                         .arg(name));
            messages = v->messages;
        }
        m_messages.insert(name, messages);
    }
    auto cases = CaseStore::list(m_db);
    if (!cases)
        return cases.error();
    if (cases->isEmpty())
        return makeError(ErrorKind::BadInput, Tr::tr("The project has no test cases to run."));
    auto finished = RunStore::finishedCells(m_db, runId);
    if (!finished)
        return finished.error();

    m_run = run.value();
    m_cases.clear();
    m_queues.clear();
    m_active.clear();
    m_progress = RunProgress{};
    for (const TestCase &c : std::as_const(cases.value()))
        m_cases.insert(c.id, c);
    for (const QString &name : std::as_const(m_run.endpoints)) {
        QList<CellKey> &queue = m_queues[name];
        for (const TestCase &c : std::as_const(cases.value())) {
            for (int rep = 0; rep < m_run.repeats; ++rep) {
                CellKey cell{c.id, name, rep};
                if (!finished->contains(cell))
                    queue.append(cell);
            }
        }
    }
    m_progress.total = qint64(cases->size()) * m_run.endpoints.size() * m_run.repeats;
    m_progress.done = finished->size();
    m_doneAtStart = m_progress.done;
    if (auto r = RunStore::setRunStatus(m_db, runId, RunStatus::Running); !r)
        return r;
    m_run.status = RunStatus::Running;
    m_running = true;
    m_paused = false;
    m_cancelling = false;
    m_clock.start();
    m_dispatchQueued = true;
    QTimer::singleShot(0, this, &BatchRunner::dispatch);
    emitProgress();
    return {};
}

void BatchRunner::pause()
{
    if (!m_running || m_paused || m_cancelling)
        return;
    m_paused = true;
    (void) flush();
    (void) RunStore::setRunStatus(m_db, m_run.id, RunStatus::Paused);
}

void BatchRunner::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    (void) RunStore::setRunStatus(m_db, m_run.id, RunStatus::Running);
    if (!m_dispatchQueued) {
        m_dispatchQueued = true;
        QTimer::singleShot(0, this, &BatchRunner::dispatch);
    }
}

void BatchRunner::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_paused = false;
    m_queues.clear();
    const QList<ChatCall *> calls = m_calls.keys();
    for (ChatCall *call : calls)
        call->cancel();
    finishIfDone();
}

int BatchRunner::limitFor(const QString &endpoint) const
{
    // The endpoint's own limit guards the provider's quota: a run may ask
    // for less, never for more (the provider client enforces it anyway).
    const int own = m_endpoints.value(endpoint).limits.maxConcurrent;
    if (m_run.concurrency > 0)
        return own > 0 ? std::min(m_run.concurrency, own) : m_run.concurrency;
    return own > 0 ? own : 8;
}

void BatchRunner::dispatch()
{
    m_dispatchQueued = false;
    if (!m_running || m_paused || m_cancelling)
        return;
    int budget = kImmediateBudget;
    for (const QString &name : std::as_const(m_run.endpoints)) {
        QList<CellKey> &queue = m_queues[name];
        while (m_running && !m_cancelling && !queue.isEmpty()
               && m_active.value(name) < limitFor(name)) {
            if (!startCell(queue.takeFirst()) && --budget <= 0) {
                if (!m_dispatchQueued && m_running) {
                    m_dispatchQueued = true;
                    QTimer::singleShot(0, this, &BatchRunner::dispatch);
                }
                return;
            }
        }
    }
    finishIfDone();
}

bool BatchRunner::startCell(const CellKey &cell)
{
    const Endpoint endpoint = m_endpoints.value(cell.endpoint);
    const TestCase &testCase = m_cases[cell.caseId];
    auto messages = PromptRender::renderStrict(m_messages.value(cell.endpoint), testCase.variables);
    if (!messages) {
        ChatResult failed;
        failed.status = CallStatus::Error;
        failed.errorMessage = messages.error().message;
        complete(cell, failed, false);
        return false;
    }
    ChatRequest request;
    request.messages = messages.value();
    request.stream = true;
    if (endpoint.protocol == EndpointProtocol::Anthropic && !endpoint.params.maxTokens)
        request.params.maxTokens = 1024; // the Messages API requires it
    // Each repeat has its own cache entry: repeats are there to show variance.
    QString key = ResponseCacheKey::compute(endpoint, request);
    if (cell.repeat > 0)
        key += u'/' + QString::number(cell.repeat);
    if (!m_run.ignoreCache) {
        auto cached = RunStore::cachedResponse(m_db, key);
        if (!cached) {
            stop(RunStatus::Cancelled, cached.error().message);
            return false;
        }
        if (cached->has_value()) {
            complete(cell, *cached.value(), true);
            return false;
        }
    }
    ChatCall *call = m_client->chat(endpoint, m_secrets, request);
    m_calls.insert(call, cell);
    m_cacheKeys.insert(call, key);
    ++m_active[cell.endpoint];
    connect(call, &ChatCall::finished, this,
            [this, call, cell](const ChatResult &result) { onCallFinished(call, cell, result); });
    return true;
}

void BatchRunner::onCallFinished(ChatCall *call, const CellKey &cell, const ChatResult &result)
{
    if (!m_calls.remove(call))
        return;
    const QString key = m_cacheKeys.take(call);
    --m_active[cell.endpoint];
    call->deleteLater();
    if (!m_running)
        return;
    if (result.status == CallStatus::Error && result.rateLimitedUntil.isValid() && !m_cancelling) {
        m_queues[cell.endpoint].prepend(cell);
        pause();
        Q_EMIT rateLimited(cell.endpoint, result.rateLimitedUntil, result.errorMessage);
        return;
    }
    if (result.status == CallStatus::Ok)
        m_pendingCache.append(RunStore::CacheEntry{key, result});
    complete(cell, result, false);
    if (!m_running)
        return;
    if (!m_cancelling && !m_paused && !m_dispatchQueued) {
        m_dispatchQueued = true;
        QTimer::singleShot(0, this, &BatchRunner::dispatch);
    }
    finishIfDone();
}

void BatchRunner::complete(const CellKey &cell, const ChatResult &c, bool fromCache)
{
    RunResult r;
    r.runId = m_run.id;
    r.caseId = cell.caseId;
    r.endpoint = cell.endpoint;
    r.repeat = cell.repeat;
    r.status = c.status;
    r.text = c.text;
    r.finishReason = c.finishReason;
    r.usage = c.usage;
    r.ttftMs = c.ttftMs;
    r.latencyMs = c.latencyMs;
    r.cost = c.cost;
    r.attempts = fromCache ? 0 : c.attempts;
    r.requestId = c.requestId;
    r.error = c.errorMessage;
    r.fromCache = fromCache;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    // "Equivalent to the baseline" reads the other side's stored answer: what
    // waits is stored first, and this result right away.
    const bool readsStored
            = r.status == CallStatus::Ok && RunEvaluation::needsBaseline(m_cases.value(r.caseId));
    if (readsStored && !flush()) {
        stop(RunStatus::Cancelled, m_lastError);
        return;
    }
    auto toStore = evaluate(r);
    if (!toStore) {
        stop(RunStatus::Cancelled, toStore.error().message);
        return;
    }
    m_pending.append(Pending{std::move(toStore).value(), fromCache});
    // Stored at once when nothing else is coming soon: paused or cancelling,
    // or the last request in flight has answered.
    const bool quiet = m_paused || m_cancelling || (!fromCache && m_calls.isEmpty());
    if (readsStored || quiet || m_pending.size() >= kFlushCount) {
        if (!flush())
            stop(RunStatus::Cancelled, m_lastError);
    } else if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

bool BatchRunner::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() && m_pendingCache.isEmpty())
        return true;
    QList<RunResult> rows;
    for (const Pending &p : std::as_const(m_pending))
        rows.append(p.rows);
    if (auto stored = RunStore::storeBatch(m_db, rows, m_pendingCache); !stored) {
        m_lastError = stored.error().message;
        m_pending.clear();
        m_pendingCache.clear();
        return false;
    }
    m_pendingCache.clear();
    const QList<Pending> stored = std::exchange(m_pending, {});
    for (const Pending &p : stored) {
        const RunResult &r = p.rows.constFirst();
        if (r.status != CallStatus::Cancelled)
            ++m_progress.done;
        if (r.status == CallStatus::Error || r.status == CallStatus::Incomplete)
            ++m_progress.failed;
        if (p.fromCache)
            ++m_progress.cacheHits;
        Q_EMIT resultStored(r);
    }
    emitProgress();
    return true;
}

Result<QList<RunResult>> BatchRunner::evaluate(RunResult result)
{
    const TestCase &testCase = m_cases[result.caseId];
    const QString baseline = m_run.endpoints.constFirst();
    QList<RunResult> out;
    if (!RunEvaluation::needsBaseline(testCase) || result.status != CallStatus::Ok) {
        evaluateInto(result, std::nullopt);
        out.append(result);
        return out;
    }
    if (result.endpoint != baseline) {
        auto stored
                = RunStore::result(m_db, m_run.id, CellKey{result.caseId, baseline, result.repeat});
        if (!stored)
            return stored.error();
        std::optional<QString> answer;
        if (stored->has_value() && stored->value().status == CallStatus::Ok)
            answer = stored->value().text;
        evaluateInto(result, answer);
        out.append(result);
        return out;
    }
    evaluateInto(result, std::nullopt);
    out.append(result);
    for (const QString &other : std::as_const(m_run.endpoints)) {
        if (other == baseline)
            continue;
        auto stored
                = RunStore::result(m_db, m_run.id, CellKey{result.caseId, other, result.repeat});
        if (!stored)
            return stored.error();
        if (stored->has_value() && stored->value().status == CallStatus::Ok) {
            RunResult again = stored->value();
            evaluateInto(again, result.text);
            out.append(again);
        }
    }
    return out;
}

void BatchRunner::evaluateInto(RunResult &r, const std::optional<QString> &baselineAnswer) const
{
    RunEvaluation::apply(r, m_cases[r.caseId], baselineAnswer);
}

void BatchRunner::emitProgress()
{
    const qint64 sessionDone = m_progress.done - m_doneAtStart;
    const qint64 remaining = m_progress.total - m_progress.done;
    m_progress.etaMs = remaining == 0    ? 0
                       : sessionDone > 0 ? m_clock.elapsed() * remaining / sessionDone
                                         : -1;
    Q_EMIT progressChanged(m_progress);
}

void BatchRunner::finishIfDone()
{
    if (!m_running || !m_calls.isEmpty())
        return;
    if (m_cancelling) {
        stop(RunStatus::Cancelled, QString());
        return;
    }
    if (m_paused)
        return;
    const bool empty = std::all_of(m_queues.cbegin(), m_queues.cend(),
                                   [](const QList<CellKey> &q) { return q.isEmpty(); });
    if (empty)
        stop(RunStatus::Done, QString());
}

void BatchRunner::stop(RunStatus status, const QString &error)
{
    if (!m_running)
        return;
    QString message = error;
    if (!flush() && message.isEmpty())
        message = m_lastError;
    m_running = false;
    m_paused = false;
    const QList<ChatCall *> calls = m_calls.keys();
    m_calls.clear();
    m_cacheKeys.clear();
    for (ChatCall *call : calls) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    m_run.status = status;
    const auto r = RunStore::setRunStatus(m_db, m_run.id, status, QDateTime::currentDateTimeUtc());
    if (message.isEmpty() && !r)
        message = r.error().message;
    Q_EMIT finished(status, message);
}

} // namespace Cutover
