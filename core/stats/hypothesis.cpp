#include "core/stats/hypothesis.h"

#include "core/stats/distributions_p.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Cutover::Stats {

namespace {

struct Moments
{
    qint64 n = 0;
    double mean = kNaN;
    double variance = kNaN; // n − 1 denominator
};

Moments moments(std::span<const double> values)
{
    Moments m;
    double sum = 0.0;
    for (const double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++m.n;
        }
    }
    if (m.n == 0)
        return m;
    m.mean = sum / double(m.n);
    if (m.n < 2)
        return m;
    double squares = 0.0;
    for (const double v : values) {
        if (std::isfinite(v))
            squares += (v - m.mean) * (v - m.mean);
    }
    m.variance = squares / double(m.n - 1);
    return m;
}

// Exact null distribution of U for samples of sizes m and n without ties:
// counts[u] = number of orderings with U = u (Mann & Whitney 1947 recurrence
// f(m, n, u) = f(m − 1, n, u − n) + f(m, n − 1, u)).
std::vector<double> exactUCounts(int m, int n)
{
    // table[i][j] = counts for sizes (i, j)
    std::vector<std::vector<std::vector<double>>> table(
            size_t(m + 1), std::vector<std::vector<double>>(size_t(n + 1)));
    for (int i = 0; i <= m; ++i) {
        for (int j = 0; j <= n; ++j) {
            std::vector<double> &f = table[size_t(i)][size_t(j)];
            f.assign(size_t(i * j + 1), 0.0);
            if (i == 0 || j == 0) {
                f[0] = 1.0;
                continue;
            }
            const std::vector<double> &withoutLargestC = table[size_t(i - 1)][size_t(j)];
            const std::vector<double> &withoutLargestB = table[size_t(i)][size_t(j - 1)];
            for (size_t u = 0; u < withoutLargestB.size(); ++u)
                f[u] += withoutLargestB[u];
            for (size_t u = 0; u < withoutLargestC.size(); ++u)
                f[u + size_t(j)] += withoutLargestC[u];
        }
    }
    return table[size_t(m)][size_t(n)];
}

} // namespace

QJsonObject toJson(const TestResult &result)
{
    const auto number = [](double v) {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
            {u"statistic"_s, number(result.statistic)}, {u"df"_s, number(result.df)},
            {u"pValue"_s, number(result.pValue)},       {u"n"_s, result.n},
            {u"status"_s, statusKey(result.status)},    {u"method"_s, result.method},
    };
}

WinTieLoss signTest(qint64 wins, qint64 ties, qint64 losses, const SampleMinima &minima)
{
    WinTieLoss w{wins, ties, losses, {}};
    TestResult &t = w.signTest;
    t.method = u"exact-binomial"_s;
    t.n = wins + losses;
    if (t.n <= 0)
        return w;
    t.statistic = double(std::min(wins, losses));
    t.pValue = detail::binomialTwoSidedHalfP(wins, t.n);
    t.status = t.n < minima.pairs ? EstimateStatus::NotEnoughData : EstimateStatus::Ok;
    return w;
}

WinTieLoss winTieLoss(std::span<const double> baselineScores,
                      std::span<const double> candidateScores, const SampleMinima &minima)
{
    qint64 wins = 0;
    qint64 ties = 0;
    qint64 losses = 0;
    const size_t n = std::min(baselineScores.size(), candidateScores.size());
    for (size_t i = 0; i < n; ++i) {
        const double b = baselineScores[i];
        const double c = candidateScores[i];
        if (std::isnan(b) || std::isnan(c))
            continue;
        if (c > b)
            ++wins;
        else if (c < b)
            ++losses;
        else
            ++ties;
    }
    return signTest(wins, ties, losses, minima);
}

TestResult mcnemar(const PairedCounts &counts, const SampleMinima &minima)
{
    TestResult t;
    const qint64 b = counts.baselineOnly;
    const qint64 c = counts.candidateOnly;
    t.n = b + c;
    t.method = t.n < 25 ? u"exact-binomial"_s : u"chi-square-cc"_s;
    if (t.n <= 0)
        return t;
    if (t.n < 25) {
        t.statistic = double(std::min(b, c));
        t.pValue = detail::binomialTwoSidedHalfP(b, t.n);
    } else {
        const double d = std::abs(double(b - c)) - 1.0;
        t.statistic = d * d / double(t.n);
        t.df = 1.0;
        t.pValue = detail::chiSquaredSf(t.statistic, 1.0);
    }
    t.status = t.n < minima.pairs ? EstimateStatus::NotEnoughData : EstimateStatus::Ok;
    return t;
}

namespace {

struct Welch
{
    double difference = kNaN;
    double se = kNaN;
    double df = kNaN;
    qint64 smaller = 0;
};

Welch welch(std::span<const double> baseline, std::span<const double> candidate)
{
    const Moments b = moments(baseline);
    const Moments c = moments(candidate);
    Welch w;
    w.smaller = std::min(b.n, c.n);
    w.difference = c.mean - b.mean;
    if (b.n < 2 || c.n < 2)
        return w;
    const double vb = b.variance / double(b.n);
    const double vc = c.variance / double(c.n);
    w.se = std::sqrt(vb + vc);
    w.df = (vb + vc) * (vb + vc) / (vb * vb / double(b.n - 1) + vc * vc / double(c.n - 1));
    return w;
}

} // namespace

TestResult welchTest(std::span<const double> baseline, std::span<const double> candidate,
                     const SampleMinima &minima)
{
    const Welch w = welch(baseline, candidate);
    TestResult t;
    t.method = u"welch-t"_s;
    t.n = w.smaller;
    if (w.smaller == 0)
        return t;
    t.status = EstimateStatus::NotEnoughData;
    if (!(w.se > 0.0))
        return t;
    t.statistic = w.difference / w.se;
    t.df = w.df;
    t.pValue = 2.0
               * detail::bm::cdf(
                       detail::bm::complement(detail::StudentsT(w.df), std::abs(t.statistic)));
    if (w.smaller >= std::max<qint64>(minima.groupSize, 2))
        t.status = EstimateStatus::Ok;
    return t;
}

Estimate welchDifference(std::span<const double> baseline, std::span<const double> candidate,
                         double confidence, const SampleMinima &minima)
{
    const Welch w = welch(baseline, candidate);
    Estimate e;
    e.confidence = confidence;
    e.n = w.smaller;
    if (w.smaller == 0)
        return e;
    e.value = w.difference;
    e.status = EstimateStatus::NotEnoughData;
    if (w.smaller < std::max<qint64>(minima.groupSize, 2) || !std::isfinite(w.se))
        return e;
    const double half = w.se > 0.0 ? detail::tQuantileTwoSided(w.df, confidence) * w.se : 0.0;
    e.low = w.difference - half;
    e.high = w.difference + half;
    e.status = EstimateStatus::Ok;
    return e;
}

namespace {

struct Ranked
{
    double uCandidate = kNaN;
    qint64 nb = 0;
    qint64 nc = 0;
    double tieSum = 0.0; // Σ (t³ − t) over tie groups
};

Ranked rankSamples(std::span<const double> baseline, std::span<const double> candidate)
{
    struct Item
    {
        double value;
        bool candidate;
    };
    std::vector<Item> items;
    items.reserve(baseline.size() + candidate.size());
    Ranked r;
    for (const double v : baseline) {
        if (std::isfinite(v)) {
            items.push_back({v, false});
            ++r.nb;
        }
    }
    for (const double v : candidate) {
        if (std::isfinite(v)) {
            items.push_back({v, true});
            ++r.nc;
        }
    }
    if (r.nb == 0 || r.nc == 0)
        return r;
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.value < b.value; });
    double rankSum = 0.0;
    for (size_t i = 0; i < items.size();) {
        size_t j = i + 1;
        while (j < items.size() && items[j].value == items[i].value)
            ++j;
        const double averageRank = (double(i + 1) + double(j)) / 2.0;
        const double t = double(j - i);
        r.tieSum += t * t * t - t;
        for (size_t k = i; k < j; ++k) {
            if (items[k].candidate)
                rankSum += averageRank;
        }
        i = j;
    }
    r.uCandidate = rankSum - double(r.nc) * double(r.nc + 1) / 2.0;
    return r;
}

} // namespace

TestResult mannWhitney(std::span<const double> baseline, std::span<const double> candidate,
                       const SampleMinima &minima)
{
    const Ranked r = rankSamples(baseline, candidate);
    TestResult t;
    t.n = std::min(r.nb, r.nc);
    if (t.n == 0) {
        t.method = u"normal-tie-corrected"_s;
        return t;
    }
    t.statistic = r.uCandidate;
    const double nb = double(r.nb);
    const double nc = double(r.nc);
    if (r.tieSum == 0.0 && r.nb + r.nc <= 40) {
        t.method = u"exact"_s;
        const std::vector<double> counts = exactUCounts(int(r.nc), int(r.nb));
        const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
        const auto u = size_t(std::llround(r.uCandidate));
        const double atMost
                = std::accumulate(counts.begin(), counts.begin() + qsizetype(u) + 1, 0.0);
        const double atLeast = std::accumulate(counts.begin() + qsizetype(u), counts.end(), 0.0);
        t.pValue = std::min(1.0, 2.0 * std::min(atMost, atLeast) / total);
    } else {
        t.method = u"normal-tie-corrected"_s;
        const double total = nb + nc;
        const double mu = nb * nc / 2.0;
        const double sigma
                = std::sqrt(nb * nc / 12.0 * ((total + 1.0) - r.tieSum / (total * (total - 1.0))));
        if (sigma > 0.0) {
            const double z = std::max(0.0, std::abs(r.uCandidate - mu) - 0.5) / sigma;
            t.pValue = std::min(1.0, detail::normalTwoSidedP(z));
        } else {
            t.pValue = 1.0; // every value tied: no evidence of a shift
        }
    }
    t.status = t.n < minima.groupSize ? EstimateStatus::NotEnoughData : EstimateStatus::Ok;
    return t;
}

EffectSizes effectSizes(std::span<const double> baseline, std::span<const double> candidate)
{
    EffectSizes out;
    const Moments b = moments(baseline);
    const Moments c = moments(candidate);
    if (b.n >= 2 && c.n >= 2) {
        const double df = double(b.n + c.n - 2);
        const double pooled
                = std::sqrt((double(b.n - 1) * b.variance + double(c.n - 1) * c.variance) / df);
        if (pooled > 0.0) {
            out.cohensD = (c.mean - b.mean) / pooled;
            const double j = df > 1.0 ? boost::math::tgamma_ratio(df / 2.0, (df - 1.0) / 2.0,
                                                                  detail::Policy())
                                                / std::sqrt(df / 2.0)
                                      : kNaN;
            out.hedgesG = out.cohensD * j;
        }
    }
    const Ranked r = rankSamples(baseline, candidate);
    if (r.nb > 0 && r.nc > 0)
        out.rankBiserial = 2.0 * r.uCandidate / (double(r.nb) * double(r.nc)) - 1.0;
    return out;
}

SampleRatioCheck sampleRatioMismatch(std::span<const qint64> observed,
                                     std::span<const double> expectedWeights, double threshold,
                                     const SampleMinima &minima)
{
    SampleRatioCheck check;
    check.threshold = threshold;
    TestResult &t = check.test;
    t.method = u"chi-square"_s;
    const size_t k = observed.size();
    if (k < 2 || expectedWeights.size() != k)
        return check;
    const qint64 total = std::accumulate(observed.begin(), observed.end(), qint64(0));
    const double weightSum = std::accumulate(expectedWeights.begin(), expectedWeights.end(), 0.0);
    t.n = total;
    if (total <= 0 || !(weightSum > 0.0))
        return check;
    double chi = 0.0;
    bool enough = true;
    for (size_t i = 0; i < k; ++i) {
        if (!(expectedWeights[i] > 0.0))
            return check; // an arm that should get nothing: the split is not a split
        const double expected = double(total) * expectedWeights[i] / weightSum;
        const double d = double(observed[i]) - expected;
        chi += d * d / expected;
        enough = enough && expected >= minima.expectedPerArm;
    }
    t.statistic = chi;
    t.df = double(k - 1);
    t.pValue = detail::chiSquaredSf(chi, t.df);
    t.status = enough ? EstimateStatus::Ok : EstimateStatus::NotEnoughData;
    check.mismatch = enough && t.pValue < threshold;
    return check;
}

} // namespace Cutover::Stats
