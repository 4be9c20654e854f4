// Metrics::compare and friends on real project files: figures of each
// variant, paired figures, verdicts at their boundaries, specs, paging,
// cancellation. Expected values are worked out by hand from the fixture
// (metricsfixture.h) in the comments next to them.

#include "core/metrics/runmetrics.h"
#include "core/project/projectfile.h"
#include "tests/metrics/metricsfixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <cmath>

using namespace Cutover;
using namespace Qt::StringLiterals;
namespace MF = Cutover::MetricsFixture;

Q_DECLARE_METATYPE(Cutover::Metrics::SpecRequest)
Q_DECLARE_METATYPE(Cutover::Metrics::ComparisonSpec)
Q_DECLARE_METATYPE(Cutover::Target)
Q_DECLARE_METATYPE(Cutover::Stats::Estimate)

class TestRunMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void standardFigures();
    void verdictsOfTheStandardRun();
    void errorsIncompleteAndCancelled();
    void disagreementsOnePerCase();
    void ratings_data();
    void ratings();
    void twoRunsPairByCaseAndRepeat();
    void specs_data();
    void specs();
    void defaultSpecWithoutRuns();
    void verdictBoundaries_data();
    void verdictBoundaries();
    void pagingGivesTheSameFigures_data();
    void pagingGivesTheSameFigures();
    void cancelAndProgress();
    void readOnlyProjectAndJson();
    void unknownRunOrEndpoint();
    void runWithoutResults();
    void workerThreadConnection();
    void removedCases();

private:
    QSqlDatabase db() const { return m_project->database(); }
    Metrics::RunComparison compareOk(const Metrics::ComparisonSpec &spec, const Plan &plan = {},
                                     const Metrics::Options &options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
};

void TestRunMetrics::init()
{
    QFile::remove(m_dir.filePath(u"m.cutover"_s));
    auto p = ProjectFile::create(m_dir.filePath(u"m.cutover"_s));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    m_project = std::move(p).value();
}

void TestRunMetrics::cleanup()
{
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
}

Metrics::RunComparison TestRunMetrics::compareOk(const Metrics::ComparisonSpec &spec,
                                                 const Plan &plan, const Metrics::Options &options)
{
    auto c = Metrics::compare(db(), spec, plan, options);
    if (!c) {
        qWarning("%s", qPrintable(c.error().message));
        return {};
    }
    return c.value();
}

void TestRunMetrics::standardFigures()
{
    const qint64 run = MF::writeStandardRun(db(), 100);
    QVERIFY(run > 0);
    const Metrics::RunComparison c = compareOk({run, u"base"_s, run, u"cand"_s});
    const Metrics::VariantMetrics &b = c.baseline;
    const Metrics::VariantMetrics &k = c.candidate;

    QCOMPARE(b.endpoint, u"base"_s);
    QCOMPARE(k.endpoint, u"cand"_s);
    QCOMPARE(b.results, 100);
    QCOMPARE(b.ok, 100);
    QCOMPARE(b.judged, 100);
    QCOMPARE(b.passed, 100);
    QCOMPARE(k.passed, 90); // cases 10, 20, ..., 100 fail
    QCOMPARE(k.passRate.value, 0.9);
    QVERIFY(k.passRate.isOk());
    QVERIFY(k.passRate.low < 0.9 && k.passRate.high > 0.9);
    QCOMPARE(k.errorRate.value, 0.0);
    QCOMPARE(k.errorRate.n, 100);

    // base latencies 1010, 1020, ..., 2000: type-7 p50 at h = 49.5 is the
    // mean of the 50th and 51st, 1500 and 1510. cand 505 ... 1000: 752.5.
    QCOMPARE(b.latency.p50.value, 1505.0);
    QCOMPARE(k.latency.p50.value, 752.5);
    QVERIFY(b.latency.p95.isOk());  // n·(1 − 0.95) = 5: just enough
    QVERIFY(!b.latency.p99.isOk()); // needs 500
    QCOMPARE(b.latency.mean.value, 1505.0);
    QVERIFY(k.ttft.p50.isOk());
    QCOMPARE(k.outputTokens.value, 20.0);
    QCOMPARE(k.inputTokens.value, 100.0);
    QVERIFY(qFuzzyCompare(b.costPer1k.value, 2.0));
    QVERIFY(qFuzzyCompare(k.costPer1k.value, 1.0));
    QVERIFY(qFuzzyCompare(b.totalCost, 0.2));
    QCOMPARE(k.costKnown, 100);

    const Metrics::PairedMetrics &p = c.paired;
    QCOMPARE(p.pairs, 100);
    QCOMPARE(p.passCounts, (Stats::PairedCounts{90, 10, 0, 0}));
    // Ten discordant pairs, all one way: exact p = 2 · 0.5^10.
    QCOMPARE(p.mcnemar.method, u"exact-binomial"_s);
    QVERIFY(qFuzzyCompare(p.mcnemar.pValue, 0.001953125));
    QCOMPARE(p.passRateChangePoints.value, -10.0);
    QVERIFY(p.passRateChangePoints.high < 0.0);
    QVERIFY(qFuzzyCompare(p.costChangePercent.value, -50.0));
    QVERIFY(p.latencyP95ChangePercent.high < 0.0);
    QVERIFY(p.latencyMeanDifferenceMs.value < 0.0);
    QVERIFY(p.latencyWelch.pValue < 1e-6);
    QVERIFY(p.latencyMannWhitney.pValue < 1e-6);
    QVERIFY(p.latencyEffect.cohensD < 0.0);
    QCOMPARE(p.assertions.wins, 0);
    QCOMPARE(p.assertions.ties, 90);
    QCOMPARE(p.assertions.losses, 10);
    QVERIFY(!p.hasRatings);

    // Tags: billing = odd ids (never fail), support = even ids.
    QCOMPARE(c.byTag.size(), 2);
    QCOMPARE(c.byTag.at(0).tag, u"billing"_s);
    QCOMPARE(c.byTag.at(0).cases, 50);
    QCOMPARE(c.byTag.at(0).candidatePassRate.value, 1.0);
    QCOMPARE(c.byTag.at(1).tag, u"support"_s);
    QCOMPARE(c.byTag.at(1).candidatePassRate.value, 0.8);
    QCOMPARE(c.byTag.at(1).baselinePassRate.value, 1.0);

    // The ten failing cells are the disagreements, pass/fail first.
    QCOMPARE(c.topDisagreements.size(), 10);
    for (const Metrics::Disagreement &d : c.topDisagreements) {
        QVERIFY(d.reasons & int(Metrics::DisagreementReason::PassFail));
        QCOMPARE(d.caseId % 10, 0);
        QCOMPARE(d.candidateText, u"I cannot help with that."_s);
        QVERIFY(d.baselineText.startsWith(u"The answer to case"_s));
        QCOMPARE(d.candidatePassed, std::optional<bool>(false));
    }

    QCOMPARE(c.baselineSeries.latency.size(), 100);
    for (qsizetype i = 1; i < c.candidateSeries.latency.size(); ++i)
        QVERIFY(c.candidateSeries.latency.at(i - 1).finishedAtMs
                <= c.candidateSeries.latency.at(i).finishedAtMs);
    QCOMPARE(c.samples.baselineLatencyMs.size(), 100);
}

void TestRunMetrics::verdictsOfTheStandardRun()
{
    const qint64 run = MF::writeStandardRun(db(), 100);
    QVERIFY(run > 0);
    const Metrics::RunComparison c
            = compareOk({run, u"base"_s, run, u"cand"_s}, MF::standardPlan());
    QCOMPARE(c.verdicts.size(), 4);
    // Cost −50 % (all costs equal: the interval is [−50, −50]) ≤ −30 %.
    QCOMPARE(c.verdicts.at(0).objectiveId, 1);
    QVERIFY(c.verdicts.at(0).verdict);
    QCOMPARE(c.verdicts.at(0).verdict->outcome, Stats::VerdictOutcome::Met);
    // p95 about 0.975 s ≤ 2 s; the interval is in seconds.
    QCOMPARE(c.verdicts.at(1).verdict->outcome, Stats::VerdictOutcome::Met);
    QVERIFY(c.verdicts.at(1).verdict->interval.high < 1.1);
    // Pass rate −10 points, its interval well below −1.
    QCOMPARE(c.verdicts.at(2).verdict->outcome, Stats::VerdictOutcome::NotMet);
    QCOMPARE(c.verdicts.at(2).verdict->interval.value, -10.0);
    // Custom: not measured.
    QVERIFY(!c.verdicts.at(3).verdict);
    QVERIFY(c.verdicts.at(3).notJudgedReason.contains(u"tone score"_s));
}

void TestRunMetrics::errorsIncompleteAndCancelled()
{
    // 12 cases with assertions and one (13) without.
    QList<TestCase> cases;
    for (int i = 1; i <= 13; ++i) {
        TestCase tc = MF::testCase(u"q%1"_s.arg(i), {});
        if (i == 13)
            tc.assertions.clear();
        cases.append(tc);
    }
    auto ids = CaseStore::add(db(), cases);
    QVERIFY(ids.ok());
    auto run = RunStore::createRun(db(), MF::runInfo({u"base"_s, u"cand"_s}));
    QVERIFY(run.ok());
    QList<RunResult> results;
    for (int i = 1; i <= 13; ++i) {
        const qint64 id = ids->at(i - 1);
        const std::optional<bool> judged = i == 13 ? std::nullopt : std::optional<bool>(true);
        results.append(MF::okResult(run.value(), id, u"base"_s, 0, 1000, judged, u"fine"_s));
        RunResult c = MF::okResult(run.value(), id, u"cand"_s, 0, 900, judged, u"fine"_s);
        if (i == 1 || i == 13) {
            c.status = CallStatus::Error;
            c.text.clear();
            c.error = u"HTTP 500 from the endpoint"_s;
        } else if (i == 2) {
            c.status = CallStatus::Incomplete;
            c.text = u"fi"_s;
        } else if (i == 3) {
            c.status = CallStatus::Cancelled;
        }
        if (c.status != CallStatus::Ok) {
            c.passed.reset();
            c.score.reset();
            c.assertions = {};
        }
        results.append(c);
    }
    QVERIFY(RunStore::storeResults(db(), results).ok());

    const Metrics::RunComparison c = compareOk({run.value(), u"base"_s, run.value(), u"cand"_s});
    const Metrics::VariantMetrics &k = c.candidate;
    QCOMPARE(k.results, 13);
    QCOMPARE(k.ok, 9);
    QCOMPARE(k.errors, 2);
    QCOMPARE(k.incomplete, 1);
    QCOMPARE(k.cancelled, 1);
    QCOMPARE(k.attempted, 12);
    // Errors and incomplete answers fail on cases with assertions (1, 2);
    // the error on case 13 (no assertions) and the cancelled cell are not
    // judged: 11 judged, 9 passed.
    QCOMPARE(k.judged, 11);
    QCOMPARE(k.passed, 9);
    QCOMPARE(k.errorRate.value, 2.0 / 12.0);
    QCOMPARE(k.incompleteRate.value, 1.0 / 12.0);
    QCOMPARE(k.latency.mean.n, 9); // ok answers only
    QCOMPARE(c.paired.pairs, 12);  // the cancelled cell is not a pair
    QCOMPARE(c.paired.passCounts, (Stats::PairedCounts{9, 2, 0, 0}));

    // Case 1: only one answered and pass/fail differs; it leads the list
    // with the error message as the candidate's text.
    QVERIFY(!c.topDisagreements.isEmpty());
    const Metrics::Disagreement &d = c.topDisagreements.constFirst();
    QCOMPARE(d.caseId, ids->at(0));
    QCOMPARE(d.reasons,
             int(Metrics::DisagreementReason::PassFail) | int(Metrics::DisagreementReason::Status));
    QCOMPARE(d.candidateText, u"HTTP 500 from the endpoint"_s);
    QCOMPARE(d.candidateStatus, CallStatus::Error);
    QVERIFY(!Metrics::describeReasons(d.reasons).isEmpty());
    // Case 13 disagrees by status only; identical answers do not disagree.
    QCOMPARE(c.topDisagreements.size(), 3);
}

void TestRunMetrics::disagreementsOnePerCase()
{
    // Three repeats of two cases. Case 1 disagrees in every repeat, most in
    // repeat 1 (pass/fail and text); case 2 only in repeat 2 (text only).
    auto ids = CaseStore::add(db(), {MF::testCase(u"q1"_s, {}), MF::testCase(u"q2"_s, {})});
    QVERIFY(ids.ok());
    auto run = RunStore::createRun(db(), MF::runInfo({u"base"_s, u"cand"_s}, 3));
    QVERIFY(run.ok());
    QList<RunResult> results;
    for (int repeat = 0; repeat < 3; ++repeat) {
        for (const qint64 id : ids.value()) {
            results.append(MF::okResult(run.value(), id, u"base"_s, repeat, 1000, true,
                                        u"the same words here"_s));
            const bool first = id == ids->at(0);
            const bool failed = first && repeat == 1;
            const QString text
                    = first || repeat == 2 ? u"quite other text"_s : u"the same words here"_s;
            results.append(MF::okResult(run.value(), id, u"cand"_s, repeat, 900, !failed, text));
        }
    }
    QVERIFY(RunStore::storeResults(db(), results).ok());
    const Metrics::RunComparison c = compareOk({run.value(), u"base"_s, run.value(), u"cand"_s});
    QCOMPARE(c.topDisagreements.size(), 2);
    QCOMPARE(c.topDisagreements.at(0).caseId, ids->at(0));
    QCOMPARE(c.topDisagreements.at(0).repeat, 1);
    QCOMPARE(c.topDisagreements.at(1).caseId, ids->at(1));
    QCOMPARE(c.topDisagreements.at(1).repeat, 2);
}

void TestRunMetrics::ratings_data()
{
    QTest::addColumn<bool>("swapped");
    QTest::addColumn<qint64>("wins");
    QTest::addColumn<qint64>("losses");
    QTest::addRow("baseline is the run's first endpoint") << false << qint64(2) << qint64(1);
    QTest::addRow("baseline and candidate swapped") << true << qint64(1) << qint64(2);
}

void TestRunMetrics::ratings()
{
    QFETCH(bool, swapped);
    QFETCH(qint64, wins);
    QFETCH(qint64, losses);
    const qint64 run = MF::writeStandardRun(db(), 20);
    QVERIFY(run > 0);
    auto ids = CaseStore::list(db());
    QVERIFY(ids.ok());
    const QList<Rating> given = {Rating::CandidateBetter, Rating::CandidateBetter,
                                 Rating::BaselineBetter, Rating::Tie, Rating::BothBad};
    for (qsizetype i = 0; i < given.size(); ++i)
        QVERIFY(RunStore::setRating(db(), run,
                                    RatingEntry{ids->at(i).id, given.at(i), {}, MF::kStart})
                        .ok());
    const Metrics::ComparisonSpec spec
            = swapped ? Metrics::ComparisonSpec{run, u"cand"_s, run, u"base"_s}
                      : Metrics::ComparisonSpec{run, u"base"_s, run, u"cand"_s};
    const Metrics::RunComparison c = compareOk(spec);
    QVERIFY(c.paired.hasRatings);
    QCOMPARE(c.paired.ratings.wins, wins);
    QCOMPARE(c.paired.ratings.losses, losses);
    QCOMPARE(c.paired.ratings.ties, 2);
    QCOMPARE(c.paired.ratings.signTest.status, Stats::EstimateStatus::NotEnoughData);
    // The decisive ratings mark their cells as disagreements.
    int rated = 0;
    for (const Metrics::Disagreement &d : c.topDisagreements)
        rated += (d.reasons & int(Metrics::DisagreementReason::Rating)) ? 1 : 0;
    QCOMPARE(rated, 3);
}

void TestRunMetrics::twoRunsPairByCaseAndRepeat()
{
    // Run 1 answers with "old" only, run 2 with "new" only, 2 repeats of 30
    // cases; run 2 misses case 30's second repeat.
    QList<TestCase> cases;
    for (int i = 1; i <= 30; ++i)
        cases.append(MF::testCase(u"q%1"_s.arg(i), {}));
    auto ids = CaseStore::add(db(), cases);
    QVERIFY(ids.ok());
    auto oldRun = RunStore::createRun(db(), MF::runInfo({u"old"_s}, 2));
    auto newRun = RunStore::createRun(db(), MF::runInfo({u"new"_s}, 2));
    QVERIFY(oldRun.ok() && newRun.ok());
    QList<RunResult> results;
    for (int i = 1; i <= 30; ++i) {
        for (int rep = 0; rep < 2; ++rep) {
            results.append(MF::okResult(oldRun.value(), ids->at(i - 1), u"old"_s, rep, 800 + i,
                                        true, u"same"_s));
            if (i == 30 && rep == 1)
                continue;
            results.append(MF::okResult(newRun.value(), ids->at(i - 1), u"new"_s, rep, 400 + i,
                                        rep == 0, u"same"_s));
        }
    }
    QVERIFY(RunStore::storeResults(db(), results).ok());

    auto spec = Metrics::defaultSpec(db());
    QVERIFY(spec.ok());
    QCOMPARE(spec.value(),
             (Metrics::ComparisonSpec{oldRun.value(), u"old"_s, newRun.value(), u"new"_s}));
    const Metrics::RunComparison c = compareOk(spec.value());
    QCOMPARE(c.baseline.results, 60);
    QCOMPARE(c.candidate.results, 59);
    QCOMPARE(c.paired.pairs, 59);
    // Repeat 1 of the new run fails (29 cells), repeat 0 passes (30).
    QCOMPARE(c.paired.passCounts, (Stats::PairedCounts{30, 29, 0, 0}));
    QVERIFY(!c.paired.hasRatings);
}

void TestRunMetrics::specs_data()
{
    QTest::addColumn<Metrics::SpecRequest>("request");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Metrics::ComparisonSpec>("expected");

    // Run 1: base, cand with results; run 2: base only; run 3: x, y, z
    // without results.
    using S = Metrics::ComparisonSpec;
    QTest::addRow("default: latest run with results and two endpoints")
            << Metrics::SpecRequest{} << true << S{1, u"base"_s, 1, u"cand"_s};
    QTest::addRow("default with endpoints given") << Metrics::SpecRequest{{}, u"cand"_s, u"base"_s}
                                                  << true << S{1, u"cand"_s, 1, u"base"_s};
    QTest::addRow("one run") << Metrics::SpecRequest{{3}, {}, {}} << true
                             << S{3, u"x"_s, 3, u"y"_s};
    QTest::addRow("one run, baseline given")
            << Metrics::SpecRequest{{3}, u"y"_s, {}} << true << S{3, u"y"_s, 3, u"x"_s};
    QTest::addRow("one run, both given")
            << Metrics::SpecRequest{{3}, u"z"_s, u"x"_s} << true << S{3, u"z"_s, 3, u"x"_s};
    QTest::addRow("two runs") << Metrics::SpecRequest{{1, 2}, {}, {}} << true
                              << S{1, u"base"_s, 2, u"base"_s};
    QTest::addRow("two runs, candidate endpoint given")
            << Metrics::SpecRequest{{2, 1}, {}, u"cand"_s} << true << S{2, u"base"_s, 1, u"cand"_s};
    QTest::addRow("unknown run") << Metrics::SpecRequest{{9}, {}, {}} << false << S{};
    QTest::addRow("unknown second run") << Metrics::SpecRequest{{1, 9}, {}, {}} << false << S{};
    QTest::addRow("endpoint not in the run")
            << Metrics::SpecRequest{{1}, u"nope"_s, {}} << false << S{};
    QTest::addRow("same endpoint twice")
            << Metrics::SpecRequest{{1}, u"base"_s, u"base"_s} << false << S{};
    QTest::addRow("one run with one endpoint") << Metrics::SpecRequest{{2}, {}, {}} << false << S{};
    QTest::addRow("three runs") << Metrics::SpecRequest{{1, 2, 3}, {}, {}} << false << S{};
}

void TestRunMetrics::specs()
{
    QFETCH(Metrics::SpecRequest, request);
    QFETCH(bool, ok);
    QFETCH(Metrics::ComparisonSpec, expected);
    QCOMPARE(MF::writeStandardRun(db(), 10), 1);
    QCOMPARE(RunStore::createRun(db(), MF::runInfo({u"base"_s})).value(), 2);
    QCOMPARE(RunStore::createRun(db(), MF::runInfo({u"x"_s, u"y"_s, u"z"_s})).value(), 3);

    auto spec = Metrics::resolveSpec(db(), request);
    QCOMPARE(spec.ok(), ok);
    if (!ok) {
        QCOMPARE(spec.error().kind, ErrorKind::BadInput);
        QVERIFY(!spec.error().message.isEmpty());
        return;
    }
    QCOMPARE(spec.value(), expected);
}

void TestRunMetrics::defaultSpecWithoutRuns()
{
    auto spec = Metrics::defaultSpec(db());
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().kind, ErrorKind::BadInput);
    // One run with one endpoint is not enough either.
    QVERIFY(RunStore::createRun(db(), MF::runInfo({u"base"_s})).ok());
    QVERIFY(!Metrics::defaultSpec(db()).ok());
}

void TestRunMetrics::verdictBoundaries_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<Stats::Estimate>("measured"); // put where the target's metric reads it
    QTest::addColumn<QString>("expected");         // verdict key or "not-judged"
    QTest::addColumn<double>("expectedLow"); // the deciding interval's low, in the target's unit

    const auto est = [](double v, double lo, double hi, qint64 n = 200) {
        return Stats::Estimate{v, lo, hi, n, Stats::EstimateStatus::Ok, 0.95};
    };
    const auto target = [](TargetMetric m, Comparison cmp, TargetReference ref, double value,
                           const QString &unit) {
        return Target{m, {}, cmp, ref, value, unit};
    };
    using M = TargetMetric;
    using C = Comparison;
    using R = TargetReference;
    const double nan = Stats::kNaN;

    // Pass rate as a 0..1 fraction (no unit, |value| ≤ 1).
    QTest::addRow("≥, interval touching the target from above")
            << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 0.9, {}) << est(0.92, 0.9, 0.95)
            << u"met"_s << 0.9;
    QTest::addRow(">, interval touching the target")
            << target(M::PassRate, C::Greater, R::Absolute, 0.9, {}) << est(0.92, 0.9, 0.95)
            << u"inconclusive"_s << 0.9;
    QTest::addRow("≥, interval straddling the target")
            << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 0.9, {}) << est(0.9, 0.85, 0.95)
            << u"inconclusive"_s << 0.85;
    QTest::addRow("≥, interval wholly below")
            << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 0.9, {}) << est(0.85, 0.8, 0.89)
            << u"not-met"_s << 0.8;
    QTest::addRow("≥, high end touching the target")
            << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 0.95, {}) << est(0.92, 0.9, 0.95)
            << u"inconclusive"_s << 0.9;
    QTest::addRow("<, high end touching the target")
            << target(M::PassRate, C::Less, R::Absolute, 0.95, {}) << est(0.92, 0.9, 0.95)
            << u"inconclusive"_s << 0.9;
    QTest::addRow("≤, high end touching the target")
            << target(M::PassRate, C::LessOrEqual, R::Absolute, 0.95, {}) << est(0.92, 0.9, 0.95)
            << u"met"_s << 0.9;
    QTest::addRow("not enough data")
            << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 0.5, {})
            << Stats::Estimate{1.0, nan, nan, 4, Stats::EstimateStatus::NotEnoughData, 0.95}
            << u"inconclusive"_s << nan;
    QTest::addRow("no data") << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 0.5, {})
                             << Stats::Estimate{} << u"inconclusive"_s << nan;
    // Percent: unit "%", or no unit and a value above 1.
    QTest::addRow("pass rate in percent")
            << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 90, u"%"_s)
            << est(0.92, 0.9, 0.95) << u"met"_s << 90.0;
    QTest::addRow("pass rate, no unit, value above 1 is percent")
            << target(M::PassRate, C::GreaterOrEqual, R::Absolute, 90, {}) << est(0.92, 0.9, 0.95)
            << u"met"_s << 90.0;
    QTest::addRow("error rate ≤ 5 %%")
            << target(M::ErrorRate, C::LessOrEqual, R::Absolute, 5, u"%"_s)
            << est(0.03, 0.01, 0.051) << u"inconclusive"_s << 1.0;
    // Pass rate change in points (the paired figure, already in points).
    QTest::addRow("pass rate ≥ baseline − 1 point, touching")
            << target(M::PassRate, C::GreaterOrEqual, R::BaselinePoints, -1, u"points"_s)
            << est(-0.5, -1.0, 0.2) << u"met"_s << -1.0;
    QTest::addRow("pass rate ≥ baseline − 1 point, below")
            << target(M::PassRate, C::GreaterOrEqual, R::BaselinePoints, -1, u"points"_s)
            << est(-3, -5, -1.01) << u"not-met"_s << -5.0;
    // Latency measured in ms, judged in the target's unit.
    QTest::addRow("p95 ≤ 2 s, interval [1.8, 2.0] s")
            << target(M::LatencyP95, C::LessOrEqual, R::Absolute, 2, u"s"_s)
            << est(1900, 1800, 2000) << u"met"_s << 1.8;
    QTest::addRow("p95 ≤ 1.9 s straddles")
            << target(M::LatencyP95, C::LessOrEqual, R::Absolute, 1.9, u"s"_s)
            << est(1900, 1800, 2000) << u"inconclusive"_s << 1.8;
    QTest::addRow("p95 ≤ 2000 ms")
            << target(M::LatencyP95, C::LessOrEqual, R::Absolute, 2000, u"ms"_s)
            << est(1900, 1800, 2000) << u"met"_s << 1800.0;
    QTest::addRow("p95 < 1800 ms, touching from above")
            << target(M::LatencyP95, C::Less, R::Absolute, 1800, u"ms"_s) << est(1900, 1800, 2000)
            << u"not-met"_s << 1800.0;
    QTest::addRow("p50 in seconds") << target(M::LatencyP50, C::LessOrEqual, R::Absolute, 1, u"s"_s)
                                    << est(900, 800, 1000) << u"met"_s << 0.8;
    QTest::addRow("latency p95 change in points is not judged")
            << target(M::LatencyP95, C::LessOrEqual, R::BaselinePoints, -5, u"points"_s)
            << est(1900, 1800, 2000) << u"not-judged"_s << nan;
    QTest::addRow("latency p95 −20 %% against the baseline")
            << target(M::LatencyP95, C::LessOrEqual, R::BaselinePercent, -20, u"%"_s)
            << est(-30, -40, -21) << u"met"_s << -40.0;
    // Cost.
    QTest::addRow("cost per 1k ≤ 1.2 USD")
            << target(M::CostPer1kRequests, C::LessOrEqual, R::Absolute, 1.2, u"USD"_s)
            << est(1.0, 0.9, 1.1) << u"met"_s << 0.9;
    QTest::addRow("cost −30 %%, interval touching")
            << target(M::CostPer1kRequests, C::LessOrEqual, R::BaselinePercent, -30, u"%"_s)
            << est(-35, -40, -30) << u"met"_s << -40.0;
    QTest::addRow("cost −30 %%, interval above")
            << target(M::CostPer1kRequests, C::LessOrEqual, R::BaselinePercent, -30, u"%"_s)
            << est(-20, -29.9, -10) << u"not-met"_s << -29.9;
    QTest::addRow("output tokens ≤ 300")
            << target(M::OutputTokens, C::LessOrEqual, R::Absolute, 300, u"tokens"_s)
            << est(250, 240, 260) << u"met"_s << 240.0;
    QTest::addRow("custom metric")
            << Target{M::Custom, u"tone"_s, C::GreaterOrEqual, R::Absolute, 4, {}} << est(5, 4, 6)
            << u"not-judged"_s << nan;
}

void TestRunMetrics::verdictBoundaries()
{
    QFETCH(Target, target);
    QFETCH(Stats::Estimate, measured);
    QFETCH(QString, expected);
    QFETCH(double, expectedLow);

    // Each metric reads its own figure; put the measurement in all of them.
    Metrics::RunComparison c;
    c.candidate.passRate = measured;
    c.candidate.errorRate = measured;
    c.candidate.latency.p50 = measured;
    c.candidate.latency.p95 = measured;
    c.candidate.costPer1k = measured;
    c.candidate.outputTokens = measured;
    c.paired.passCounts.bothPass = 100;
    c.paired.passRateChangePoints = measured;
    c.paired.latencyP95ChangePercent = measured;
    c.paired.costChangePercent = measured;

    Objective objective;
    objective.id = 7;
    objective.title = u"Objective"_s;
    objective.target = target;
    const Metrics::ObjectiveVerdict v = Metrics::judgeObjective(objective, c);
    QCOMPARE(v.objectiveId, 7);
    QCOMPARE(v.target, target);
    if (expected == u"not-judged"_s) {
        QVERIFY(!v.verdict);
        QVERIFY(!v.notJudgedReason.isEmpty());
        return;
    }
    QVERIFY(v.verdict);
    QCOMPARE(Stats::verdictKey(v.verdict->outcome), expected);
    if (std::isnan(expectedLow))
        QVERIFY(std::isnan(v.verdict->interval.low));
    else
        QVERIFY2(qAbs(v.verdict->interval.low - expectedLow) < 1e-9,
                 qPrintable(QString::number(v.verdict->interval.low)));
}

void TestRunMetrics::pagingGivesTheSameFigures_data()
{
    QTest::addColumn<bool>("twoRuns");
    QTest::addColumn<qint64>("pageSize");
    QTest::addRow("one run, pages of 1") << false << qint64(1);
    QTest::addRow("one run, pages of 7") << false << qint64(7);
    QTest::addRow("two runs, pages of 3") << true << qint64(3);
    QTest::addRow("two runs, pages of 50") << true << qint64(50);
}

void TestRunMetrics::pagingGivesTheSameFigures()
{
    QFETCH(bool, twoRuns);
    QFETCH(qint64, pageSize);
    qint64 run = MF::writeStandardRun(db(), 40);
    QVERIFY(run > 0);
    Metrics::ComparisonSpec spec{run, u"base"_s, run, u"cand"_s};
    if (twoRuns) {
        // A second run answering with "cand" for every other case only.
        auto other = RunStore::createRun(db(), MF::runInfo({u"cand"_s}));
        QVERIFY(other.ok());
        auto all = RunStore::results(db(), run);
        QVERIFY(all.ok());
        QList<RunResult> copies;
        for (RunResult r : std::as_const(all.value())) {
            if (r.endpoint != u"cand"_s || r.caseId % 2)
                continue;
            r.runId = other.value();
            copies.append(r);
        }
        QVERIFY(RunStore::storeResults(db(), copies).ok());
        spec = {run, u"base"_s, other.value(), u"cand"_s};
    }
    Metrics::Options whole;
    Metrics::Options paged;
    paged.pageSize = pageSize;
    const QJsonObject a = Metrics::toJson(compareOk(spec, MF::standardPlan(), whole));
    const QJsonObject b = Metrics::toJson(compareOk(spec, MF::standardPlan(), paged));
    QCOMPARE(a.value(u"paired"_s).toObject().value(u"pairs"_s).toInteger(), twoRuns ? 20 : 40);
    QCOMPARE(QJsonDocument(b).toJson(), QJsonDocument(a).toJson());
}

void TestRunMetrics::cancelAndProgress()
{
    const qint64 run = MF::writeStandardRun(db(), 30);
    QVERIFY(run > 0);
    const Metrics::ComparisonSpec spec{run, u"base"_s, run, u"cand"_s};

    Metrics::Options options;
    options.pageSize = 10;
    QList<qint64> done;
    options.progress = [&](qint64 d, qint64 total) {
        QCOMPARE(total, 60);
        done.append(d);
    };
    QVERIFY(Metrics::compare(db(), spec, {}, options).ok());
    QVERIFY(done.size() >= 6);
    QCOMPARE(done.constLast(), 60);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

    std::atomic_bool cancel = true;
    options.progress = nullptr;
    options.cancel = &cancel;
    auto c = Metrics::compare(db(), spec, {}, options);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, ErrorKind::Cancelled);

    // Cancelled half-way, from the progress callback.
    cancel = false;
    options.progress = [&](qint64 d, qint64) {
        if (d >= 20)
            cancel = true;
    };
    c = Metrics::compare(db(), spec, {}, options);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, ErrorKind::Cancelled);
}

void TestRunMetrics::readOnlyProjectAndJson()
{
    const qint64 run = MF::writeStandardRun(db(), 100);
    QVERIFY(run > 0);
    const QString path = m_project->path();
    QVERIFY(m_project->close().ok());
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ProjectOpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = ProjectFile::open(path, readOnly);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_project = std::move(opened).value();

    auto spec = Metrics::defaultSpec(db());
    QVERIFY(spec.ok());
    const Metrics::RunComparison c = compareOk(spec.value(), MF::standardPlan());
    const QJsonObject json = Metrics::toJson(c);
    // Seeded: a second computation gives the same figures.
    QCOMPARE(QJsonDocument(Metrics::toJson(compareOk(spec.value(), MF::standardPlan()))).toJson(),
             QJsonDocument(json).toJson());

    const QJsonObject passRate
            = json.value(u"candidate"_s).toObject().value(u"pass_rate"_s).toObject();
    QCOMPARE(passRate.value(u"value"_s).toDouble(), 0.9);
    QCOMPARE(passRate.value(u"n"_s).toInteger(), 100);
    QVERIFY(passRate.value(u"low"_s).isDouble() && passRate.value(u"high"_s).isDouble());
    QCOMPARE(passRate.value(u"status"_s).toString(), u"ok"_s);
    const QJsonObject p99 = json.value(u"baseline"_s)
                                    .toObject()
                                    .value(u"latency_ms"_s)
                                    .toObject()
                                    .value(u"p99"_s)
                                    .toObject();
    QCOMPARE(p99.value(u"status"_s).toString(), u"not-enough-data"_s);
    QVERIFY(p99.value(u"low"_s).isNull());
    const QJsonArray verdicts = json.value(u"verdicts"_s).toArray();
    QCOMPARE(verdicts.size(), 4);
    QCOMPARE(verdicts.at(0).toObject().value(u"verdict"_s).toString(), u"met"_s);
    QCOMPARE(verdicts.at(2).toObject().value(u"verdict"_s).toString(), u"not-met"_s);
    QCOMPARE(verdicts.at(3).toObject().value(u"verdict"_s).toString(), u"not-judged"_s);
    QCOMPARE(json.value(u"paired"_s)
                     .toObject()
                     .value(u"mcnemar"_s)
                     .toObject()
                     .value(u"method"_s)
                     .toString(),
             u"exact-binomial"_s);
    QCOMPARE(json.value(u"disagreements"_s).toArray().size(), 10);

    QVERIFY(m_project->close().ok());
    m_project.reset();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // nothing written
    auto reopened = ProjectFile::open(path);
    QVERIFY(reopened.ok());
    m_project = std::move(reopened).value();
}

void TestRunMetrics::unknownRunOrEndpoint()
{
    const qint64 run = MF::writeStandardRun(db(), 10);
    QVERIFY(run > 0);
    auto c = Metrics::compare(db(), {run + 5, u"base"_s, run + 5, u"cand"_s}, {});
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, ErrorKind::BadInput);
    c = Metrics::compare(db(), {run, u"base"_s, run, u"other"_s}, {});
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, ErrorKind::BadInput);
    QVERIFY(c.error().message.contains(u"other"_s));
    c = Metrics::compare(db(), {run, u"base"_s, run, u"base"_s}, {});
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, ErrorKind::BadInput);
}

void TestRunMetrics::runWithoutResults()
{
    auto run = RunStore::createRun(db(), MF::runInfo({u"base"_s, u"cand"_s}));
    QVERIFY(run.ok());
    // The only run has no results: it is still the default comparison.
    auto spec = Metrics::defaultSpec(db());
    QVERIFY(spec.ok());
    const Metrics::RunComparison c = compareOk(spec.value(), MF::standardPlan());
    QCOMPARE(c.baseline.results, 0);
    QCOMPARE(c.candidate.passRate.status, Stats::EstimateStatus::NoData);
    QCOMPARE(c.candidate.latency.p95.status, Stats::EstimateStatus::NoData);
    QCOMPARE(c.paired.pairs, 0);
    QCOMPARE(c.paired.mcnemar.status, Stats::EstimateStatus::NoData);
    QVERIFY(c.topDisagreements.isEmpty());
    QVERIFY(c.byTag.isEmpty());
    QVERIFY(c.baselineSeries.latency.isEmpty());
    // Nothing measured: every judged objective is inconclusive.
    QCOMPARE(c.verdicts.size(), 4);
    for (const Metrics::ObjectiveVerdict &v : c.verdicts) {
        if (v.verdict)
            QCOMPARE(v.verdict->outcome, Stats::VerdictOutcome::Inconclusive);
    }
    const QJsonObject json = Metrics::toJson(c);
    QVERIFY(json.value(u"candidate"_s)
                    .toObject()
                    .value(u"pass_rate"_s)
                    .toObject()
                    .value(u"value"_s)
                    .isNull());
}

void TestRunMetrics::workerThreadConnection()
{
    const qint64 run = MF::writeStandardRun(db(), 60);
    QVERIFY(run > 0);
    const Metrics::ComparisonSpec spec{run, u"base"_s, run, u"cand"_s};
    const QByteArray here
            = QJsonDocument(Metrics::toJson(compareOk(spec, MF::standardPlan()))).toJson();
    // The same figures from a worker thread on a connection of its own.
    const ProjectFile *project = m_project.get();
    QFuture<QByteArray> there = QtConcurrent::run([project, spec] {
        QByteArray json;
        QString name;
        {
            auto connection = project->openAdditionalConnection(u"metrics-test"_s);
            if (!connection)
                return json;
            name = connection->connectionName();
            auto c = Metrics::compare(connection.value(), spec, MF::standardPlan());
            if (c)
                json = QJsonDocument(Metrics::toJson(c.value())).toJson();
        }
        ProjectFile::closeAdditionalConnection(name);
        return json;
    });
    QTRY_VERIFY_WITH_TIMEOUT(there.isFinished(), 60000);
    QCOMPARE(there.result(), here);
}

void TestRunMetrics::removedCases()
{
    // Results stay when their case is removed: they still count, by their
    // own pass/fail, without the case's tags; an error on a removed case is
    // not judged (whether the case had assertions is no longer known).
    const qint64 run = MF::writeStandardRun(db(), 20);
    QVERIFY(run > 0);
    auto cases = CaseStore::list(db());
    QVERIFY(cases.ok());
    const qint64 removed = cases->at(9).id; // case 10: the candidate fails it
    const qint64 errored = cases->at(0).id;
    RunResult error = MF::okResult(run, errored, u"cand"_s, 0, 500, std::nullopt, {});
    error.status = CallStatus::Error;
    QVERIFY(RunStore::storeResults(db(), {error}).ok());
    QCOMPARE(CaseStore::remove(db(), {removed, errored}).value(), 2);

    const Metrics::RunComparison c = compareOk({run, u"base"_s, run, u"cand"_s});
    QCOMPARE(c.candidate.results, 20);
    QCOMPARE(c.candidate.judged, 19); // the error on the removed case 1 is not judged
    QCOMPARE(c.candidate.passed, 17); // cases 10 and 20 fail
    qint64 tagged = 0;
    for (const Metrics::TagBreakdown &t : c.byTag)
        tagged += t.cases;
    QCOMPARE(tagged, 18);
}

QTEST_GUILESS_MAIN(TestRunMetrics)
#include "tst_runmetrics.moc"
