#pragma once

#include "core/stats/estimate.h"
#include "core/stats/hypothesis.h"

#include <QString>

// How the Metrics pane writes figures: "92.0 % [85.1, 96.0]", "not enough
// data (n = 4)", "no data".
namespace Cutover::FigureFormat {

// value [low, high] with `decimals` and the unit after the value ("%",
// " ms", ...); the status in words when the estimate is not Ok (with the
// point value when there is one: "7.0 % (not enough data, n = 4)").
QString estimate(const Stats::Estimate &e, int decimals, const QString &unit = QString());
// As estimate(), with " · n = 12" after it.
QString estimateWithN(const Stats::Estimate &e, int decimals, const QString &unit = QString());
// "p = 0.031 (McNemar)" or "not enough data (n = 3)".
QString test(const Stats::TestResult &t, const QString &name);
// A number for the clipboard: plain, "." decimal, empty for NaN.
QString plain(double value, int decimals);

} // namespace Cutover::FigureFormat
