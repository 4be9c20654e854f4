#include "core/stats/descriptive.h"

#include "core/stats/distributions_p.h"
#include "core/stats/resampling_p.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Cutover::Stats {

double percentileOfSorted(std::span<const double> sorted, double p)
{
    return detail::quantileType7(sorted.data(), qint64(sorted.size()), std::clamp(p, 0.0, 1.0));
}

Estimate meanWithInterval(std::span<const double> values, double confidence,
                          const SampleMinima &minima)
{
    Estimate e;
    e.confidence = confidence;
    double sum = 0.0;
    qint64 n = 0;
    for (const double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    }
    e.n = n;
    if (n == 0)
        return e;
    const double mean = sum / double(n);
    e.value = mean;
    if (n < std::max<qint64>(minima.mean, 2)) {
        e.status = EstimateStatus::NotEnoughData;
        return e;
    }
    double squares = 0.0;
    for (const double v : values) {
        if (std::isfinite(v))
            squares += (v - mean) * (v - mean);
    }
    const double sd = std::sqrt(squares / double(n - 1));
    const double half
            = detail::tQuantileTwoSided(double(n - 1), confidence) * sd / std::sqrt(double(n));
    e.low = mean - half;
    e.high = mean + half;
    e.status = EstimateStatus::Ok;
    return e;
}

namespace {

bool enoughForPercentile(qint64 n, double p, const SampleMinima &minima)
{
    const double tail = double(minima.percentileTail);
    return double(n) * p >= tail && double(n) * (1.0 - p) >= tail;
}

} // namespace

QList<Estimate> percentilesWithIntervals(std::span<const double> values, std::span<const double> ps,
                                         const BootstrapOptions &options,
                                         const SampleMinima &minima)
{
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (const double v : values) {
        if (std::isfinite(v))
            sorted.push_back(v);
    }
    std::sort(sorted.begin(), sorted.end());
    const auto n = qint64(sorted.size());

    QList<Estimate> out;
    out.reserve(qsizetype(ps.size()));
    // Ranks (0-based order statistics) each bootstrapped percentile needs.
    std::vector<qint64> ranks;
    std::vector<int> needing; // indices into ps that get an interval
    for (qsizetype i = 0; i < qsizetype(ps.size()); ++i) {
        const double p = std::clamp(ps[size_t(i)], 0.0, 1.0);
        Estimate e;
        e.n = n;
        e.confidence = options.confidence;
        if (n > 0) {
            e.value = detail::quantileType7(sorted.data(), n, p);
            if (enoughForPercentile(n, p, minima) && options.resamples > 0) {
                e.status = EstimateStatus::Ok;
                needing.push_back(int(i));
                const auto k = qint64(std::floor(double(n - 1) * p));
                ranks.push_back(k);
                if (k + 1 < n)
                    ranks.push_back(k + 1);
            } else {
                e.status = EstimateStatus::NotEnoughData;
            }
        }
        out.append(e);
    }
    if (needing.empty())
        return out;
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());

    const int resamples = options.resamples;
    const int count = int(ranks.size());
    std::vector<std::vector<double>> boot(needing.size(), std::vector<double>(size_t(resamples)));
    std::vector<qint64> scratch(ranks.size());
    std::vector<qint64> positions(ranks.size());
    std::vector<double> resampled(ranks.size()); // value of each wanted order statistic
    for (int r = 0; r < resamples; ++r) {
        detail::Engine engine = detail::resampleEngine(options.seed, r);
        std::copy(ranks.begin(), ranks.end(), scratch.begin());
        detail::drawOrderStatistics(engine, 0, n, n, scratch.data(), positions.data(), count);
        for (int j = 0; j < count; ++j)
            resampled[size_t(j)] = sorted[size_t(positions[size_t(j)])];
        for (size_t i = 0; i < needing.size(); ++i) {
            const double p = std::clamp(ps[size_t(needing[i])], 0.0, 1.0);
            const double h = double(n - 1) * p;
            const auto k = qint64(std::floor(h));
            const auto at = size_t(std::lower_bound(ranks.begin(), ranks.end(), k) - ranks.begin());
            const double lowValue = resampled[at];
            const double value
                    = k + 1 < n ? lowValue + (h - double(k)) * (resampled[at + 1] - lowValue)
                                : lowValue;
            boot[i][size_t(r)] = value;
        }
    }
    const double alpha = 1.0 - options.confidence;
    for (size_t i = 0; i < needing.size(); ++i) {
        std::vector<double> &b = boot[i];
        std::sort(b.begin(), b.end());
        Estimate &e = out[needing[i]];
        e.low = detail::quantileType7(b.data(), qint64(b.size()), alpha / 2.0);
        e.high = detail::quantileType7(b.data(), qint64(b.size()), 1.0 - alpha / 2.0);
    }
    return out;
}

DistributionSummary summarize(std::span<const double> values, const BootstrapOptions &options,
                              const SampleMinima &minima)
{
    static constexpr double kPs[] = {0.50, 0.90, 0.95, 0.99};
    const QList<Estimate> p = percentilesWithIntervals(values, kPs, options, minima);
    return DistributionSummary{meanWithInterval(values, options.confidence, minima), p[0], p[1],
                               p[2], p[3]};
}

} // namespace Cutover::Stats
