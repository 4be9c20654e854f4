#include "core/metrics/runmetrics.h"

#include "core/plan/planlabels.h"
#include "core/runs/casestore.h"
#include "core/stats/proportion.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::Metrics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Metrics)
};

constexpr double kNaN = Stats::kNaN;
// Answers are kept whole up to this length for the disagreement list.
constexpr qsizetype kMaxKeptText = 20000;

bool cancelled(const Options &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return makeError(ErrorKind::Cancelled, Tr::tr("The comparison was cancelled."));
}

struct CaseInfo
{
    QStringList tags;
    bool hasAssertions = false;
};

// Results of one run in (case, endpoint, repeat) order, read a page at a time.
class PagedReader
{
public:
    PagedReader(QSqlDatabase db, qint64 runId, qint64 pageSize)
        : m_db(std::move(db))
        , m_runId(runId)
        , m_pageSize(qMax<qint64>(pageSize, 1))
    {}

    // The next result, or nullptr at the end.
    Result<const RunResult *> peek()
    {
        if (m_pos < m_page.size())
            return &m_page[m_pos];
        if (m_end)
            return static_cast<const RunResult *>(nullptr);
        auto page = RunStore::resultsAfter(m_db, m_runId, m_last, m_pageSize);
        if (!page)
            return page.error();
        m_page = std::move(page.value());
        m_pos = 0;
        if (!m_page.isEmpty()) {
            const RunResult &last = m_page.constLast();
            m_last = CellKey{last.caseId, last.endpoint, last.repeat};
        }
        m_read += m_page.size();
        if (m_page.size() < m_pageSize)
            m_end = true;
        if (m_page.isEmpty())
            return static_cast<const RunResult *>(nullptr);
        return &m_page[0];
    }
    RunResult take() { return std::move(m_page[m_pos++]); }
    qint64 read() const { return m_read; }

private:
    QSqlDatabase m_db;
    qint64 m_runId;
    qint64 m_pageSize;
    std::optional<CellKey> m_last; // the last cell read: the next page starts after it
    qint64 m_read = 0;
    QList<RunResult> m_page;
    qsizetype m_pos = 0;
    bool m_end = false;
};

std::optional<bool> judgedPass(const RunResult &r, const CaseInfo *info)
{
    if (r.status == CallStatus::Cancelled)
        return std::nullopt;
    if (r.passed)
        return r.passed;
    if ((r.status == CallStatus::Error || r.status == CallStatus::Incomplete) && info
        && info->hasAssertions)
        return false;
    return std::nullopt;
}

double assertionScore(const RunResult &r, const CaseInfo *info)
{
    if (r.status == CallStatus::Cancelled)
        return kNaN;
    if (r.score)
        return *r.score;
    if ((r.status == CallStatus::Error || r.status == CallStatus::Incomplete) && info
        && info->hasAssertions)
        return 0.0;
    return kNaN;
}

// Everything one side needs, accumulated result by result.
struct SideAccumulator
{
    VariantMetrics metrics;
    QList<double> latency;
    QList<double> ttft;
    QList<double> inputTokens;
    QList<double> outputTokens;
    QList<double> cost;
    QList<LatencyPoint> series;

    void add(const RunResult &r, const CaseInfo *info)
    {
        VariantMetrics &m = metrics;
        ++m.results;
        switch (r.status) {
        case CallStatus::Ok:
            ++m.ok;
            break;
        case CallStatus::Error:
            ++m.errors;
            break;
        case CallStatus::Incomplete:
            ++m.incomplete;
            break;
        case CallStatus::Cancelled:
            ++m.cancelled;
            return;
        }
        if (r.fromCache)
            ++m.fromCache;
        if (const auto pass = judgedPass(r, info)) {
            ++m.judged;
            if (*pass)
                ++m.passed;
        }
        if (r.cost) {
            cost.append(*r.cost);
            m.totalCost += *r.cost;
            ++m.costKnown;
        }
        if (r.status != CallStatus::Ok)
            return;
        latency.append(double(r.latencyMs));
        series.append(LatencyPoint{r.finishedAt.isValid() ? r.finishedAt.toMSecsSinceEpoch() : 0,
                                   double(r.latencyMs)});
        if (r.ttftMs)
            ttft.append(double(*r.ttftMs));
        if (r.usage.input)
            inputTokens.append(double(*r.usage.input));
        if (r.usage.output)
            outputTokens.append(double(*r.usage.output));
    }

    void finish(const Options &options)
    {
        VariantMetrics &m = metrics;
        m.attempted = m.results - m.cancelled;
        const double confidence = options.bootstrap.confidence;
        m.passRate = Stats::wilsonInterval(m.passed, m.judged, confidence, options.minima);
        m.errorRate = Stats::wilsonInterval(m.errors, m.attempted, confidence, options.minima);
        m.incompleteRate
                = Stats::wilsonInterval(m.incomplete, m.attempted, confidence, options.minima);
        m.latency = Stats::summarize(latency, options.bootstrap, options.minima);
        m.ttft = Stats::summarize(ttft, options.bootstrap, options.minima);
        m.inputTokens = Stats::meanWithInterval(inputTokens, confidence, options.minima);
        m.outputTokens = Stats::meanWithInterval(outputTokens, confidence, options.minima);
        m.costPerRequest = Stats::meanWithInterval(cost, confidence, options.minima);
        m.costPer1k = Stats::scaled(m.costPerRequest, 1000.0);
        std::stable_sort(series.begin(), series.end(),
                         [](const LatencyPoint &a, const LatencyPoint &b) {
                             return a.finishedAtMs < b.finishedAtMs;
                         });
    }
};

struct TagAccumulator
{
    qint64 cases = 0;
    qint64 baselineJudged = 0;
    qint64 baselinePassed = 0;
    qint64 candidateJudged = 0;
    qint64 candidatePassed = 0;
};

// The largest-weight disagreements, kept sorted, at most `limit`.
class TopDisagreements
{
public:
    explicit TopDisagreements(int limit)
        : m_limit(qMax(limit, 0))
    {}

    // Whether an entry of this weight would be kept.
    bool admits(double weight) const
    {
        return m_limit > 0 && (m_list.size() < m_limit || weight > m_list.constLast().weight);
    }
    // One entry per case (its heaviest repeat): the same disagreement
    // repeated would crowd out the other cases.
    void add(Disagreement d)
    {
        if (!admits(d.weight))
            return;
        const auto same = std::find_if(m_list.begin(), m_list.end(), [&d](const Disagreement &x) {
            return x.caseId == d.caseId;
        });
        if (same != m_list.end()) {
            if (same->weight >= d.weight)
                return;
            m_list.erase(same);
        }
        const auto at
                = std::upper_bound(m_list.begin(), m_list.end(), d.weight,
                                   [](double w, const Disagreement &x) { return w > x.weight; });
        m_list.insert(at, std::move(d));
        if (m_list.size() > m_limit)
            m_list.removeLast();
    }
    QList<Disagreement> list() const { return m_list; }

private:
    int m_limit;
    QList<Disagreement> m_list;
};

QString keptText(const RunResult &r)
{
    const QString &text = r.status == CallStatus::Ok || !r.text.isEmpty() ? r.text : r.error;
    return text.size() > kMaxKeptText ? text.left(kMaxKeptText) : text;
}

Result<void> checkEndpoint(const RunInfo &run, const QString &endpoint)
{
    if (endpoint.isEmpty())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("Run %1 has no endpoint to compare.").arg(run.id));
    if (!run.endpoints.contains(endpoint))
        return makeError(ErrorKind::BadInput,
                         Tr::tr("Endpoint “%1” is not part of run %2; it ran %3.")
                                 .arg(endpoint)
                                 .arg(run.id)
                                 .arg(run.endpoints.join(u", "_s)));
    return {};
}

// The two runs of a spec, checked: both exist, each has its endpoint, and
// the two sides are not the same endpoint of the same run.
struct SpecRuns
{
    RunInfo baseline;
    RunInfo candidate;
};

Result<SpecRuns> loadSpecRuns(QSqlDatabase db, const ComparisonSpec &spec)
{
    auto baseline = RunStore::loadRun(db, spec.baselineRunId);
    if (!baseline)
        return baseline.error();
    if (auto r = checkEndpoint(baseline.value(), spec.baselineEndpoint); !r)
        return r.error();
    auto candidate = RunStore::loadRun(db, spec.candidateRunId);
    if (!candidate)
        return candidate.error();
    if (auto r = checkEndpoint(candidate.value(), spec.candidateEndpoint); !r)
        return r.error();
    if (spec.sameRun() && spec.baselineEndpoint == spec.candidateEndpoint)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("Baseline and candidate are both “%1” of run %2: choose two "
                                "different endpoints or two runs.")
                                 .arg(spec.baselineEndpoint)
                                 .arg(spec.baselineRunId));
    return SpecRuns{std::move(baseline).value(), std::move(candidate).value()};
}

double rateFactor(const Target &t)
{
    if (t.unit.trimmed() == u"%"_s)
        return 100.0;
    if (t.unit.trimmed().isEmpty() && std::abs(t.value) > 1.0)
        return 100.0;
    return 1.0;
}

double timeFactor(const Target &t)
{
    return t.unit.trimmed().compare(u"ms"_s, Qt::CaseInsensitive) == 0 ? 1.0 : 0.001;
}

} // namespace

QString describeReasons(int reasons)
{
    QStringList parts;
    if (reasons & int(DisagreementReason::PassFail))
        parts.append(Tr::tr("pass/fail differs"));
    if (reasons & int(DisagreementReason::Status))
        parts.append(Tr::tr("only one answered"));
    if (reasons & int(DisagreementReason::Rating))
        parts.append(Tr::tr("rated"));
    if (reasons & int(DisagreementReason::Similarity))
        parts.append(Tr::tr("texts differ"));
    return parts.join(Tr::tr(", "));
}

Result<ComparisonSpec> defaultSpec(QSqlDatabase db)
{
    auto runs = RunStore::listRuns(db);
    if (!runs)
        return runs.error();
    const QList<RunInfo> &all = runs.value();
    // Runs with results first; a run that never produced anything is a
    // last resort.
    for (const bool needResults : {true, false}) {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->endpoints.size() < 2)
                continue;
            if (needResults) {
                auto count = RunStore::resultCount(db, it->id);
                if (!count)
                    return count.error();
                if (count.value() == 0)
                    continue;
            }
            return ComparisonSpec{it->id, it->endpoints.at(0), it->id, it->endpoints.at(1)};
        }
    }
    QList<const RunInfo *> withEndpoints;
    for (const RunInfo &run : all) {
        if (!run.endpoints.isEmpty())
            withEndpoints.append(&run);
    }
    if (withEndpoints.size() >= 2) {
        const RunInfo *baseline = withEndpoints.at(withEndpoints.size() - 2);
        const RunInfo *candidate = withEndpoints.constLast();
        return ComparisonSpec{baseline->id, baseline->endpoints.constFirst(), candidate->id,
                              candidate->endpoints.constFirst()};
    }
    return makeError(ErrorKind::BadInput,
                     Tr::tr("The project has no run to compare: run the cases against two "
                            "endpoints first (or two runs of one endpoint each)."));
}

Result<ComparisonSpec> resolveSpec(QSqlDatabase db, const SpecRequest &request)
{
    ComparisonSpec spec;
    if (request.runs.size() > 2)
        return makeError(
                ErrorKind::BadInput,
                Tr::tr("Give at most two runs to compare, not %1.").arg(request.runs.size()));
    if (request.runs.isEmpty()) {
        auto d = defaultSpec(db);
        if (!d)
            return d.error();
        spec = d.value();
    } else if (request.runs.size() == 1) {
        auto run = RunStore::loadRun(db, request.runs.constFirst());
        if (!run)
            return run.error();
        spec.baselineRunId = spec.candidateRunId = run->id;
        spec.baselineEndpoint = request.baselineEndpoint.isEmpty() ? run->endpoints.value(0)
                                                                   : request.baselineEndpoint;
        // The candidate: as given, else the run's first other endpoint.
        for (const QString &endpoint : std::as_const(run->endpoints)) {
            if (endpoint != spec.baselineEndpoint) {
                spec.candidateEndpoint = endpoint;
                break;
            }
        }
    } else {
        auto a = RunStore::loadRun(db, request.runs.at(0));
        if (!a)
            return a.error();
        auto b = RunStore::loadRun(db, request.runs.at(1));
        if (!b)
            return b.error();
        spec = ComparisonSpec{a->id, a->endpoints.value(0), b->id, b->endpoints.value(0)};
    }
    if (!request.baselineEndpoint.isEmpty())
        spec.baselineEndpoint = request.baselineEndpoint;
    if (!request.candidateEndpoint.isEmpty())
        spec.candidateEndpoint = request.candidateEndpoint;

    if (auto runs = loadSpecRuns(db, spec); !runs)
        return runs.error();
    return spec;
}

ObjectiveVerdict judgeObjective(const Objective &objective, const RunComparison &c,
                                const Options &options)
{
    ObjectiveVerdict v;
    v.objectiveId = objective.id;
    v.title = objective.title;
    if (!objective.target) {
        v.notJudgedReason = Tr::tr("The objective has no measurable target.");
        return v;
    }
    const Target &t = *objective.target;
    v.target = t;
    const Samples &s = c.samples;
    const auto judged = [&](const Stats::Estimate &e) {
        v.verdict = Stats::judge(t, e);
        return v;
    };
    const auto notJudged = [&](const QString &why) {
        v.notJudgedReason = why;
        return v;
    };
    const auto pointsOnlyForRates = [&]() {
        return notJudged(Tr::tr("A change in points applies to rates; give the target for %1 "
                                "as an absolute value or a percent change.")
                                 .arg(PlanLabels::metricName(t)));
    };

    switch (t.metric) {
    case TargetMetric::PassRate:
    case TargetMetric::ErrorRate: {
        const bool pass = t.metric == TargetMetric::PassRate;
        switch (t.reference) {
        case TargetReference::Absolute:
            return judged(Stats::scaled(pass ? c.candidate.passRate : c.candidate.errorRate,
                                        rateFactor(t)));
        case TargetReference::BaselinePoints:
            if (pass && c.paired.passCounts.total() > 0)
                return judged(c.paired.passRateChangePoints);
            if (pass)
                return judged(Stats::scaled(
                        Stats::proportionDifference(c.baseline.passed, c.baseline.judged,
                                                    c.candidate.passed, c.candidate.judged,
                                                    options.bootstrap.confidence, options.minima),
                        100.0));
            return judged(Stats::scaled(
                    Stats::proportionDifference(c.baseline.errors, c.baseline.attempted,
                                                c.candidate.errors, c.candidate.attempted,
                                                options.bootstrap.confidence, options.minima),
                    100.0));
        case TargetReference::BaselinePercent:
            return judged(Stats::meanChange(pass ? s.baselinePass : s.baselineError,
                                            pass ? s.candidatePass : s.candidateError, true,
                                            Stats::ChangeScale::Percent, options.bootstrap,
                                            options.minima));
        }
        break;
    }
    case TargetMetric::LatencyP50:
    case TargetMetric::LatencyP95:
    case TargetMetric::LatencyP99:
    case TargetMetric::TimeToFirstTokenP95: {
        const bool ttft = t.metric == TargetMetric::TimeToFirstTokenP95;
        const double p = t.metric == TargetMetric::LatencyP50   ? 0.50
                         : t.metric == TargetMetric::LatencyP99 ? 0.99
                                                                : 0.95;
        const Stats::DistributionSummary &cand = ttft ? c.candidate.ttft : c.candidate.latency;
        switch (t.reference) {
        case TargetReference::Absolute:
            return judged(Stats::scaled(p == 0.50   ? cand.p50
                                        : p == 0.99 ? cand.p99
                                                    : cand.p95,
                                        timeFactor(t)));
        case TargetReference::BaselinePercent:
            if (!ttft && p == 0.50)
                return judged(c.paired.latencyP50ChangePercent);
            if (!ttft && p == 0.95)
                return judged(c.paired.latencyP95ChangePercent);
            return judged(Stats::percentileChange(ttft ? s.baselineTtftMs : s.baselineLatencyMs,
                                                  ttft ? s.candidateTtftMs : s.candidateLatencyMs,
                                                  p, Stats::ChangeScale::Percent, options.bootstrap,
                                                  options.minima));
        case TargetReference::BaselinePoints:
            return pointsOnlyForRates();
        }
        break;
    }
    case TargetMetric::CostPer1kRequests:
        switch (t.reference) {
        case TargetReference::Absolute:
            return judged(c.candidate.costPer1k);
        case TargetReference::BaselinePercent:
            return judged(c.paired.costChangePercent);
        case TargetReference::BaselinePoints:
            return pointsOnlyForRates();
        }
        break;
    case TargetMetric::OutputTokens:
        switch (t.reference) {
        case TargetReference::Absolute:
            return judged(c.candidate.outputTokens);
        case TargetReference::BaselinePercent:
            return judged(Stats::meanChange(s.baselineOutputTokens, s.candidateOutputTokens, false,
                                            Stats::ChangeScale::Percent, options.bootstrap,
                                            options.minima));
        case TargetReference::BaselinePoints:
            return pointsOnlyForRates();
        }
        break;
    case TargetMetric::Custom:
        return notJudged(Tr::tr("“%1” is a custom metric that Cutover does not measure; judge "
                                "it by hand.")
                                 .arg(PlanLabels::metricName(t)));
    }
    return notJudged(Tr::tr("This kind of target cannot be measured."));
}

Result<RunComparison> compare(QSqlDatabase db, const ComparisonSpec &spec, const Plan &plan,
                              const Options &options)
{
    auto runs = loadSpecRuns(db, spec);
    if (!runs)
        return runs.error();
    const RunInfo &baselineRun = runs->baseline;

    // Cases: tags and whether they have assertions.
    QHash<qint64, CaseInfo> cases;
    {
        const qint64 casePage = qMax<qint64>(options.pageSize, 1);
        for (qint64 offset = 0;; offset += casePage) {
            if (cancelled(options))
                return cancelledError();
            auto page = CaseStore::list(db, offset, casePage);
            if (!page)
                return page.error();
            for (const TestCase &tc : std::as_const(page.value()))
                cases.insert(tc.id, CaseInfo{tc.tags, !tc.assertions.isEmpty()});
            if (page->size() < casePage)
                break;
        }
    }

    // Ratings are per case of a run and name the run's first endpoint the
    // baseline: usable when both sides are that run and one side is it.
    QHash<qint64, Rating> ratings;
    bool ratingsFlipped = false;
    bool useRatings = false;
    if (spec.sameRun()) {
        const QString first = baselineRun.endpoints.value(0);
        if (spec.baselineEndpoint == first || spec.candidateEndpoint == first) {
            useRatings = true;
            ratingsFlipped = spec.candidateEndpoint == first;
            auto list = RunStore::ratings(db, spec.baselineRunId);
            if (!list)
                return list.error();
            for (const RatingEntry &e : std::as_const(list.value()))
                ratings.insert(e.caseId, e.rating);
        }
    }

    qint64 total = 0;
    {
        auto n = RunStore::resultCount(db, spec.baselineRunId);
        if (!n)
            return n.error();
        total = n.value();
        if (!spec.sameRun()) {
            auto m = RunStore::resultCount(db, spec.candidateRunId);
            if (!m)
                return m.error();
            total += m.value();
        }
    }

    RunComparison out;
    out.spec = spec;
    SideAccumulator base;
    SideAccumulator cand;
    base.metrics.endpoint = spec.baselineEndpoint;
    base.metrics.runId = spec.baselineRunId;
    cand.metrics.endpoint = spec.candidateEndpoint;
    cand.metrics.runId = spec.candidateRunId;
    Samples &samples = out.samples;
    QList<double> baseScores;
    QList<double> candScores;
    QList<bool> basePassPaired;
    QList<bool> candPassPaired;
    qint64 wins = 0, ties = 0, losses = 0;
    QMap<QString, TagAccumulator> tags;
    TopDisagreements top(options.topDisagreements);

    QList<PagedReader> readers;
    readers.append(PagedReader(db, spec.baselineRunId, options.pageSize));
    if (!spec.sameRun())
        readers.append(PagedReader(db, spec.candidateRunId, options.pageSize));

    QMap<int, RunResult> baseCell; // repeat → result, for the current case
    QMap<int, RunResult> candCell;
    qint64 lastReported = -1;
    for (;;) {
        if (cancelled(options))
            return cancelledError();
        // The smallest case id any reader is at.
        std::optional<qint64> caseId;
        for (PagedReader &reader : readers) {
            auto next = reader.peek();
            if (!next)
                return next.error();
            if (next.value() && (!caseId || next.value()->caseId < *caseId))
                caseId = next.value()->caseId;
        }
        qint64 read = 0;
        for (const PagedReader &reader : std::as_const(readers))
            read += reader.read();
        if (options.progress && read != lastReported) {
            lastReported = read;
            options.progress(read, total);
        }
        if (!caseId)
            break;

        baseCell.clear();
        candCell.clear();
        for (qsizetype i = 0; i < readers.size(); ++i) {
            PagedReader &reader = readers[i];
            for (;;) {
                auto next = reader.peek();
                if (!next)
                    return next.error();
                if (!next.value() || next.value()->caseId != *caseId)
                    break;
                RunResult r = reader.take();
                if (i == 0 && r.endpoint == spec.baselineEndpoint)
                    baseCell.insert(r.repeat, std::move(r));
                else if ((i == 1 || spec.sameRun()) && r.endpoint == spec.candidateEndpoint)
                    candCell.insert(r.repeat, std::move(r));
            }
        }
        if (baseCell.isEmpty() && candCell.isEmpty())
            continue;

        const auto caseIt = cases.constFind(*caseId);
        const CaseInfo *info = caseIt == cases.cend() ? nullptr : &caseIt.value();
        QVarLengthArray<TagAccumulator *, 8> tagAcc;
        if (info) {
            for (const QString &tag : info->tags) {
                TagAccumulator &acc = tags[tag];
                ++acc.cases;
                tagAcc.append(&acc);
            }
        }
        for (const RunResult &r : std::as_const(baseCell)) {
            base.add(r, info);
            if (const auto pass = judgedPass(r, info)) {
                for (TagAccumulator *acc : std::as_const(tagAcc)) {
                    ++acc->baselineJudged;
                    acc->baselinePassed += *pass ? 1 : 0;
                }
            }
        }
        for (const RunResult &r : std::as_const(candCell)) {
            cand.add(r, info);
            if (const auto pass = judgedPass(r, info)) {
                for (TagAccumulator *acc : std::as_const(tagAcc)) {
                    ++acc->candidateJudged;
                    acc->candidatePassed += *pass ? 1 : 0;
                }
            }
        }

        // Pairs: the same repeat on both sides, neither cancelled.
        std::optional<Rating> rating;
        if (useRatings) {
            const auto it = ratings.constFind(*caseId);
            if (it != ratings.cend())
                rating = it.value();
        }
        bool casePaired = false;
        for (auto b = baseCell.cbegin(); b != baseCell.cend(); ++b) {
            const auto c = candCell.constFind(b.key());
            if (c == candCell.cend())
                continue;
            const RunResult &rb = b.value();
            const RunResult &rc = c.value();
            if (rb.status == CallStatus::Cancelled || rc.status == CallStatus::Cancelled)
                continue;
            casePaired = true;
            ++out.paired.pairs;
            const std::optional<bool> pb = judgedPass(rb, info);
            const std::optional<bool> pc = judgedPass(rc, info);
            samples.baselinePass.append(pb ? double(*pb) : kNaN);
            samples.candidatePass.append(pc ? double(*pc) : kNaN);
            samples.baselineError.append(rb.status == CallStatus::Error ? 1.0 : 0.0);
            samples.candidateError.append(rc.status == CallStatus::Error ? 1.0 : 0.0);
            samples.baselineCost.append(rb.cost ? *rb.cost : kNaN);
            samples.candidateCost.append(rc.cost ? *rc.cost : kNaN);
            baseScores.append(assertionScore(rb, info));
            candScores.append(assertionScore(rc, info));
            if (pb && pc) {
                basePassPaired.append(*pb);
                candPassPaired.append(*pc);
            }

            // Disagreement of this cell.
            int reasons = 0;
            double weight = 0.0;
            if (pb && pc && *pb != *pc) {
                reasons |= int(DisagreementReason::PassFail);
                weight += 4.0;
            }
            const bool bothOk = rb.status == CallStatus::Ok && rc.status == CallStatus::Ok;
            if ((rb.status == CallStatus::Ok) != (rc.status == CallStatus::Ok)) {
                reasons |= int(DisagreementReason::Status);
                weight += 3.0;
            }
            const bool decisiveRating
                    = rating
                      && (*rating == Rating::BaselineBetter || *rating == Rating::CandidateBetter);
            if (decisiveRating) {
                reasons |= int(DisagreementReason::Rating);
                weight += 2.0;
            }
            // Similarity adds at most 1: skip computing it when even that
            // would not get the cell into the list.
            if (!top.admits(weight + (bothOk ? 1.0 : 0.0)))
                continue;
            double similarity = 0.0;
            if (bothOk) {
                similarity = Similarity::measure(options.similarity, rb.text, rc.text);
                weight += 1.0 - similarity;
                if (similarity < 0.5)
                    reasons |= int(DisagreementReason::Similarity);
            }
            if (reasons == 0)
                continue;
            Disagreement d;
            d.caseId = *caseId;
            d.repeat = b.key();
            d.baselineText = keptText(rb);
            d.candidateText = keptText(rc);
            d.baselineStatus = rb.status;
            d.candidateStatus = rc.status;
            d.baselinePassed = pb;
            d.candidatePassed = pc;
            d.rating = rating;
            d.similarity = similarity;
            d.reasons = reasons;
            d.weight = weight;
            top.add(std::move(d));
        }
        if (casePaired && rating) {
            switch (*rating) {
            case Rating::CandidateBetter:
                ++(ratingsFlipped ? losses : wins);
                break;
            case Rating::BaselineBetter:
                ++(ratingsFlipped ? wins : losses);
                break;
            case Rating::Tie:
            case Rating::BothBad:
                ++ties;
                break;
            }
        }
    }

    if (cancelled(options))
        return cancelledError();
    base.finish(options);
    cand.finish(options);
    out.baseline = base.metrics;
    out.candidate = cand.metrics;
    out.baselineSeries.latency = std::move(base.series);
    out.candidateSeries.latency = std::move(cand.series);
    samples.baselineLatencyMs = std::move(base.latency);
    samples.candidateLatencyMs = std::move(cand.latency);
    samples.baselineTtftMs = std::move(base.ttft);
    samples.candidateTtftMs = std::move(cand.ttft);
    samples.baselineOutputTokens = std::move(base.outputTokens);
    samples.candidateOutputTokens = std::move(cand.outputTokens);

    PairedMetrics &p = out.paired;
    p.hasRatings = useRatings && (wins + ties + losses) > 0;
    p.ratings = Stats::signTest(wins, ties, losses, options.minima);
    p.assertions = Stats::winTieLoss(baseScores, candScores, options.minima);
    p.passCounts = Stats::pairCounts(basePassPaired, candPassPaired);
    p.mcnemar = Stats::mcnemar(p.passCounts, options.minima);
    p.passRateChangePoints = Stats::scaled(
            Stats::pairedProportionChange(p.passCounts, options.bootstrap, options.minima), 100.0);
    if (cancelled(options))
        return cancelledError();
    p.latencyP50ChangePercent = Stats::percentileChange(
            samples.baselineLatencyMs, samples.candidateLatencyMs, 0.50,
            Stats::ChangeScale::Percent, options.bootstrap, options.minima);
    p.latencyP95ChangePercent = Stats::percentileChange(
            samples.baselineLatencyMs, samples.candidateLatencyMs, 0.95,
            Stats::ChangeScale::Percent, options.bootstrap, options.minima);
    p.latencyMeanDifferenceMs
            = Stats::welchDifference(samples.baselineLatencyMs, samples.candidateLatencyMs,
                                     options.bootstrap.confidence, options.minima);
    if (cancelled(options))
        return cancelledError();
    p.costChangePercent
            = Stats::meanChange(samples.baselineCost, samples.candidateCost, true,
                                Stats::ChangeScale::Percent, options.bootstrap, options.minima);
    p.latencyWelch = Stats::welchTest(samples.baselineLatencyMs, samples.candidateLatencyMs,
                                      options.minima);
    p.latencyMannWhitney = Stats::mannWhitney(samples.baselineLatencyMs, samples.candidateLatencyMs,
                                              options.minima);
    p.latencyEffect = Stats::effectSizes(samples.baselineLatencyMs, samples.candidateLatencyMs);

    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        const TagAccumulator &a = it.value();
        out.byTag.append(
                TagBreakdown{it.key(), a.cases,
                             Stats::wilsonInterval(a.baselinePassed, a.baselineJudged,
                                                   options.bootstrap.confidence, options.minima),
                             Stats::wilsonInterval(a.candidatePassed, a.candidateJudged,
                                                   options.bootstrap.confidence, options.minima)});
    }
    out.topDisagreements = top.list();

    for (const Objective &objective : plan.objectives) {
        if (!objective.target)
            continue;
        if (cancelled(options))
            return cancelledError();
        out.verdicts.append(judgeObjective(objective, out, options));
    }
    return out;
}

} // namespace Cutover::Metrics
