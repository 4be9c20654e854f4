#include "core/stats/proportion.h"

#include "core/stats/distributions_p.h"

#include <algorithm>
#include <cmath>

namespace Cutover::Stats {

namespace {

struct Bounds
{
    double low;
    double high;
};

Bounds wilsonBounds(double successes, double n, double z)
{
    const double p = successes / n;
    const double z2 = z * z;
    const double centre = p + z2 / (2.0 * n);
    const double spread = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    const double denominator = 1.0 + z2 / n;
    double low = (centre - spread) / denominator;
    double high = (centre + spread) / denominator;
    // Exact at the edges (the formula gives them up to rounding).
    if (successes == 0)
        low = 0.0;
    if (successes == n)
        high = 1.0;
    return {std::clamp(low, 0.0, 1.0), std::clamp(high, 0.0, 1.0)};
}

} // namespace

Estimate wilsonInterval(qint64 successes, qint64 n, double confidence, const SampleMinima &minima)
{
    Estimate e;
    e.n = n;
    e.confidence = confidence;
    if (n <= 0 || successes < 0 || successes > n)
        return e;
    e.value = double(successes) / double(n);
    if (n < minima.proportion) {
        e.status = EstimateStatus::NotEnoughData;
        return e;
    }
    const Bounds b = wilsonBounds(double(successes), double(n),
                                  detail::normalQuantileTwoSided(confidence));
    e.low = b.low;
    e.high = b.high;
    e.status = EstimateStatus::Ok;
    return e;
}

Estimate proportionDifference(qint64 baselineSuccesses, qint64 baselineN, qint64 candidateSuccesses,
                              qint64 candidateN, double confidence, const SampleMinima &minima)
{
    Estimate e;
    e.n = std::min(baselineN, candidateN);
    e.confidence = confidence;
    if (baselineN <= 0 || candidateN <= 0 || baselineSuccesses < 0 || candidateSuccesses < 0
        || baselineSuccesses > baselineN || candidateSuccesses > candidateN)
        return e;
    const double p1 = double(candidateSuccesses) / double(candidateN);
    const double p2 = double(baselineSuccesses) / double(baselineN);
    e.value = p1 - p2;
    if (e.n < minima.proportion) {
        e.status = EstimateStatus::NotEnoughData;
        return e;
    }
    const double z = detail::normalQuantileTwoSided(confidence);
    const Bounds b1 = wilsonBounds(double(candidateSuccesses), double(candidateN), z);
    const Bounds b2 = wilsonBounds(double(baselineSuccesses), double(baselineN), z);
    // Newcombe (1998), method 10: δ = √((p1−l1)² + (u2−p2)²), ε = √((u1−p1)² + (p2−l2)²).
    const double delta = std::sqrt((p1 - b1.low) * (p1 - b1.low) + (b2.high - p2) * (b2.high - p2));
    const double epsilon
            = std::sqrt((b1.high - p1) * (b1.high - p1) + (p2 - b2.low) * (p2 - b2.low));
    e.low = e.value - delta;
    e.high = e.value + epsilon;
    e.status = EstimateStatus::Ok;
    return e;
}

} // namespace Cutover::Stats
