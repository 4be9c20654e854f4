#pragma once

#include "core/plan/plan.h"
#include "core/stats/estimate.h"
#include "core/stats/hypothesis.h"

#include <QString>

// Figures as people read them, shared by cutover-cli stats, the report and
// the Metrics pane. Translated (context "Cutover::Metrics").
namespace Cutover::Metrics::Format {

// "1.23"; "—" for NaN.
QString number(double value, int decimals);

// "value unit [low, high]", "value unit (n = 4, not enough data)",
// "not enough data (n = 0)", "no data".
QString figure(const Stats::Estimate &estimate, int decimals, const QString &unit = {});

// A 0..1 rate as "84.9 % [83.3, 86.4]".
QString percent(const Stats::Estimate &rate);
// Milliseconds as "1.582 s [1.536, 1.623]".
QString seconds(const Stats::Estimate &ms);

// "p = 0.0420", "p < 0.0001", "p = 0.25 (not enough data, n = 4)", "no data".
QString pValue(const Stats::TestResult &test);

// "242 wins, 1497 ties, 261 losses; sign test p = 0.4222".
QString winTieLoss(const Stats::WinTieLoss &w);

// The unit a verdict's interval is in: "%" for changes in percent,
// "points" for changes in points, else the target's own unit.
QString verdictUnit(const Target &target);

} // namespace Cutover::Metrics::Format
