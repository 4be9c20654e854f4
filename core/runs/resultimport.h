#pragma once

#include "core/runs/batchrunner.h"
#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>

// Importing results recorded elsewhere as a run (`cutover-cli run import`):
// answers the current model gave in production for the project's cases, a
// run made with another tool, or the demo project's sample data. The run is
// then reviewed, rated and compared like one Cutover made itself.
//
// The file is JSON Lines, one result per line:
//   case           the case id in this project (required)
//   endpoint       one of the run's endpoints (required)
//   repeat         0-based repeat number (default 0)
//   status         "ok", "error" or "incomplete" (default "ok")
//   text           the answer
//   latency_ms     total time in milliseconds (required, ≥ 0)
//   ttft_ms, input_tokens, cached_input_tokens, output_tokens   (≥ 0 or null)
//   cost           in the endpoint's price currency; computed from the
//                  endpoint's prices and the tokens when the key is absent
//   finish_reason, error, request_id (strings), finished_at (ISO 8601)
// Blank lines are skipped. Unknown keys, wrong types, an unknown case or
// endpoint and a second result for the same cell are errors naming the file
// and line; nothing is stored unless the whole file is valid, and the run is
// stored with its results in one transaction. The run's
// repeats are the highest repeat + 1; it was created when the earliest
// recorded result started (or now, without finished_at); assertions are evaluated as in a
// batch run (the first endpoint is the baseline).
namespace Cutover::ResultImport {

struct Options
{
    RunSpec spec; // prompt, version and endpoints; repeats come from the file
    QString note; // RunInfo::note, e.g. where the results come from
};

struct Summary
{
    qint64 runId = 0;
    qint64 results = 0;
    int repeats = 0;
};

Result<Summary> importJsonl(QSqlDatabase db, const QString &path, const Options &options);

} // namespace Cutover::ResultImport
