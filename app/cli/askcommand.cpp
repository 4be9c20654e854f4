// cutover-cli ask: one chat request to an endpoint, the answer streamed to stdout.

#include "cliapp.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/redact.h"
#include "core/endpoints/secretstore.h"
#include "core/project/projectfile.h"
#include "core/providers/chatresultjson.h"
#include "core/providers/providerclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

std::atomic<int> s_interrupted{0};

void onAskInterrupt(int) // internal linkage: other commands have their own handler
{
    s_interrupted.store(1);
}

// Ctrl+C (SIGINT) and SIGTERM cancel the call instead of killing the process,
// so that the partial answer is flushed and the exit code says what happened.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        s_interrupted.store(0);
        m_int = std::signal(SIGINT, onAskInterrupt);
        m_term = std::signal(SIGTERM, onAskInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

// The stored endpoint `name` of the project at `path` (opened read-only).
Result<Endpoint> storedEndpoint(const QString &path, const QString &name)
{
    ProjectOpenOptions options;
    options.readOnly = true;
    auto project = ProjectFile::open(path, options);
    if (!project)
        return project.error();
    auto endpoints = EndpointStore::load(project.value()->database());
    if (!endpoints)
        return endpoints.error();
    for (const Endpoint &e : std::as_const(endpoints.value())) {
        if (e.name == name)
            return e;
    }
    return makeError(ErrorKind::BadInput, Tr::tr("%1: the project has no endpoint named \"%2\".")
                                                  .arg(QDir::toNativeSeparators(path), name));
}

} // namespace

int runAsk(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"prompt"_s, Tr::tr("The user message to send."),
                                 u"ask [options] <prompt>"_s);
    const QCommandLineOption protocol(u"protocol"_s,
                                      Tr::tr("Wire protocol: openai (chat completions) or "
                                             "anthropic (messages)."),
                                      u"name"_s);
    const QCommandLineOption baseUrl(u"base-url"_s,
                                     Tr::tr("Base URL: for openai with /v1, for anthropic "
                                            "without."),
                                     u"url"_s);
    const QCommandLineOption model(u"model"_s, Tr::tr("The model to ask."), u"model"_s);
    const QCommandLineOption keyEnv(
            u"key-env"_s, Tr::tr("Environment variable that holds the API key."), u"var"_s);
    const QCommandLineOption system(u"system"_s, Tr::tr("A system prompt."), u"text"_s);
    const QCommandLineOption maxTokens(u"max-tokens"_s, Tr::tr("Maximum output tokens."), u"n"_s);
    const QCommandLineOption temperature(u"temperature"_s, Tr::tr("Sampling temperature."), u"t"_s);
    const QCommandLineOption noStream(u"no-stream"_s,
                                      Tr::tr("Ask for the whole answer at once instead of a "
                                             "stream."));
    const QCommandLineOption json(u"json"_s,
                                  Tr::tr("Print one JSON object with the result instead of the "
                                         "text."));
    const QCommandLineOption endpointName(u"endpoint"_s,
                                          Tr::tr("Use the endpoint stored under <name> in the "
                                                 "project given with --project."),
                                          u"name"_s);
    const QCommandLineOption projectPath(
            u"project"_s, Tr::tr("The project file that holds --endpoint."), u"path"_s);
    parser.addOptions({protocol, baseUrl, model, keyEnv, system, maxTokens, temperature, noStream,
                       json, endpointName, projectPath});
    if (int code = parse(parser, u"ask"_s,
                         Tr::tr("Send one prompt to a model and print its answer as it arrives. "
                                "Exit code 3 means the provider or the network failed (after "
                                "retries) or the stream broke off; the provider's message is on "
                                "stderr."),
                         arguments, 1, 1);
        code >= 0)
        return code;

    Endpoint endpoint;
    if (parser.isSet(endpointName) != parser.isSet(projectPath))
        return fail(UsageError, Tr::tr("--endpoint and --project go together (see: cutover-cli "
                                       "ask --help)"));
    if (parser.isSet(endpointName)) {
        auto stored = storedEndpoint(parser.value(projectPath), parser.value(endpointName));
        if (!stored)
            return fail(stored.error());
        endpoint = stored.value();
    } else {
        for (const QCommandLineOption *o : {&protocol, &baseUrl, &model}) {
            if (!parser.isSet(*o))
                return fail(UsageError,
                            Tr::tr("missing --%1 (or use --endpoint with --project; see: "
                                   "cutover-cli ask --help)")
                                    .arg(o->names().constFirst()));
        }
        endpoint.name = u"ask"_s;
        endpoint.limits.maxConcurrent = 0;
    }
    if (parser.isSet(protocol)) {
        const auto p = endpointProtocolFromKey(parser.value(protocol));
        if (!p)
            return fail(UsageError, Tr::tr("--protocol must be openai or anthropic, not \"%1\"")
                                            .arg(parser.value(protocol)));
        endpoint.protocol = *p;
    }
    if (parser.isSet(baseUrl))
        endpoint.baseUrl = parser.value(baseUrl);
    if (parser.isSet(model))
        endpoint.model = parser.value(model);
    if (parser.isSet(keyEnv))
        endpoint.keyRef = KeyRef{KeyRef::Kind::Env, parser.value(keyEnv)};

    ChatRequest request;
    if (parser.isSet(system))
        request.messages << ChatMessage::text(ChatRole::System, parser.value(system));
    request.messages << ChatMessage::text(ChatRole::User,
                                          parser.positionalArguments().constFirst());
    request.stream = !parser.isSet(noStream);
    if (parser.isSet(maxTokens)) {
        bool ok = false;
        const int n = parser.value(maxTokens).toInt(&ok);
        if (!ok || n <= 0)
            return fail(UsageError, Tr::tr("--max-tokens must be a positive whole number, not "
                                           "\"%1\"")
                                            .arg(parser.value(maxTokens)));
        request.params.maxTokens = n;
    }
    if (parser.isSet(temperature)) {
        bool ok = false;
        const double t = parser.value(temperature).toDouble(&ok);
        if (!ok || t < 0)
            return fail(UsageError, Tr::tr("--temperature must be a number of at least 0, not "
                                           "\"%1\"")
                                            .arg(parser.value(temperature)));
        request.params.temperature = t;
    }
    if (endpoint.protocol == EndpointProtocol::Anthropic && !request.params.maxTokens
        && !endpoint.params.maxTokens)
        request.params.maxTokens = 1024; // the Messages API requires it
    if (const QStringList problems = validateEndpoint(endpoint); !problems.isEmpty())
        return fail(BadInput, problems.join(u' '));

    SecretStore secrets(QProcessEnvironment::systemEnvironment());
    std::optional<Result<QString>> key;
    QEventLoop loop;
    secrets.resolve(endpoint.keyRef, &loop, [&key, &loop](Result<QString> r) {
        key = std::move(r);
        loop.quit();
    });
    if (!key)
        loop.exec();
    if (!key->ok())
        return fail(BadInput, key->error().message);

    QNetworkAccessManager nam;
    ProviderClient client(&nam);
    InterruptGuard interrupts;
    const bool printJson = parser.isSet(json);
    bool printed = false;
    bool endsWithNewline = true;
    ChatCall *call = client.chat(endpoint, key->value(), request);
    QObject::connect(call, &ChatCall::attemptStarted, call, [&](int attempt) {
        if (attempt > 1 && printed && !printJson) {
            // The failed attempt's text is on stdout already: start the retry on a new line.
            out(u"\n"_s);
            endsWithNewline = true;
            err(Tr::tr("cutover-cli: the answer broke off; retrying (attempt %1)\n").arg(attempt));
        }
    });
    if (request.stream && !printJson) {
        QObject::connect(call, &ChatCall::event, call, [&](const StreamEvent &e) {
            if (e.kind != StreamEvent::Kind::TextDelta || e.text.isEmpty())
                return;
            out(e.text);
            printed = true;
            endsWithNewline = e.text.endsWith(u'\n');
        });
    }
    QObject::connect(call, &ChatCall::finished, &loop, &QEventLoop::quit);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, call, [call] {
        if (s_interrupted.load())
            call->cancel();
    });
    interruptPoll.start(50);
    if (!call->isFinished())
        loop.exec();
    interruptPoll.stop();

    const ChatResult result = call->result();
    if (printJson) {
        outBytes(QJsonDocument(chatResultToJson(result)).toJson(QJsonDocument::Indented));
    } else {
        if (!request.stream && !result.text.isEmpty()) {
            out(result.text);
            printed = true;
            endsWithNewline = result.text.endsWith(u'\n');
        }
        if (printed && !endsWithNewline)
            out(u"\n"_s);
    }
    const QString message = redactSecrets(result.errorMessage, secrets.knownSecrets());
    switch (result.status) {
    case CallStatus::Ok:
        return Success;
    case CallStatus::Cancelled:
        fail(ProviderFailure, message);
        return Interrupted;
    case CallStatus::Incomplete:
    case CallStatus::Error:
        break;
    }
    if (result.httpStatus != 0 && !message.contains(QString::number(result.httpStatus)))
        return fail(ProviderFailure, Tr::tr("HTTP %1: %2").arg(result.httpStatus).arg(message));
    return fail(ProviderFailure, message);
}

} // namespace Cutover::Cli
