#pragma once

#include "core/metrics/runmetrics.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How an objective's verdict looks wherever it is shown (Plan pane,
// Metrics pane): a coloured badge, a word, and a tooltip with the interval
// that decided it.
namespace Cutover::VerdictStyle {

QColor color(Stats::VerdictOutcome outcome);
QColor notJudgedColor();
// A rounded badge in the verdict's colour (cached per colour).
QIcon badge(const QColor &color);

// "Met", "Not met", "Inconclusive", or "Not judged".
QString label(const Metrics::ObjectiveVerdict &verdict);
// The interval that decided it, in the target's unit, or why there is no
// verdict: "Measured: −34.2 % [−38.0, −30.5] (n = 300)".
QString detail(const Metrics::ObjectiveVerdict &verdict);
QColor color(const Metrics::ObjectiveVerdict &verdict);

} // namespace Cutover::VerdictStyle
