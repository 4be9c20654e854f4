#include "core/metrics/runmetrics.h"
#include "core/plan/planlabels.h"

#include <QJsonArray>

#include <cmath>

// Comparisons as JSON (`cutover-cli stats --json`): every figure as
// {value, low, high, n, status, confidence}, NaN written as null.
using namespace Qt::StringLiterals;

namespace Cutover::Metrics {
namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Stats::DistributionSummary &s)
{
    return QJsonObject{{u"mean"_s, Stats::toJson(s.mean)},
                       {u"p50"_s, Stats::toJson(s.p50)},
                       {u"p90"_s, Stats::toJson(s.p90)},
                       {u"p95"_s, Stats::toJson(s.p95)},
                       {u"p99"_s, Stats::toJson(s.p99)}};
}

QJsonObject toJson(const Stats::WinTieLoss &w)
{
    return QJsonObject{{u"wins"_s, w.wins},
                       {u"ties"_s, w.ties},
                       {u"losses"_s, w.losses},
                       {u"sign_test"_s, Stats::toJson(w.signTest)}};
}

QJsonObject toJson(const VariantMetrics &m)
{
    return QJsonObject{
            {u"endpoint"_s, m.endpoint},
            {u"run"_s, m.runId},
            {u"results"_s, m.results},
            {u"ok"_s, m.ok},
            {u"errors"_s, m.errors},
            {u"incomplete"_s, m.incomplete},
            {u"cancelled"_s, m.cancelled},
            {u"attempted"_s, m.attempted},
            {u"judged"_s, m.judged},
            {u"passed"_s, m.passed},
            {u"from_cache"_s, m.fromCache},
            {u"pass_rate"_s, Stats::toJson(m.passRate)},
            {u"error_rate"_s, Stats::toJson(m.errorRate)},
            {u"incomplete_rate"_s, Stats::toJson(m.incompleteRate)},
            {u"latency_ms"_s, toJson(m.latency)},
            {u"ttft_ms"_s, toJson(m.ttft)},
            {u"input_tokens"_s, Stats::toJson(m.inputTokens)},
            {u"output_tokens"_s, Stats::toJson(m.outputTokens)},
            {u"cost_per_request"_s, Stats::toJson(m.costPerRequest)},
            {u"cost_per_1k_requests"_s, Stats::toJson(m.costPer1k)},
            {u"total_cost"_s, number(m.totalCost)},
            {u"cost_known"_s, m.costKnown},
    };
}

QJsonObject toJson(const PairedMetrics &p)
{
    const Stats::PairedCounts &c = p.passCounts;
    QJsonObject o{
            {u"pairs"_s, p.pairs},
            {u"assertions"_s, toJson(p.assertions)},
            {u"pass_counts"_s, QJsonObject{{u"both_pass"_s, c.bothPass},
                                           {u"baseline_only"_s, c.baselineOnly},
                                           {u"candidate_only"_s, c.candidateOnly},
                                           {u"both_fail"_s, c.bothFail}}},
            {u"mcnemar"_s, Stats::toJson(p.mcnemar)},
            {u"pass_rate_change_points"_s, Stats::toJson(p.passRateChangePoints)},
            {u"latency_p50_change_percent"_s, Stats::toJson(p.latencyP50ChangePercent)},
            {u"latency_p95_change_percent"_s, Stats::toJson(p.latencyP95ChangePercent)},
            {u"latency_mean_difference_ms"_s, Stats::toJson(p.latencyMeanDifferenceMs)},
            {u"cost_change_percent"_s, Stats::toJson(p.costChangePercent)},
            {u"latency_welch"_s, Stats::toJson(p.latencyWelch)},
            {u"latency_mann_whitney"_s, Stats::toJson(p.latencyMannWhitney)},
            {u"latency_effect_sizes"_s,
             QJsonObject{{u"cohens_d"_s, number(p.latencyEffect.cohensD)},
                         {u"hedges_g"_s, number(p.latencyEffect.hedgesG)},
                         {u"rank_biserial"_s, number(p.latencyEffect.rankBiserial)}}},
    };
    o.insert(u"ratings"_s, p.hasRatings ? QJsonValue(toJson(p.ratings)) : QJsonValue());
    return o;
}

QString reasonKeys(int reasons)
{
    QStringList keys;
    if (reasons & int(DisagreementReason::PassFail))
        keys.append(u"pass-fail"_s);
    if (reasons & int(DisagreementReason::Status))
        keys.append(u"status"_s);
    if (reasons & int(DisagreementReason::Rating))
        keys.append(u"rating"_s);
    if (reasons & int(DisagreementReason::Similarity))
        keys.append(u"similarity"_s);
    return keys.join(u',');
}

QJsonValue optionalBool(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue();
}

} // namespace

QJsonObject toJson(const RunComparison &c)
{
    QJsonArray verdicts;
    for (const ObjectiveVerdict &v : c.verdicts) {
        QJsonObject o{{u"objective"_s, v.objectiveId},
                      {u"title"_s, v.title},
                      {u"target"_s, PlanLabels::describe(v.target)}};
        if (v.verdict) {
            o.insert(u"verdict"_s, Stats::verdictKey(v.verdict->outcome));
            o.insert(u"interval"_s, Stats::toJson(v.verdict->interval));
        } else {
            o.insert(u"verdict"_s, u"not-judged"_s);
            o.insert(u"reason"_s, v.notJudgedReason);
        }
        verdicts.append(o);
    }
    QJsonArray byTag;
    for (const TagBreakdown &t : c.byTag)
        byTag.append(QJsonObject{{u"tag"_s, t.tag},
                                 {u"cases"_s, t.cases},
                                 {u"baseline_pass_rate"_s, Stats::toJson(t.baselinePassRate)},
                                 {u"candidate_pass_rate"_s, Stats::toJson(t.candidatePassRate)}});
    QJsonArray disagreements;
    for (const Disagreement &d : c.topDisagreements)
        disagreements.append(QJsonObject{
                {u"case"_s, d.caseId},
                {u"repeat"_s, d.repeat},
                {u"reasons"_s, reasonKeys(d.reasons)},
                {u"similarity"_s, number(d.similarity)},
                {u"baseline_status"_s, callStatusKey(d.baselineStatus)},
                {u"candidate_status"_s, callStatusKey(d.candidateStatus)},
                {u"baseline_passed"_s, optionalBool(d.baselinePassed)},
                {u"candidate_passed"_s, optionalBool(d.candidatePassed)},
                {u"rating"_s, d.rating ? QJsonValue(ratingKey(*d.rating)) : QJsonValue()},
                {u"baseline_text"_s, d.baselineText},
                {u"candidate_text"_s, d.candidateText},
        });
    return QJsonObject{
            {u"spec"_s, QJsonObject{{u"baseline_run"_s, c.spec.baselineRunId},
                                    {u"baseline_endpoint"_s, c.spec.baselineEndpoint},
                                    {u"candidate_run"_s, c.spec.candidateRunId},
                                    {u"candidate_endpoint"_s, c.spec.candidateEndpoint}}},
            {u"baseline"_s, toJson(c.baseline)},
            {u"candidate"_s, toJson(c.candidate)},
            {u"paired"_s, toJson(c.paired)},
            {u"verdicts"_s, verdicts},
            {u"by_tag"_s, byTag},
            {u"disagreements"_s, disagreements},
    };
}

} // namespace Cutover::Metrics
