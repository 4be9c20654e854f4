#pragma once

#include "core/plan/plan.h"

#include <QColor>
#include <QIcon>

// Colours shared by the Plan pane's tables and charts, so that a status or
// a risk level looks the same everywhere.
namespace Cutover::PlanColors {

QColor phaseStatus(PhaseStatus status);
QColor scopeStatus(ScopeStatus status);
QColor riskScore(int score); // 1..25, by PlanLabels::riskLevel band

// A small round colour swatch for item views.
QIcon swatch(const QColor &color);

} // namespace Cutover::PlanColors
