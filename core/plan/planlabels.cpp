#include "core/plan/planlabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::PlanLabels {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Plan)
};

QString formatNumber(double value)
{
    // Up to three decimals, no trailing zeros; locale-independent digits so
    // that exported reports read the same everywhere.
    QString text = QString::number(value, 'f', 3);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        text = u"0"_s;
    return text;
}

QString signedNumber(double value)
{
    const QString magnitude = formatNumber(std::fabs(value));
    if (value < 0)
        return u"\u2212"_s + magnitude; // minus sign
    return u"+"_s + magnitude;
}

} // namespace

QString label(TargetMetric value)
{
    switch (value) {
    case TargetMetric::PassRate:
        return Tr::tr("Pass rate");
    case TargetMetric::LatencyP50:
        return Tr::tr("Latency p50");
    case TargetMetric::LatencyP95:
        return Tr::tr("Latency p95");
    case TargetMetric::LatencyP99:
        return Tr::tr("Latency p99");
    case TargetMetric::TimeToFirstTokenP95:
        return Tr::tr("Time to first token p95");
    case TargetMetric::CostPer1kRequests:
        return Tr::tr("Cost per 1k requests");
    case TargetMetric::ErrorRate:
        return Tr::tr("Error rate");
    case TargetMetric::OutputTokens:
        return Tr::tr("Output tokens per request");
    case TargetMetric::Custom:
        return Tr::tr("Custom metric");
    }
    return QString();
}

QString label(Comparison value)
{
    switch (value) {
    case Comparison::LessOrEqual:
        return u"\u2264"_s;
    case Comparison::Less:
        return u"<"_s;
    case Comparison::GreaterOrEqual:
        return u"\u2265"_s;
    case Comparison::Greater:
        return u">"_s;
    case Comparison::Equal:
        return u"="_s;
    }
    return QString();
}

QString label(TargetReference value)
{
    switch (value) {
    case TargetReference::Absolute:
        return Tr::tr("Absolute value");
    case TargetReference::BaselinePercent:
        return Tr::tr("Change vs. baseline (%)");
    case TargetReference::BaselinePoints:
        return Tr::tr("Change vs. baseline (points)");
    }
    return QString();
}

QString label(ScopeKind value)
{
    switch (value) {
    case ScopeKind::Component:
        return Tr::tr("Component");
    case ScopeKind::Data:
        return Tr::tr("Data");
    }
    return QString();
}

QString label(ScopeStatus value)
{
    switch (value) {
    case ScopeStatus::NotStarted:
        return Tr::tr("Not started");
    case ScopeStatus::InProgress:
        return Tr::tr("In progress");
    case ScopeStatus::Done:
        return Tr::tr("Done");
    case ScopeStatus::Blocked:
        return Tr::tr("Blocked");
    case ScopeStatus::OutOfScope:
        return Tr::tr("Out of scope");
    }
    return QString();
}

QString label(PhaseStatus value)
{
    switch (value) {
    case PhaseStatus::Planned:
        return Tr::tr("Planned");
    case PhaseStatus::InProgress:
        return Tr::tr("In progress");
    case PhaseStatus::Done:
        return Tr::tr("Done");
    case PhaseStatus::Blocked:
        return Tr::tr("Blocked");
    }
    return QString();
}

QString defaultUnit(TargetMetric metric)
{
    switch (metric) {
    case TargetMetric::PassRate:
    case TargetMetric::ErrorRate:
        return u"%"_s;
    case TargetMetric::LatencyP50:
    case TargetMetric::LatencyP95:
    case TargetMetric::LatencyP99:
    case TargetMetric::TimeToFirstTokenP95:
        return u"s"_s;
    case TargetMetric::CostPer1kRequests:
        return u"USD"_s;
    case TargetMetric::OutputTokens:
        return Tr::tr("tokens");
    case TargetMetric::Custom:
        return QString();
    }
    return QString();
}

QString metricName(const Target &target)
{
    if (target.metric == TargetMetric::Custom && !target.customMetric.isEmpty())
        return target.customMetric;
    return label(target.metric);
}

QString describe(const Target &target)
{
    const QString metric = metricName(target);
    const QString op = label(target.comparison);
    switch (target.reference) {
    case TargetReference::Absolute: {
        const QString unit = target.unit.isEmpty() ? QString() : u" "_s + target.unit;
        return Tr::tr("%1 %2 %3%4").arg(metric, op, formatNumber(target.value), unit);
    }
    case TargetReference::BaselinePercent:
        //: e.g. "Cost per 1k requests ≤ baseline −30 %"
        return Tr::tr("%1 %2 baseline %3 %").arg(metric, op, signedNumber(target.value));
    case TargetReference::BaselinePoints:
        if (std::fabs(target.value) == 1.0) {
            //: e.g. "Pass rate ≥ baseline −1 point"
            return Tr::tr("%1 %2 baseline %3 point").arg(metric, op, signedNumber(target.value));
        }
        //: e.g. "Pass rate ≥ baseline −1.5 points"
        return Tr::tr("%1 %2 baseline %3 points").arg(metric, op, signedNumber(target.value));
    }
    return QString();
}

QString riskLevel(int score)
{
    if (score >= 15)
        return Tr::tr("Critical");
    if (score >= 10)
        return Tr::tr("High");
    if (score >= 5)
        return Tr::tr("Medium");
    return Tr::tr("Low");
}

} // namespace Cutover::PlanLabels
