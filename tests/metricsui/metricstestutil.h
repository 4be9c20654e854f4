#pragma once

// Shared set-up for the Metrics pane tests: a real project file with one
// run of two endpoints whose results are written through RunStore, and a
// plan with targets the results meet, miss, or cannot decide.
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"

#include <QTest>

#include <memory>

namespace Cutover::MetricsTest {

inline std::unique_ptr<Project> createProject(const QString &path)
{
    QFile::remove(path);
    auto project = Project::create(path);
    if (!project) {
        qWarning("%s", qPrintable(project.error().message));
        return nullptr;
    }
    return std::move(project).value();
}

// Objective ids.
inline constexpr qint64 kMetObjective = 101;    // pass rate ≥ 50 %
inline constexpr qint64 kNotMetObjective = 102; // pass rate ≥ 99.5 %
inline constexpr qint64 kUndecided = 103;       // p95 latency ≤ 2 s: too few results for p95
inline constexpr qint64 kNoTargetObjective = 104;

inline Plan plan()
{
    Plan p;
    p.title = QStringLiteral("Move the bot");
    const auto objective = [](qint64 id, const QString &title, std::optional<Target> target) {
        Objective o;
        o.id = id;
        o.title = title;
        o.target = target;
        return o;
    };
    Target passHalf;
    passHalf.metric = TargetMetric::PassRate;
    passHalf.comparison = Comparison::GreaterOrEqual;
    passHalf.value = 50.0;
    passHalf.unit = QStringLiteral("%");
    Target passAll = passHalf;
    passAll.value = 99.5;
    Target p95;
    p95.metric = TargetMetric::LatencyP95;
    p95.comparison = Comparison::LessOrEqual;
    p95.value = 2.0;
    p95.unit = QStringLiteral("s");
    p.objectives = {objective(kMetObjective, QStringLiteral("Keep quality"), passHalf),
                    objective(kNotMetObjective, QStringLiteral("Flawless"), passAll),
                    objective(kUndecided, QStringLiteral("Fast"), p95),
                    objective(kNoTargetObjective, QStringLiteral("Happy team"), std::nullopt)};
    return p;
}

// A run of `cases` cases on "base" and "cand": every baseline answer
// passes; the candidate fails every tenth case. Latency of case i: 400 + 10·i
// ms (baseline), 300 + 5·i ms (candidate); cost 0.002 and 0.001; cases
// tagged "billing" and "refunds" alternately. Returns the run id (0 on
// failure).
inline qint64 seedRun(QSqlDatabase db, int cases = 30)
{
    QList<TestCase> all;
    for (int i = 1; i <= cases; ++i) {
        TestCase c;
        c.variables.insert(QStringLiteral("q"), QStringLiteral("case-%1").arg(i));
        c.tags = {i % 2 ? QStringLiteral("billing") : QStringLiteral("refunds")};
        c.assertions = {Assertion::contains({QStringLiteral("case")}, ContainsMode::All)};
        all.append(c);
    }
    auto ids = CaseStore::add(db, all);
    if (!ids) {
        qWarning("%s", qPrintable(ids.error().message));
        return 0;
    }
    RunInfo run;
    run.promptName = QStringLiteral("triage");
    run.promptVersion = 1;
    run.endpoints = {QStringLiteral("base"), QStringLiteral("cand")};
    run.status = RunStatus::Done;
    run.createdAt = QDateTime::currentDateTimeUtc();
    auto runId = RunStore::createRun(db, run);
    if (!runId) {
        qWarning("%s", qPrintable(runId.error().message));
        return 0;
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
    QList<RunResult> results;
    for (int i = 1; i <= cases; ++i) {
        for (const QString &endpoint : run.endpoints) {
            const bool base = endpoint == QStringLiteral("base");
            RunResult r;
            r.runId = runId.value();
            r.caseId = ids->at(i - 1);
            r.endpoint = endpoint;
            r.status = CallStatus::Ok;
            r.text = QStringLiteral("answer to case-%1").arg(i);
            r.finishReason = QStringLiteral("stop");
            r.usage.input = 20;
            r.usage.output = base ? 40 : 30;
            r.latencyMs = base ? 400 + 10 * i : 300 + 5 * i;
            r.ttftMs = r.latencyMs / 4;
            r.cost = base ? 0.002 : 0.001;
            r.attempts = 1;
            r.finishedAt = start.addMSecs(100 * i + (base ? 0 : 50));
            const bool passed = base || i % 10 != 0;
            r.passed = passed;
            r.score = passed ? 1.0 : 0.0;
            results.append(r);
        }
    }
    if (auto stored = RunStore::storeResults(db, results); !stored) {
        qWarning("%s", qPrintable(stored.error().message));
        return 0;
    }
    return runId.value();
}

} // namespace Cutover::MetricsTest
