// cutover-cli run: a batch run of a prompt over the project's test cases on
// one or more endpoints; results go into the project; a summary is printed.

#include "cliapp.h"
#include "core/endpoints/redact.h"
#include "core/endpoints/secretstore.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptstore.h"
#include "core/providers/providerclient.h"
#include "core/runs/batchrunner.h"
#include "core/stats/descriptive.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <span>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

std::atomic<int> s_runInterrupted{0};

void onRunInterrupt(int)
{
    s_runInterrupted.store(1);
}

struct EndpointSummary
{
    QMap<QString, qint64> byStatus;
    qint64 evaluated = 0;
    qint64 passed = 0;
    QList<double> latencies; // of ok results
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double cost = 0;
    qint64 costUnknown = 0;
};

QJsonValue rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

int runRunImport(const QStringList &arguments); // runimportcommand.cpp

int runRun(const QStringList &arguments)
{
    if (arguments.value(0) == u"import")
        return runRunImport(arguments.mid(1));
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"run <path>"_s);
    const QCommandLineOption prompt(
            u"prompt"_s, Tr::tr("The prompt, NAME or NAME@VERSION (default: latest)."), u"name"_s);
    const QCommandLineOption endpoints(u"endpoints"_s,
                                       Tr::tr("Comma-separated endpoint names; the first is the "
                                              "baseline."),
                                       u"names"_s);
    const QCommandLineOption repeats(u"repeats"_s, Tr::tr("Answers per case and endpoint."), u"n"_s,
                                     u"1"_s);
    const QCommandLineOption concurrency(u"concurrency"_s,
                                         Tr::tr("Requests in flight per endpoint, at most the "
                                                "endpoint's own limit (default: that limit)."),
                                         u"k"_s, u"0"_s);
    const QCommandLineOption ignoreCache(u"ignore-cache"_s,
                                         Tr::tr("Send every request, even when the response "
                                                "cache holds the answer."));
    const QCommandLineOption resumeRun(u"resume"_s,
                                       Tr::tr("Resume the stored run with this id instead of "
                                              "starting a new one."),
                                       u"id"_s);
    const QCommandLineOption maxFailures(u"max-failure-rate"_s,
                                         Tr::tr("Share of evaluated results that may fail their "
                                                "assertions before the exit code is 4 (default "
                                                "0)."),
                                         u"rate"_s, u"0"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the summary as one JSON object."));
    parser.addOptions(
            {prompt, endpoints, repeats, concurrency, ignoreCache, resumeRun, maxFailures, json});
    if (int code = parse(parser, u"run"_s,
                         Tr::tr("Run a prompt over the project's test cases on the given "
                                "endpoints and store every answer in the project. Exit code 0: "
                                "done and assertions within the threshold; 4: assertions failed "
                                "beyond it; 3: provider failures; 2: bad input. To store results "
                                "recorded elsewhere as a run: cutover-cli run import --help."),
                         arguments, 1, 1);
        code >= 0)
        return code;
    const bool resuming = parser.isSet(resumeRun);
    if (!resuming && (!parser.isSet(prompt) || !parser.isSet(endpoints)))
        return fail(UsageError, Tr::tr("missing --prompt or --endpoints (see: cutover-cli run "
                                       "--help)"));
    bool ok = false;
    const int n = parser.value(repeats).toInt(&ok);
    if (!ok || n < 1)
        return fail(UsageError, Tr::tr("--repeats must be a whole number from 1, not \"%1\"")
                                        .arg(parser.value(repeats)));
    const int k = parser.value(concurrency).toInt(&ok);
    if (!ok || k < 0)
        return fail(UsageError, Tr::tr("--concurrency must be a whole number from 0, not \"%1\"")
                                        .arg(parser.value(concurrency)));
    const double maxRate = parser.value(maxFailures).toDouble(&ok);
    if (!ok || maxRate < 0 || maxRate > 1)
        return fail(UsageError, Tr::tr("--max-failure-rate must be a number from 0 to 1, not "
                                       "\"%1\"")
                                        .arg(parser.value(maxFailures)));
    qint64 runId = 0;
    if (resuming) {
        runId = parser.value(resumeRun).toLongLong(&ok);
        if (!ok || runId < 1)
            return fail(UsageError,
                        Tr::tr("--resume needs a run id, not \"%1\"").arg(parser.value(resumeRun)));
    }
    RunSpec spec;
    if (!resuming) {
        auto ref = PromptStore::parseRef(parser.value(prompt));
        if (!ref)
            return fail(UsageError, ref.error().message);
        spec.promptName = ref->name;
        spec.promptVersion = ref->version;
        for (const QString &name : parser.value(endpoints).split(u',', Qt::SkipEmptyParts))
            spec.endpoints.append(name.trimmed());
        if (spec.endpoints.isEmpty())
            return fail(UsageError, Tr::tr("--endpoints names no endpoint"));
        spec.repeats = n;
        spec.concurrency = k;
        spec.ignoreCache = parser.isSet(ignoreCache);
    }

    auto project = ProjectFile::open(parser.positionalArguments().constFirst());
    if (!project)
        return fail(project.error());
    if (project.value()->isReadOnly())
        return fail(BadInput, project.value()->readOnlyMessage());
    QSqlDatabase db = project.value()->database();
    if (!resuming) {
        auto created = BatchRunner::createRun(db, spec);
        if (!created)
            return fail(created.error());
        runId = created.value();
    }

    QNetworkAccessManager nam;
    ProviderClient client(&nam);
    SecretStore secrets(QProcessEnvironment::systemEnvironment());
    BatchRunner runner(db, &client, &secrets);
    if (auto started = runner.start(runId); !started)
        return fail(started.error());

    s_runInterrupted.store(0);
    auto oldInt = std::signal(SIGINT, onRunInterrupt);
    auto oldTerm = std::signal(SIGTERM, onRunInterrupt);
    QEventLoop loop;
    RunStatus endStatus = RunStatus::Running;
    QString storeError;
    QObject::connect(&runner, &BatchRunner::finished, &loop,
                     [&](RunStatus status, const QString &error) {
                         endStatus = status;
                         storeError = error;
                         loop.quit();
                     });
    // A long rate limit or a used-up quota: stop here, keep what is stored.
    QString rateLimit;
    QObject::connect(&runner, &BatchRunner::rateLimited, &loop,
                     [&](const QString &endpoint, const QDateTime &, const QString &message) {
                         if (rateLimit.isEmpty())
                             rateLimit = endpoint + u": "_s + message;
                         runner.cancel();
                     });
    // Progress on stderr, at most once a second.
    QElapsedTimer sinceReport;
    sinceReport.start();
    QObject::connect(&runner, &BatchRunner::progressChanged, &loop,
                     [&sinceReport, runId](const RunProgress &p) {
                         if (sinceReport.elapsed() < 1000 || p.done == p.total)
                             return;
                         sinceReport.restart();
                         err(p.etaMs >= 0 ? Tr::tr("cutover-cli: run %1: %2 of %3 done, %4 "
                                                   "failed, about %5 s left\n")
                                                    .arg(runId)
                                                    .arg(p.done)
                                                    .arg(p.total)
                                                    .arg(p.failed)
                                                    .arg((p.etaMs + 999) / 1000)
                                          : Tr::tr("cutover-cli: run %1: %2 of %3 done\n")
                                                    .arg(runId)
                                                    .arg(p.done)
                                                    .arg(p.total));
                     });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &runner, [&runner] {
        if (s_runInterrupted.load())
            runner.cancel();
    });
    interruptPoll.start(50);
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    if (!storeError.isEmpty())
        return fail(BadInput, storeError);

    auto info = RunStore::loadRun(db, runId);
    auto results = RunStore::results(db, runId);
    if (!info || !results)
        return fail(!info ? info.error() : results.error());
    QMap<QString, EndpointSummary> perEndpoint;
    qint64 evaluated = 0;
    qint64 passed = 0;
    qint64 providerFailures = 0;
    QStringList failureMessages;
    for (const RunResult &r : std::as_const(results.value())) {
        EndpointSummary &s = perEndpoint[r.endpoint];
        ++s.byStatus[callStatusKey(r.status)];
        if (r.status == CallStatus::Error || r.status == CallStatus::Incomplete) {
            ++providerFailures;
            if (failureMessages.size() < 3 && !r.error.isEmpty())
                failureMessages.append(r.endpoint + u": "_s + r.error);
        }
        if (r.status == CallStatus::Ok)
            s.latencies.append(double(r.latencyMs));
        s.inputTokens += r.usage.input.value_or(0);
        s.outputTokens += r.usage.output.value_or(0);
        if (r.cost)
            s.cost += *r.cost;
        else if (r.status == CallStatus::Ok)
            ++s.costUnknown;
        if (r.passed) {
            ++s.evaluated;
            ++evaluated;
            if (*r.passed) {
                ++s.passed;
                ++passed;
            }
        }
    }

    QJsonObject endpointsJson;
    QString text = Tr::tr("Run %1: %2@%3, %4 result(s)\n")
                           .arg(runId)
                           .arg(info->promptName)
                           .arg(info->promptVersion)
                           .arg(results->size());
    for (const QString &name : std::as_const(info->endpoints)) {
        EndpointSummary &s = perEndpoint[name];
        std::sort(s.latencies.begin(), s.latencies.end());
        double mean = 0;
        for (double l : std::as_const(s.latencies))
            mean += l;
        const bool haveLatency = !s.latencies.isEmpty();
        if (haveLatency)
            mean /= double(s.latencies.size());
        const double p95 = haveLatency ? Stats::percentileOfSorted(
                                   std::span<const double>(s.latencies.constData(),
                                                           size_t(s.latencies.size())),
                                   0.95)
                                       : 0;
        QJsonObject counts;
        for (const QString &status : {u"ok"_s, u"error"_s, u"incomplete"_s, u"cancelled"_s})
            counts.insert(status, s.byStatus.value(status));
        const QJsonValue passRate
                = s.evaluated ? rounded(double(s.passed) / double(s.evaluated)) : QJsonValue();
        endpointsJson.insert(
                name,
                QJsonObject{{u"counts"_s, counts},
                            {u"evaluated"_s, s.evaluated},
                            {u"passed"_s, s.passed},
                            {u"pass_rate"_s, passRate},
                            {u"latency_mean_ms"_s, haveLatency ? rounded(mean) : QJsonValue()},
                            {u"latency_p95_ms"_s, haveLatency ? rounded(p95) : QJsonValue()},
                            {u"input_tokens"_s, s.inputTokens},
                            {u"output_tokens"_s, s.outputTokens},
                            {u"cost"_s, s.cost},
                            {u"cost_unknown"_s, s.costUnknown}});
        //: run summary line per endpoint
        text += Tr::tr("%1: ok %2, error %3, incomplete %4; passed %5/%6; latency mean %7 ms, "
                       "p95 %8 ms; tokens %9 in, %10 out; cost %11\n")
                        .arg(name)
                        .arg(s.byStatus.value(u"ok"_s))
                        .arg(s.byStatus.value(u"error"_s))
                        .arg(s.byStatus.value(u"incomplete"_s))
                        .arg(s.passed)
                        .arg(s.evaluated)
                        .arg(qRound64(mean))
                        .arg(qRound64(p95))
                        .arg(s.inputTokens)
                        .arg(s.outputTokens)
                        .arg(s.cost, 0, 'f', 4);
    }
    const bool cancelled = endStatus == RunStatus::Cancelled;
    const double failRate = evaluated ? double(evaluated - passed) / double(evaluated) : 0.0;
    if (parser.isSet(json)) {
        outBytes(QJsonDocument(QJsonObject{{u"run_id"_s, runId},
                                           {u"prompt"_s, info->promptName},
                                           {u"prompt_version"_s, info->promptVersion},
                                           {u"status"_s, runStatusKey(endStatus)},
                                           {u"results"_s, qint64(results->size())},
                                           {u"evaluated"_s, evaluated},
                                           {u"passed"_s, passed},
                                           {u"pass_rate"_s,
                                            evaluated ? rounded(double(passed) / double(evaluated))
                                                      : QJsonValue()},
                                           {u"endpoints"_s, endpointsJson}})
                         .toJson(QJsonDocument::Indented));
    } else {
        out(text);
    }
    if (Result<void> closed = project.value()->close(); !closed)
        return fail(closed.error());
    if (!rateLimit.isEmpty())
        return fail(ProviderFailure, Tr::tr("%1; resume the run later with --resume %2")
                                             .arg(redactSecrets(rateLimit, secrets.knownSecrets()))
                                             .arg(runId));
    if (cancelled) {
        fail(ProviderFailure,
             Tr::tr("run %1 was interrupted; resume it with --resume %1").arg(runId));
        return Interrupted;
    }
    if (providerFailures > 0)
        return fail(ProviderFailure, Tr::tr("%1 request(s) failed: %2")
                                             .arg(providerFailures)
                                             .arg(redactSecrets(failureMessages.join(u"; "_s),
                                                                secrets.knownSecrets())));
    if (failRate > maxRate)
        return fail(AssertionsFailed, Tr::tr("%1 of %2 evaluated result(s) failed their assertions")
                                              .arg(evaluated - passed)
                                              .arg(evaluated));
    return Success;
}

} // namespace Cutover::Cli
