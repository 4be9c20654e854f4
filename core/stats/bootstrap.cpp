#include "core/stats/bootstrap.h"

#include "core/stats/resampling_p.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Cutover::Stats {

namespace {

constexpr size_t kMaxIndexDrawer = size_t(1) << 32;

std::vector<double> finiteSorted(std::span<const double> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (const double v : values) {
        if (std::isfinite(v))
            out.push_back(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

double change(double baseline, double candidate, ChangeScale scale)
{
    if (scale == ChangeScale::Absolute)
        return candidate - baseline;
    return 100.0 * (candidate / baseline - 1.0);
}

// Interval of the bootstrap replicates (sorted in place).
void setInterval(Estimate &e, std::vector<double> &replicates, double confidence)
{
    std::sort(replicates.begin(), replicates.end());
    const double alpha = 1.0 - confidence;
    const auto n = qint64(replicates.size());
    e.low = detail::quantileType7(replicates.data(), n, alpha / 2.0);
    e.high = detail::quantileType7(replicates.data(), n, 1.0 - alpha / 2.0);
    e.status = std::isfinite(e.low) && std::isfinite(e.high) ? EstimateStatus::Ok
                                                             : EstimateStatus::NotEnoughData;
    if (e.status != EstimateStatus::Ok)
        e.low = e.high = kNaN;
}

// Percentile p of a resample of `sorted` drawn with engine.
double resampledPercentile(detail::Engine &engine, const std::vector<double> &sorted, double p)
{
    const auto n = qint64(sorted.size());
    const double h = double(n - 1) * p;
    const auto k = qint64(std::floor(h));
    qint64 ranks[2] = {k, k + 1};
    qint64 positions[2] = {0, 0};
    const int count = k + 1 < n ? 2 : 1;
    detail::drawOrderStatistics(engine, 0, n, n, ranks, positions, count);
    const double low = sorted[size_t(positions[0])];
    if (count == 1)
        return low;
    return low + (h - double(k)) * (sorted[size_t(positions[1])] - low);
}

} // namespace

Estimate percentileChange(std::span<const double> baseline, std::span<const double> candidate,
                          double p, ChangeScale scale, const BootstrapOptions &options,
                          const SampleMinima &minima)
{
    p = std::clamp(p, 0.0, 1.0);
    const std::vector<double> base = finiteSorted(baseline);
    const std::vector<double> cand = finiteSorted(candidate);
    Estimate e;
    e.confidence = options.confidence;
    e.n = qint64(std::min(base.size(), cand.size()));
    if (e.n == 0)
        return e;
    e.value = change(detail::quantileType7(base.data(), qint64(base.size()), p),
                     detail::quantileType7(cand.data(), qint64(cand.size()), p), scale);
    const double tail = double(minima.percentileTail);
    const auto enough = [&](double n) {
        return n * p >= tail && n * (1.0 - p) >= tail;
    };
    e.status = EstimateStatus::NotEnoughData;
    if (!std::isfinite(e.value) || !enough(double(base.size())) || !enough(double(cand.size()))
        || options.resamples <= 0)
        return e;
    std::vector<double> replicates(size_t(options.resamples));
    for (int r = 0; r < options.resamples; ++r) {
        detail::Engine engine = detail::resampleEngine(options.seed, r);
        const double b = resampledPercentile(engine, base, p);
        const double c = resampledPercentile(engine, cand, p);
        replicates[size_t(r)] = change(b, c, scale);
    }
    setInterval(e, replicates, options.confidence);
    return e;
}

Estimate meanChange(std::span<const double> baseline, std::span<const double> candidate,
                    bool paired, ChangeScale scale, const BootstrapOptions &options,
                    const SampleMinima &minima)
{
    Estimate e;
    e.confidence = options.confidence;
    // Only finite observations; paired: only cases finite in both variants.
    std::vector<double> keptBaseline;
    std::vector<double> keptCandidate;
    if (paired) {
        const size_t n = std::min(baseline.size(), candidate.size());
        for (size_t i = 0; i < n; ++i) {
            if (std::isfinite(baseline[i]) && std::isfinite(candidate[i])) {
                keptBaseline.push_back(baseline[i]);
                keptCandidate.push_back(candidate[i]);
            }
        }
    } else {
        for (const double v : baseline) {
            if (std::isfinite(v))
                keptBaseline.push_back(v);
        }
        for (const double v : candidate) {
            if (std::isfinite(v))
                keptCandidate.push_back(v);
        }
    }
    baseline = keptBaseline;
    candidate = keptCandidate;
    e.n = qint64(std::min(baseline.size(), candidate.size()));
    if (e.n == 0)
        return e;
    const auto mean = [](std::span<const double> v) {
        return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    };
    e.value = change(mean(baseline), mean(candidate), scale);
    e.status = EstimateStatus::NotEnoughData;
    if (!std::isfinite(e.value) || e.n < minima.mean || options.resamples <= 0)
        return e;

    // Both values of a case side by side: one cache line per draw.
    struct Pair
    {
        double baseline;
        double candidate;
    };
    std::vector<Pair> pairs;
    if (paired) {
        pairs.resize(baseline.size());
        for (size_t i = 0; i < baseline.size(); ++i)
            pairs[i] = {baseline[i], candidate[i]};
    }
    std::vector<int> indices(size_t(options.resamples));
    std::iota(indices.begin(), indices.end(), 0);
    std::vector<double> replicates(indices.size());
    const auto one = [&](int r) {
        detail::Engine engine = detail::resampleEngine(options.seed, r);
        double b = 0.0;
        double c = 0.0;
        if (paired) {
            const size_t n = baseline.size();
            if (n < kMaxIndexDrawer) {
                detail::IndexDrawer draw(engine, quint32(n));
                for (size_t i = 0; i < n; ++i) {
                    const Pair &pair = pairs[draw.next()];
                    b += pair.baseline;
                    c += pair.candidate;
                }
            } else {
                for (size_t i = 0; i < n; ++i) {
                    const quint64 at = detail::uniformBelow(engine, n);
                    b += baseline[at];
                    c += candidate[at];
                }
            }
            b /= double(n);
            c /= double(n);
        } else {
            const auto resampledMean = [&engine](std::span<const double> v) {
                const size_t n = v.size();
                double sum = 0.0;
                if (n < kMaxIndexDrawer) {
                    detail::IndexDrawer draw(engine, quint32(n));
                    for (size_t i = 0; i < n; ++i)
                        sum += v[draw.next()];
                } else {
                    for (size_t i = 0; i < n; ++i)
                        sum += v[detail::uniformBelow(engine, n)];
                }
                return sum / double(n);
            };
            b = resampledMean(baseline);
            c = resampledMean(candidate);
        }
        replicates[size_t(r)] = change(b, c, scale);
    };
    QtConcurrent::blockingMap(indices, one);
    setInterval(e, replicates, options.confidence);
    return e;
}

PairedCounts pairCounts(std::span<const bool> baselinePassed, std::span<const bool> candidatePassed)
{
    PairedCounts counts;
    const size_t n = std::min(baselinePassed.size(), candidatePassed.size());
    for (size_t i = 0; i < n; ++i) {
        const bool b = baselinePassed[i];
        const bool c = candidatePassed[i];
        if (b && c)
            ++counts.bothPass;
        else if (b)
            ++counts.baselineOnly;
        else if (c)
            ++counts.candidateOnly;
        else
            ++counts.bothFail;
    }
    return counts;
}

Estimate pairedProportionChange(const PairedCounts &counts, const BootstrapOptions &options,
                                const SampleMinima &minima)
{
    Estimate e;
    e.confidence = options.confidence;
    const qint64 n = counts.total();
    e.n = n;
    if (n <= 0)
        return e;
    e.value = double(counts.candidateOnly - counts.baselineOnly) / double(n);
    e.status = EstimateStatus::NotEnoughData;
    if (n < minima.proportion || options.resamples <= 0)
        return e;
    const double pBaselineOnly = double(counts.baselineOnly) / double(n);
    const qint64 rest = n - counts.baselineOnly;
    const double pCandidateOnlyOfRest
            = rest > 0 ? double(counts.candidateOnly) / double(rest) : 0.0;
    std::vector<double> replicates(size_t(options.resamples));
    for (int r = 0; r < options.resamples; ++r) {
        detail::Engine engine = detail::resampleEngine(options.seed, r);
        // Multinomial draw of the cells, one binomial at a time.
        const qint64 b = detail::binomial(engine, n, pBaselineOnly);
        const qint64 c = detail::binomial(engine, n - b, pCandidateOnlyOfRest);
        replicates[size_t(r)] = double(c - b) / double(n);
    }
    setInterval(e, replicates, options.confidence);
    return e;
}

} // namespace Cutover::Stats
