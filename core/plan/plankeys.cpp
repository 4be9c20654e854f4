#include "core/plan/plankeys.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Cutover::PlanKeys {
namespace {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, QStringView>, N>;

constexpr Table<TargetMetric, 9> kMetrics{{
        {TargetMetric::PassRate, u"pass_rate"},
        {TargetMetric::LatencyP50, u"latency_p50"},
        {TargetMetric::LatencyP95, u"latency_p95"},
        {TargetMetric::LatencyP99, u"latency_p99"},
        {TargetMetric::TimeToFirstTokenP95, u"ttft_p95"},
        {TargetMetric::CostPer1kRequests, u"cost_per_1k_requests"},
        {TargetMetric::ErrorRate, u"error_rate"},
        {TargetMetric::OutputTokens, u"output_tokens"},
        {TargetMetric::Custom, u"custom"},
}};

constexpr Table<Comparison, 5> kComparisons{{
        {Comparison::LessOrEqual, u"<="},
        {Comparison::Less, u"<"},
        {Comparison::GreaterOrEqual, u">="},
        {Comparison::Greater, u">"},
        {Comparison::Equal, u"=="},
}};

constexpr Table<TargetReference, 3> kReferences{{
        {TargetReference::Absolute, u"absolute"},
        {TargetReference::BaselinePercent, u"baseline_percent"},
        {TargetReference::BaselinePoints, u"baseline_points"},
}};

constexpr Table<ScopeKind, 2> kScopeKinds{{
        {ScopeKind::Component, u"component"},
        {ScopeKind::Data, u"data"},
}};

constexpr Table<ScopeStatus, 5> kScopeStatuses{{
        {ScopeStatus::NotStarted, u"not_started"},
        {ScopeStatus::InProgress, u"in_progress"},
        {ScopeStatus::Done, u"done"},
        {ScopeStatus::Blocked, u"blocked"},
        {ScopeStatus::OutOfScope, u"out_of_scope"},
}};

constexpr Table<PhaseStatus, 4> kPhaseStatuses{{
        {PhaseStatus::Planned, u"planned"},
        {PhaseStatus::InProgress, u"in_progress"},
        {PhaseStatus::Done, u"done"},
        {PhaseStatus::Blocked, u"blocked"},
}};

template<typename Enum, std::size_t N>
QString toKey(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[e, k] : table) {
        if (e == value)
            return k.toString();
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const Table<Enum, N> &table, QStringView key)
{
    for (const auto &[e, k] : table) {
        if (k == key)
            return e;
    }
    return std::nullopt;
}

} // namespace

QString key(TargetMetric value)
{
    return toKey(kMetrics, value);
}
QString key(Comparison value)
{
    return toKey(kComparisons, value);
}
QString key(TargetReference value)
{
    return toKey(kReferences, value);
}
QString key(ScopeKind value)
{
    return toKey(kScopeKinds, value);
}
QString key(ScopeStatus value)
{
    return toKey(kScopeStatuses, value);
}
QString key(PhaseStatus value)
{
    return toKey(kPhaseStatuses, value);
}

std::optional<TargetMetric> targetMetric(QStringView key)
{
    return fromKey(kMetrics, key);
}
std::optional<Comparison> comparison(QStringView key)
{
    return fromKey(kComparisons, key);
}
std::optional<TargetReference> targetReference(QStringView key)
{
    return fromKey(kReferences, key);
}
std::optional<ScopeKind> scopeKind(QStringView key)
{
    return fromKey(kScopeKinds, key);
}
std::optional<ScopeStatus> scopeStatus(QStringView key)
{
    return fromKey(kScopeStatuses, key);
}
std::optional<PhaseStatus> phaseStatus(QStringView key)
{
    return fromKey(kPhaseStatuses, key);
}

} // namespace Cutover::PlanKeys
