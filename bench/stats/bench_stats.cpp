// Recomputing every statistic of core/stats for N results of two variants
// over the same cases (paired): per-variant rates, latency and time-to-first-
// token summaries with bootstrap intervals, tokens and cost; paired tests,
// changes against the baseline, SRM and verdicts. Prints the median time of
// each part over the repeats.
//
//   bench_stats [--results N] [--repeats R] [--resamples B] [--threads T]

#include "core/plan/plan.h"
#include "core/stats/bootstrap.h"
#include "core/stats/descriptive.h"
#include "core/stats/hypothesis.h"
#include "core/stats/proportion.h"
#include "core/stats/verdict.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace Cutover;
using namespace Cutover::Stats;

namespace {

struct Variant
{
    std::vector<double> latency; // s
    std::vector<double> ttft;    // s
    std::vector<double> tokens;
    std::vector<double> cost; // USD per request
    std::vector<double> rating;
    std::vector<bool> passed;
    qint64 errors = 0;
    qint64 incomplete = 0;
};

Variant generate(int n, quint64 seed, double latencyScale, double passRate, double costPerToken)
{
    std::mt19937_64 engine(seed);
    std::lognormal_distribution<double> latency(std::log(latencyScale), 0.45);
    std::lognormal_distribution<double> ttft(std::log(latencyScale * 0.2), 0.3);
    std::poisson_distribution<int> tokens(220);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> rating(1, 5);
    Variant v;
    v.latency.resize(size_t(n));
    v.ttft.resize(size_t(n));
    v.tokens.resize(size_t(n));
    v.cost.resize(size_t(n));
    v.rating.resize(size_t(n));
    v.passed.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        v.latency[size_t(i)] = latency(engine);
        v.ttft[size_t(i)] = ttft(engine);
        v.tokens[size_t(i)] = tokens(engine);
        v.cost[size_t(i)] = v.tokens[size_t(i)] * costPerToken;
        v.rating[size_t(i)] = rating(engine);
        v.passed[size_t(i)] = unit(engine) < passRate;
        v.errors += unit(engine) < 0.01;
        v.incomplete += unit(engine) < 0.005;
    }
    return v;
}

struct Part
{
    const char *name;
    std::function<void()> run;
    std::vector<double> ms;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

volatile double g_sink = 0; // keeps results alive

void sink(const Estimate &e)
{
    g_sink = g_sink + e.low + e.high;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    int repeats = 7;
    BootstrapOptions options;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--results"))
            n = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--repeats"))
            repeats = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--resamples"))
            options.resamples = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            QThreadPool::globalInstance()->setMaxThreadCount(std::atoi(argv[i + 1]));
    }

    const Variant base = generate(n, 1, 1.6, 0.86, 2e-5);
    const Variant cand = generate(n, 2, 1.2, 0.85, 1.2e-5);
    // std::vector<bool> has no contiguous storage: copy to plain bools once.
    const auto bools = [](const std::vector<bool> &v) {
        std::unique_ptr<bool[]> out(new bool[v.size()]);
        std::copy(v.begin(), v.end(), out.get());
        return out;
    };
    const auto basePassed = bools(base.passed);
    const auto candPassed = bools(cand.passed);
    const std::span<const bool> bp(basePassed.get(), size_t(n));
    const std::span<const bool> cp(candPassed.get(), size_t(n));

    std::vector<Part> parts;
    parts.push_back({"rates (pass, error, incomplete; Wilson) x2", [&] {
                         for (const Variant *v : {&base, &cand}) {
                             const auto passes
                                     = std::count(v->passed.begin(), v->passed.end(), true);
                             sink(wilsonInterval(passes, n));
                             sink(wilsonInterval(v->errors, n));
                             sink(wilsonInterval(v->incomplete, n));
                         }
                     }});
    parts.push_back({"latency + TTFT: mean t, p50/p90/p95/p99 bootstrap x2", [&] {
                         for (const Variant *v : {&base, &cand}) {
                             const DistributionSummary l = summarize(v->latency, options);
                             const DistributionSummary t = summarize(v->ttft, options);
                             sink(l.p99);
                             sink(t.p99);
                         }
                     }});
    parts.push_back({"tokens, cost per request and per 1k (mean t) x2", [&] {
                         for (const Variant *v : {&base, &cand}) {
                             sink(meanWithInterval(v->tokens));
                             sink(scaled(meanWithInterval(v->cost), 1000.0));
                         }
                     }});
    parts.push_back(
            {"paired pass/fail: McNemar + bootstrap change (points)", [&] {
                 const PairedCounts counts = pairCounts(bp, cp);
                 g_sink = g_sink + mcnemar(counts).pValue;
                 sink(scaled(pairedProportionChange(counts, options), 100.0));
                 sink(scaled(proportionDifference(
                                     std::count(base.passed.begin(), base.passed.end(), true), n,
                                     std::count(cand.passed.begin(), cand.passed.end(), true), n),
                             100.0));
             }});
    parts.push_back({"win/tie/loss from ratings + sign test", [&] {
                         g_sink = g_sink + winTieLoss(base.rating, cand.rating).signTest.pValue;
                     }});
    parts.push_back({"latency: Welch test + interval, Mann-Whitney, effect sizes", [&] {
                         g_sink = g_sink + welchTest(base.latency, cand.latency).pValue;
                         sink(welchDifference(base.latency, cand.latency));
                         g_sink = g_sink + mannWhitney(base.latency, cand.latency).pValue;
                         g_sink = g_sink + effectSizes(base.latency, cand.latency).hedgesG;
                     }});
    parts.push_back({"p95 latency change % (bootstrap, unpaired)", [&] {
                         sink(percentileChange(base.latency, cand.latency, 0.95,
                                               ChangeScale::Percent, options));
                     }});
    parts.push_back(
            {"cost per request change % (bootstrap, paired, O(n) per resample)", [&] {
                 sink(meanChange(base.cost, cand.cost, true, ChangeScale::Percent, options));
             }});
    parts.push_back({"SRM + 3 verdicts", [&] {
                         const qint64 observed[] = {n, n};
                         const double weights[] = {1, 1};
                         g_sink = g_sink + sampleRatioMismatch(observed, weights).test.pValue;
                         Target p95{TargetMetric::LatencyP95,  {},  Comparison::LessOrEqual,
                                    TargetReference::Absolute, 2.5, QStringLiteral("s")};
                         const Estimate e{2.4, 2.3, 2.45, n, EstimateStatus::Ok, 0.95};
                         for (int i = 0; i < 3; ++i)
                             g_sink = g_sink + double(judge(p95, e).outcome);
                     }});

    std::vector<double> totals;
    for (int r = 0; r < repeats; ++r) {
        double total = 0;
        for (Part &part : parts) {
            QElapsedTimer timer;
            timer.start();
            part.run();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            part.ms.push_back(ms);
            total += ms;
        }
        totals.push_back(total);
    }
    std::printf("results per variant: %d (paired), repeats: %d, bootstrap resamples: %d, "
                "threads: %d\n\n",
                n, repeats, options.resamples, QThreadPool::globalInstance()->maxThreadCount());
    std::printf("| part | median ms | min ms | max ms |\n|---|---|---|---|\n");
    for (const Part &part : parts) {
        std::printf("| %s | %.2f | %.2f | %.2f |\n", part.name, median(part.ms),
                    *std::min_element(part.ms.begin(), part.ms.end()),
                    *std::max_element(part.ms.begin(), part.ms.end()));
    }
    std::printf("| **all statistics** | **%.1f** | %.1f | %.1f |\n", median(totals),
                *std::min_element(totals.begin(), totals.end()),
                *std::max_element(totals.begin(), totals.end()));
    return 0;
}
