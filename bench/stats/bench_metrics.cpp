// Metrics::compare on stored results: N cells × 2 endpoints written with
// RunStore into a temporary project, then timed end to end (read in pages,
// pair, every figure, paired tests, verdicts, tags, disagreements) against
// the same statistics computed by core/stats alone on the in-memory samples,
// and against only reading the rows. Medians over the repeats.
//
//   bench_metrics [--cells N] [--repeats R] [--page P] [--keep file.cutover]

#include "core/metrics/runmetrics.h"
#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"
#include "core/stats/proportion.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>
#include <vector>

using namespace Cutover;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process (all threads), in ms: less sensitive than
// wall time to other programs on a busy machine.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

bool check(const Result<void> &r)
{
    if (!r)
        std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(r.error().message));
    return r.ok();
}

const char *const kWords[]
        = {"the",     "refund", "order",  "account", "was",    "is",      "shipped", "your",
           "we",      "can",    "not",    "help",    "please", "contact", "support", "invoice",
           "billing", "today",  "within", "days",    "thank",  "you",     "for",     "waiting"};

QString sentence(std::mt19937_64 &engine, int words)
{
    std::uniform_int_distribution<int> pick(0, int(std::size(kWords)) - 1);
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += QLatin1StringView(kWords[pick(engine)]);
    }
    return s;
}

RunResult generated(std::mt19937_64 &engine, qint64 run, qint64 caseId, const QString &endpoint,
                    double latencyScale, double passRate, double costPerToken,
                    const QDateTime &start, qint64 index)
{
    std::lognormal_distribution<double> latency(std::log(latencyScale), 0.45);
    std::poisson_distribution<int> tokens(220);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    RunResult r;
    r.runId = run;
    r.caseId = caseId;
    r.endpoint = endpoint;
    r.repeat = 0;
    const double u = unit(engine);
    r.status = u < 0.01 ? CallStatus::Error : u < 0.015 ? CallStatus::Incomplete : CallStatus::Ok;
    r.latencyMs = qint64(latency(engine));
    r.attempts = 1;
    r.finishedAt = start.addMSecs(index * 40 + r.latencyMs);
    if (r.status == CallStatus::Error) {
        r.error = QStringLiteral("HTTP 500");
        return r;
    }
    r.ttftMs = r.latencyMs / 5;
    r.text = sentence(engine, 30);
    r.finishReason = QStringLiteral("stop");
    r.usage.input = 400;
    r.usage.output = tokens(engine);
    r.cost = 400 * costPerToken * 0.5 + double(*r.usage.output) * costPerToken;
    if (r.status == CallStatus::Ok) {
        const bool passed = unit(engine) < passRate;
        r.passed = passed;
        r.score = passed ? 1.0 : 0.0;
        r.assertions = QJsonArray{
                QJsonObject{{QStringLiteral("status"),
                             passed ? QStringLiteral("passed") : QStringLiteral("failed")},
                            {QStringLiteral("reason"), QString()},
                            {QStringLiteral("weight"), 1.0}}};
    }
    return r;
}

Plan benchPlan()
{
    Plan plan;
    const auto objective = [](qint64 id, Target t) {
        Objective o;
        o.id = id;
        o.title = QStringLiteral("objective %1").arg(id);
        o.target = t;
        return o;
    };
    plan.objectives = {
            objective(1, Target{TargetMetric::CostPer1kRequests,
                                {},
                                Comparison::LessOrEqual,
                                TargetReference::BaselinePercent,
                                -30,
                                QStringLiteral("%")}),
            objective(2, Target{TargetMetric::LatencyP95,
                                {},
                                Comparison::LessOrEqual,
                                TargetReference::Absolute,
                                3,
                                QStringLiteral("s")}),
            objective(3, Target{TargetMetric::PassRate,
                                {},
                                Comparison::GreaterOrEqual,
                                TargetReference::BaselinePoints,
                                -1,
                                QStringLiteral("points")}),
            objective(4, Target{TargetMetric::LatencyP99,
                                {},
                                Comparison::LessOrEqual,
                                TargetReference::BaselinePercent,
                                0,
                                QStringLiteral("%")}),
    };
    return plan;
}

volatile double g_sink = 0;

void sink(const Stats::Estimate &e)
{
    g_sink = g_sink + e.low + e.high;
}

// What compare() computes after reading, from the samples alone.
void statsOnly(const Metrics::RunComparison &c, const Plan &plan)
{
    const Metrics::Samples &s = c.samples;
    for (const Metrics::VariantMetrics *v : {&c.baseline, &c.candidate}) {
        sink(Stats::wilsonInterval(v->passed, v->judged));
        sink(Stats::wilsonInterval(v->errors, v->attempted));
        sink(Stats::wilsonInterval(v->incomplete, v->attempted));
    }
    sink(Stats::summarize(s.baselineLatencyMs).p99);
    sink(Stats::summarize(s.candidateLatencyMs).p99);
    sink(Stats::summarize(s.baselineTtftMs).p99);
    sink(Stats::summarize(s.candidateTtftMs).p99);
    sink(Stats::meanWithInterval(s.baselineOutputTokens));
    sink(Stats::meanWithInterval(s.candidateOutputTokens));
    sink(Stats::meanWithInterval(s.baselineCost));
    sink(Stats::meanWithInterval(s.candidateCost));
    // Paired.
    std::vector<double> bScore(size_t(s.baselinePass.size()));
    std::copy(s.baselinePass.cbegin(), s.baselinePass.cend(), bScore.begin());
    std::vector<double> cScore(size_t(s.candidatePass.size()));
    std::copy(s.candidatePass.cbegin(), s.candidatePass.cend(), cScore.begin());
    g_sink = g_sink + Stats::winTieLoss(bScore, cScore).signTest.pValue;
    g_sink = g_sink + Stats::mcnemar(c.paired.passCounts).pValue;
    sink(Stats::pairedProportionChange(c.paired.passCounts));
    sink(Stats::percentileChange(s.baselineLatencyMs, s.candidateLatencyMs, 0.5,
                                 Stats::ChangeScale::Percent));
    sink(Stats::percentileChange(s.baselineLatencyMs, s.candidateLatencyMs, 0.95,
                                 Stats::ChangeScale::Percent));
    sink(Stats::welchDifference(s.baselineLatencyMs, s.candidateLatencyMs));
    sink(Stats::meanChange(s.baselineCost, s.candidateCost, true, Stats::ChangeScale::Percent));
    g_sink = g_sink + Stats::welchTest(s.baselineLatencyMs, s.candidateLatencyMs).pValue;
    g_sink = g_sink + Stats::mannWhitney(s.baselineLatencyMs, s.candidateLatencyMs).pValue;
    g_sink = g_sink + Stats::effectSizes(s.baselineLatencyMs, s.candidateLatencyMs).hedgesG;
    for (const Objective &o : plan.objectives)
        g_sink = g_sink + double(Metrics::judgeObjective(o, c).verdict.has_value());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int cells = 50000;
    int repeats = 5;
    qint64 page = Metrics::Options().pageSize;
    QString keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--cells"))
            cells = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--repeats"))
            repeats = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--page"))
            page = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--keep"))
            keep = QString::fromLocal8Bit(argv[i + 1]);
    }

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.cutover")) : keep;
    ProjectOpenOptions createOptions;
    createOptions.overwrite = true;
    auto created = ProjectFile::create(path, createOptions);
    if (!created) {
        std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(created.error().message));
        return 1;
    }
    QSqlDatabase db = created.value()->database();
    const Plan plan = benchPlan();
    if (!check(PlanStore::save(db, plan)))
        return 1;

    QElapsedTimer writeTimer;
    writeTimer.start();
    constexpr int kChunk = 5000;
    QList<qint64> caseIds;
    for (int from = 0; from < cells; from += kChunk) {
        QList<TestCase> chunk;
        for (int i = from; i < qMin(cells, from + kChunk); ++i) {
            TestCase c;
            c.variables.insert(QStringLiteral("q"), QStringLiteral("question %1").arg(i));
            c.tags = {QStringLiteral("tag-%1").arg(i % 8)};
            c.assertions = {Assertion::contains({QStringLiteral("refund")}, ContainsMode::All)};
            chunk.append(c);
        }
        auto ids = CaseStore::add(db, chunk);
        if (!ids) {
            std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(ids.error().message));
            return 1;
        }
        caseIds += ids.value();
    }
    RunInfo info;
    info.promptName = QStringLiteral("bench");
    info.promptVersion = 1;
    info.endpoints = {QStringLiteral("base"), QStringLiteral("cand")};
    info.status = RunStatus::Done;
    info.createdAt = QDateTime::currentDateTimeUtc();
    auto run = RunStore::createRun(db, info);
    if (!run) {
        std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(run.error().message));
        return 1;
    }
    std::mt19937_64 engine(20261129);
    const QDateTime start = info.createdAt;
    for (int from = 0; from < cells; from += kChunk) {
        QList<RunResult> chunk;
        for (int i = from; i < qMin(cells, from + kChunk); ++i) {
            chunk.append(generated(engine, run.value(), caseIds.at(i), QStringLiteral("base"), 1600,
                                   0.86, 2e-5, start, i));
            chunk.append(generated(engine, run.value(), caseIds.at(i), QStringLiteral("cand"), 1200,
                                   0.85, 1.2e-5, start, i));
        }
        if (!check(RunStore::storeResults(db, chunk)))
            return 1;
    }
    const double writeMs = msSince(writeTimer);

    const Metrics::ComparisonSpec spec{run.value(), QStringLiteral("base"), run.value(),
                                       QStringLiteral("cand")};
    Metrics::Options options;
    options.pageSize = page;
    std::vector<double> compareMs, statsMs, readMs;
    std::vector<double> compareCpu, statsCpu, readCpu;
    Metrics::RunComparison last;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        double cpu = cpuMs();
        qint64 rows = 0;
        for (qint64 offset = 0;; offset += page) {
            auto chunk = RunStore::results(db, run.value(), offset, page);
            if (!chunk)
                return 1;
            rows += chunk->size();
            if (chunk->size() < page)
                break;
        }
        for (qint64 offset = 0;; offset += page) {
            auto chunk = CaseStore::list(db, offset, page);
            if (!chunk)
                return 1;
            if (chunk->size() < page)
                break;
        }
        readMs.push_back(msSince(t));
        readCpu.push_back(cpuMs() - cpu);
        g_sink = g_sink + double(rows);

        t.restart();
        cpu = cpuMs();
        auto c = Metrics::compare(db, spec, plan, options);
        compareMs.push_back(msSince(t));
        compareCpu.push_back(cpuMs() - cpu);
        if (!c) {
            std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(c.error().message));
            return 1;
        }
        last = std::move(c).value();

        t.restart();
        cpu = cpuMs();
        statsOnly(last, plan);
        statsMs.push_back(msSince(t));
        statsCpu.push_back(cpuMs() - cpu);
    }

    std::printf("cells %d x 2 endpoints = %lld results, page %lld, repeats %d\n", cells,
                static_cast<long long>(last.baseline.results + last.candidate.results),
                static_cast<long long>(page), repeats);
    std::printf("writing the project (cases + results, RunStore) %10.1f ms (once)\n", writeMs);
    std::printf("                                                 wall ms     CPU ms (medians)\n");
    std::printf("read only (RunStore::results + CaseStore::list) %10.1f %10.1f\n", median(readMs),
                median(readCpu));
    std::printf("core/stats only, on the in-memory samples       %10.1f %10.1f\n", median(statsMs),
                median(statsCpu));
    std::printf("Metrics::compare end to end                     %10.1f %10.1f\n",
                median(compareMs), median(compareCpu));
    std::printf("  runs:");
    for (double ms : compareMs)
        std::printf(" %.0f", ms);
    std::printf("\npairs %lld, disagreements %lld, verdicts %lld\n",
                static_cast<long long>(last.paired.pairs),
                static_cast<long long>(last.topDisagreements.size()),
                static_cast<long long>(last.verdicts.size()));
    if (!keep.isEmpty())
        (void) created.value()->close();
    return g_sink == 12345.678 ? 2 : 0;
}
