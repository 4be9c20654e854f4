// Paired and two-sample tests, effect sizes, sample-ratio mismatch.
//
// Reference values: tests/stats/reference_values.py, pure Python from the
// definitions (no scipy, no Boost): exact binomial sums with math.comb and
// Fraction; chi-square tails in closed form (1 df: erfc(√(x/2)); 2 df:
// exp(−x/2)); Student t tail by Simpson integration of the density; the
// exact Mann–Whitney distribution by enumerating all C(11, 5) = 462 splits.

#include "core/stats/hypothesis.h"
#include "tests/stats/statstestutil.h"

#include <QtTest>

#include <vector>

using namespace Cutover;
using namespace Cutover::Stats;
using namespace Qt::StringLiterals;

namespace {

// reference_values.py BASE, CAND, SMALL_B, SMALL_C.
const std::vector<double> kBase
        = {1.20, 0.95, 1.40, 1.10, 2.30, 1.05, 0.98, 1.60, 1.25, 1.10, 3.10, 1.33};
const std::vector<double> kCand = {0.90, 1.10, 0.85, 1.00, 0.92, 1.75, 0.80, 0.99, 1.10, 0.88};
const std::vector<double> kSmallBase = {12.1, 14.3, 11.8, 15.0, 13.2, 16.4};
const std::vector<double> kSmallCand = {10.2, 11.1, 12.9, 9.8, 10.7};

} // namespace

class TestStatsHypothesis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sign_data();
    void sign();
    void winTieLossFromScores();
    void mcnemar_data();
    void mcnemar();
    void welch();
    void welchMinimum();
    void mannWhitneyNormal();
    void mannWhitneyExact();
    void mannWhitneyMinimum();
    void effects();
    void srm_data();
    void srm();
    void srmNotEnough();
    void json();
};

void TestStatsHypothesis::sign_data()
{
    QTest::addColumn<qint64>("wins");
    QTest::addColumn<qint64>("losses");
    QTest::addColumn<double>("p");
    QTest::addColumn<EstimateStatus>("status");
    // p = min(1, 2·Σ_{i ≤ min(w, l)} C(n, i)/2ⁿ), exact fractions in reference_values.py.
    QTest::addRow("9-3") << qint64(9) << qint64(3) << 0.145996093750 << EstimateStatus::Ok;
    QTest::addRow("2-8") << qint64(2) << qint64(8) << 0.109375 << EstimateStatus::Ok;
    QTest::addRow("0-6") << qint64(0) << qint64(6) << 0.03125 << EstimateStatus::Ok;
    QTest::addRow("15-5") << qint64(15) << qint64(5) << 0.041389465332 << EstimateStatus::Ok;
    QTest::addRow("5-5") << qint64(5) << qint64(5) << 1.0 << EstimateStatus::Ok;
    QTest::addRow("3-21") << qint64(3) << qint64(21) << 0.000277161598 << EstimateStatus::Ok;
    // Below 6 untied pairs: p cannot reach 0.05, reported as not enough data.
    QTest::addRow("5-0") << qint64(5) << qint64(0) << 0.0625 << EstimateStatus::NotEnoughData;
}

void TestStatsHypothesis::sign()
{
    QFETCH(qint64, wins);
    QFETCH(qint64, losses);
    QFETCH(double, p);
    QFETCH(EstimateStatus, status);
    const WinTieLoss w = signTest(wins, 7, losses);
    QCOMPARE(w.wins, wins);
    QCOMPARE(w.ties, 7);
    QCOMPARE(w.losses, losses);
    QCOMPARE(w.signTest.n, wins + losses);
    QCOMPARE(w.signTest.statistic, double(qMin(wins, losses)));
    QCOMPARE(w.signTest.method, u"exact-binomial"_s);
    QCOMPARE(w.signTest.status, status);
    STATS_COMPARE(w.signTest.pValue, p, 1e-11);
}

void TestStatsHypothesis::winTieLossFromScores()
{
    const std::vector<double> base = {3, 4, 5, 2, 1, NAN, 4, 4};
    const std::vector<double> cand = {4, 4, 3, 5, 2, 5, 1, 4};
    const WinTieLoss w = winTieLoss(base, cand);
    QCOMPARE(w.wins, 3);   // cases 0, 3, 4
    QCOMPARE(w.ties, 2);   // cases 1, 7
    QCOMPARE(w.losses, 2); // cases 2, 6 (case 5 has no baseline score)
    QCOMPARE(w.signTest.n, 5);
    QCOMPARE(w.signTest.status, EstimateStatus::NotEnoughData);
    QCOMPARE(signTest(0, 4, 0).signTest.status, EstimateStatus::NoData);
}

void TestStatsHypothesis::mcnemar_data()
{
    QTest::addColumn<qint64>("baselineOnly");
    QTest::addColumn<qint64>("candidateOnly");
    QTest::addColumn<QString>("method");
    QTest::addColumn<double>("statistic");
    QTest::addColumn<double>("p");
    // Exact below 25 discordant pairs (binomial as the sign test), else
    // χ² = (|b − c| − 1)²/(b + c) with p = erfc(√(χ²/2)).
    QTest::addRow("2-8 exact") << qint64(2) << qint64(8) << u"exact-binomial"_s << 2.0 << 0.109375;
    QTest::addRow("21-3 exact, 24 pairs")
            << qint64(21) << qint64(3) << u"exact-binomial"_s << 3.0 << 0.000277161598;
    QTest::addRow("10-25 chi-square")
            << qint64(10) << qint64(25) << u"chi-square-cc"_s << 5.6 << 0.017960477526;
    QTest::addRow("40-20 chi-square")
            << qint64(40) << qint64(20) << u"chi-square-cc"_s << 6.0166666667 << 0.014171388254;
}

void TestStatsHypothesis::mcnemar()
{
    QFETCH(qint64, baselineOnly);
    QFETCH(qint64, candidateOnly);
    QFETCH(QString, method);
    QFETCH(double, statistic);
    QFETCH(double, p);
    const TestResult t = Stats::mcnemar(PairedCounts{500, baselineOnly, candidateOnly, 40});
    QCOMPARE(t.method, method);
    QCOMPARE(t.n, baselineOnly + candidateOnly);
    QCOMPARE(t.status, EstimateStatus::Ok);
    STATS_COMPARE(t.statistic, statistic, 1e-9);
    STATS_COMPARE(t.pValue, p, 1e-11);
    QCOMPARE(Stats::mcnemar(PairedCounts{500, 2, 3, 40}).status, EstimateStatus::NotEnoughData);
    QCOMPARE(Stats::mcnemar(PairedCounts{500, 0, 0, 40}).status, EstimateStatus::NoData);
}

void TestStatsHypothesis::welch()
{
    // reference_values.py welch(BASE, CAND): t = −2.0570810315,
    // Welch–Satterthwaite df = 15.4469881094, p = 0.0569736238,
    // 95 % interval of the difference [−0.8493448449, 0.0140115115].
    const TestResult t = welchTest(kBase, kCand);
    QCOMPARE(t.status, EstimateStatus::Ok);
    QCOMPARE(t.method, u"welch-t"_s);
    QCOMPARE(t.n, 10);
    STATS_COMPARE(t.statistic, -2.0570810315, 1e-9);
    STATS_COMPARE(t.df, 15.4469881094, 1e-9);
    STATS_COMPARE(t.pValue, 0.0569736238, 1e-9);
    const Estimate d = welchDifference(kBase, kCand);
    QCOMPARE(d.status, EstimateStatus::Ok);
    STATS_COMPARE(d.value, 1.029 - 1.4466666667, 1e-9); // means 1.029 and 1.4466666667
    STATS_COMPARE(d.low, -0.8493448449, 1e-8);
    STATS_COMPARE(d.high, 0.0140115115, 1e-8);
}

void TestStatsHypothesis::welchMinimum()
{
    const std::vector<double> four = {1.0, 2.0, 3.0, 4.0};
    QCOMPARE(welchTest(kBase, four).status, EstimateStatus::NotEnoughData);
    QCOMPARE(welchDifference(kBase, four).status, EstimateStatus::NotEnoughData);
    QVERIFY(!welchDifference(kBase, four).hasInterval());
    QCOMPARE(welchTest(kBase, {}).status, EstimateStatus::NoData);
}

void TestStatsHypothesis::mannWhitneyNormal()
{
    // BASE and CAND share tied values (1.10 four times), so the normal
    // approximation with tie-corrected variance and continuity correction:
    // U_cand = 22, p = 0.0131497574 (reference_values.py mw_normal_p).
    const TestResult t = mannWhitney(kBase, kCand);
    QCOMPARE(t.method, u"normal-tie-corrected"_s);
    QCOMPARE(t.status, EstimateStatus::Ok);
    QCOMPARE(t.statistic, 22.0);
    STATS_COMPARE(t.pValue, 0.0131497574, 1e-9);
    // Swapping the samples: U is the complement, same p.
    const TestResult swapped = mannWhitney(kCand, kBase);
    QCOMPARE(swapped.statistic, 12.0 * 10.0 - 22.0);
    STATS_COMPARE(swapped.pValue, t.pValue, 1e-14);
}

void TestStatsHypothesis::mannWhitneyExact()
{
    // No ties, 6 + 5 values: exact. U_cand = 2; 2·P(U ≤ 2) = 2·4/462 = 0.0173160173
    // (enumeration of the 462 splits in reference_values.py mw_exact_p).
    const TestResult t = mannWhitney(kSmallBase, kSmallCand);
    QCOMPARE(t.method, u"exact"_s);
    QCOMPARE(t.statistic, 2.0);
    STATS_COMPARE(t.pValue, 8.0 / 462.0, 1e-14);
    STATS_COMPARE(t.pValue, 0.0173160173, 1e-9);
    QCOMPARE(t.status, EstimateStatus::Ok);
    // Complete separation of 5 and 5: 2/252.
    const std::vector<double> low = {1, 2, 3, 4, 5};
    const std::vector<double> high = {6, 7, 8, 9, 10};
    STATS_COMPARE(mannWhitney(low, high).pValue, 2.0 / 252.0, 1e-14);
    QCOMPARE(mannWhitney(low, high).statistic, 25.0);
}

void TestStatsHypothesis::mannWhitneyMinimum()
{
    const std::vector<double> four = {1.0, 2.0, 3.0, 4.0};
    QCOMPARE(mannWhitney(kBase, four).status, EstimateStatus::NotEnoughData);
    QCOMPARE(mannWhitney({}, four).status, EstimateStatus::NoData);
}

void TestStatsHypothesis::effects()
{
    // reference_values.py effect(BASE, CAND): d = −0.8246686786,
    // g = d·Γ(10)/(√10·Γ(9.5)) = −0.7932855275, r = 2·22/120 − 1 = −0.6333333333.
    const EffectSizes e = effectSizes(kBase, kCand);
    STATS_COMPARE(e.cohensD, -0.8246686786, 1e-9);
    STATS_COMPARE(e.hedgesG, -0.7932855275, 1e-9);
    STATS_COMPARE(e.rankBiserial, -0.6333333333, 1e-9);
    const EffectSizes small = effectSizes(kSmallBase, kSmallCand);
    STATS_COMPARE(small.rankBiserial, 2.0 * 2.0 / 30.0 - 1.0, 1e-14);
    const std::vector<double> constant = {2.0, 2.0, 2.0};
    QVERIFY(std::isnan(effectSizes(constant, constant).cohensD));
    QCOMPARE(effectSizes(constant, constant).rankBiserial, 0.0);
}

void TestStatsHypothesis::srm_data()
{
    QTest::addColumn<QList<qint64>>("observed");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("chiSquare");
    QTest::addColumn<double>("p");
    QTest::addColumn<bool>("mismatch");
    // Σ (o − e)²/e; p from the closed-form chi-square tails (reference_values.py).
    QTest::addRow("50/50 fine") << QList<qint64>{5050, 4950} << QList<double>{1, 1} << 1.0
                                << 0.31731050786291 << false;
    QTest::addRow("50/50 broken") << QList<qint64>{5300, 4700} << QList<double>{1, 1} << 36.0
                                  << 1.9731752900754e-09 << true;
    QTest::addRow("three arms") << QList<qint64>{1000, 1100, 900} << QList<double>{1, 1, 1} << 20.0
                                << 4.5399929762485e-05 << true;
    QTest::addRow("80/20") << QList<qint64>{820, 180} << QList<double>{4, 1} << 2.5
                           << 0.11384629800666 << false;
}

void TestStatsHypothesis::srm()
{
    QFETCH(QList<qint64>, observed);
    QFETCH(QList<double>, weights);
    QFETCH(double, chiSquare);
    QFETCH(double, p);
    QFETCH(bool, mismatch);
    const SampleRatioCheck check = sampleRatioMismatch(observed, weights);
    QCOMPARE(check.test.status, EstimateStatus::Ok);
    QCOMPARE(check.test.df, double(observed.size() - 1));
    STATS_COMPARE(check.test.statistic, chiSquare, 1e-9);
    QVERIFY2(std::abs(check.test.pValue - p) <= 1e-9 * p,
             QByteArray::number(check.test.pValue, 'g', 15).constData());
    QCOMPARE(check.mismatch, mismatch);
    QCOMPARE(check.threshold, 0.001);
    // The threshold is the caller's.
    QCOMPARE(sampleRatioMismatch(observed, weights, p * 1.01).mismatch, true);
    QCOMPARE(sampleRatioMismatch(observed, weights, p * 0.99).mismatch, false);
}

void TestStatsHypothesis::srmNotEnough()
{
    const QList<qint64> observed{3, 4};
    const QList<double> weights{1, 1};
    const SampleRatioCheck few = sampleRatioMismatch(observed, weights);
    QCOMPARE(few.test.status, EstimateStatus::NotEnoughData);
    QVERIFY(!few.mismatch);
    // 1 % of 400 traffic to an arm expects 4 < 5: not enough, even if lopsided.
    const QList<qint64> lopsided{400, 0};
    const QList<double> tiny{99, 1};
    QCOMPARE(sampleRatioMismatch(lopsided, tiny).test.status, EstimateStatus::NotEnoughData);
    QCOMPARE(sampleRatioMismatch(QList<qint64>{10}, QList<double>{1}).test.status,
             EstimateStatus::NoData);
    QCOMPARE(sampleRatioMismatch(QList<qint64>{10, 10}, QList<double>{1}).test.status,
             EstimateStatus::NoData);
}

void TestStatsHypothesis::json()
{
    const QJsonObject o = toJson(Stats::mcnemar(PairedCounts{500, 10, 25, 40}));
    QCOMPARE(o.value(u"method"_s).toString(), u"chi-square-cc"_s);
    QCOMPARE(o.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(o.value(u"n"_s).toInteger(), 35);
    STATS_COMPARE(o.value(u"statistic"_s).toDouble(), 5.6, 1e-9);
    STATS_COMPARE(o.value(u"pValue"_s).toDouble(), 0.017960477526, 1e-11);
    QCOMPARE(o.value(u"df"_s).toDouble(), 1.0);
    // The exact test has no degrees of freedom: null.
    QVERIFY(toJson(Stats::mcnemar(PairedCounts{500, 2, 8, 40})).value(u"df"_s).isNull());
}

QTEST_GUILESS_MAIN(TestStatsHypothesis)
#include "tst_statshypothesis.moc"
