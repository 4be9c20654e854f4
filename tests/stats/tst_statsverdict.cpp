// Verdicts of plan targets against measured intervals, at the boundaries.

#include "core/plan/plan.h"
#include "core/stats/proportion.h"
#include "core/stats/verdict.h"

#include <QtTest>

using namespace Cutover;
using namespace Cutover::Stats;
using namespace Qt::StringLiterals;

class TestStatsVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundaries_data();
    void boundaries();
    void notDecidable_data();
    void notDecidable();
    void pointsAgainstBaseline_data();
    void pointsAgainstBaseline();
    void keys();
    void json();
};

namespace {

Estimate interval(double low, double high)
{
    return Estimate{(low + high) / 2.0, low, high, 100, EstimateStatus::Ok, 0.95};
}

Target target(Comparison comparison, double value,
              TargetReference reference = TargetReference::Absolute)
{
    Target t;
    t.metric = TargetMetric::LatencyP95;
    t.comparison = comparison;
    t.reference = reference;
    t.value = value;
    return t;
}

} // namespace

void TestStatsVerdict::boundaries_data()
{
    QTest::addColumn<Comparison>("comparison");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<VerdictOutcome>("outcome");

    using C = Comparison;
    using V = VerdictOutcome;
    // p95 <= 2 s: met only if the whole interval is at or below 2.
    QTest::addRow("<= inside") << C::LessOrEqual << 2.0 << 1.5 << 1.9 << V::Met;
    QTest::addRow("<= high on the value") << C::LessOrEqual << 2.0 << 1.5 << 2.0 << V::Met;
    QTest::addRow("<= high just above")
            << C::LessOrEqual << 2.0 << 1.5 << 2.0001 << V::Inconclusive;
    QTest::addRow("<= low on the value") << C::LessOrEqual << 2.0 << 2.0 << 2.5 << V::Inconclusive;
    QTest::addRow("<= low just above") << C::LessOrEqual << 2.0 << 2.0001 << 2.5 << V::NotMet;
    // Strict: the value itself does not satisfy <.
    QTest::addRow("< high on the value") << C::Less << 2.0 << 1.5 << 2.0 << V::Inconclusive;
    QTest::addRow("< high just below") << C::Less << 2.0 << 1.5 << 1.9999 << V::Met;
    QTest::addRow("< low on the value") << C::Less << 2.0 << 2.0 << 2.5 << V::NotMet;
    QTest::addRow("< straddling") << C::Less << 2.0 << 1.99 << 2.01 << V::Inconclusive;
    // pass rate >= baseline − 1 point.
    QTest::addRow(">= low on the value") << C::GreaterOrEqual << -1.0 << -1.0 << 3.0 << V::Met;
    QTest::addRow(">= low just below")
            << C::GreaterOrEqual << -1.0 << -1.0001 << 3.0 << V::Inconclusive;
    QTest::addRow(">= high on the value")
            << C::GreaterOrEqual << -1.0 << -3.0 << -1.0 << V::Inconclusive;
    QTest::addRow(">= high just below")
            << C::GreaterOrEqual << -1.0 << -3.0 << -1.0001 << V::NotMet;
    QTest::addRow("> low on the value") << C::Greater << 0.0 << 0.0 << 1.0 << V::Inconclusive;
    QTest::addRow("> low just above") << C::Greater << 0.0 << 0.0001 << 1.0 << V::Met;
    QTest::addRow("> high on the value") << C::Greater << 0.0 << -1.0 << 0.0 << V::NotMet;
    // Equal: met only by a degenerate interval on the value.
    QTest::addRow("= degenerate") << C::Equal << 5.0 << 5.0 << 5.0 << V::Met;
    QTest::addRow("= containing") << C::Equal << 5.0 << 4.0 << 6.0 << V::Inconclusive;
    QTest::addRow("= touching") << C::Equal << 5.0 << 5.0 << 6.0 << V::Inconclusive;
    QTest::addRow("= above") << C::Equal << 5.0 << 5.1 << 6.0 << V::NotMet;
    QTest::addRow("= below") << C::Equal << 5.0 << 4.0 << 4.9 << V::NotMet;
    // cost −30 %: the change must be at most −30 % over the whole interval.
    QTest::addRow("percent met") << C::LessOrEqual << -30.0 << -42.0 << -31.0 << V::Met;
    QTest::addRow("percent straddling")
            << C::LessOrEqual << -30.0 << -42.0 << -12.0 << V::Inconclusive;
    QTest::addRow("percent not met") << C::LessOrEqual << -30.0 << -25.0 << 4.0 << V::NotMet;
}

void TestStatsVerdict::boundaries()
{
    QFETCH(Comparison, comparison);
    QFETCH(double, value);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(VerdictOutcome, outcome);
    const Estimate measured = interval(low, high);
    const Verdict verdict = judge(target(comparison, value), measured);
    QCOMPARE(verdict.outcome, outcome);
    QCOMPARE(verdict.interval, measured);
}

void TestStatsVerdict::notDecidable_data()
{
    QTest::addColumn<Estimate>("measured");
    // Whatever the numbers, an estimate that is not Ok decides nothing.
    QTest::addRow("not enough data")
            << Estimate{1.0, kNaN, kNaN, 4, EstimateStatus::NotEnoughData, 0.95};
    QTest::addRow("not enough data with numbers")
            << Estimate{1.0, 0.5, 1.5, 4, EstimateStatus::NotEnoughData, 0.95};
    QTest::addRow("no data") << Estimate{};
    QTest::addRow("ok without interval")
            << Estimate{1.0, kNaN, kNaN, 400, EstimateStatus::Ok, 0.95};
    QTest::addRow("reversed interval") << Estimate{1.0, 1.5, 0.5, 400, EstimateStatus::Ok, 0.95};
}

void TestStatsVerdict::notDecidable()
{
    QFETCH(Estimate, measured);
    for (const Comparison c :
         {Comparison::LessOrEqual, Comparison::Less, Comparison::GreaterOrEqual,
          Comparison::Greater, Comparison::Equal}) {
        QCOMPARE(judge(target(c, 2.0), measured).outcome, VerdictOutcome::Inconclusive);
        QCOMPARE(judge(target(c, 0.0), measured).outcome, VerdictOutcome::Inconclusive);
    }
}

void TestStatsVerdict::pointsAgainstBaseline_data()
{
    QTest::addColumn<double>("points");
    QTest::addColumn<VerdictOutcome>("outcome");
    // Candidate 56/70 against baseline 48/80: +20 points, Newcombe interval
    // [5.24, 33.39] points (Newcombe 1998, method 10; see tst_statsproportion).
    QTest::addRow(">= -1 point") << -1.0 << VerdictOutcome::Met;
    QTest::addRow(">= +5 points") << 5.0 << VerdictOutcome::Met;
    QTest::addRow(">= +5.3 points") << 5.3 << VerdictOutcome::Inconclusive;
    QTest::addRow(">= +33 points") << 33.0 << VerdictOutcome::Inconclusive;
    QTest::addRow(">= +34 points") << 34.0 << VerdictOutcome::NotMet;
}

void TestStatsVerdict::pointsAgainstBaseline()
{
    QFETCH(double, points);
    QFETCH(VerdictOutcome, outcome);
    Target t = target(Comparison::GreaterOrEqual, points, TargetReference::BaselinePoints);
    t.metric = TargetMetric::PassRate;
    const Estimate change = scaled(proportionDifference(48, 80, 56, 70), 100.0);
    const Verdict verdict = judge(t, change);
    QCOMPARE(verdict.outcome, outcome);
    QCOMPARE(verdict.interval.n, 70);
    QVERIFY(qAbs(verdict.interval.low - 5.24314724) < 1e-7);
}

void TestStatsVerdict::keys()
{
    QCOMPARE(verdictKey(VerdictOutcome::Met), u"met"_s);
    QCOMPARE(verdictKey(VerdictOutcome::NotMet), u"not-met"_s);
    QCOMPARE(verdictKey(VerdictOutcome::Inconclusive), u"inconclusive"_s);
    QCOMPARE(verdictLabel(VerdictOutcome::NotMet), u"Not met"_s);
    QCOMPARE(statusKey(EstimateStatus::NotEnoughData), u"not-enough-data"_s);
    QCOMPARE(statusLabel(EstimateStatus::NotEnoughData), u"Not enough data"_s);
}

void TestStatsVerdict::json()
{
    const Verdict verdict = judge(target(Comparison::LessOrEqual, 2.0), interval(1.5, 1.9));
    const QJsonObject o = toJson(verdict);
    QCOMPARE(o.value(u"verdict"_s).toString(), u"met"_s);
    const QJsonObject i = o.value(u"interval"_s).toObject();
    QCOMPARE(i.value(u"low"_s).toDouble(), 1.5);
    QCOMPARE(i.value(u"high"_s).toDouble(), 1.9);
    QCOMPARE(i.value(u"n"_s).toInteger(), 100);
    QCOMPARE(
            toJson(judge(target(Comparison::Less, 2.0), Estimate{})).value(u"verdict"_s).toString(),
            u"inconclusive"_s);
}

QTEST_GUILESS_MAIN(TestStatsVerdict)
#include "tst_statsverdict.moc"
