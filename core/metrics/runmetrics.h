#pragma once

#include "core/plan/plan.h"
#include "core/runs/runstore.h"
#include "core/runs/similarity.h"
#include "core/stats/bootstrap.h"
#include "core/stats/descriptive.h"
#include "core/stats/estimate.h"
#include "core/stats/hypothesis.h"
#include "core/stats/verdict.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

// Stored run results (core/runs) turned into the figures of core/stats: one
// variant against another, with intervals, paired tests, the plan's
// objectives judged, a breakdown by case tag and the answers that disagree
// most. Reads only; never writes the project.
namespace Cutover::Metrics {

// Which results are compared. Usually one run with two endpoints (baseline
// = the run's first endpoint); with two runs, each side is one endpoint of
// its own run and cells are paired by (case, repeat).
struct ComparisonSpec
{
    qint64 baselineRunId = 0;
    QString baselineEndpoint;
    qint64 candidateRunId = 0;
    QString candidateEndpoint;

    bool sameRun() const { return baselineRunId == candidateRunId; }
    friend bool operator==(const ComparisonSpec &, const ComparisonSpec &) = default;
};

// The latest run with at least two endpoints and some results (else the
// latest with two endpoints): its first endpoint (baseline) against its
// second. Without such a run, the last two runs (older one as baseline),
// first endpoint of each. ErrorKind::BadInput when the project
// has nothing to compare (fewer than two endpoints over all runs).
Result<ComparisonSpec> defaultSpec(QSqlDatabase db);

// What a person asks for (cutover-cli stats --runs A,B --baseline EP
// --candidate EP):
//   runs empty:    defaultSpec(), with the endpoints replaced where given
//   one run:       that run; the baseline as given, else its first
//                  endpoint; the candidate as given, else its first other
//   two runs:      baseline from the first, candidate from the second; each
//                  side's endpoint as given, else the run's first endpoint
// ErrorKind::BadInput, naming the run or endpoint, when a run does not
// exist, an endpoint is not in its run, or both sides are the same.
struct SpecRequest
{
    QList<qint64> runs;
    QString baselineEndpoint;
    QString candidateEndpoint;
};
Result<ComparisonSpec> resolveSpec(QSqlDatabase db, const SpecRequest &request);

// One point of the latency-over-time series.
struct LatencyPoint
{
    qint64 finishedAtMs = 0; // ms since the epoch; 0 when unknown
    double latencyMs = 0.0;
};

// The figures of one side. Rates are 0..1 (Stats::scaled(e, 100) for
// percent); latencies in milliseconds; costs in the endpoint's currency.
//   results     stored results of the endpoint in the run (cancelled included)
//   attempted   results − cancelled: the denominator of the error and
//               incomplete rates
//   judged      results with a pass/fail: answers with assertions evaluated,
//               plus errors and incomplete answers on cases that have
//               assertions (an answer that never came did not pass)
struct VariantMetrics
{
    QString endpoint;
    qint64 runId = 0;
    qint64 results = 0;
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 incomplete = 0;
    qint64 cancelled = 0;
    qint64 attempted = 0;
    qint64 judged = 0;
    qint64 passed = 0;
    qint64 fromCache = 0;

    Stats::Estimate passRate;       // Wilson, passed / judged
    Stats::Estimate errorRate;      // Wilson, errors / attempted
    Stats::Estimate incompleteRate; // Wilson, incomplete / attempted

    // Over answers with status ok (latency) and those reporting a first
    // token (ttft); percentile-bootstrap intervals, seeded (Options).
    Stats::DistributionSummary latency;
    Stats::DistributionSummary ttft;

    Stats::Estimate inputTokens;    // mean per ok answer that reported usage (t interval)
    Stats::Estimate outputTokens;   // mean per ok answer that reported usage
    Stats::Estimate costPerRequest; // mean over results with a known cost
    Stats::Estimate costPer1k;      // costPerRequest · 1000
    double totalCost = 0.0;         // sum of the known costs
    qint64 costKnown = 0;           // results with a known cost
};

// Paired figures over the cells (case, repeat) that both sides hold with a
// non-cancelled result. Changes are candidate against baseline.
struct PairedMetrics
{
    qint64 pairs = 0;

    // From the people's ratings (only when both sides are the same run:
    // ratings are per case of a run; BothBad counts as a tie). hasRatings is
    // false otherwise or when nobody rated.
    bool hasRatings = false;
    Stats::WinTieLoss ratings;
    // From the assertion scores of the same cells (errors score 0 on cases
    // with assertions), sign test.
    Stats::WinTieLoss assertions;

    Stats::PairedCounts passCounts;          // cells judged on both sides
    Stats::TestResult mcnemar;               // on passCounts
    Stats::Estimate passRateChangePoints;    // pairedProportionChange · 100
    Stats::Estimate latencyP50ChangePercent; // percentileChange, Percent
    Stats::Estimate latencyP95ChangePercent;
    Stats::Estimate latencyMeanDifferenceMs; // Welch interval, ms
    Stats::Estimate costChangePercent; // mean cost, paired bootstrap over cells with both costs
    Stats::TestResult latencyWelch;    // ok answers of each side
    Stats::TestResult latencyMannWhitney;
    Stats::EffectSizes latencyEffect;
};

// A plan objective judged against this comparison. verdict is empty when
// the objective cannot be judged; notJudgedReason says why (translated).
// The verdict's interval is in the target's unit: latencies in "ms" or
// (any other unit) seconds; rates in percent when the unit is "%" (or
// empty with |value| > 1), else as 0..1 fractions; changes against the
// baseline in percent or points as the reference says.
struct ObjectiveVerdict
{
    qint64 objectiveId = 0;
    QString title;
    Target target;
    std::optional<Stats::Verdict> verdict;
    QString notJudgedReason;
};

// Pass rate per side over the cases carrying one tag.
struct TagBreakdown
{
    QString tag;
    qint64 cases = 0; // cases with the tag that either side answered
    Stats::Estimate baselinePassRate;
    Stats::Estimate candidatePassRate;
};

// Why two answers to the same cell are shown side by side.
enum class DisagreementReason {
    PassFail = 0x1,   // one passed, the other did not
    Rating = 0x2,     // a person preferred one of them
    Similarity = 0x4, // the answers' texts differ (similarity < 0.5)
    Status = 0x8,     // one answered, the other errored / was incomplete
};

struct Disagreement
{
    qint64 caseId = 0;
    int repeat = 0;
    QString baselineText; // the answer, or the error message when it failed
    QString candidateText;
    CallStatus baselineStatus = CallStatus::Ok;
    CallStatus candidateStatus = CallStatus::Ok;
    std::optional<bool> baselinePassed;
    std::optional<bool> candidatePassed;
    std::optional<Rating> rating;
    double similarity = 1.0; // Options::similarity, 0..1
    int reasons = 0;         // DisagreementReason flags
    double weight = 0.0;     // the ranking key, larger first
};

// Translated, e.g. "pass/fail differs, rated, texts differ".
QString describeReasons(int reasons);

// The raw values behind the figures, for charts and for judging targets.
struct Samples
{
    QList<double> baselineLatencyMs; // ok answers, in (case, repeat) order
    QList<double> candidateLatencyMs;
    QList<double> baselineTtftMs;
    QList<double> candidateTtftMs;
    QList<double> baselineOutputTokens;
    QList<double> candidateOutputTokens;
    // Paired over the cells both sides hold (same length, NaN where unknown).
    QList<double> baselineCost;
    QList<double> candidateCost;
    QList<double> baselinePass; // 1 passed, 0 failed, NaN not judged
    QList<double> candidatePass;
    QList<double> baselineError; // 1 error, 0 otherwise
    QList<double> candidateError;
};

struct VariantSeries
{
    QList<LatencyPoint> latency; // ok answers, in finish order
};

struct RunComparison
{
    ComparisonSpec spec;
    VariantMetrics baseline;
    VariantMetrics candidate;
    PairedMetrics paired;
    QList<ObjectiveVerdict> verdicts; // plan objectives with a target, in plan order
    QList<TagBreakdown> byTag;        // tags in alphabetical order
    // The Options::topDisagreements largest weights, one per case (its heaviest repeat).
    QList<Disagreement> topDisagreements;
    VariantSeries baselineSeries;
    VariantSeries candidateSeries;
    Samples samples;
};

struct Options
{
    Stats::BootstrapOptions bootstrap;
    Stats::SampleMinima minima;
    int topDisagreements = 10;
    SimilarityMeasure similarity = SimilarityMeasure::Jaccard;
    // Results (and cases) read per query. RunStore pages with OFFSET, which
    // rescans the rows before each page: with 100,000 results, pages of
    // 1,000 took twice the CPU time of pages of 20,000 (bench/RESULTS.md).
    qint64 pageSize = 20000;
    // Checked between pages and between steps; when it becomes true,
    // compare() returns ErrorKind::Cancelled. May be null.
    const std::atomic_bool *cancel = nullptr;
    // Called after every page with the results read so far and the total.
    std::function<void(qint64 done, qint64 total)> progress;
};

// Reads the results of both sides in pages, the cases (for tags and whether
// they have assertions) and the ratings, and computes everything above.
// Does not write. Thread-safe for a connection used only by the calling
// thread (ProjectFile::openAdditionalConnection() for a worker).
// ErrorKind::BadInput when a run or endpoint of spec does not exist.
Result<RunComparison> compare(QSqlDatabase db, const ComparisonSpec &spec, const Plan &plan,
                              const Options &options = {});

// Judges one objective against the comparison's figures (compare() calls
// it for every objective with a target; public for tests and the Plan pane).
ObjectiveVerdict judgeObjective(const Objective &objective, const RunComparison &comparison,
                                const Options &options = {});

// {"spec", "baseline", "candidate", "paired", "verdicts", "by_tag",
//  "disagreements"}; every figure as {value, low, high, n, status,
//  confidence}, tests as {statistic, df, pValue, n, status, method}.
// Not translated (for scripts), except notJudgedReason.
QJsonObject toJson(const RunComparison &comparison);

} // namespace Cutover::Metrics
