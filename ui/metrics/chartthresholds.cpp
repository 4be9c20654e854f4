#include "ui/metrics/chartthresholds.h"

#include "core/plan/planlabels.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Cutover::ChartThresholds {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ChartThresholds)
};

ChartData::Threshold line(const Metrics::ObjectiveVerdict &v, double value)
{
    //: objective title: target ("Faster: p95 latency ≤ 2 s")
    return {Tr::tr("%1: %2").arg(v.title, PlanLabels::describe(v.target)), value};
}

// baseline (in chart units) moved by the relative target; nullopt without
// a baseline or for a reference the chart cannot use.
std::optional<double> relative(const Target &t, double baseline, bool pointsAllowed)
{
    if (!std::isfinite(baseline))
        return std::nullopt;
    switch (t.reference) {
    case TargetReference::BaselinePercent:
        return baseline * (1.0 + t.value / 100.0);
    case TargetReference::BaselinePoints:
        if (pointsAllowed)
            return baseline + t.value;
        return std::nullopt;
    case TargetReference::Absolute:
        break;
    }
    return std::nullopt;
}

} // namespace

QList<ChartData::Threshold> latencySeconds(const Metrics::RunComparison &c)
{
    QList<ChartData::Threshold> out;
    for (const Metrics::ObjectiveVerdict &v : c.verdicts) {
        const Stats::Estimate *baseline = nullptr;
        switch (v.target.metric) {
        case TargetMetric::LatencyP50:
            baseline = &c.baseline.latency.p50;
            break;
        case TargetMetric::LatencyP95:
            baseline = &c.baseline.latency.p95;
            break;
        case TargetMetric::LatencyP99:
            baseline = &c.baseline.latency.p99;
            break;
        default:
            continue;
        }
        if (v.target.reference == TargetReference::Absolute) {
            // The core's convention: "ms" means milliseconds, any other unit seconds.
            const bool ms = v.target.unit.trimmed().compare(u"ms"_s, Qt::CaseInsensitive) == 0;
            out.append(line(v, ms ? v.target.value / 1000.0 : v.target.value));
        } else if (const auto value = relative(v.target, baseline->value / 1000.0, false)) {
            out.append(line(v, *value));
        }
    }
    return out;
}

QList<ChartData::Threshold> passRatePercent(const Metrics::RunComparison &c)
{
    QList<ChartData::Threshold> out;
    for (const Metrics::ObjectiveVerdict &v : c.verdicts) {
        if (v.target.metric != TargetMetric::PassRate)
            continue;
        if (v.target.reference == TargetReference::Absolute) {
            const QString unit = v.target.unit.trimmed();
            const bool percent
                    = unit == u"%"_s || (unit.isEmpty() && std::abs(v.target.value) > 1.0);
            out.append(line(v, percent ? v.target.value : v.target.value * 100.0));
        } else if (const auto value = relative(v.target, c.baseline.passRate.value * 100.0, true)) {
            out.append(line(v, *value));
        }
    }
    return out;
}

QList<ChartData::Threshold> costPer1k(const Metrics::RunComparison &c)
{
    QList<ChartData::Threshold> out;
    for (const Metrics::ObjectiveVerdict &v : c.verdicts) {
        if (v.target.metric != TargetMetric::CostPer1kRequests)
            continue;
        if (v.target.reference == TargetReference::Absolute)
            out.append(line(v, v.target.value));
        else if (const auto value = relative(v.target, c.baseline.costPer1k.value, false))
            out.append(line(v, *value));
    }
    return out;
}

} // namespace Cutover::ChartThresholds
