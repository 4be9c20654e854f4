// The provider client against the fake LLM server over real loopback HTTP:
// both protocols, streaming and not, and every fault row of RELIABILITY.md
// "Providers".
#include "core/providers/chatresultjson.h"
#include "core/providers/connectiontest.h"
#include "core/providers/endpointgate.h"
#include "tests/providers/providertest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Cutover;
using namespace Cutover::ProviderTest;
using FakeLlm::FakeReply;
using FakeLlm::FakeToolCall;

Q_DECLARE_METATYPE(Cutover::EndpointProtocol)

namespace {

FakeReply httpError(int status, const QString &message = u"Something failed."_s)
{
    FakeReply r;
    r.kind = FakeReply::Kind::HttpError;
    r.status = status;
    r.errorMessage = message;
    return r;
}

FakeReply fault(FakeReply::Kind kind, int after = 2)
{
    FakeReply r;
    r.kind = kind;
    r.text = u"one two three four five six"_s;
    r.cutAfterTokens = after;
    return r;
}

void addProtocolRows()
{
    QTest::addColumn<EndpointProtocol>("protocol");
    QTest::addRow("openai") << EndpointProtocol::OpenAi;
    QTest::addRow("anthropic") << EndpointProtocol::Anthropic;
}

void addProtocolStreamRows()
{
    QTest::addColumn<EndpointProtocol>("protocol");
    QTest::addColumn<bool>("stream");
    QTest::addRow("openai stream") << EndpointProtocol::OpenAi << true;
    QTest::addRow("openai whole") << EndpointProtocol::OpenAi << false;
    QTest::addRow("anthropic stream") << EndpointProtocol::Anthropic << true;
    QTest::addRow("anthropic whole") << EndpointProtocol::Anthropic << false;
}

} // namespace

class TestProviderClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeLlm::FakeLlmServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ProviderClient> client;

    ChatResult run(const Endpoint &e, const ChatRequest &request, const QString &key = u"sk-test"_s)
    {
        ChatCall *call = client->chat(e, key, request);
        if (!waitFinished(call))
            return ChatResult{};
        return call->result();
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeLlm::FakeLlmServer>();
        QVERIFY(server->listen());
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ProviderClient>(nam.get());
        client->setRetryConfig(fastRetries());
    }

    void cleanup()
    {
        client.reset();
        nam.reset();
        server.reset();
    }

    void happyPath_data() { addProtocolStreamRows(); }
    void happyPath()
    {
        QFETCH(EndpointProtocol, protocol);
        QFETCH(bool, stream);
        const Endpoint e = endpointFor(*server, protocol);
        ChatCall *call = client->chat(e, u"sk-test-key"_s, ask(u"hello wide 世界"_s, stream));
        QSignalSpy events(call, &ChatCall::event);
        QSignalSpy attempts(call, &ChatCall::attemptStarted);
        QVERIFY(waitFinished(call));
        const ChatResult r = call->result();
        QCOMPARE(callStatusKey(r.status), u"ok"_s);
        QCOMPARE(r.text, u"hello wide 世界"_s);
        QCOMPARE(r.finishReason, u"stop"_s);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(attempts.count(), 1);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.requestId, u"req_fake_1"_s);
        QCOMPARE(r.model, u"fake-model"_s);
        QCOMPARE(r.usage.input, std::optional<qint64>(3));
        QCOMPARE(r.usage.output, std::optional<qint64>(3));
        QVERIFY(r.cost.has_value());
        QCOMPARE(*r.cost, (3 * 2.0 + 3 * 8.0) / 1e6);
        QVERIFY(r.ttftMs.has_value());
        QVERIFY(r.latencyMs >= *r.ttftMs);
        QVERIFY(r.errorMessage.isEmpty());
        if (stream)
            QVERIFY(events.count() >= 3); // meta, three text deltas, finish, usage

        QCOMPARE(server->requestCount(), 1);
        const FakeLlm::RecordedRequest &req = server->requests().first();
        QCOMPARE(req.json.value(u"model"_s).toString(), u"fake-model"_s);
        QCOMPARE(req.json.value(u"stream"_s).toBool(), stream);
        if (protocol == EndpointProtocol::OpenAi) {
            QCOMPARE(req.path, QByteArray("/v1/chat/completions"));
            QCOMPARE(req.header("authorization"), QByteArray("Bearer sk-test-key"));
            QCOMPARE(req.json.value(u"stream_options"_s)
                             .toObject()
                             .value(u"include_usage"_s)
                             .toBool(),
                     stream);
        } else {
            QCOMPARE(req.path, QByteArray("/v1/messages"));
            QCOMPARE(req.header("x-api-key"), QByteArray("sk-test-key"));
            QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
            QVERIFY(req.header("authorization").isEmpty());
            QCOMPARE(req.json.value(u"max_tokens"_s).toInt(), 4096);
        }
    }

    void toolCalls_data() { addProtocolStreamRows(); }
    void toolCalls()
    {
        QFETCH(EndpointProtocol, protocol);
        QFETCH(bool, stream);
        FakeReply reply;
        reply.kind = FakeReply::Kind::Text;
        reply.toolCalls = {FakeToolCall{u"call_1"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s},
                           FakeToolCall{u"call_2"_s, u"get_time"_s, u"{\"tz\":\"CET\"}"_s}};
        server->enqueue(reply);
        ChatRequest request = ask(u"weather and time?"_s, stream);
        request.tools << ToolSpec{u"get_weather"_s, u"Weather"_s,
                                  QJsonObject{{u"type"_s, u"object"_s}}};
        const ChatResult r = run(endpointFor(*server, protocol), request);
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.finishReason, u"tool_calls"_s);
        QCOMPARE(r.toolCalls.size(), 2);
        QCOMPARE(r.toolCalls.at(0),
                 (ToolCall{u"call_1"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s}));
        QCOMPARE(r.toolCalls.at(1), (ToolCall{u"call_2"_s, u"get_time"_s, u"{\"tz\":\"CET\"}"_s}));
        QVERIFY(r.text.isEmpty());
        const QJsonArray tools = server->requests().first().json.value(u"tools"_s).toArray();
        QCOMPARE(tools.size(), 1);
        if (protocol == EndpointProtocol::OpenAi)
            QCOMPARE(tools.at(0)[u"function"_s][u"name"_s].toString(), u"get_weather"_s);
        else
            QCOMPARE(tools.at(0)[u"input_schema"_s][u"type"_s].toString(), u"object"_s);
    }

    void usageUnknownIsNotZero_data() { addProtocolStreamRows(); }
    void usageUnknownIsNotZero()
    {
        QFETCH(EndpointProtocol, protocol);
        QFETCH(bool, stream);
        FakeReply none;
        none.usage = false;
        server->enqueue(none);
        const ChatResult unknown = run(endpointFor(*server, protocol), ask(u"a b"_s, stream));
        QCOMPARE(unknown.status, CallStatus::Ok);
        QVERIFY(!unknown.usage.output.has_value());
        QVERIFY(!unknown.cost.has_value());

        FakeReply zero;
        zero.kind = FakeReply::Kind::Text;
        zero.text = QString();
        zero.inputTokens = 0;
        server->enqueue(zero);
        const ChatResult known = run(endpointFor(*server, protocol), ask(u"a b"_s, stream));
        QCOMPARE(known.status, CallStatus::Ok);
        QCOMPARE(known.usage.input, std::optional<qint64>(0));
        QCOMPARE(known.usage.output, std::optional<qint64>(0));
        QCOMPARE(known.cost, std::optional<double>(0.0));
    }

    void cachedInputCost_data() { addProtocolRows(); }
    void cachedInputCost()
    {
        QFETCH(EndpointProtocol, protocol);
        FakeReply reply;
        reply.kind = FakeReply::Kind::Text;
        reply.text = u"x y"_s;
        reply.inputTokens = 1000;
        reply.cachedTokens = 400;
        server->enqueue(reply);
        Endpoint e = endpointFor(*server, protocol);
        e.prices = EndpointPrices{3.0, 0.3, 15.0};
        const ChatResult r = run(e, ask(u"q"_s));
        QCOMPARE(r.usage.input, std::optional<qint64>(1000));
        QCOMPARE(r.usage.cachedInput, std::optional<qint64>(400));
        QCOMPARE(r.usage.output, std::optional<qint64>(2));
        QVERIFY(r.cost.has_value());
        QVERIFY(qAbs(*r.cost - (600 * 3.0 + 400 * 0.3 + 2 * 15.0) / 1e6) < 1e-12);
    }

    void retryAfterHonoured_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("minWaitMs");
        QTest::addRow("retry-after seconds")
                << QByteArray("retry-after") << QByteArray("1") << 1000;
        QTest::addRow("retry-after-ms")
                << QByteArray("retry-after-ms") << QByteArray("1200") << 1200;
        QTest::addRow("retry-after date")
                << QByteArray("retry-after") << QByteArray("in 2 s") << 900;
    }
    void retryAfterHonoured()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, minWaitMs);
        if (value == "in 2 s") { // an HTTP date two seconds ahead, made when the row runs
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(2);
            value = QLocale::c().toString(at, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        }
        FakeReply limited = httpError(429, u"Rate limit reached."_s);
        limited.headers = {{header, value}};
        server->enqueue(limited);
        QElapsedTimer clock;
        QList<qint64> arrivals;
        connect(server.get(), &FakeLlm::FakeLlmServer::requestReceived, this,
                [&] { arrivals << clock.elapsed(); });
        clock.start();
        const ChatResult r = run(endpointFor(*server, EndpointProtocol::OpenAi), ask(u"hi"_s));
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(arrivals.size(), 2);
        QVERIFY2(arrivals.at(1) - arrivals.at(0) >= minWaitMs,
                 qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    }

    void longRetryAfterDoesNotSleep_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("errorType");
        QTest::addRow("retry-after 300") << QByteArray("300") << QString();
        QTest::addRow("quota") << QByteArray() << u"insufficient_quota"_s;
    }
    void longRetryAfterDoesNotSleep()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, errorType);
        FakeReply limited = httpError(429, u"You exceeded your current quota."_s);
        limited.errorType = errorType;
        if (!retryAfter.isEmpty())
            limited.headers = {{"retry-after", retryAfter}};
        server->enqueue(limited);
        QElapsedTimer clock;
        clock.start();
        const ChatResult r = run(endpointFor(*server, EndpointProtocol::OpenAi), ask(u"hi"_s));
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(r.status, CallStatus::Error);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(r.httpStatus, 429);
        QVERIFY(r.rateLimitedUntil.isValid());
        QVERIFY2(r.errorMessage.contains(u"You exceeded your current quota."_s),
                 qPrintable(r.errorMessage));
        if (!retryAfter.isEmpty()) {
            QVERIFY(r.rateLimitedUntil > QDateTime::currentDateTimeUtc().addSecs(250));
            QVERIFY(r.errorMessage.contains(u"rate-limited until"_s));
        } else {
            QVERIFY(r.errorMessage.contains(u"quota"_s));
        }
    }

    void serverErrors_data()
    {
        QTest::addColumn<EndpointProtocol>("protocol");
        QTest::addColumn<QList<int>>("statuses"); // scripted before the default success
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("ok");
        QTest::addRow("500 500 200")
                << EndpointProtocol::OpenAi << QList<int>{500, 500} << 3 << true;
        QTest::addRow("500 x3") << EndpointProtocol::OpenAi << QList<int>{500, 500, 500} << 3
                                << false;
        QTest::addRow("503 x4") << EndpointProtocol::OpenAi << QList<int>{503, 503, 503, 503} << 3
                                << false;
        QTest::addRow("529 200") << EndpointProtocol::Anthropic << QList<int>{529} << 2 << true;
        QTest::addRow("408 409 200")
                << EndpointProtocol::Anthropic << QList<int>{408, 409} << 3 << true;
        QTest::addRow("429 200") << EndpointProtocol::OpenAi << QList<int>{429} << 2 << true;
    }
    void serverErrors()
    {
        QFETCH(EndpointProtocol, protocol);
        QFETCH(QList<int>, statuses);
        QFETCH(int, attempts);
        QFETCH(bool, ok);
        for (int s : statuses)
            server->enqueue(httpError(s, u"Upstream trouble %1."_s.arg(s)));
        const ChatResult r = run(endpointFor(*server, protocol), ask(u"hi there"_s));
        QCOMPARE(r.attempts, attempts);
        QCOMPARE(server->requestCount(), attempts);
        QCOMPARE(r.status, ok ? CallStatus::Ok : CallStatus::Error);
        QCOMPARE(r.attemptRequestIds.size(), attempts);
        QCOMPARE(QSet<QString>(r.attemptRequestIds.begin(), r.attemptRequestIds.end()).size(),
                 attempts);
        if (ok)
            QCOMPARE(r.text, u"hi there"_s);
        else
            QVERIFY2(r.errorMessage.contains(u"Upstream trouble"_s), qPrintable(r.errorMessage));
    }

    void fatalStatuses_data()
    {
        QTest::addColumn<EndpointProtocol>("protocol");
        QTest::addColumn<int>("status");
        for (int s : {400, 401, 403, 404, 422}) {
            QTest::addRow("openai %d", s) << EndpointProtocol::OpenAi << s;
            QTest::addRow("anthropic %d", s) << EndpointProtocol::Anthropic << s;
        }
    }
    void fatalStatuses()
    {
        QFETCH(EndpointProtocol, protocol);
        QFETCH(int, status);
        const QString message = u"Provider says no (%1)."_s.arg(status);
        server->enqueue(httpError(status, message));
        const ChatResult r = run(endpointFor(*server, protocol), ask(u"hi"_s));
        QCOMPARE(r.status, CallStatus::Error);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(r.httpStatus, status);
        QVERIFY2(r.errorMessage.contains(message), qPrintable(r.errorMessage));
        QVERIFY(r.errorMessage.contains(QString::number(status)));
    }

    void shouldRetryHeader()
    {
        FakeReply noRetry = httpError(500, u"Do not retry me."_s);
        noRetry.headers = {{"x-should-retry", "false"}};
        server->enqueue(noRetry);
        const ChatResult a = run(endpointFor(*server, EndpointProtocol::OpenAi), ask(u"x"_s));
        QCOMPARE(a.status, CallStatus::Error);
        QCOMPARE(a.attempts, 1);

        FakeReply retry = httpError(400, u"Retry me anyway."_s);
        retry.headers = {{"x-should-retry", "true"}};
        server->enqueue(retry);
        const ChatResult b = run(endpointFor(*server, EndpointProtocol::Anthropic), ask(u"y"_s));
        QCOMPARE(b.status, CallStatus::Ok);
        QCOMPARE(b.attempts, 2);
        QCOMPARE(server->requestCount(), 3);
    }

    void cutStreamIsIncomplete_data() { addProtocolRows(); }
    void cutStreamIsIncomplete()
    {
        QFETCH(EndpointProtocol, protocol);
        server->enqueue(fault(FakeReply::Kind::CutStream, 2));
        const ChatResult r = run(endpointFor(*server, protocol), ask(u"q"_s));
        QCOMPARE(callStatusKey(r.status), u"incomplete"_s);
        QCOMPARE(r.text, u"one two "_s);
        QCOMPARE(r.attempts, 1); // a stream cut after it started is not retried
        QCOMPARE(server->requestCount(), 1);
        QVERIFY(!r.usage.output.has_value());
        QVERIFY(!r.cost.has_value());
        QVERIFY(!r.errorMessage.isEmpty());
    }

    void cutBeforeContentIsRetried_data() { addProtocolRows(); }
    void cutBeforeContentIsRetried()
    {
        QFETCH(EndpointProtocol, protocol);
        server->enqueue(fault(FakeReply::Kind::CutStream, 0));
        const ChatResult r = run(endpointFor(*server, protocol), ask(u"again please"_s));
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.text, u"again please"_s);
    }

    void cutWholeBodyIsRetried_data() { addProtocolRows(); }
    void cutWholeBodyIsRetried()
    {
        QFETCH(EndpointProtocol, protocol);
        server->enqueue(fault(FakeReply::Kind::CutStream));
        const ChatResult r = run(endpointFor(*server, protocol), ask(u"whole body"_s, false));
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.text, u"whole body"_s);
        QCOMPARE(r.attemptRequestIds.size(), 2);
    }

    void errorEventAfter200_data() { addProtocolRows(); }
    void errorEventAfter200()
    {
        QFETCH(EndpointProtocol, protocol);
        server->enqueue(fault(FakeReply::Kind::ErrorAfter200, 2));
        ChatCall *call
                = client->chat(endpointFor(*server, protocol), u"k"_s, ask(u"full answer"_s));
        QSignalSpy attempts(call, &ChatCall::attemptStarted);
        QVERIFY(waitFinished(call));
        const ChatResult r = call->result();
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(attempts.count(), 2);
        QCOMPARE(r.text, u"full answer"_s); // only the successful attempt's text

        for (int i = 0; i < 3; ++i)
            server->enqueue(fault(FakeReply::Kind::ErrorAfter200, 1));
        const ChatResult failed = run(endpointFor(*server, protocol), ask(u"x"_s));
        QCOMPARE(failed.status, CallStatus::Error);
        QCOMPARE(failed.attempts, 3);
        QVERIFY2(failed.errorMessage.contains(protocol == EndpointProtocol::Anthropic
                                                      ? u"Overloaded"_s
                                                      : u"The server had an error"_s),
                 qPrintable(failed.errorMessage));
    }

    void stallHitsIdleTimeout_data() { addProtocolRows(); }
    void stallHitsIdleTimeout()
    {
        QFETCH(EndpointProtocol, protocol);
        Endpoint e = endpointFor(*server, protocol);
        e.limits.idleTimeoutMs = 300;
        server->enqueue(fault(FakeReply::Kind::Stall, 2));
        QElapsedTimer clock;
        clock.start();
        const ChatResult r = run(e, ask(u"q"_s));
        QCOMPARE(r.status, CallStatus::Incomplete);
        QCOMPARE(r.text, u"one two "_s);
        QVERIFY(r.errorMessage.contains(u"idle"_s));
        QVERIFY(clock.elapsed() >= 300);
        QVERIFY(clock.elapsed() < 3000);

        // Silent before any content: retried, then given up after three attempts.
        for (int i = 0; i < 3; ++i)
            server->enqueue(fault(FakeReply::Kind::Stall, 0));
        const ChatResult silent = run(e, ask(u"q"_s));
        QCOMPARE(silent.status, CallStatus::Error);
        QCOMPARE(silent.attempts, 3);
    }

    void stallWithoutStreaming()
    {
        Endpoint e = endpointFor(*server, EndpointProtocol::OpenAi);
        e.limits.idleTimeoutMs = 200;
        server->enqueue(fault(FakeReply::Kind::Stall));
        const ChatResult r = run(e, ask(u"whole"_s, false));
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.attempts, 2);
    }

    void overallTimeout()
    {
        Endpoint e = endpointFor(*server, EndpointProtocol::Anthropic);
        e.limits.overallTimeoutMs = 400;
        FakeReply slow;
        slow.kind = FakeReply::Kind::Text;
        slow.text = u"a b c d e f g h i j k l m n o p"_s;
        slow.tokenDelayMs = 100;
        server->enqueue(slow);
        const ChatResult r = run(e, ask(u"q"_s));
        QCOMPARE(r.status, CallStatus::Incomplete);
        QVERIFY(r.text.startsWith(u"a b"_s));
        QVERIFY(r.text.size() < slow.text.size());
    }

    void malformedJson_data() { addProtocolStreamRows(); }
    void malformedJson()
    {
        QFETCH(EndpointProtocol, protocol);
        QFETCH(bool, stream);
        server->enqueue(fault(FakeReply::Kind::MalformedJson));
        const ChatResult r = run(endpointFor(*server, protocol), ask(u"q"_s, stream));
        QCOMPARE(r.status, CallStatus::Error);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.errorMessage.contains(u"malformed JSON"_s), qPrintable(r.errorMessage));
    }

    void cancelWithinOneSecond_data() { addProtocolRows(); }
    void cancelWithinOneSecond()
    {
        QFETCH(EndpointProtocol, protocol);
        FakeReply slow;
        slow.kind = FakeReply::Kind::Text;
        slow.text = u"tick tock tick tock tick tock tick tock tick tock"_s;
        slow.tokenDelayMs = 400;
        server->enqueue(slow);
        ChatCall *call = client->chat(endpointFor(*server, protocol), u"k"_s, ask(u"q"_s));
        QSignalSpy events(call, &ChatCall::event);
        QSignalSpy finished(call, &ChatCall::finished);
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const QList<QVariant> &args : std::as_const(events)) {
                        if (args.at(0).value<StreamEvent>().kind == StreamEvent::Kind::TextDelta)
                            return true;
                    }
                    return false;
                }(),
                5000);
        QElapsedTimer clock;
        clock.start();
        call->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(callStatusKey(call->result().status), u"cancelled"_s);
        QVERIFY(call->result().text.startsWith(u"tick"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), 0, 2000);
        call->cancel(); // idempotent
        QCOMPARE(finished.count(), 1);
    }

    void cancelDuringBackoff()
    {
        RetryConfig slow = fastRetries();
        slow.backoffBaseMs = 5000;
        slow.backoffMaxMs = 5000;
        client->setRetryConfig(slow);
        server->enqueue(httpError(500));
        ChatCall *call
                = client->chat(endpointFor(*server, EndpointProtocol::OpenAi), u"k"_s, ask(u"q"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(call->result().httpStatus == 500, 2000); // now in backoff
        QVERIFY(!call->isFinished());
        call->cancel();
        QVERIFY(call->isFinished());
        QCOMPARE(call->result().status, CallStatus::Cancelled);
        QCOMPARE(server->requestCount(), 1);
    }

    void connectionRefused()
    {
        Endpoint e = endpointFor(*server, EndpointProtocol::OpenAi);
        server.reset(); // nothing listens on that port any more
        const ChatResult r = run(e, ask(u"q"_s));
        QCOMPARE(r.status, CallStatus::Error);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.errorMessage.contains(u"Could not reach"_s), qPrintable(r.errorMessage));
    }

    void concurrencyLimit()
    {
        Endpoint e = endpointFor(*server, EndpointProtocol::OpenAi);
        e.limits.maxConcurrent = 2;
        FakeReply slow;
        slow.firstByteDelayMs = 150;
        server->setDefaultReply(slow);
        int finished = 0;
        int maxInFlight = 0;
        connect(server.get(), &FakeLlm::FakeLlmServer::requestReceived, this,
                [&](int received) { maxInFlight = std::max(maxInFlight, received - finished); });
        QList<ChatCall *> calls;
        for (int i = 0; i < 6; ++i) {
            calls << client->chat(e, u"k"_s, ask(u"n%1"_s.arg(i)));
            connect(calls.last(), &ChatCall::finished, this, [&] { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
        QCOMPARE(maxInFlight, 2);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(calls.at(i)->result().status, CallStatus::Ok);
            QCOMPARE(calls.at(i)->result().text, u"n%1"_s.arg(i));
        }
        QCOMPARE(client->gate(e)->active(), 0);
    }

    void requestsPerMinuteLimit()
    {
        client->setRateWindowMs(500); // the window is a minute outside tests
        Endpoint e = endpointFor(*server, EndpointProtocol::Anthropic);
        e.limits.requestsPerMinute = 2;
        QElapsedTimer clock;
        QList<qint64> arrivals;
        connect(server.get(), &FakeLlm::FakeLlmServer::requestReceived, this,
                [&] { arrivals << clock.elapsed(); });
        clock.start();
        QList<ChatCall *> calls;
        for (int i = 0; i < 4; ++i)
            calls << client->chat(e, u"k"_s, ask(u"r"_s));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.begin(), calls.end(),
                                             [](ChatCall *c) { return c->isFinished(); }),
                                 10000);
        QCOMPARE(arrivals.size(), 4);
        QVERIFY2(arrivals.at(1) < 400, qPrintable(QString::number(arrivals.at(1))));
        QVERIFY2(arrivals.at(2) >= 450, qPrintable(QString::number(arrivals.at(2))));
        QVERIFY2(arrivals.at(3) >= 450, qPrintable(QString::number(arrivals.at(3))));
    }

    void requestParameters()
    {
        Endpoint e = endpointFor(*server, EndpointProtocol::OpenAi);
        e.params.temperature = 0.2;
        e.params.maxTokens = 50;
        e.params.stop = {u"END"_s};
        e.params.seed = 7;
        e.extraBody = QJsonObject{{u"enable_thinking"_s, false}};
        ChatRequest request = ask(u"q"_s);
        request.params.temperature = 0.9;
        request.messages.prepend(ChatMessage::text(ChatRole::System, u"Be brief."_s));
        QCOMPARE(run(e, request).status, CallStatus::Ok);
        const QJsonObject body = server->requests().last().json;
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.9);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 50); // compatible servers: max_tokens
        QCOMPARE(body.value(u"stop"_s).toArray().at(0).toString(), u"END"_s);
        QCOMPARE(body.value(u"seed"_s).toInt(), 7);
        QCOMPARE(body.value(u"enable_thinking"_s).toBool(true), false);
        QCOMPARE(body.value(u"messages"_s).toArray().at(0)[u"role"_s].toString(), u"system"_s);

        Endpoint a = endpointFor(*server, EndpointProtocol::Anthropic);
        a.params.stop = {u"END"_s};
        ChatRequest conversation;
        conversation.messages << ChatMessage::text(ChatRole::System, u"Be brief."_s);
        conversation.messages << ChatMessage::text(ChatRole::User, u"Weather?"_s);
        ChatPart call;
        call.kind = PartKind::ToolCall;
        call.toolCallId = u"toolu_1"_s;
        call.toolName = u"get_weather"_s;
        call.arguments = u"{\"city\":\"Oslo\"}"_s;
        conversation.messages << ChatMessage{ChatRole::Assistant, {call}};
        ChatPart result;
        result.kind = PartKind::ToolResult;
        result.toolCallId = u"toolu_1"_s;
        result.text = u"rain"_s;
        conversation.messages << ChatMessage{ChatRole::Tool, {result}};
        conversation.messages << ChatMessage::text(ChatRole::User, u"So?"_s);
        QCOMPARE(run(a, conversation).status, CallStatus::Ok);
        const QJsonObject ab = server->requests().last().json;
        QCOMPARE(ab.value(u"system"_s).toString(), u"Be brief."_s);
        QCOMPARE(ab.value(u"stop_sequences"_s).toArray().at(0).toString(), u"END"_s);
        const QJsonArray msgs = ab.value(u"messages"_s).toArray();
        QCOMPARE(msgs.size(), 3); // the tool result and the next user turn merge
        QCOMPARE(msgs.at(1)[u"content"_s][0][u"input"_s][u"city"_s].toString(), u"Oslo"_s);
        QCOMPARE(msgs.at(2)[u"role"_s].toString(), u"user"_s);
        QCOMPARE(msgs.at(2)[u"content"_s][0][u"type"_s].toString(), u"tool_result"_s);
        QCOMPARE(msgs.at(2)[u"content"_s][1][u"text"_s].toString(), u"So?"_s);
    }
    void connectionTest_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("needle");
        QTest::addRow("ok") << 200 << u"Connected: model fake-model answered in"_s;
        QTest::addRow("bad key") << 401 << u"refused the key (HTTP 401): "_s;
        QTest::addRow("unknown model") << 404 << u"(HTTP 404): "_s;
        QTest::addRow("server down") << 503 << u"failed after 3 attempt(s)"_s;
    }
    void connectionTest()
    {
        QFETCH(int, status);
        QFETCH(QString, needle);
        if (status != 200) {
            for (int i = 0; i < 3; ++i)
                server->enqueue(httpError(status, u"Provider words."_s));
        }
        const Endpoint e = endpointFor(*server, EndpointProtocol::Anthropic);
        const ChatResult r = run(e, connectionTestRequest());
        const QString text = describeConnectionTest(e, r);
        QVERIFY2(text.contains(needle), qPrintable(text));
        if (status != 200)
            QVERIFY(text.contains(u"Provider words."_s));
        const QJsonObject body = server->requests().first().json;
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 16);
        QVERIFY(!body.contains(u"stream"_s));
    }

    void resultJson()
    {
        server->enqueue(fault(FakeReply::Kind::CutStream, 3));
        const ChatResult cut = run(endpointFor(*server, EndpointProtocol::OpenAi), ask(u"q"_s));
        const QJsonObject j = chatResultToJson(cut);
        QCOMPARE(j.value(u"status"_s).toString(), u"incomplete"_s);
        QCOMPARE(j.value(u"text"_s).toString(), u"one two three "_s);
        QVERIFY(j.value(u"usage"_s)[u"output_tokens"_s].isNull()); // unknown, not 0
        QVERIFY(j.value(u"cost"_s).isNull());
        QCOMPARE(j.value(u"attempts"_s).toInt(), 1);
        QVERIFY(j.value(u"ttft_ms"_s).isDouble());
        QVERIFY(j.value(u"latency_ms"_s).isDouble());
        QVERIFY(j.value(u"tool_calls"_s).isArray());
        QVERIFY(j.value(u"error"_s).isString());

        const ChatResult ok = run(endpointFor(*server, EndpointProtocol::OpenAi), ask(u"a b c"_s));
        const QJsonObject k = chatResultToJson(ok);
        QCOMPARE(k.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(k.value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(k.value(u"usage"_s)[u"input_tokens"_s].toInt(), 3);
        QCOMPARE(k.value(u"usage"_s)[u"output_tokens"_s].toInt(), 3);
        QVERIFY(k.value(u"error"_s).isNull());
        QCOMPARE(k.value(u"request_id"_s).toString(), u"req_fake_2"_s);
    }
    void imagePartsAndReasoning_data() { addProtocolRows(); }
    void imagePartsAndReasoning()
    {
        QFETCH(EndpointProtocol, protocol);
        ChatPart text = ChatPart::textPart(u"What is in the picture?"_s);
        ChatPart inlineImage;
        inlineImage.kind = PartKind::Image;
        inlineImage.mediaType = u"image/png"_s;
        inlineImage.data = "iVBORw0KGgo=";
        ChatPart linked;
        linked.kind = PartKind::Image;
        linked.url = u"https://example.invalid/cat.jpg"_s;
        ChatPart thought;
        thought.kind = PartKind::Reasoning;
        thought.text = u"Earlier thinking."_s;
        thought.signature = u"sig-abc"_s;
        ChatRequest request;
        request.messages << ChatMessage{ChatRole::User, {text}};
        request.messages << ChatMessage{ChatRole::Assistant,
                                        {thought, ChatPart::textPart(u"Hm."_s)}};
        request.messages << ChatMessage{ChatRole::User, {inlineImage, linked}};
        QCOMPARE(run(endpointFor(*server, protocol), request).status, CallStatus::Ok);
        const QJsonArray msgs = server->requests().last().json.value(u"messages"_s).toArray();
        QCOMPARE(msgs.size(), 3);
        const QJsonArray parts = msgs.at(2)[u"content"_s].toArray();
        QCOMPARE(parts.size(), 2);
        if (protocol == EndpointProtocol::OpenAi) {
            QCOMPARE(parts.at(0)[u"image_url"_s][u"url"_s].toString(),
                     u"data:image/png;base64,iVBORw0KGgo="_s);
            QCOMPARE(parts.at(1)[u"image_url"_s][u"url"_s].toString(),
                     u"https://example.invalid/cat.jpg"_s);
            QCOMPARE(msgs.at(1)[u"content"_s].toString(), u"Hm."_s); // no reasoning slot
        } else {
            QCOMPARE(parts.at(0)[u"source"_s][u"type"_s].toString(), u"base64"_s);
            QCOMPARE(parts.at(0)[u"source"_s][u"media_type"_s].toString(), u"image/png"_s);
            QCOMPARE(parts.at(0)[u"source"_s][u"data"_s].toString(), u"iVBORw0KGgo="_s);
            QCOMPARE(parts.at(1)[u"source"_s][u"type"_s].toString(), u"url"_s);
            const QJsonArray assistant = msgs.at(1)[u"content"_s].toArray();
            QCOMPARE(assistant.at(0)[u"type"_s].toString(), u"thinking"_s);
            QCOMPARE(assistant.at(0)[u"signature"_s].toString(), u"sig-abc"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderClient)
#include "tst_providerclient.moc"
