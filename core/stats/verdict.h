#pragma once

#include "core/plan/plan.h"
#include "core/stats/estimate.h"

#include <QJsonObject>
#include <QString>

namespace Cutover::Stats {

enum class VerdictOutcome { Met, NotMet, Inconclusive };

// A plan target judged against a measured interval.
struct Verdict
{
    VerdictOutcome outcome = VerdictOutcome::Inconclusive;
    Estimate interval; // the interval that decided it, as given
};

// Judges `target` against `measured`, an interval expressed the way the
// target is:
//   TargetReference::Absolute         the candidate's metric itself
//   TargetReference::BaselinePercent  100 · (candidate / baseline − 1)
//                                     (percentileChange, meanChange with
//                                     ChangeScale::Percent)
//   TargetReference::BaselinePoints   candidate − baseline in points
//                                     (scaled(proportionDifference(...), 100),
//                                     scaled(pairedProportionChange(...), 100))
// in the target's unit (scale seconds/milliseconds or 0..1/percent first).
// Met only if the whole interval [low, high] satisfies the comparison with
// target.value; NotMet only if the whole interval violates it; otherwise,
// or when the estimate is not Ok, Inconclusive. For Equal, Met needs a
// degenerate interval equal to the value, NotMet an interval excluding it.
Verdict judge(const Target &target, const Estimate &measured);

// {"verdict": key, "interval": toJson(interval)}.
QJsonObject toJson(const Verdict &verdict);

// "met", "not-met", "inconclusive"; and translated labels for display.
QString verdictKey(VerdictOutcome outcome);
QString verdictLabel(VerdictOutcome outcome);

} // namespace Cutover::Stats
