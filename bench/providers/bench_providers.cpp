// Provider benchmarks, each against a reference measured in the same run:
//   1. SSE decoding (SseDecoder, and SseDecoder + the OpenAI adapter) of a
//      large synthetic chat-completions stream, vs a plain memchr line split
//      of the same bytes in the same chunks.
//   2. Streaming requests through ProviderClient to the fake LLM server
//      (running in its own thread, zero latency), vs a bare
//      QNetworkAccessManager POST of the same body to the same server, at
//      concurrency 1, 8 and 64 (QNAM opens at most 6 connections per host;
//      beyond that requests queue inside Qt, as they would for a user).
// Usage: bench_providers [--mb N] [--requests N] [--rounds N] [--tokens N]
// (defaults 64, 300, 5, 50)

#include "core/endpoints/endpoint.h"
#include "core/providers/protocol.h"
#include "core/providers/providerclient.h"
#include "core/providers/ssedecoder.h"
#include "tests/support/fakellm/fakellmserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2);
}

double threadCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// An OpenAI chat-completions stream of about `bytes` bytes: one content
// delta per event, mixed ASCII and CJK text, CRLF and LF line ends.
QByteArray syntheticStream(qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + 4096);
    const QList<QByteArray> words
            = {"The",  " migration", " plan",      " keeps", " 基线", " 模型",
               " and", " the",       " candidate", " side",  " by",   " side."};
    int i = 0;
    while (out.size() < bytes) {
        const QByteArray &w = words.at(i % words.size());
        out += "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
               "\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
        out += w;
        out += (i % 7 == 0) ? "\"},\"finish_reason\":null}]}\r\n\r\n"
                            : "\"},\"finish_reason\":null}]}\n\n";
        ++i;
    }
    out += "data: [DONE]\n\n";
    return out;
}

constexpr qsizetype kChunk = 16 * 1024; // about what a socket read hands over

qsizetype memchrLines(const QByteArray &data)
{
    qsizetype lines = 0;
    const char *p = data.constData();
    const char *end = p + data.size();
    for (const char *chunk = p; chunk < end; chunk += kChunk) {
        const char *stop = std::min(end, chunk + kChunk);
        const char *q = chunk;
        while (q < stop) {
            const void *nl = std::memchr(q, '\n', size_t(stop - q));
            if (!nl)
                break;
            ++lines;
            q = static_cast<const char *>(nl) + 1;
        }
    }
    return lines;
}

qsizetype decodeSse(const QByteArray &data)
{
    SseDecoder decoder;
    qsizetype events = 0;
    for (qsizetype at = 0; at < data.size(); at += kChunk)
        events += decoder.feed(QByteArrayView(data).sliced(at, std::min(kChunk, data.size() - at)))
                          .size();
    return events;
}

qsizetype decodeOpenAi(const QByteArray &data)
{
    SseDecoder decoder;
    auto adapter = ProtocolAdapter::create(EndpointProtocol::OpenAi);
    QList<StreamEvent> events;
    qsizetype count = 0;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const QList<SseEvent> sse
                = decoder.feed(QByteArrayView(data).sliced(at, std::min(kChunk, data.size() - at)));
        for (const SseEvent &e : sse)
            adapter->onSseEvent(e, events);
        count += events.size();
        events.clear();
    }
    return count;
}

void benchDecode(int mb, int rounds)
{
    const QByteArray data = syntheticStream(qsizetype(mb) * 1024 * 1024);
    const double size = double(data.size()) / (1024.0 * 1024.0);
    QList<double> ref, sse, openai, ratioSse, ratioOpenAi;
    qsizetype sink = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        sink += memchrLines(data);
        const double a = size / (t.nsecsElapsed() / 1e9);
        t.restart();
        sink += decodeSse(data);
        const double b = size / (t.nsecsElapsed() / 1e9);
        t.restart();
        sink += decodeOpenAi(data);
        const double c = size / (t.nsecsElapsed() / 1e9);
        ref << a;
        sse << b;
        openai << c;
        ratioSse << a / b;
        ratioOpenAi << a / c;
    }
    std::printf("SSE decode: %.1f MiB stream, %lld-byte chunks, %d rounds (checksum %lld)\n", size,
                qlonglong(kChunk), rounds, qlonglong(sink));
    std::printf("  memchr line split (reference)   %8.1f MiB/s\n", median(ref));
    std::printf("  SseDecoder                      %8.1f MiB/s   reference/this %.1fx\n",
                median(sse), median(ratioSse));
    std::printf("  SseDecoder + OpenAI adapter     %8.1f MiB/s   reference/this %.1fx\n",
                median(openai), median(ratioOpenAi));
}

// The fake server in its own thread, so that its work does not share the
// client's event loop.
class ServerThread
{
public:
    explicit ServerThread(int tokens)
    {
        m_holder.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
                &m_holder,
                [this, tokens] {
                    m_server = new FakeLlm::FakeLlmServer;
                    FakeLlm::FakeReply reply;
                    reply.kind = FakeLlm::FakeReply::Kind::Text;
                    QStringList words;
                    for (int i = 0; i < tokens; ++i)
                        words << u"word%1"_s.arg(i);
                    reply.text = words.join(u' ');
                    m_server->setDefaultReply(reply);
                    m_server->listen();
                    m_port = m_server->port();
                },
                Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
                &m_holder, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    struct Holder : QObject
    {};
    QThread m_thread;
    Holder m_holder;
    FakeLlm::FakeLlmServer *m_server = nullptr;
    quint16 m_port = 0;
};

struct RunResult
{
    double seconds = 0;
    double meanLatencyMs = 0;
    double cpuMsPerRequest = 0;
    int failures = 0;
};

// Runs `total` requests, `concurrency` at a time; `start(done)` starts one
// and calls done(latencyMs, ok) when it ends.
RunResult drive(int total, int concurrency,
                const std::function<void(std::function<void(double, bool)>)> &start)
{
    RunResult r;
    int started = 0;
    int finished = 0;
    double latencySum = 0;
    QEventLoop loop;
    std::function<void()> next;
    next = [&] {
        if (started >= total)
            return;
        ++started;
        start([&](double ms, bool ok) {
            ++finished;
            latencySum += ms;
            if (!ok)
                ++r.failures;
            if (finished == total)
                loop.quit();
            else
                QTimer::singleShot(0, &loop, next);
        });
    };
    const double cpu0 = threadCpuMs();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < concurrency; ++i)
        next();
    loop.exec();
    r.seconds = clock.nsecsElapsed() / 1e9;
    r.meanLatencyMs = latencySum / total;
    r.cpuMsPerRequest = (threadCpuMs() - cpu0) / total;
    return r;
}

void benchClient(int requests, int rounds, int tokens)
{
    ServerThread server(tokens);
    QNetworkAccessManager nam;
    ProviderClient client(&nam);
    Endpoint e;
    e.name = u"bench"_s;
    e.protocol = EndpointProtocol::OpenAi;
    e.baseUrl = u"http://127.0.0.1:%1/v1"_s.arg(server.port());
    e.model = u"fake-model"_s;
    e.limits.maxConcurrent = 0;
    ChatRequest request;
    request.messages << ChatMessage::text(ChatRole::User, u"Say something long."_s);
    request.stream = true;
    const QByteArray body = ProtocolAdapter::create(e.protocol)->buildBody(e, request);
    const QUrl url = chatUrl(e);

    const auto bare = [&](std::function<void(double, bool)> done) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        req.setRawHeader("Accept", "text/event-stream");
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply *reply = nam.post(req, body);
        auto bytes = std::make_shared<qsizetype>(0);
        QObject::connect(reply, &QNetworkReply::readyRead, reply,
                         [reply, bytes] { *bytes += reply->readAll().size(); });
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, clock, bytes, done] {
            *bytes += reply->readAll().size();
            const bool ok = reply->error() == QNetworkReply::NoError && *bytes > 0;
            reply->deleteLater();
            done(clock->nsecsElapsed() / 1e6, ok);
        });
    };
    const auto viaClient = [&](std::function<void(double, bool)> done) {
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        ChatCall *call = client.chat(e, QString(), request);
        QObject::connect(call, &ChatCall::finished, call,
                         [call, clock, done, tokens](const ChatResult &result) {
                             const bool ok = result.status == CallStatus::Ok
                                             && result.usage.output == tokens;
                             call->deleteLater();
                             done(clock->nsecsElapsed() / 1e6, ok);
                         });
    };

    // Warm up connections and code paths.
    drive(50, 6, bare);
    drive(50, 6, viaClient);

    std::printf("\nStreaming requests: fake server in its own thread, zero latency, %d-token "
                "answers, %d requests per run, %d rounds (interleaved)\n",
                tokens, requests, rounds);
    for (int concurrency : {1, 8, 64}) {
        QList<double> bareRps, clientRps, bareLat, clientLat, added, ratio, bareCpu, clientCpu;
        int failures = 0;
        for (int r = 0; r < rounds; ++r) {
            const RunResult a = drive(requests, concurrency, bare);
            const RunResult b = drive(requests, concurrency, viaClient);
            failures += a.failures + b.failures;
            bareRps << requests / a.seconds;
            clientRps << requests / b.seconds;
            bareLat << a.meanLatencyMs;
            clientLat << b.meanLatencyMs;
            added << b.meanLatencyMs - a.meanLatencyMs;
            ratio << (requests / a.seconds) / (requests / b.seconds);
            bareCpu << a.cpuMsPerRequest;
            clientCpu << b.cpuMsPerRequest;
        }
        std::printf("  concurrency %d%s\n", concurrency,
                    failures ? qPrintable(u" (%1 FAILED requests)"_s.arg(failures)) : "");
        std::printf("    bare QNetworkAccessManager (reference)  %7.0f req/s  latency %6.2f ms  "
                    "client-thread CPU %5.3f ms/req\n",
                    median(bareRps), median(bareLat), median(bareCpu));
        std::printf("    ProviderClient                          %7.0f req/s  latency %6.2f ms  "
                    "client-thread CPU %5.3f ms/req\n",
                    median(clientRps), median(clientLat), median(clientCpu));
        std::printf("    added latency per request %.3f ms, throughput reference/this %.2fx\n",
                    median(added), median(ratio));
    }
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The providers' per-attempt info lines go to stderr; a benchmark measures
    // the client, not the terminal (CUTOVER_BENCH_LOG=1 keeps them).
    if (!qEnvironmentVariableIsSet("CUTOVER_BENCH_LOG"))
        QLoggingCategory::setFilterRules(u"cutover.providers.info=false"_s);
    const QStringList args = app.arguments();
    const int mb = argValue(args, u"--mb"_s, 64);
    const int rounds = argValue(args, u"--rounds"_s, 5);
    const int requests = argValue(args, u"--requests"_s, 300);
    const int tokens = argValue(args, u"--tokens"_s, 50);
    benchDecode(mb, rounds);
    benchClient(requests, rounds, tokens);
    return 0;
}
