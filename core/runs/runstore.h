#pragma once

#include "core/providers/chattypes.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Batch runs, their results, ratings and the response cache (schema v4).
// Runs, ratings and cached responses are JSON documents in table kv ("r/<run>",
// "g/<run>/<case>", "x/<cache key>"); results are rows of table results, one
// per cell (run, case, endpoint, repeat) — the primary key makes a second
// result for a cell replace the first, never add to it.
namespace Cutover {

enum class RunStatus { Created, Running, Paused, Cancelled, Done };
QString runStatusKey(RunStatus status);
std::optional<RunStatus> runStatusFromKey(QStringView key);

struct RunInfo
{
    qint64 id = 0;
    QString promptName;
    int promptVersion = 0;              // of the default wording, resolved (≥ 1)
    QMap<QString, int> variantVersions; // endpoint → its variant's version, if it has one
    QStringList endpoints;              // in column order; the first is the baseline
    int repeats = 1;
    int concurrency = 0; // per endpoint; 0 = the endpoint's own limit
    bool ignoreCache = false;
    RunStatus status = RunStatus::Created;
    QDateTime createdAt;
    QDateTime finishedAt; // invalid until done or cancelled
    // Shown with the run wherever it is listed, e.g. that its results are
    // sample data rather than measured from live models. Empty for most runs.
    QString note;
};

struct RunResult
{
    qint64 runId = 0;
    qint64 caseId = 0;
    QString endpoint;
    int repeat = 0; // 0-based
    CallStatus status = CallStatus::Error;
    QString text;
    QString finishReason;
    TokenUsage usage; // nullopt = unknown
    std::optional<qint64> ttftMs;
    qint64 latencyMs = 0;
    std::optional<double> cost;
    int attempts = 0;
    QString requestId;
    QString error;
    bool fromCache = false;
    QDateTime finishedAt;
    // Assertion outcome: one object per assertion {status, reason, weight,
    // measured}; score and passed are unset when the case has no assertions.
    QJsonArray assertions;
    std::optional<double> score;
    std::optional<bool> passed;

    friend bool operator==(const RunResult &, const RunResult &) = default;
};

enum class Rating { BaselineBetter, CandidateBetter, Tie, BothBad };
QString ratingKey(Rating rating); // baseline_better, candidate_better, tie, both_bad
std::optional<Rating> ratingFromKey(QStringView key);

struct RatingEntry
{
    qint64 caseId = 0;
    Rating rating = Rating::Tie;
    QString note;
    QDateTime ratedAt;
};

struct CellKey
{
    qint64 caseId = 0;
    QString endpoint;
    int repeat = 0;
    friend bool operator==(const CellKey &, const CellKey &) = default;
};
size_t qHash(const CellKey &key, size_t seed = 0);

namespace RunStore {

// Stores a new run (id assigned, createdAt kept) and returns its id.
Result<qint64> createRun(QSqlDatabase db, const RunInfo &run);
// A new run and its results (their runId set to the new id) in one
// transaction: both or neither are stored.
Result<qint64> createRunWithResults(QSqlDatabase db, const RunInfo &run, QList<RunResult> results);
Result<RunInfo> loadRun(QSqlDatabase db, qint64 id);
Result<QList<RunInfo>> listRuns(QSqlDatabase db); // oldest first
Result<void> setRunStatus(QSqlDatabase db, qint64 id, RunStatus status,
                          const QDateTime &finishedAt = {});

// Results: each call is one BEGIN IMMEDIATE transaction.
Result<void> storeResults(QSqlDatabase db, const QList<RunResult> &results);
Result<QList<RunResult>> results(QSqlDatabase db, qint64 runId, qint64 offset = 0,
                                 qint64 limit = -1);
// The next `limit` results after cell `after` (from the first when unset), in
// (case, endpoint, repeat) order: paging without OFFSET, so reading a whole
// run page by page reads each row once.
Result<QList<RunResult>> resultsAfter(QSqlDatabase db, qint64 runId,
                                      const std::optional<CellKey> &after, qint64 limit);
Result<std::optional<RunResult>> result(QSqlDatabase db, qint64 runId, const CellKey &cell);
Result<qint64> resultCount(QSqlDatabase db, qint64 runId);
// Cells that hold a result other than "cancelled" (a resumed run skips them).
Result<QSet<CellKey>> finishedCells(QSqlDatabase db, qint64 runId);

Result<void> setRating(QSqlDatabase db, qint64 runId, const RatingEntry &rating);
Result<QList<RatingEntry>> ratings(QSqlDatabase db, qint64 runId);
// The rating of one case of the run, if it has one.
Result<std::optional<RatingEntry>> rating(QSqlDatabase db, qint64 runId, qint64 caseId);

// The response cache: successful answers under ResponseCacheKey::compute().
Result<std::optional<ChatResult>> cachedResponse(QSqlDatabase db, const QString &key);
Result<void> storeCachedResponse(QSqlDatabase db, const QString &key, const ChatResult &result);

struct CacheEntry
{
    QString key; // ResponseCacheKey::compute()
    ChatResult result;
};
// Results and cache entries in one transaction (one commit, one fsync), for
// a batch run storing a burst of answers.
Result<void> storeBatch(QSqlDatabase db, const QList<RunResult> &results,
                        const QList<CacheEntry> &cache);

} // namespace RunStore
} // namespace Cutover
