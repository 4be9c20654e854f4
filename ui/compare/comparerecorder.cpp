#include "ui/compare/comparerecorder.h"

#include "core/runs/resultevaluation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cutover::CompareRecorder {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CompareRecorder)
};

} // namespace

RunResult toRunResult(const LiveCompare &compare, bool candidate, qint64 runId)
{
    const ChatResult &c = candidate ? compare.candidateResult : compare.baselineResult;
    RunResult r;
    r.runId = runId;
    r.caseId = compare.testCase.id;
    r.endpoint = candidate ? compare.candidate : compare.baseline;
    r.repeat = 0;
    r.status = c.status;
    r.text = c.text;
    r.finishReason = c.finishReason;
    r.usage = c.usage;
    r.ttftMs = c.ttftMs;
    r.latencyMs = c.latencyMs;
    r.cost = c.cost;
    r.attempts = c.attempts;
    r.requestId = c.requestId;
    r.error = c.errorMessage;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    // The candidate's "equivalent to the baseline" uses the baseline's answer.
    std::optional<QString> baselineAnswer;
    if (candidate && compare.baselineResult.status == CallStatus::Ok)
        baselineAnswer = compare.baselineResult.text;
    RunEvaluation::apply(r, compare.testCase, baselineAnswer);
    return r;
}

Result<qint64> store(QSqlDatabase db, const LiveCompare &compare)
{
    RunInfo run;
    run.promptName = compare.promptName;
    run.promptVersion = compare.promptVersion;
    run.variantVersions = compare.variantVersions;
    run.endpoints = {compare.baseline, compare.candidate};
    run.repeats = 1;
    run.status = RunStatus::Done;
    run.note = Tr::tr("Interactive compare of one case");
    run.createdAt
            = compare.startedAt.isValid() ? compare.startedAt : QDateTime::currentDateTimeUtc();
    run.finishedAt = QDateTime::currentDateTimeUtc();
    return RunStore::createRunWithResults(
            db, run, {toRunResult(compare, false, 0), toRunResult(compare, true, 0)});
}

} // namespace Cutover::CompareRecorder
