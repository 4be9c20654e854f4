// Chart update time with many points: the Metrics pane's latency-over-time
// chart given 100,000 results (two variants), decimated before drawing
// (pixel occupancy, as shipped; min/max per pixel column) against drawing
// the raw series, and the latency histogram (binning). Each update is setData() with new data plus
// a synchronous paint of the chart (QWidget::grab), timed together; the
// median of several updates in one process. Offscreen, no GPU.
//
//   bench_charts [--points N] [--runs R] [--screenshots DIR] [--pane]
// Figures, command and machine: bench/RESULTS.md.

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"
#include "ui/metrics/latencyhistogramchart.h"
#include "ui/metrics/latencytimelinechart.h"
#include "ui/metrics/metricscomputer.h"
#include "ui/metrics/metricspane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <tuple>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

// Two variants of `total` results over a 10-minute run: log-normal-ish
// latencies around 0.8 s and 0.6 s with rare slow outliers.
QList<ChartData::VariantPoints> makePoints(qsizetype total, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<ChartData::VariantPoints> variants{{u"baseline"_s, {}}, {u"candidate"_s, {}}};
    for (qsizetype v = 0; v < 2; ++v) {
        QList<QPointF> &points = variants[v].points;
        const qsizetype n = total / 2;
        points.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            const double t = 600.0 * double(i) / double(n);
            double latency = (v == 0 ? 0.8 : 0.6) * std::exp(0.3 * (rng.generateDouble() - 0.5));
            if (rng.bounded(1000) == 0)
                latency *= 8.0; // a slow one
            points.append(QPointF(t, latency));
        }
    }
    return variants;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double medianMs = 0.0;
    double cpuMedianMs = 0.0;
    double minMs = 0.0;
    double maxMs = 0.0;
    qsizetype drawn = 0;
};

template<class Update>
Timing measure(QWidget *chart, int runs, Update update, const std::function<qsizetype()> &drawn)
{
    QList<double> ms;
    QList<double> cpu;
    for (int r = 0; r < runs + 1; ++r) { // the first is a warm-up
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        update(r);
        QCoreApplication::processEvents(); // the chart's layout request, as the event loop would
        const QPixmap painted = chart->grab(); // paints now
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        const double cpuElapsed = cpuMs() - cpuStart;
        if (painted.isNull())
            std::fprintf(stderr, "nothing painted\n");
        if (r > 0) {
            ms.append(elapsed);
            cpu.append(cpuElapsed);
        }
    }
    return {median(ms), median(cpu), *std::min_element(ms.cbegin(), ms.cend()),
            *std::max_element(ms.cbegin(), ms.cend()), drawn()};
}

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QSysInfo::currentCpuArchitecture();
}

// The whole pane on a project with `total` stored results (one run, two
// endpoints): time from show() to the first comparison shown, then
// refreshes as during a live run; meanwhile a 5 ms timer measures the
// longest time the GUI thread did not answer.
int benchPane(QTextStream &out, qsizetype total, int runs)
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(u"bench.cutover"_s));
    if (!project) {
        out << project.error().message << "\n";
        return 1;
    }
    QSqlDatabase db = project.value()->file()->database();
    const qsizetype cases = total / 2;
    QList<TestCase> all;
    for (qsizetype i = 0; i < cases; ++i) {
        TestCase c;
        c.variables.insert(u"q"_s, u"case-%1"_s.arg(i));
        c.tags = {u"tag-%1"_s.arg(i % 8)};
        all.append(c);
    }
    auto ids = CaseStore::add(db, all);
    RunInfo run;
    run.promptName = u"bench"_s;
    run.promptVersion = 1;
    run.endpoints = {u"base"_s, u"cand"_s};
    run.status = RunStatus::Done;
    run.createdAt = QDateTime::currentDateTimeUtc();
    auto runId = RunStore::createRun(db, run);
    if (!ids || !runId) {
        out << "could not write the project\n";
        return 1;
    }
    QRandomGenerator rng(7);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<RunResult> results;
    results.reserve(total);
    for (qsizetype i = 0; i < cases; ++i) {
        for (const QString &endpoint : run.endpoints) {
            const bool base = endpoint == u"base"_s;
            RunResult r;
            r.runId = runId.value();
            r.caseId = ids->at(i);
            r.endpoint = endpoint;
            r.status = CallStatus::Ok;
            r.text = u"answer %1"_s.arg(i);
            r.usage.input = 20;
            r.usage.output = 30 + rng.bounded(20);
            r.latencyMs = qint64((base ? 800 : 600) * std::exp(0.3 * (rng.generateDouble() - 0.5)));
            r.cost = base ? 0.002 : 0.001;
            r.finishedAt = start.addMSecs(qint64(i) * 3600000 / cases);
            r.passed = rng.bounded(100) < (base ? 92 : 90);
            r.score = *r.passed ? 1.0 : 0.0;
            results.append(r);
        }
    }
    if (auto stored = RunStore::storeResults(db, results); !stored) {
        out << stored.error().message << "\n";
        return 1;
    }
    results.clear();

    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestGap = std::max(longestGap, sinceTick.restart()); });

    MetricsPane pane(project.value().get());
    pane.resize(1280, 900);
    QList<double> shownMs;
    QList<double> gaps;
    for (int r = 0; r < runs + 1; ++r) {
        QEventLoop loop;
        QObject::connect(&pane, &MetricsPane::comparisonShown, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        longestGap = 0;
        sinceTick.start();
        ticker.start();
        if (r == 0)
            pane.show();
        else
            Q_EMIT project.value()->runResultsChanged(runId.value()); // as a batch run does
        loop.exec();
        QCoreApplication::processEvents();
        pane.grab();
        ticker.stop();
        shownMs.append(double(timer.nsecsElapsed()) / 1e6);
        gaps.append(double(longestGap));
    }
    out << "pane, " << total << " stored results: first comparison shown after "
        << QString::number(shownMs.constFirst(), 'f', 0) << " ms (longest GUI stall "
        << QString::number(gaps.constFirst(), 'f', 0) << " ms)\n";
    shownMs.removeFirst();
    gaps.removeFirst();
    out << "pane, refresh (results changed) to charts shown: median "
        << QString::number(median(shownMs), 'f', 0) << " ms, longest GUI stall median "
        << QString::number(median(gaps), 'f', 0) << " ms, max "
        << QString::number(*std::max_element(gaps.cbegin(), gaps.cend()), 'f', 0) << " ms\n";
    pane.shutdown();
    (void) project.value()->close();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption pointsOption(u"points"_s, u"Results in all (two variants)."_s, u"N"_s,
                                    u"100000"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Timed updates per case."_s, u"R"_s, u"7"_s);
    QCommandLineOption paneOption(u"pane"_s,
                                  u"Also time the whole Metrics pane on a stored project."_s);
    QCommandLineOption shotsOption(
            u"screenshots"_s, u"Save the charts as drawn (decimated, raw) into DIR."_s, u"DIR"_s);
    parser.addOptions({pointsOption, runsOption, shotsOption, paneOption});
    parser.process(app);
    const qsizetype points = parser.value(pointsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QList<ChartData::Threshold> thresholds{{u"p95 ≤ 2 s"_s, 2.0}};
    // Data sets differing a little from update to update, as during a run.
    QList<QList<ChartData::VariantPoints>> data;
    for (int r = 0; r < runs + 1; ++r)
        data.append(makePoints(points, 1000 + r));

    QTextStream out(stdout);
    out << "bench_charts: " << points << " results (two variants), " << runs
        << " timed updates per case (median, min, max), chart 900x500 offscreen\n";
    out << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " threads, Qt "
        << qVersion() << ", " << QSysInfo::prettyProductName() << "\n\n";
    out << "case                                  median ms    min ms    max ms   CPU ms (median)  "
           " points drawn\n";
    const auto row = [&out](const char *name, const Timing &t) {
        out << QString::fromLatin1(name).leftJustified(36)
            << QString::number(t.medianMs, 'f', 1).rightJustified(10)
            << QString::number(t.minMs, 'f', 1).rightJustified(10)
            << QString::number(t.maxMs, 'f', 1).rightJustified(10)
            << QString::number(t.cpuMedianMs, 'f', 1).rightJustified(18)
            << QString::number(t.drawn).rightJustified(15) << "\n";
        out.flush();
    };

    {
        LatencyTimelineChart chart;
        chart.resize(900, 500);
        chart.show();
        QCoreApplication::processEvents();
        const QString shots = parser.value(shotsOption);
        using Mode = LatencyTimelineChart::DecimationMode;
        QList<Timing> timings;
        for (const auto &[mode, name, file] :
             {std::tuple{Mode::Occupancy, "timeline, occupancy (shipped)", "occupancy"},
              std::tuple{Mode::MinMax, "timeline, min/max per column", "minmax"},
              std::tuple{Mode::None, "timeline, raw series", "raw"}}) {
            chart.setDecimationMode(mode);
            timings.append(measure(
                    &chart, runs, [&](int r) { chart.setData(data.at(r), thresholds); },
                    [&] { return chart.variantPointCount(0) + chart.variantPointCount(1); }));
            row(name, timings.constLast());
            if (!shots.isEmpty()) {
                chart.grab().save(shots + u"/bench-charts-timeline-"_s + QLatin1StringView(file)
                                  + u".png"_s);
            }
        }
        out << "raw / occupancy: "
            << QString::number(timings[2].medianMs / timings[0].medianMs, 'f', 1) << "x wall, "
            << QString::number(timings[2].cpuMedianMs / timings[0].cpuMedianMs, 'f', 1)
            << "x CPU\n";
    }
    {
        LatencyHistogramChart chart;
        chart.resize(900, 500);
        chart.show();
        QCoreApplication::processEvents();
        QList<QList<ChartData::VariantValues>> values;
        for (const auto &set : std::as_const(data)) {
            QList<ChartData::VariantValues> v;
            for (const ChartData::VariantPoints &p : set) {
                QList<double> latencies;
                latencies.reserve(p.points.size());
                for (const QPointF &pt : p.points)
                    latencies.append(pt.y());
                v.append({p.name, latencies});
            }
            values.append(v);
        }
        const Timing histogram = measure(
                &chart, runs, [&](int r) { chart.setData(values.at(r), thresholds); },
                [&] { return chart.drawnPointCount(); });
        row("histogram (40 bins)", histogram);
        if (const QString shots = parser.value(shotsOption); !shots.isEmpty())
            chart.grab().save(shots + u"/bench-charts-histogram.png"_s);
    }
    if (parser.isSet(paneOption)) {
        out << "\n";
        return benchPane(out, points, runs);
    }
    return 0;
}
