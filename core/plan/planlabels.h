#pragma once

#include "core/plan/plan.h"

#include <QString>

// Translated, human-readable names for the plan's enums and targets; shared
// by the Plan pane and the PDF report.
namespace Cutover::PlanLabels {

QString label(TargetMetric value);
QString label(Comparison value); // "≤", "<", ...
QString label(TargetReference value);
QString label(ScopeKind value);
QString label(ScopeStatus value);
QString label(PhaseStatus value);

// Default display unit for a metric ("s" for latencies, "%" for rates, ...).
QString defaultUnit(TargetMetric metric);

// The metric's name, or the custom name for TargetMetric::Custom.
QString metricName(const Target &target);

// One line: "p95 latency ≤ 2 s", "cost per 1k requests ≤ baseline −30 %",
// "pass rate ≥ baseline −1 point".
QString describe(const Target &target);

// "Low", "Medium", "High", "Critical" for a likelihood × impact score 1..25.
QString riskLevel(int score);

} // namespace Cutover::PlanLabels
