#pragma once

#include "core/stats/estimate.h"

#include <span>

namespace Cutover::Stats {

// Percentile bootstrap (Efron & Tibshirani 1993, ch. 13): the interval is the
// (1 − confidence)/2 and (1 + confidence)/2 quantiles (type 7) of the
// statistic over `resamples` resamples drawn with replacement. Seeded and
// reproducible: the same data, seed and number of resamples give the same
// interval, whatever the thread count. 2,000 resamples by default (Efron &
// Tibshirani recommend at least 1,000 for percentile intervals).
struct BootstrapOptions
{
    quint64 seed = 20261129;
    int resamples = 2000;
    double confidence = 0.95;
};

// How a change against the baseline is expressed.
//   Absolute: candidate − baseline, in the metric's unit
//   Percent:  100 · (candidate / baseline − 1)
enum class ChangeScale { Absolute, Percent };

// Change of the p-th percentile (p in [0, 1], type 7) between two
// independent samples, candidate against baseline, percentile bootstrap
// resampling each sample independently. Each resample's percentiles are
// drawn directly as order statistics of a multinomial resample (a binary
// split with binomial counts, O(log n) per order statistic), which has
// exactly the distribution of sorting n draws with replacement.
// NotEnoughData unless both samples meet minima.percentileTail at p.
// n is the smaller sample size.
Estimate percentileChange(std::span<const double> baseline, std::span<const double> candidate,
                          double p, ChangeScale scale, const BootstrapOptions &options = {},
                          const SampleMinima &minima = {});

// Change of the mean, candidate against baseline. paired: the samples are
// the same cases in the same order (equal sizes) and cases are resampled
// jointly (cases with a non-finite value in either are dropped); otherwise
// each sample is resampled on its own (non-finite values dropped). O(n) per resample,
// spread over the global thread pool. NotEnoughData below minima.mean.
Estimate meanChange(std::span<const double> baseline, std::span<const double> candidate,
                    bool paired, ChangeScale scale, const BootstrapOptions &options = {},
                    const SampleMinima &minima = {});

// Pass/fail of the same cases under both variants.
struct PairedCounts
{
    qint64 bothPass = 0;
    qint64 baselineOnly = 0;  // baseline passed, candidate failed
    qint64 candidateOnly = 0; // candidate passed, baseline failed
    qint64 bothFail = 0;

    qint64 total() const { return bothPass + baselineOnly + candidateOnly + bothFail; }
    friend bool operator==(const PairedCounts &, const PairedCounts &) = default;
};

// Counts from two equally long pass/fail lists (case i in both); the
// shorter length is used if they differ.
PairedCounts pairCounts(std::span<const bool> baselinePassed,
                        std::span<const bool> candidatePassed);

// Change of the pass rate on paired cases, candidate − baseline, as a
// proportion ((candidateOnly − baselineOnly) / n; scale by 100 for points),
// with a percentile bootstrap over cases (each resample is a multinomial
// draw of the four cells). NotEnoughData below minima.proportion cases.
Estimate pairedProportionChange(const PairedCounts &counts, const BootstrapOptions &options = {},
                                const SampleMinima &minima = {});

} // namespace Cutover::Stats
