// Percentiles, mean interval and the bootstraps.
//
// Reference values: tests/stats/reference_values.py (pure Python from the
// definitions; the t quantile by Simpson integration of the density and
// bisection: t(0.975, 11) = 2.2009851601, the textbook 2.201). The exact
// bootstrap distributions of the median and the 90th percentile of 1..21
// come from the binomial identity P(X*(k) ≤ j) = P(Bin(21, j/21) ≥ k + 1)
// for the order statistic of 0-based rank k, also in that script.

#include "core/stats/bootstrap.h"
#include "core/stats/descriptive.h"
#include "tests/stats/statstestutil.h"

#include <QThreadPool>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Cutover;
using namespace Cutover::Stats;

namespace {

// reference_values.py BASE and CAND.
const std::vector<double> kBase
        = {1.20, 0.95, 1.40, 1.10, 2.30, 1.05, 0.98, 1.60, 1.25, 1.10, 3.10, 1.33};
const std::vector<double> kCand = {0.90, 1.10, 0.85, 1.00, 0.92, 1.75, 0.80, 0.99, 1.10, 0.88};

std::vector<double> oneTo(int n)
{
    std::vector<double> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = i + 1;
    return v;
}

// A skewed, latency-like sample without randomness: 1 + 0.5·|sin(i)|^3·(1 + i mod 7).
std::vector<double> latencyLike(int n, double offset)
{
    std::vector<double> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = offset + 0.5 * std::pow(std::abs(std::sin(double(i))), 3) * (1 + i % 7);
    return v;
}

} // namespace

class TestStatsDescriptive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileType7_data();
    void percentileType7();
    void meanInterval();
    void meanMinimum();
    void percentileMinima();
    void bootstrapMatchesExactDistribution_data();
    void bootstrapMatchesExactDistribution();
    void bootstrapReproducible();
    void summary();
    void percentileChangeValues();
    void meanChangeAgreesWithWelch();
    void meanChangeReproducibleAcrossThreads();
    void pairedProportionChange();
};

void TestStatsDescriptive::percentileType7_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // reference_values.py percentile7(BASE, p) (numpy.percentile's default method).
    QTest::addRow("p50") << 0.50 << 1.2250000000;
    QTest::addRow("p90") << 0.90 << 2.2300000000;
    QTest::addRow("p95") << 0.95 << 2.6600000000;
    QTest::addRow("p99") << 0.99 << 3.0120000000;
    QTest::addRow("p0") << 0.0 << 0.95;
    QTest::addRow("p100") << 1.0 << 3.10;
}

void TestStatsDescriptive::percentileType7()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    std::vector<double> sorted = kBase;
    std::sort(sorted.begin(), sorted.end());
    STATS_COMPARE(percentileOfSorted(sorted, p), expected, 1e-12);
    QVERIFY(std::isnan(percentileOfSorted({}, p)));
}

void TestStatsDescriptive::meanInterval()
{
    const Estimate e = meanWithInterval(kBase);
    QCOMPARE(e.status, EstimateStatus::Ok);
    QCOMPARE(e.n, 12);
    STATS_COMPARE(e.value, 1.4466666667, 1e-9);
    STATS_COMPARE(e.low, 1.0419721004, 1e-8);
    STATS_COMPARE(e.high, 1.8513612329, 1e-8);
}

void TestStatsDescriptive::meanMinimum()
{
    const std::vector<double> few = {1.0, 2.0, 3.0};
    const Estimate e = meanWithInterval(few);
    QCOMPARE(e.status, EstimateStatus::NotEnoughData);
    QCOMPARE(e.value, 2.0);
    QVERIFY(!e.hasInterval());
    QCOMPARE(meanWithInterval({}).status, EstimateStatus::NoData);
    // Non-finite values are not observations.
    const std::vector<double> withNan = {1.0, NAN, 3.0};
    QCOMPARE(meanWithInterval(withNan).n, 2);
}

void TestStatsDescriptive::percentileMinima()
{
    // 12 values: p50 has 6 on each side (≥ 5), p90 only 1.2 above it.
    static constexpr double kPs[] = {0.50, 0.90, 0.95, 0.99};
    const QList<Estimate> e = percentilesWithIntervals(kBase, kPs);
    QCOMPARE(e.size(), 4);
    QCOMPARE(e[0].status, EstimateStatus::Ok);
    QVERIFY(e[0].hasInterval());
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(e[i].status, EstimateStatus::NotEnoughData);
        QVERIFY(!e[i].hasInterval());
        QCOMPARE(e[i].n, 12);
    }
    STATS_COMPARE(e[1].value, 2.23, 1e-12);
    // The documented thresholds: p99 needs 500 values, p95 100, p90 50.
    static constexpr double kP99[] = {0.99};
    QCOMPARE(percentilesWithIntervals(oneTo(499), kP99)[0].status, EstimateStatus::NotEnoughData);
    QCOMPARE(percentilesWithIntervals(oneTo(500), kP99)[0].status, EstimateStatus::Ok);
    static constexpr double kP95[] = {0.95};
    QCOMPARE(percentilesWithIntervals(oneTo(99), kP95)[0].status, EstimateStatus::NotEnoughData);
    QCOMPARE(percentilesWithIntervals(oneTo(100), kP95)[0].status, EstimateStatus::Ok);
    QCOMPARE(percentilesWithIntervals({}, kP95)[0].status, EstimateStatus::NoData);
}

void TestStatsDescriptive::bootstrapMatchesExactDistribution_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Median (rank 10): P(m* ≤ 6) = 0.0183 < 0.025 ≤ P(m* ≤ 7) = 0.0557 and
    // P(m* ≤ 14) = 0.9443 < 0.975 ≤ P(m* ≤ 15) = 0.9817, so the 95 % percentile
    // interval is [7, 15]; for 80 %: P(≤ 7) = 0.0557 < 0.10 ≤ P(≤ 8) = 0.1313 and
    // P(≤ 13) = 0.8687 < 0.90 ≤ P(≤ 14), so [8, 14].
    // p90 (rank 18): P(≤ 14) = 0.0128 < 0.025 ≤ P(≤ 15) = 0.0367 and
    // P(≤ 20) = 0.9243 < 0.975 ≤ P(≤ 21) = 1, so [15, 21]; for 80 %:
    // P(≤ 16) = 0.0929 < 0.10 ≤ P(≤ 17) = 0.2077 and P(≤ 19) = 0.6769 < 0.90 ≤
    // P(≤ 20), so [17, 20]. With 20,000 resamples the Monte Carlo error of
    // those probabilities (≤ 0.002) cannot move an end.
    QTest::addRow("median at 95") << 0.5 << 0.95 << 11.0 << 7.0 << 15.0;
    QTest::addRow("median at 80") << 0.5 << 0.80 << 11.0 << 8.0 << 14.0;
    QTest::addRow("p90 at 95") << 0.9 << 0.95 << 19.0 << 15.0 << 21.0;
    QTest::addRow("p90 at 80") << 0.9 << 0.80 << 19.0 << 17.0 << 20.0;
}

void TestStatsDescriptive::bootstrapMatchesExactDistribution()
{
    QFETCH(double, p);
    QFETCH(double, confidence);
    QFETCH(double, value);
    QFETCH(double, low);
    QFETCH(double, high);
    const double ps[] = {p};
    SampleMinima minima;
    minima.percentileTail = 2; // 21 values: p90 has 2.1 above it
    for (const quint64 seed : {1ULL, 2ULL, 12345ULL}) {
        const Estimate e = percentilesWithIntervals(
                oneTo(21), ps, BootstrapOptions{seed, 20000, confidence}, minima)[0];
        QCOMPARE(e.status, EstimateStatus::Ok);
        QCOMPARE(e.value, value);
        QCOMPARE(e.low, low);
        QCOMPARE(e.high, high);
    }
}

void TestStatsDescriptive::bootstrapReproducible()
{
    const std::vector<double> v = latencyLike(600, 1.0);
    static constexpr double kPs[] = {0.5, 0.9, 0.95, 0.99};
    const BootstrapOptions a{42, 2000, 0.95};
    const QList<Estimate> first = percentilesWithIntervals(v, kPs, a);
    const QList<Estimate> second = percentilesWithIntervals(v, kPs, a);
    QCOMPARE(first, second);
    const QList<Estimate> other
            = percentilesWithIntervals(v, kPs, BootstrapOptions{43, 2000, 0.95});
    QVERIFY(first != other);
    for (const Estimate &e : first) {
        QCOMPARE(e.status, EstimateStatus::Ok);
        QVERIFY2(e.low <= e.value && e.value <= e.high, "the interval holds the estimate");
        QVERIFY(e.low < e.high);
    }
    // Asking for one percentile alone draws other ranks: a different but
    // equally reproducible interval.
    static constexpr double kP95[] = {0.95};
    QCOMPARE(percentilesWithIntervals(v, kP95, a), percentilesWithIntervals(v, kP95, a));
}

void TestStatsDescriptive::summary()
{
    const std::vector<double> v = latencyLike(1000, 0.2);
    const DistributionSummary s = summarize(v);
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(s.p50.value, percentileOfSorted(sorted, 0.50));
    QCOMPARE(s.p90.value, percentileOfSorted(sorted, 0.90));
    QCOMPARE(s.p95.value, percentileOfSorted(sorted, 0.95));
    QCOMPARE(s.p99.value, percentileOfSorted(sorted, 0.99));
    QCOMPARE(s.mean, meanWithInterval(v));
    QVERIFY(s.p50.value < s.p90.value && s.p90.value < s.p95.value && s.p95.value <= s.p99.value);
    QVERIFY(s.p99.isOk());
}

void TestStatsDescriptive::percentileChangeValues()
{
    // Type-7 medians: CAND 0.955, BASE 1.225 (reference_values.py percentile7).
    const Estimate absolute = percentileChange(kBase, kCand, 0.5, ChangeScale::Absolute);
    QCOMPARE(absolute.status, EstimateStatus::Ok);
    QCOMPARE(absolute.n, 10);
    STATS_COMPARE(absolute.value, 0.955 - 1.225, 1e-12);
    QVERIFY(absolute.low <= absolute.value && absolute.value <= absolute.high);
    const Estimate percent = percentileChange(kBase, kCand, 0.5, ChangeScale::Percent);
    STATS_COMPARE(percent.value, 100.0 * (0.955 / 1.225 - 1.0), 1e-9);
    QVERIFY(percent.low <= percent.value && percent.value <= percent.high);
    QCOMPARE(percentileChange(kBase, kCand, 0.5, ChangeScale::Percent), percent);
    // p95 of 10 and 12 values: not enough data, but the observed change.
    const Estimate tail = percentileChange(kBase, kCand, 0.95, ChangeScale::Absolute);
    QCOMPARE(tail.status, EstimateStatus::NotEnoughData);
    QVERIFY(!tail.hasInterval());
    QVERIFY(std::isfinite(tail.value));
}

void TestStatsDescriptive::meanChangeAgreesWithWelch()
{
    // Consistency, not a reference: for 400 + 400 observations the bootstrap
    // interval of the mean difference is close to the normal-theory one,
    // mean difference ± 1.96·√(s_b²/n_b + s_c²/n_c) (computed here from the data).
    const std::vector<double> b = latencyLike(400, 1.0);
    const std::vector<double> c = latencyLike(400, 0.9);
    const Estimate e = meanChange(b, c, false, ChangeScale::Absolute);
    QCOMPARE(e.status, EstimateStatus::Ok);
    const auto meanVar = [](const std::vector<double> &v) {
        double m = 0;
        for (double x : v)
            m += x;
        m /= double(v.size());
        double s = 0;
        for (double x : v)
            s += (x - m) * (x - m);
        return std::pair{m, s / double(v.size() - 1) / double(v.size())};
    };
    const auto [mb, vb] = meanVar(b);
    const auto [mc, vc] = meanVar(c);
    const double half = 1.959963984540054 * std::sqrt(vb + vc);
    STATS_COMPARE(e.value, mc - mb, 1e-12);
    STATS_COMPARE(e.low, mc - mb - half, 0.1 * half);
    STATS_COMPARE(e.high, mc - mb + half, 0.1 * half);
    // Paired on the same cases: the shift is a constant −0.1, so every
    // resample gives exactly −0.1.
    const Estimate paired = meanChange(b, c, true, ChangeScale::Absolute);
    STATS_COMPARE(paired.low, -0.1, 1e-9);
    STATS_COMPARE(paired.high, -0.1, 1e-9);
    const Estimate percent = meanChange(b, c, true, ChangeScale::Percent);
    STATS_COMPARE(percent.value, 100.0 * (mc / mb - 1.0), 1e-9);
    QVERIFY(percent.low < percent.high);
    QCOMPARE(meanChange(std::vector<double>(5, 1.0), std::vector<double>(5, 2.0), true,
                        ChangeScale::Absolute)
                     .status,
             EstimateStatus::NotEnoughData);
}

void TestStatsDescriptive::meanChangeReproducibleAcrossThreads()
{
    const std::vector<double> b = latencyLike(300, 1.0);
    const std::vector<double> c = latencyLike(250, 1.05);
    const BootstrapOptions options{7, 1000, 0.9};
    const Estimate many = meanChange(b, c, false, ChangeScale::Percent, options);
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    const Estimate one = meanChange(b, c, false, ChangeScale::Percent, options);
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    QCOMPARE(one, many);
    QVERIFY(meanChange(b, c, false, ChangeScale::Percent, BootstrapOptions{8, 1000, 0.9}) != many);
}

void TestStatsDescriptive::pairedProportionChange()
{
    // 1,000 cases: 50 pass only on the baseline, 80 only on the candidate.
    // Reference for the bootstrap: the multinomial variance of (C − B)/n is
    // (p_b + p_c − (p_c − p_b)²)/n, so ±1.96·√((0.13 − 0.0009)/1000) = ±0.02227
    // around 0.03: [0.00773, 0.05227]; the percentile bootstrap moves in steps
    // of 1/1000, hence the 0.003 tolerance.
    const PairedCounts counts{870, 50, 80, 0};
    const Estimate e = Stats::pairedProportionChange(counts);
    QCOMPARE(e.status, EstimateStatus::Ok);
    QCOMPARE(e.n, 1000);
    STATS_COMPARE(e.value, 0.03, 1e-15);
    STATS_COMPARE(e.low, 0.00773, 0.003);
    STATS_COMPARE(e.high, 0.05227, 0.003);
    QCOMPARE(Stats::pairedProportionChange(counts), e);
    QCOMPARE(Stats::pairedProportionChange(PairedCounts{5, 1, 2, 1}).status,
             EstimateStatus::NotEnoughData);

    const bool base[] = {true, true, false, false, true};
    const bool cand[] = {true, false, true, false, true};
    QCOMPARE(pairCounts(base, cand), (PairedCounts{2, 1, 1, 1}));
}

QTEST_GUILESS_MAIN(TestStatsDescriptive)
#include "tst_statsdescriptive.moc"
