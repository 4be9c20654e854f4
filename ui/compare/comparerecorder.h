#pragma once

#include "core/providers/chattypes.h"
#include "core/runs/runstore.h"
#include "core/runs/testcase.h"
#include "core/util/result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

// A live compare of a prompt version on a case, kept in the project as a
// small run of its own (two endpoints, one case, one repeat, status Done)
// with the two results judged against the case's assertions, so that it can
// be rated, reopened in the compare view and found in the results matrix.
namespace Cutover::CompareRecorder {

struct LiveCompare
{
    QString promptName;
    int promptVersion = 0;              // of the default wording
    QMap<QString, int> variantVersions; // endpoint → the variant version sent
    QString baseline;
    QString candidate;
    TestCase testCase;
    ChatResult baselineResult;
    ChatResult candidateResult;
    QDateTime startedAt;
};

// The stored result of one side (assertions judged; the candidate's
// "equivalent to the baseline" uses the baseline's answer when it succeeded).
RunResult toRunResult(const LiveCompare &compare, bool candidate, qint64 runId);

// Stores the run (its note says it is an interactive compare) and its two
// results in one transaction; returns the run's id.
Result<qint64> store(QSqlDatabase db, const LiveCompare &compare);

} // namespace Cutover::CompareRecorder
