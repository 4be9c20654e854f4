#pragma once

// Stored run results with known figures, written with RunStore into a real
// project: shared by the metrics, cutover-cli stats and report tests and the
// metrics benchmark.
#include "core/plan/plan.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Cutover::MetricsFixture {

inline const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// An answer with status ok; passed sets score, passed and one assertion
// outcome, nullopt leaves the case without assertions.
inline RunResult okResult(qint64 runId, qint64 caseId, const QString &endpoint, int repeat,
                          qint64 latencyMs, std::optional<bool> passed, const QString &text)
{
    RunResult r;
    r.runId = runId;
    r.caseId = caseId;
    r.endpoint = endpoint;
    r.repeat = repeat;
    r.status = CallStatus::Ok;
    r.text = text;
    r.finishReason = QStringLiteral("stop");
    r.latencyMs = latencyMs;
    r.ttftMs = latencyMs / 4;
    r.usage.input = 100;
    r.usage.output = 20;
    r.attempts = 1;
    r.finishedAt = kStart.addMSecs(caseId * 1000 + repeat * 100 + latencyMs);
    if (passed) {
        r.passed = *passed;
        r.score = *passed ? 1.0 : 0.0;
        r.assertions = QJsonArray{
                QJsonObject{{QStringLiteral("status"),
                             *passed ? QStringLiteral("passed") : QStringLiteral("failed")},
                            {QStringLiteral("reason"), QString()},
                            {QStringLiteral("weight"), 1.0}}};
    }
    return r;
}

inline TestCase testCase(const QString &q, const QStringList &tags)
{
    TestCase c;
    c.variables.insert(QStringLiteral("q"), q);
    c.tags = tags;
    c.assertions = {Assertion::contains({q}, ContainsMode::All)};
    return c;
}

inline RunInfo runInfo(const QStringList &endpoints, int repeats = 1)
{
    RunInfo run;
    run.promptName = QStringLiteral("triage");
    run.promptVersion = 1;
    run.endpoints = endpoints;
    run.repeats = repeats;
    run.status = RunStatus::Done;
    run.createdAt = kStart;
    run.finishedAt = kStart.addSecs(3600);
    return run;
}

// The standard A/B run: `n` cases (tags "billing" on odd ids, "support" on
// even ones), one run with endpoints "base" and "cand", one repeat.
//   base: case i answers "The answer to case i is blue." in 1000 + 10·i ms,
//         cost 0.002, always passes.
//   cand: "The answer to case i is blue." in 500 + 5·i ms, cost 0.001,
//         fails every 10th case (answering "I cannot help with that.").
// Returns the run id, or 0 after a qWarning.
inline qint64 writeStandardRun(QSqlDatabase db, int n)
{
    QList<TestCase> cases;
    for (int i = 1; i <= n; ++i)
        cases.append(testCase(QStringLiteral("case-%1").arg(i),
                              {i % 2 ? QStringLiteral("billing") : QStringLiteral("support")}));
    auto ids = CaseStore::add(db, cases);
    if (!ids) {
        qWarning("%s", qPrintable(ids.error().message));
        return 0;
    }
    auto run = RunStore::createRun(db, runInfo({QStringLiteral("base"), QStringLiteral("cand")}));
    if (!run) {
        qWarning("%s", qPrintable(run.error().message));
        return 0;
    }
    QList<RunResult> results;
    for (int i = 1; i <= n; ++i) {
        const qint64 id = ids->at(i - 1);
        const QString good = QStringLiteral("The answer to case %1 is blue.").arg(i);
        RunResult b
                = okResult(run.value(), id, QStringLiteral("base"), 0, 1000 + 10 * i, true, good);
        b.cost = 0.002;
        const bool fails = i % 10 == 0;
        RunResult c = okResult(run.value(), id, QStringLiteral("cand"), 0, 500 + 5 * i, !fails,
                               fails ? QStringLiteral("I cannot help with that.") : good);
        c.cost = 0.001;
        results << b << c;
    }
    if (auto r = RunStore::storeResults(db, results); !r) {
        qWarning("%s", qPrintable(r.error().message));
        return 0;
    }
    return run.value();
}

// Objectives the standard run meets (cost, p95 latency), fails (pass rate
// no worse than 1 point) and cannot judge (custom).
inline Plan standardPlan()
{
    Plan plan;
    plan.title = QStringLiteral("Move triage to the new model");
    Objective cost;
    cost.id = 1;
    cost.title = QStringLiteral("Cheaper");
    cost.target = Target{TargetMetric::CostPer1kRequests,  {},    Comparison::LessOrEqual,
                         TargetReference::BaselinePercent, -30.0, QStringLiteral("%")};
    Objective p95;
    p95.id = 2;
    p95.title = QStringLiteral("Fast enough");
    p95.target = Target{TargetMetric::LatencyP95,  {},  Comparison::LessOrEqual,
                        TargetReference::Absolute, 2.0, QStringLiteral("s")};
    Objective quality;
    quality.id = 3;
    quality.title = QStringLiteral("As good");
    quality.target = Target{TargetMetric::PassRate,          {},   Comparison::GreaterOrEqual,
                            TargetReference::BaselinePoints, -1.0, QStringLiteral("points")};
    Objective tone;
    tone.id = 4;
    tone.title = QStringLiteral("Friendly tone");
    tone.target = Target{TargetMetric::Custom,
                         QStringLiteral("tone score"),
                         Comparison::GreaterOrEqual,
                         TargetReference::Absolute,
                         4.0,
                         QString()};
    plan.objectives = {cost, p95, quality, tone};
    return plan;
}

} // namespace Cutover::MetricsFixture
