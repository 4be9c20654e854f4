#pragma once

#include "core/plan/plan.h"
#include "core/stats/verdict.h"

#include <QColor>
#include <QFont>
#include <QStringList>

// Fonts and colours shared by the report's text and charts.
namespace Cutover::ReportStyle {

// Latin families first, CJK after: with a CJK font alone, PDF viewers and
// pdftotext lose Latin digits ("p95" reads "p") and map some Han characters
// to Kangxi radicals.
QStringList fontFamilies();
QFont font(qreal pointSize, bool bold = false);

QColor accent();     // headings, title
QColor textMuted();  // secondary text, axes
QColor rule();       // table borders, grid lines
QColor headerFill(); // table header background

// "1 day", "14 days" (translated).
QString dayCount(int days);

QColor phaseColor(PhaseStatus status);
QColor scopeColor(ScopeStatus status);
// Cell colour of the risk matrix and the level badge for a score 1..25.
QColor riskFill(int score);
QColor riskInk(int score);

// The two variants of the Results section's charts, and verdict inks.
QColor baselineColor();
QColor candidateColor();
QColor verdictColor(Stats::VerdictOutcome outcome);

} // namespace Cutover::ReportStyle
