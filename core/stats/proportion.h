#pragma once

#include "core/stats/estimate.h"

namespace Cutover::Stats {

// Observed proportion successes / n with the Wilson score interval at
// `confidence` (Wilson 1927; Newcombe 1998 method 3, without continuity
// correction). Status NotEnoughData below minima.proportion trials (value
// still the observed proportion), NoData when n == 0. Used for pass rate,
// error rate and incomplete rate alike.
Estimate wilsonInterval(qint64 successes, qint64 n, double confidence = 0.95,
                        const SampleMinima &minima = {});

// Difference of two independent proportions, candidate − baseline, with
// Newcombe's hybrid score interval (Newcombe 1998, method 10), built from
// the two Wilson intervals. In proportion units: scale by 100 for points.
// n is the smaller of the two sample sizes.
Estimate proportionDifference(qint64 baselineSuccesses, qint64 baselineN, qint64 candidateSuccesses,
                              qint64 candidateN, double confidence = 0.95,
                              const SampleMinima &minima = {});

} // namespace Cutover::Stats
