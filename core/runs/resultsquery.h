#pragma once

#include "core/providers/chattypes.h"
#include "core/runs/runstore.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Reading a run's results as a matrix (rows = cases, columns = endpoints)
// for the results view, in two steps so that 100,000 results stay smooth:
// index() is one pass over the run (filter, disagreement order, ratings),
// meant for a worker thread; rows() reads the cells of a page of cases
// through the primary key, quick enough for the UI thread.
namespace Cutover {

enum class ResultsFilter {
    All,
    Failures,  // a result failed its assertions, or ended in an error or cut off
    Different, // baseline and candidate differ in status, verdict or answer (any repeat)
    Unrated,   // no rating for the case yet
};

struct ResultsQuerySpec
{
    qint64 runId = 0;
    QString baseline;  // the endpoint the others are compared with
    QString candidate; // compared with the baseline by Different and the disagreement
    ResultsFilter filter = ResultsFilter::All;
    bool sortByDisagreement = false; // else by case id
};

// The cases a spec selects, in display order.
struct ResultsIndex
{
    QList<qint64> caseIds;
    // Per case, same order, only when sorted by disagreement: the mean over
    // repeats of 2·[status or verdict differs] + 1·[answer differs] between
    // baseline and candidate, 0..3 (0 when one side has no result).
    QList<double> disagreement;
    QHash<qint64, RatingEntry> ratings; // every rating of the run, by case
};

// One cell: the endpoint's result for the first repeat, and a pass count over
// every repeat stored for the case.
struct MatrixCell
{
    bool present = false; // the first repeat has a result
    CallStatus status = CallStatus::Error;
    QString preview; // the answer's first kPreviewLength characters (the error without one)
    std::optional<bool> passed;
    qint64 latencyMs = 0;
    std::optional<double> cost;
    bool fromCache = false;
    int repeats = 0;       // results stored for this case and endpoint
    int judgedRepeats = 0; // of them, with a verdict
    int passedRepeats = 0; // of them, passed
};

struct MatrixRow
{
    qint64 caseId = 0;
    QList<MatrixCell> cells; // one per endpoint, in the order asked
};

namespace ResultsQuery {

inline constexpr int kPreviewLength = 240;

Result<ResultsIndex> index(QSqlDatabase db, const ResultsQuerySpec &spec);

// The first `limit` case ids of the run in id order: the start of the
// unfiltered index, read through the primary key (quick enough for the UI
// thread), so a view can paint rows before index() is done.
Result<QList<qint64>> firstCaseIds(QSqlDatabase db, qint64 runId, int limit);

// The rows of the given cases, in that order (a case without results has
// empty cells).
Result<QList<MatrixRow>> rows(QSqlDatabase db, qint64 runId, const QStringList &endpoints,
                              const QList<qint64> &caseIds);

} // namespace ResultsQuery
} // namespace Cutover
