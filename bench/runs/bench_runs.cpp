// Batch-run benchmark: N cases × 2 endpoints through BatchRunner against two
// cutover-fake-llm processes (one per endpoint, so that each endpoint has
// its own 6 HTTP/1.1 connections in QNetworkAccessManager), at a fixed
// latency per request. Reported per latency: wall time (median of the
// rounds) against the latency floor (cells per endpoint × latency /
// concurrency, the endpoints running side by side), CPU time of this process
// (getrusage), results stored per second and peak RSS. Optionally the same
// run through `cutover-cli run` (its wall, CPU and peak RSS from wait4).
//
// Usage: bench_runs --fake PATH [--cli PATH [--cli-rounds N]] [--cases N]
//                   [--rounds N] [--latency MS[,MS...]] [--concurrency K]
// (defaults: 10000 cases, 3 rounds, 1 cli round, latencies 0,50, concurrency 6)

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptstore.h"
#include "core/providers/providerclient.h"
#include "core/runs/batchrunner.h"
#include "core/runs/casestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2);
}

double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// A cutover-fake-llm process; its base URL once it listens.
struct FakeServer
{
    QProcess process;
    QString baseUrl;

    bool start(const QString &program, int latencyMs)
    {
        process.setProgram(program);
        process.setArguments({u"--latency-ms"_s, QString::number(latencyMs)});
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        static const QRegularExpression url(u"openai\\s+base URL (\\S+)"_s);
        QByteArray out;
        while (process.waitForReadyRead(10000)) {
            out += process.readAllStandardOutput();
            const QRegularExpressionMatch m = url.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                baseUrl = m.captured(1);
                return true;
            }
        }
        return false;
    }
    ~FakeServer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

bool setUpProject(QSqlDatabase db, const QString &baseUrl0, const QString &baseUrl1, int cases)
{
    int i = 0;
    for (const QString &name : {u"base"_s, u"cand"_s}) {
        Endpoint e;
        e.name = name;
        e.protocol = EndpointProtocol::OpenAi;
        e.baseUrl = i++ == 0 ? baseUrl0 : baseUrl1;
        e.model = name + u"-model"_s;
        e.prices.input = 1.0;
        e.prices.output = 2.0;
        e.limits.maxConcurrent = 0; // the run's --concurrency decides
        if (auto r = EndpointStore::save(db, e); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return false;
        }
    }
    Prompt p;
    p.name = u"triage"_s;
    PromptVersions::append(p.versions,
                           {TemplateMessage{ChatRole::System, u"Answer briefly."_s},
                            TemplateMessage{ChatRole::User, u"Ticket {{id}}: {{q}}"_s}},
                           QString(), QDateTime::currentDateTimeUtc());
    if (auto r = PromptStore::add(db, p); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return false;
    }
    QList<TestCase> all;
    all.reserve(cases);
    for (int c = 1; c <= cases; ++c) {
        TestCase t;
        t.variables.insert(u"id"_s, QString::number(c));
        t.variables.insert(u"q"_s, u"my refund for order %1 has not arrived, what now?"_s.arg(c));
        t.reference = u"Ticket %1"_s.arg(c);
        t.assertions = {Assertion::contains({QString::number(c)}, ContainsMode::All),
                        Assertion::maxLatency(5000)};
        all.append(t);
    }
    if (auto r = CaseStore::add(db, all); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return false;
    }
    return true;
}

struct Round
{
    double wallMs = 0;
    double cpuMs = 0;
    qint64 results = 0;
    qint64 failed = 0;
};

Round runInProcess(QSqlDatabase db, int concurrency)
{
    RunSpec spec;
    spec.promptName = u"triage"_s;
    spec.endpoints = {u"base"_s, u"cand"_s};
    spec.concurrency = concurrency;
    spec.ignoreCache = true; // every cell is a real request
    Round round;
    auto id = BatchRunner::createRun(db, spec);
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
        return round;
    }
    QNetworkAccessManager nam;
    ProviderClient client(&nam);
    SecretStore secrets{QProcessEnvironment()};
    BatchRunner runner(db, &client, &secrets);
    QEventLoop loop;
    RunProgress last;
    QObject::connect(&runner, &BatchRunner::progressChanged, &loop,
                     [&last](const RunProgress &p) { last = p; });
    QObject::connect(&runner, &BatchRunner::finished, &loop,
                     [&loop](RunStatus, const QString &error) {
                         if (!error.isEmpty())
                             std::fprintf(stderr, "run stopped: %s\n", qPrintable(error));
                         loop.quit();
                     });
    const double cpu0 = cpuMs(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    if (auto r = runner.start(id.value()); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return round;
    }
    loop.exec();
    round.wallMs = double(clock.nsecsElapsed()) / 1e6;
    round.cpuMs = cpuMs(RUSAGE_SELF) - cpu0;
    round.results = last.done;
    round.failed = last.failed;
    return round;
}

struct CliRound
{
    double wallMs = 0;
    double cpuMs = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

CliRound runCli(const QString &cli, const QString &project, int concurrency)
{
    CliRound r;
    // Started and reaped by hand so that wait4 gives this child's own rusage.
    QList<QByteArray> args{QFile::encodeName(cli),
                           "run",
                           QFile::encodeName(project),
                           "--prompt",
                           "triage",
                           "--endpoints",
                           "base,cand",
                           "--concurrency",
                           QByteArray::number(concurrency),
                           "--ignore-cache",
                           "--json"};
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return r;
    int status = 0;
    rusage u{};
    if (wait4(pid, &status, 0, &u) < 0)
        return r;
    r.wallMs = double(clock.nsecsElapsed()) / 1e6;
    r.cpuMs = (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
              + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    r.maxRssKb = u.ru_maxrss;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"cutover.*.debug=false\ncutover.*.info=false"_s);
    QCommandLineParser parser;
    const QCommandLineOption fake(u"fake"_s, u"cutover-fake-llm program"_s, u"path"_s);
    const QCommandLineOption cli(u"cli"_s, u"cutover-cli program (optional)"_s, u"path"_s);
    const QCommandLineOption cases(u"cases"_s, u"test cases"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"rounds per latency"_s, u"n"_s, u"3"_s);
    const QCommandLineOption latencies(u"latency"_s, u"latencies in ms, comma-separated"_s, u"ms"_s,
                                       u"0,50"_s);
    const QCommandLineOption concurrency(u"concurrency"_s, u"requests in flight per endpoint"_s,
                                         u"k"_s, u"6"_s);
    const QCommandLineOption cliRounds(u"cli-rounds"_s, u"rounds of cutover-cli run"_s, u"n"_s,
                                       u"1"_s);
    parser.addOptions({fake, cli, cliRounds, cases, rounds, latencies, concurrency});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(fake)) {
        std::fprintf(stderr, "bench_runs: --fake PATH (cutover-fake-llm) is required\n");
        return 1;
    }
    const int nCases = parser.value(cases).toInt();
    const int nRounds = parser.value(rounds).toInt();
    const int k = parser.value(concurrency).toInt();

    std::printf("Batch runs: %d cases x 2 endpoints = %d cells per run, concurrency %d per "
                "endpoint, %d rounds, ignore cache\n",
                nCases, 2 * nCases, k, nRounds);
    for (const QString &latencyText : parser.value(latencies).split(u',')) {
        const int latency = latencyText.toInt();
        FakeServer s0;
        FakeServer s1;
        if (!s0.start(parser.value(fake), latency) || !s1.start(parser.value(fake), latency)) {
            std::fprintf(stderr, "bench_runs: cutover-fake-llm did not start\n");
            return 2;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bench.cutover"_s);
        QList<double> walls;
        QList<double> cpus;
        qint64 failed = 0;
        {
            auto project = ProjectFile::create(path);
            if (!project) {
                std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
                return 2;
            }
            if (!setUpProject(project.value()->database(), s0.baseUrl, s1.baseUrl, nCases))
                return 2;
            for (int r = 0; r < nRounds; ++r) {
                const Round round = runInProcess(project.value()->database(), k);
                walls.append(round.wallMs);
                cpus.append(round.cpuMs);
                failed += round.failed;
                std::printf("  latency %3d ms round %d: wall %8.0f ms, cpu %8.0f ms, %lld results "
                            "(%lld failed)\n",
                            latency, r + 1, round.wallMs, round.cpuMs, round.results, round.failed);
                std::fflush(stdout);
            }
            (void) project.value()->close();
        }
        const double floorMs = double(nCases) * latency / k;
        const double wall = median(walls);
        std::printf("latency %d ms: wall %.0f ms (median), floor %.0f ms, overhead %.0f ms "
                    "(%.1f%%), cpu %.0f ms (%.1f us per cell), %.0f results/s, peak RSS %ld MiB, "
                    "%lld failed\n",
                    latency, wall, floorMs, wall - floorMs,
                    floorMs > 0 ? 100.0 * (wall - floorMs) / floorMs : 0.0, median(cpus),
                    1000.0 * median(cpus) / (2.0 * nCases), 2.0 * nCases / (wall / 1000.0),
                    peakRssKb() / 1024, failed);
        std::fflush(stdout);
        if (parser.isSet(cli)) {
            QList<double> cliWalls;
            QList<double> cliCpus;
            long cliRss = 0;
            for (int r = 0; r < parser.value(cliRounds).toInt(); ++r) {
                const CliRound c = runCli(parser.value(cli), path, k);
                cliWalls.append(c.wallMs);
                cliCpus.append(c.cpuMs);
                cliRss = std::max(cliRss, c.maxRssKb);
                std::printf("  cutover-cli run, latency %3d ms round %d: wall %8.0f ms, cpu %8.0f "
                            "ms, peak RSS %ld MiB, exit %d\n",
                            latency, r + 1, c.wallMs, c.cpuMs, c.maxRssKb / 1024, c.exitCode);
                std::fflush(stdout);
            }
            std::printf("cutover-cli run, latency %d ms: wall %.0f ms (median), floor %.0f ms, "
                        "cpu %.0f ms, peak RSS %ld MiB\n",
                        latency, median(cliWalls), floorMs, median(cliCpus), cliRss / 1024);
        }
    }
    return 0;
}
