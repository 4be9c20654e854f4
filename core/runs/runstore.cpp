#include "core/runs/runstore.h"

#include "core/project/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::RunStore)
};

QString runKey(qint64 id)
{
    return u"r/%1"_s.arg(id, 8, 10, QChar(u'0'));
}

QString ratingKeyOf(qint64 run, qint64 caseId)
{
    return u"g/%1/%2"_s.arg(run, 8, 10, QChar(u'0')).arg(caseId, 10, 10, QChar(u'0'));
}

QString compactText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

template<typename T>
QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

std::optional<qint64> optInt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

std::optional<CallStatus> callStatusFromKey(const QString &key)
{
    for (CallStatus s :
         {CallStatus::Ok, CallStatus::Error, CallStatus::Incomplete, CallStatus::Cancelled}) {
        if (callStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QJsonObject runJson(const RunInfo &run)
{
    QJsonObject variants;
    for (auto it = run.variantVersions.cbegin(); it != run.variantVersions.cend(); ++it)
        variants.insert(it.key(), it.value());
    QJsonObject object{{u"prompt"_s, run.promptName},
                       {u"version"_s, run.promptVersion},
                       {u"variants"_s, variants},
                       {u"endpoints"_s, QJsonArray::fromStringList(run.endpoints)},
                       {u"repeats"_s, run.repeats},
                       {u"concurrency"_s, run.concurrency},
                       {u"ignore_cache"_s, run.ignoreCache},
                       {u"status"_s, runStatusKey(run.status)},
                       {u"created_at"_s, isoTime(run.createdAt)},
                       {u"finished_at"_s, isoTime(run.finishedAt)}};
    if (!run.note.isEmpty())
        object.insert(u"note"_s, run.note);
    return object;
}

RunInfo runFromJson(qint64 id, const QJsonObject &o)
{
    RunInfo run;
    run.id = id;
    run.promptName = o.value(u"prompt"_s).toString();
    run.promptVersion = o.value(u"version"_s).toInt();
    const QJsonObject variants = o.value(u"variants"_s).toObject();
    for (auto it = variants.begin(); it != variants.end(); ++it)
        run.variantVersions.insert(it.key(), it.value().toInt());
    for (const QJsonValue &e : o.value(u"endpoints"_s).toArray())
        run.endpoints.append(e.toString());
    run.repeats = o.value(u"repeats"_s).toInt(1);
    run.concurrency = o.value(u"concurrency"_s).toInt();
    run.ignoreCache = o.value(u"ignore_cache"_s).toBool();
    run.status = runStatusFromKey(o.value(u"status"_s).toString()).value_or(RunStatus::Created);
    run.createdAt = fromIso(o.value(u"created_at"_s));
    run.finishedAt = fromIso(o.value(u"finished_at"_s));
    run.note = o.value(u"note"_s).toString();
    return run;
}

QJsonObject usageJson(const TokenUsage &u)
{
    return QJsonObject{{u"input"_s, orNull(u.input)},
                       {u"cached_input"_s, orNull(u.cachedInput)},
                       {u"output"_s, orNull(u.output)}};
}

TokenUsage usageFromJson(const QJsonObject &o)
{
    return TokenUsage{optInt(o.value(u"input"_s)), optInt(o.value(u"cached_input"_s)),
                      optInt(o.value(u"output"_s))};
}

QJsonObject resultJson(const RunResult &r)
{
    return QJsonObject{{u"status"_s, callStatusKey(r.status)},
                       {u"text"_s, r.text},
                       {u"finish_reason"_s, r.finishReason},
                       {u"usage"_s, usageJson(r.usage)},
                       {u"ttft_ms"_s, orNull(r.ttftMs)},
                       {u"latency_ms"_s, double(r.latencyMs)},
                       {u"cost"_s, orNull(r.cost)},
                       {u"attempts"_s, r.attempts},
                       {u"request_id"_s, r.requestId},
                       {u"error"_s, r.error},
                       {u"cached"_s, r.fromCache},
                       {u"finished_at"_s, isoTime(r.finishedAt)},
                       {u"assertions"_s, r.assertions},
                       {u"score"_s, orNull(r.score)},
                       {u"passed"_s, r.passed ? QJsonValue(*r.passed) : QJsonValue()}};
}

RunResult resultFromRow(const QSqlQuery &q)
{
    RunResult r;
    r.runId = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.endpoint = q.value(2).toString();
    r.repeat = q.value(3).toInt();
    const QJsonObject o = parse(q.value(4));
    r.status = callStatusFromKey(o.value(u"status"_s).toString()).value_or(CallStatus::Error);
    r.text = o.value(u"text"_s).toString();
    r.finishReason = o.value(u"finish_reason"_s).toString();
    r.usage = usageFromJson(o.value(u"usage"_s).toObject());
    r.ttftMs = optInt(o.value(u"ttft_ms"_s));
    r.latencyMs = qint64(o.value(u"latency_ms"_s).toDouble());
    if (o.value(u"cost"_s).isDouble())
        r.cost = o.value(u"cost"_s).toDouble();
    r.attempts = o.value(u"attempts"_s).toInt();
    r.requestId = o.value(u"request_id"_s).toString();
    r.error = o.value(u"error"_s).toString();
    r.fromCache = o.value(u"cached"_s).toBool();
    r.finishedAt = fromIso(o.value(u"finished_at"_s));
    r.assertions = o.value(u"assertions"_s).toArray();
    if (o.value(u"score"_s).isDouble())
        r.score = o.value(u"score"_s).toDouble();
    if (o.value(u"passed"_s).isBool())
        r.passed = o.value(u"passed"_s).toBool();
    return r;
}

Error queryError(const QSqlQuery &q)
{
    return makeError(
            ErrorKind::Io,
            Tr::tr("The project could not be read or written: %1").arg(q.lastError().text()));
}

} // namespace

QString runStatusKey(RunStatus status)
{
    switch (status) {
    case RunStatus::Created:
        return u"created"_s;
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Paused:
        return u"paused"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    case RunStatus::Done:
        return u"done"_s;
    }
    return u"created"_s;
}

std::optional<RunStatus> runStatusFromKey(QStringView key)
{
    for (RunStatus s : {RunStatus::Created, RunStatus::Running, RunStatus::Paused,
                        RunStatus::Cancelled, RunStatus::Done}) {
        if (runStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString ratingKey(Rating rating)
{
    switch (rating) {
    case Rating::BaselineBetter:
        return u"baseline_better"_s;
    case Rating::CandidateBetter:
        return u"candidate_better"_s;
    case Rating::Tie:
        return u"tie"_s;
    case Rating::BothBad:
        return u"both_bad"_s;
    }
    return u"tie"_s;
}

std::optional<Rating> ratingFromKey(QStringView key)
{
    for (Rating r :
         {Rating::BaselineBetter, Rating::CandidateBetter, Rating::Tie, Rating::BothBad}) {
        if (ratingKey(r) == key)
            return r;
    }
    return std::nullopt;
}

size_t qHash(const CellKey &key, size_t seed)
{
    return qHashMulti(seed, key.caseId, key.endpoint, key.repeat);
}

namespace RunStore {
namespace {

// Inside a write transaction: the run under the next free id.
Result<qint64> insertRun(QSqlDatabase db, const RunInfo &run)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT max(k) FROM kv WHERE k >= 'r/' AND k < 'r0'"_s); !r)
        return r.error();
    qint64 id = 1;
    if (q.next() && !q.value(0).isNull())
        id = q.value(0).toString().mid(2).toLongLong() + 1;
    if (auto r = execSql(db, u"INSERT INTO kv(k, v) VALUES (?, ?)"_s,
                         {runKey(id), compactText(runJson(run))});
        !r)
        return r.error();
    return id;
}

// Inside a write transaction: each result in its cell, replacing what was there.
Result<void> insertResults(QSqlDatabase db, const QList<RunResult> &results)
{
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT OR REPLACE INTO results(run, cs, ep, rep, v) VALUES (?, ?, ?, ?, ?)"_s))
        return queryError(q);
    for (const RunResult &r : results) {
        q.bindValue(0, r.runId);
        q.bindValue(1, r.caseId);
        q.bindValue(2, r.endpoint);
        q.bindValue(3, r.repeat);
        q.bindValue(4, compactText(resultJson(r)));
        if (!q.exec())
            return queryError(q);
    }
    return {};
}

RatingEntry ratingFromJson(qint64 caseId, const QJsonObject &o)
{
    RatingEntry e;
    e.caseId = caseId;
    e.rating = ratingFromKey(o.value(u"rating"_s).toString()).value_or(Rating::Tie);
    e.note = o.value(u"note"_s).toString();
    e.ratedAt = fromIso(o.value(u"rated_at"_s));
    return e;
}

} // namespace

Result<qint64> createRun(QSqlDatabase db, const RunInfo &run)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    Result<qint64> id = insertRun(db, run);
    if (!id)
        return id;
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<qint64> createRunWithResults(QSqlDatabase db, const RunInfo &run, QList<RunResult> results)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    Result<qint64> id = insertRun(db, run);
    if (!id)
        return id;
    for (RunResult &r : results)
        r.runId = id.value();
    if (auto r = insertResults(db, results); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<RunInfo> loadRun(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT v FROM kv WHERE k = ?"_s, {runKey(id)}); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorKind::BadInput, Tr::tr("The project has no run %1.").arg(id));
    return runFromJson(id, parse(q.value(0)));
}

Result<QList<RunInfo>> listRuns(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT k, v FROM kv WHERE k >= 'r/' AND k < 'r0' ORDER BY k"_s); !r)
        return r.error();
    QList<RunInfo> runs;
    while (q.next())
        runs.append(runFromJson(q.value(0).toString().mid(2).toLongLong(), parse(q.value(1))));
    return runs;
}

Result<void> setRunStatus(QSqlDatabase db, qint64 id, RunStatus status, const QDateTime &finishedAt)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto run = loadRun(db, id);
    if (!run)
        return run.error();
    run->status = status;
    run->finishedAt = finishedAt;
    if (auto r = execSql(db, u"UPDATE kv SET v = ? WHERE k = ?"_s,
                         {compactText(runJson(run.value())), runKey(id)});
        !r)
        return r;
    return tx.commit();
}

Result<void> storeResults(QSqlDatabase db, const QList<RunResult> &results)
{
    if (results.isEmpty())
        return {};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto r = insertResults(db, results); !r)
        return r;
    return tx.commit();
}

Result<QList<RunResult>> results(QSqlDatabase db, qint64 runId, qint64 offset, qint64 limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q,
                         u"SELECT run, cs, ep, rep, v FROM results WHERE run = ? "
                         "ORDER BY run, cs, ep, rep LIMIT ? OFFSET ?"_s,
                         {runId, limit, offset});
        !r)
        return r.error();
    QList<RunResult> all;
    while (q.next())
        all.append(resultFromRow(q));
    return all;
}

Result<QList<RunResult>> resultsAfter(QSqlDatabase db, qint64 runId,
                                      const std::optional<CellKey> &after, qint64 limit)
{
    if (!after)
        return results(db, runId, 0, limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q,
                         u"SELECT run, cs, ep, rep, v FROM results WHERE run = ? "
                         "AND (cs, ep, rep) > (?, ?, ?) ORDER BY run, cs, ep, rep LIMIT ?"_s,
                         {runId, after->caseId, after->endpoint, after->repeat, limit});
        !r)
        return r.error();
    QList<RunResult> all;
    while (q.next())
        all.append(resultFromRow(q));
    return all;
}

Result<std::optional<RunResult>> result(QSqlDatabase db, qint64 runId, const CellKey &cell)
{
    QSqlQuery q(db);
    if (auto r = execSql(q,
                         u"SELECT run, cs, ep, rep, v FROM results "
                         "WHERE run = ? AND cs = ? AND ep = ? AND rep = ?"_s,
                         {runId, cell.caseId, cell.endpoint, cell.repeat});
        !r)
        return r.error();
    if (!q.next())
        return std::optional<RunResult>();
    return std::optional<RunResult>(resultFromRow(q));
}

Result<qint64> resultCount(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT count(*) FROM results WHERE run = ?"_s, {runId}); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QSet<CellKey>> finishedCells(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = execSql(q,
                         u"SELECT cs, ep, rep FROM results WHERE run = ? "
                         "AND json_extract(v, '$.status') <> 'cancelled'"_s,
                         {runId});
        !r)
        return r.error();
    QSet<CellKey> cells;
    while (q.next())
        cells.insert(CellKey{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return cells;
}

Result<void> setRating(QSqlDatabase db, qint64 runId, const RatingEntry &rating)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const QJsonObject o{{u"rating"_s, ratingKey(rating.rating)},
                        {u"note"_s, rating.note},
                        {u"rated_at"_s, isoTime(rating.ratedAt)}};
    if (auto r = execSql(db, u"INSERT OR REPLACE INTO kv(k, v) VALUES (?, ?)"_s,
                         {ratingKeyOf(runId, rating.caseId), compactText(o)});
        !r)
        return r;
    return tx.commit();
}

Result<QList<RatingEntry>> ratings(QSqlDatabase db, qint64 runId)
{
    const QString prefix = u"g/%1/"_s.arg(runId, 8, 10, QChar(u'0'));
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT k, v FROM kv WHERE k >= ? AND k < ? ORDER BY k"_s,
                         {prefix, QString(prefix.chopped(1) + u'0')});
        !r)
        return r.error();
    QList<RatingEntry> all;
    while (q.next()) {
        all.append(ratingFromJson(q.value(0).toString().mid(prefix.size()).toLongLong(),
                                  parse(q.value(1))));
    }
    return all;
}

Result<std::optional<RatingEntry>> rating(QSqlDatabase db, qint64 runId, qint64 caseId)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT v FROM kv WHERE k = ?"_s, {ratingKeyOf(runId, caseId)}); !r)
        return r.error();
    if (!q.next())
        return std::optional<RatingEntry>();
    return std::optional<RatingEntry>(ratingFromJson(caseId, parse(q.value(0))));
}

Result<std::optional<ChatResult>> cachedResponse(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT v FROM kv WHERE k = ?"_s, {QString(u"x/"_s + key)}); !r)
        return r.error();
    if (!q.next())
        return std::optional<ChatResult>();
    const QJsonObject o = parse(q.value(0));
    ChatResult c;
    c.status = CallStatus::Ok;
    c.text = o.value(u"text"_s).toString();
    c.reasoning = o.value(u"reasoning"_s).toString();
    c.finishReason = o.value(u"finish_reason"_s).toString();
    c.usage = usageFromJson(o.value(u"usage"_s).toObject());
    c.ttftMs = optInt(o.value(u"ttft_ms"_s));
    c.latencyMs = qint64(o.value(u"latency_ms"_s).toDouble());
    c.model = o.value(u"model"_s).toString();
    c.responseId = o.value(u"response_id"_s).toString();
    c.requestId = o.value(u"request_id"_s).toString();
    if (o.value(u"cost"_s).isDouble())
        c.cost = o.value(u"cost"_s).toDouble();
    return std::optional<ChatResult>(c);
}

Result<void> storeCachedResponse(QSqlDatabase db, const QString &key, const ChatResult &c)
{
    return storeBatch(db, {}, {CacheEntry{key, c}});
}

Result<void> storeBatch(QSqlDatabase db, const QList<RunResult> &results,
                        const QList<CacheEntry> &cache)
{
    if (results.isEmpty() && cache.isEmpty())
        return {};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    for (const CacheEntry &entry : cache) {
        const ChatResult &c = entry.result;
        const QJsonObject o{{u"text"_s, c.text},
                            {u"reasoning"_s, c.reasoning},
                            {u"finish_reason"_s, c.finishReason},
                            {u"usage"_s, usageJson(c.usage)},
                            {u"ttft_ms"_s, orNull(c.ttftMs)},
                            {u"latency_ms"_s, double(c.latencyMs)},
                            {u"model"_s, c.model},
                            {u"response_id"_s, c.responseId},
                            {u"request_id"_s, c.requestId},
                            {u"cost"_s, orNull(c.cost)}};
        if (auto r = execSql(db, u"INSERT OR REPLACE INTO kv(k, v) VALUES (?, ?)"_s,
                             {QString(u"x/"_s + entry.key), compactText(o)});
            !r)
            return r;
    }
    if (auto r = insertResults(db, results); !r)
        return r;
    return tx.commit();
}

} // namespace RunStore
} // namespace Cutover
