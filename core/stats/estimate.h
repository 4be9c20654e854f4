#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <limits>

namespace Cutover::Stats {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Whether an estimate may be used to decide anything.
//   Ok            value and interval computed from enough data
//   NotEnoughData n is below the documented minimum (SampleMinima): value is
//                 the observed point figure when there is one, low/high are NaN
//   NoData        n == 0 (or no usable observation): everything is NaN
enum class EstimateStatus { Ok, NotEnoughData, NoData };

// One figure with its uncertainty: a point value, a two-sided interval at
// `confidence` and the number of observations it rests on.
struct Estimate
{
    double value = kNaN;
    double low = kNaN;
    double high = kNaN;
    qint64 n = 0;
    EstimateStatus status = EstimateStatus::NoData;
    double confidence = 0.95;

    bool isOk() const { return status == EstimateStatus::Ok; }
    bool hasInterval() const { return low == low && high == high; } // neither NaN

    friend bool operator==(const Estimate &, const Estimate &) = default;
};

// The estimate with value and interval multiplied by factor (factor > 0):
// 0..1 rates to percent or points (100), seconds to milliseconds (1000).
Estimate scaled(const Estimate &estimate, double factor);

// Minimum sample sizes below which figures are reported as NotEnoughData.
// Defaults and why:
//   proportion        10 trials: the Wilson interval is defined for any n,
//                     but below 10 it spans most of [0, 1].
//   mean              10 observations for a t interval.
//   percentileTail    5 observations on each side of a percentile
//                     (n·p ≥ 5 and n·(1 − p) ≥ 5): p50 needs 10, p90 50,
//                     p95 100, p99 500; the bootstrap of an extreme order
//                     statistic is unreliable with fewer.
//   pairs             6 untied pairs (sign test) or discordant pairs
//                     (McNemar): with 5 or fewer the two-sided exact p-value
//                     cannot fall below 0.0625, so no difference is detectable.
//   groupSize         5 observations per sample for Welch / Mann–Whitney
//                     (exact Mann–Whitney with 5 and 5 reaches p = 0.008).
//   expectedPerArm    5 expected observations per arm for the chi-square
//                     sample-ratio check (Cochran's rule).
struct SampleMinima
{
    qint64 proportion = 10;
    qint64 mean = 10;
    qint64 percentileTail = 5;
    qint64 pairs = 6;
    qint64 groupSize = 5;
    double expectedPerArm = 5.0;
};

// "ok", "not-enough-data", "no-data": stable keys for JSON and storage.
QString statusKey(EstimateStatus status);
// Translated, for display.
QString statusLabel(EstimateStatus status);

// {"value": v, "low": l, "high": h, "n": n, "status": key, "confidence": c};
// NaN numbers are written as null.
QJsonObject toJson(const Estimate &estimate);

} // namespace Cutover::Stats
