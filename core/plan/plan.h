#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Cutover {

// A measurable target attached to an objective, shaped so that the metrics
// features can judge it: "<metric> <comparison> <value> <unit>", where the
// value is absolute, a percentage change against the baseline, or a change
// in points against the baseline.
//   cost per 1k requests, relative %, <=, -30   -> "at least 30 % cheaper"
//   latency p95, absolute, <=, 2, "s"           -> "p95 <= 2 s"
//   pass rate, relative points, >=, -1          -> "pass rate >= baseline - 1 point"
enum class TargetMetric {
    PassRate,
    LatencyP50,
    LatencyP95,
    LatencyP99,
    TimeToFirstTokenP95,
    CostPer1kRequests,
    ErrorRate,
    OutputTokens,
    Custom,
};

enum class Comparison { LessOrEqual, Less, GreaterOrEqual, Greater, Equal };

enum class TargetReference {
    Absolute,        // the value itself
    BaselinePercent, // change against the baseline, in percent
    BaselinePoints,  // change against the baseline, in points (percentage points)
};

struct Target
{
    TargetMetric metric = TargetMetric::PassRate;
    QString customMetric; // name of the metric when metric == Custom
    Comparison comparison = Comparison::GreaterOrEqual;
    TargetReference reference = TargetReference::Absolute;
    double value = 0.0;
    QString unit; // "s", "ms", "%", "USD", ... free text for display

    friend bool operator==(const Target &, const Target &) = default;
};

struct Objective
{
    qint64 id = 0;
    QString title;
    QString description;
    std::optional<Target> target;

    friend bool operator==(const Objective &, const Objective &) = default;
};

enum class ScopeKind { Component, Data };
enum class ScopeStatus { NotStarted, InProgress, Done, Blocked, OutOfScope };

struct ScopeItem
{
    qint64 id = 0;
    ScopeKind kind = ScopeKind::Component;
    QString name;
    QString description;
    ScopeStatus status = ScopeStatus::NotStarted;

    friend bool operator==(const ScopeItem &, const ScopeItem &) = default;
};

enum class PhaseStatus { Planned, InProgress, Done, Blocked };

struct Phase
{
    qint64 id = 0;
    QString name;
    QDate start;
    int durationDays = 7;
    PhaseStatus status = PhaseStatus::Planned;
    QList<qint64> dependsOn; // ids of phases that must finish first, ascending

    // Last day of the phase (inclusive).
    QDate end() const
    {
        return start.isValid() ? start.addDays(qMax(durationDays, 1) - 1) : QDate();
    }

    friend bool operator==(const Phase &, const Phase &) = default;
};

struct Risk
{
    qint64 id = 0;
    QString description;
    int likelihood = 3; // 1..5
    int impact = 3;     // 1..5
    QString mitigation;
    QString owner;

    int score() const { return likelihood * impact; }

    friend bool operator==(const Risk &, const Risk &) = default;
};

struct RollbackTrigger
{
    qint64 id = 0;
    QString condition;

    friend bool operator==(const RollbackTrigger &, const RollbackTrigger &) = default;
};

struct RollbackStep
{
    qint64 id = 0;
    QString action;

    friend bool operator==(const RollbackStep &, const RollbackStep &) = default;
};

struct RollbackPlan
{
    QString summary;
    QString owner;
    QList<RollbackTrigger> triggers;
    QList<RollbackStep> steps; // in execution order

    friend bool operator==(const RollbackPlan &, const RollbackPlan &) = default;
};

// The whole migration plan of a project. A plain value: cheap to copy for
// the sizes plans have, compared with ==, persisted by PlanStore.
struct Plan
{
    QString title;
    QString fromModel; // the model being replaced, free text ("gpt-4o")
    QString toModel;   // the model being adopted ("claude-sonnet-4")
    QString owner;
    QString notes;
    QList<Objective> objectives;
    QList<ScopeItem> scope;
    QList<Phase> phases;
    QList<Risk> risks;
    RollbackPlan rollback;

    // The next free id for any item in the plan (ids are unique plan-wide).
    qint64 nextId() const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace Cutover
