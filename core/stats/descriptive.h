#pragma once

#include "core/stats/bootstrap.h"
#include "core/stats/estimate.h"

#include <QList>

#include <span>

namespace Cutover::Stats {

// The p-th percentile (p in [0, 1]) of values sorted ascending, by linear
// interpolation between order statistics: Hyndman & Fan (1996) type 7, the
// default of numpy.percentile, R's quantile() and Excel's PERCENTILE.INC:
//   h = (n − 1)·p,  x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
// NaN for an empty span.
double percentileOfSorted(std::span<const double> sorted, double p);

// Mean with the Student t interval mean ± t(1 − α/2, n − 1)·s/√n.
// NotEnoughData below minima.mean (value is the mean when n ≥ 1).
Estimate meanWithInterval(std::span<const double> values, double confidence = 0.95,
                          const SampleMinima &minima = {});

// The percentiles ps (each in [0, 1]) of values with percentile-bootstrap
// intervals; all percentiles come from the same resamples. Non-finite
// values are ignored (n counts the finite ones). A percentile p is
// NotEnoughData unless n·p ≥ minima.percentileTail and n·(1 − p) ≥ it.
QList<Estimate> percentilesWithIntervals(std::span<const double> values, std::span<const double> ps,
                                         const BootstrapOptions &options = {},
                                         const SampleMinima &minima = {});

// Latency (or time to first token, tokens, cost...) of one variant.
struct DistributionSummary
{
    Estimate mean;
    Estimate p50;
    Estimate p90;
    Estimate p95;
    Estimate p99;
};

DistributionSummary summarize(std::span<const double> values, const BootstrapOptions &options = {},
                              const SampleMinima &minima = {});

} // namespace Cutover::Stats
