#include "testplans.h"

using namespace Qt::StringLiterals;

namespace Cutover::TestPlans {

Plan full()
{
    Plan p;
    p.title = u"Payments bot: GPT-4o → Claude"_s;
    p.fromModel = u"gpt-4o"_s;
    p.toModel = u"claude-sonnet-4"_s;
    p.owner = u"Li Wei"_s;
    p.notes = u"Review on Friday.\n周五评审。"_s;

    p.objectives = {
            {1, u"降低30%成本"_s, u"Cut model spend"_s,
             Target{TargetMetric::CostPer1kRequests, QString(), Comparison::LessOrEqual,
                    TargetReference::BaselinePercent, -30.0, u"%"_s}},
            {2, u"提升响应速度"_s, QString(),
             Target{TargetMetric::LatencyP95, QString(), Comparison::LessOrEqual,
                    TargetReference::Absolute, 2.0, u"s"_s}},
            {3, u"Keep quality"_s, QString(),
             Target{TargetMetric::PassRate, QString(), Comparison::GreaterOrEqual,
                    TargetReference::BaselinePoints, -1.0, u"points"_s}},
            {4, u"Tone stays friendly"_s, QString(),
             Target{TargetMetric::Custom, u"tone score"_s, Comparison::GreaterOrEqual,
                    TargetReference::Absolute, 4.5, QString()}},
            {5, u"Document the change"_s, QString(), std::nullopt},
    };
    p.scope = {
            {6, ScopeKind::Component, u"API调用"_s, u"chat endpoint"_s, ScopeStatus::InProgress},
            {7, ScopeKind::Component, u"提示词模板"_s, QString(), ScopeStatus::NotStarted},
            {8, ScopeKind::Data, u"历史对话"_s, u"4 GB JSONL"_s, ScopeStatus::Blocked},
    };
    p.phases = {
            {9, u"Preparation"_s, QDate(2026, 12, 1), 14, PhaseStatus::InProgress, {}},
            {10, u"Testing"_s, QDate(2026, 12, 15), 7, PhaseStatus::Planned, {9}},
            {11, u"Deployment"_s, QDate(2026, 12, 22), 7, PhaseStatus::Planned, {10}},
    };
    p.risks = {
            {12, u"Data loss during conversion"_s, 2, 5, u"Rejects file and loss report"_s,
             u"Data team"_s},
            {13, u"服务中断"_s, 3, 4, u"Staged rollout with automatic rollback"_s, u"SRE"_s},
            {14, u"Performance regression"_s, 3, 3, QString(), QString()},
    };
    p.rollback.summary = u"Automatic rollback on failure"_s;
    p.rollback.owner = u"SRE on call"_s;
    p.rollback.triggers = {{15, u"Error rate > 2% for 5 minutes"_s},
                           {16, u"p95 latency > 3 s for 10 minutes"_s}};
    p.rollback.steps = {{17, u"Set candidate share to 0%"_s}, {18, u"Notify #payments-bot"_s}};
    return p;
}

Plan minimal()
{
    Plan p;
    p.objectives = {{1, u"Migrate"_s, QString(), std::nullopt}};
    return p;
}

} // namespace Cutover::TestPlans
