#pragma once

#include "core/metrics/runmetrics.h"
#include "ui/metrics/chartdata.h"

#include <QList>

// The plan's targets as lines on the Metrics pane's charts, in each chart's
// units. A target against the baseline becomes a line at the baseline's
// measured value moved by the target ("pass rate ≥ baseline − 1 point" with
// a baseline at 91 % is a line at 90 %); targets a chart cannot show (or
// without a measured baseline to start from) give no line.
namespace Cutover::ChartThresholds {

// Latency charts (seconds): p50 / p95 / p99 latency targets.
QList<ChartData::Threshold> latencySeconds(const Metrics::RunComparison &comparison);
// Pass-rate chart (percent).
QList<ChartData::Threshold> passRatePercent(const Metrics::RunComparison &comparison);
// Cost per 1,000 requests chart (the endpoints' currency).
QList<ChartData::Threshold> costPer1k(const Metrics::RunComparison &comparison);

} // namespace Cutover::ChartThresholds
