// cutover-cli ask and endpoint, run as real processes against the fake LLM
// server on loopback (in this process, so the event loop must keep running
// while the child waits for answers: no blocking waits here).

#include "clirunner.h"
#include "tests/support/fakellm/fakellmserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace Cutover::FakeLlm;
using namespace Qt::StringLiterals;
using Cutover::CliRunner::Run;
using Cutover::CliRunner::writeFile;

namespace {

const QString kCanary = u"sk-canary-7f3a9c2e51d84b6a"_s;

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CANARY_KEY"_s, kCanary);
    env.remove(u"CUTOVER_DEBUG"_s);
    return env;
}

Run cli(const QStringList &arguments)
{
    Cutover::CliRunner::RunOptions options;
    options.environment = environment();
    return Cutover::CliRunner::runCli(arguments, options);
}

QStringList askArgs(const FakeLlmServer &server, const QString &protocol)
{
    return {u"ask"_s,
            u"--protocol"_s,
            protocol,
            u"--base-url"_s,
            protocol == u"anthropic" ? server.anthropicBaseUrl() : server.openAiBaseUrl(),
            u"--model"_s,
            u"fake-model"_s};
}

FakeReply text(const QString &t)
{
    FakeReply r;
    r.kind = FakeReply::Kind::Text;
    r.text = t;
    return r;
}

} // namespace

class TestCliAsk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answers_data();
    void answers();
    void systemAndParametersAreSent();
    void jsonShape_data();
    void jsonShape();
    void unauthorizedKeyIsRedacted_data();
    void unauthorizedKeyIsRedacted();
    void serverErrorsExhaustRetries();
    void cutStreamKeepsPartialText_data();
    void cutStreamKeepsPartialText();
    void interruptCancels();
    void usageAndInputErrors_data();
    void usageAndInputErrors();
    void endpointRoundTrip();

private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliAsk::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliAsk::answers_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("stream");
    for (const QString &protocol : {u"openai"_s, u"anthropic"_s}) {
        QTest::addRow("%s stream", qPrintable(protocol)) << protocol << true;
        QTest::addRow("%s whole", qPrintable(protocol)) << protocol << false;
    }
}

void TestCliAsk::answers()
{
    QFETCH(QString, protocol);
    QFETCH(bool, stream);
    FakeReply reply = text(u"Bonjour, 世界 — all well"_s);
    reply.tokenDelayMs = 5;
    m_server->enqueue(reply);
    QStringList args = askArgs(*m_server, protocol);
    if (!stream)
        args << u"--no-stream"_s;
    args << u"Say hello"_s;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), u"Bonjour, 世界 — all well\n"_s);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest &req = m_server->requests().constFirst();
    QCOMPARE(req.json.value(u"stream"_s).toBool(), stream);
    QCOMPARE(req.json.value(u"model"_s).toString(), u"fake-model"_s);
    QVERIFY(req.path.endsWith(protocol == u"anthropic" ? "/v1/messages" : "/v1/chat/completions"));
}

void TestCliAsk::systemAndParametersAreSent()
{
    QStringList args = askArgs(*m_server, u"anthropic"_s);
    args << u"--system"_s << u"Be terse."_s << u"--max-tokens"_s << u"77"_s << u"--temperature"_s
         << u"0.25"_s << u"--key-env"_s << u"CANARY_KEY"_s << u"echo this"_s;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("echo this\n"));
    const RecordedRequest &req = m_server->requests().constFirst();
    QCOMPARE(req.json.value(u"system"_s).toString(), u"Be terse."_s);
    QCOMPARE(req.json.value(u"max_tokens"_s).toInt(), 77);
    QCOMPARE(req.json.value(u"temperature"_s).toDouble(), 0.25);
    QCOMPARE(req.header("x-api-key"), kCanary.toUtf8());
}

void TestCliAsk::jsonShape_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("stream");
    QTest::addRow("openai stream") << u"openai"_s << true;
    QTest::addRow("anthropic whole") << u"anthropic"_s << false;
}

void TestCliAsk::jsonShape()
{
    QFETCH(QString, protocol);
    QFETCH(bool, stream);
    FakeReply reply = text(u"three little words"_s);
    reply.inputTokens = 11;
    reply.toolCalls << FakeToolCall{u"call_1"_s, u"lookup"_s, u"{\"q\":\"x\"}"_s};
    m_server->enqueue(reply);
    QStringList args = askArgs(*m_server, protocol);
    args << u"--json"_s;
    if (!stream)
        args << u"--no-stream"_s;
    args << u"hi"_s;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(o.value(u"text"_s).toString(), u"three little words"_s);
    QCOMPARE(o.value(u"finish_reason"_s).toString(), u"tool_calls"_s);
    QCOMPARE(o.value(u"usage"_s).toObject().value(u"input_tokens"_s).toInt(), 11);
    QCOMPARE(o.value(u"usage"_s).toObject().value(u"output_tokens"_s).toInt(), 3);
    QVERIFY(o.value(u"ttft_ms"_s).isDouble());
    QVERIFY(o.value(u"latency_ms"_s).toDouble() >= o.value(u"ttft_ms"_s).toDouble());
    QCOMPARE(o.value(u"attempts"_s).toInt(), 1);
    const QJsonArray tools = o.value(u"tool_calls"_s).toArray();
    QCOMPARE(tools.size(), 1);
    QCOMPARE(tools.at(0).toObject().value(u"name"_s).toString(), u"lookup"_s);
    QCOMPARE(tools.at(0).toObject().value(u"arguments"_s).toString(), u"{\"q\":\"x\"}"_s);
}

void TestCliAsk::unauthorizedKeyIsRedacted_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("json");
    QTest::addRow("openai") << u"openai"_s << false;
    QTest::addRow("anthropic json") << u"anthropic"_s << true;
}

void TestCliAsk::unauthorizedKeyIsRedacted()
{
    QFETCH(QString, protocol);
    QFETCH(bool, json);
    m_server->setRequiredKey(u"sk-the-right-one-000000"_s);
    QStringList args = askArgs(*m_server, protocol);
    args << u"--key-env"_s << u"CANARY_KEY"_s;
    if (json)
        args << u"--json"_s;
    args << u"hello"_s;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(m_server->requestCount(), 1); // 401 is not retried
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(u"401"_s), qPrintable(err));
    QVERIFY2(err.contains(u"Incorrect API key provided"_s), qPrintable(err));
    QVERIFY2(!r.err.contains(kCanary.toUtf8()), r.err.constData());
    QVERIFY2(!r.out.contains(kCanary.toUtf8()), r.out.constData());
    QVERIFY(!r.err.contains(kCanary.right(12).toUtf8()));
    if (json) {
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"status"_s).toString(), u"error"_s);
        QCOMPARE(o.value(u"http_status"_s).toInt(), 401);
    }
}

void TestCliAsk::serverErrorsExhaustRetries()
{
    FakeReply failure;
    failure.kind = FakeReply::Kind::HttpError;
    failure.status = 500;
    failure.errorMessage = u"The server had an error while processing your request."_s;
    m_server->setDefaultReply(failure);
    QStringList args = askArgs(*m_server, u"openai"_s);
    args << u"hello"_s;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(m_server->requestCount(), 3); // the SDKs' two retries
    QCOMPARE(r.out, QByteArray());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(u"500"_s), qPrintable(err));
    QVERIFY2(err.contains(u"processing your request"_s), qPrintable(err));
}

void TestCliAsk::cutStreamKeepsPartialText_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addRow("openai") << u"openai"_s;
    QTest::addRow("anthropic") << u"anthropic"_s;
}

void TestCliAsk::cutStreamKeepsPartialText()
{
    QFETCH(QString, protocol);
    FakeReply cut = text(u"alpha beta gamma delta epsilon"_s);
    cut.kind = FakeReply::Kind::CutStream;
    cut.cutAfterTokens = 2;
    m_server->enqueue(cut);
    QStringList args = askArgs(*m_server, protocol);
    args << u"hello"_s;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(m_server->requestCount(), 1); // a stream cut after content is not retried
    QVERIFY2(r.out.startsWith("alpha"), r.out.constData());
    QVERIFY(!r.out.contains("epsilon"));
    QVERIFY2(r.err.contains("broke off") || r.err.contains("before it was complete"),
             r.err.constData());
}

void TestCliAsk::interruptCancels()
{
    FakeReply stall = text(u"one two three four five"_s);
    stall.kind = FakeReply::Kind::Stall;
    stall.cutAfterTokens = 2;
    m_server->enqueue(stall);
    QProcess p;
    p.setProcessEnvironment(environment());
    QStringList args = askArgs(*m_server, u"openai"_s);
    args << u"hello"_s;
    p.start(QString::fromUtf8(CUTOVER_CLI), args);
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains("two");
            },
            20000));
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 10000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    out += p.readAllStandardOutput();
    QVERIFY2(out.endsWith('\n'), out.constData()); // the partial answer, then a line end
    QCOMPARE(out.simplified(), QByteArray("one two"));
    QVERIFY(p.readAllStandardError().contains("cancelled"));
}

void TestCliAsk::usageAndInputErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString url = u"http://127.0.0.1:9/v1"_s;
    QTest::addRow("no prompt") << QStringList{u"ask"_s, u"--protocol"_s, u"openai"_s} << 1;
    QTest::addRow("no model") << QStringList{u"ask"_s,    u"--protocol"_s,
                                             u"openai"_s, u"--base-url"_s,
                                             url,         u"hi"_s}
                              << 1;
    QTest::addRow("bad protocol") << QStringList{u"ask"_s,  u"--protocol"_s,
                                                 u"grpc"_s, u"--base-url"_s,
                                                 url,       u"--model"_s,
                                                 u"m"_s,    u"hi"_s}
                                  << 1;
    QTest::addRow("bad max tokens")
            << QStringList{u"ask"_s,  u"--protocol"_s, u"openai"_s, u"--base-url"_s,
                           url,       u"--model"_s,    u"m"_s,      u"--max-tokens"_s,
                           u"many"_s, u"hi"_s}
            << 1;
    QTest::addRow("endpoint without project")
            << QStringList{u"ask"_s, u"--endpoint"_s, u"x"_s, u"hi"_s} << 1;
    QTest::addRow("not a URL") << QStringList{u"ask"_s,        u"--protocol"_s, u"openai"_s,
                                              u"--base-url"_s, u"ftp:/x"_s,     u"--model"_s,
                                              u"m"_s,          u"hi"_s}
                               << 2;
    QTest::addRow("key variable unset") << QStringList{u"ask"_s,
                                                       u"--protocol"_s,
                                                       u"openai"_s,
                                                       u"--base-url"_s,
                                                       url,
                                                       u"--model"_s,
                                                       u"m"_s,
                                                       u"--key-env"_s,
                                                       u"CUTOVER_TEST_NO_SUCH_VARIABLE"_s,
                                                       u"hi"_s}
                                        << 2;
    QTest::addRow("nothing listens") << QStringList{u"ask"_s,
                                                    u"--protocol"_s,
                                                    u"openai"_s,
                                                    u"--base-url"_s,
                                                    u"http://127.0.0.1:1/v1"_s,
                                                    u"--model"_s,
                                                    u"m"_s,
                                                    u"hi"_s}
                                     << 3;
    QTest::addRow("unknown subcommand") << QStringList{u"endpoint"_s, u"rename"_s} << 1;
}

void TestCliAsk::usageAndInputErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("cutover-cli: "));
}

void TestCliAsk::endpointRoundTrip()
{
    const QString project = m_dir->filePath(u"p.cutover"_s);
    QCOMPARE(cli({u"new"_s, project}).exitCode, 0);
    Run r = cli({u"endpoint"_s, u"add"_s, project, u"--preset"_s, u"openai"_s, u"--name"_s,
                 u"Base"_s, u"--base-url"_s, m_server->openAiBaseUrl(), u"--model"_s, u"fake-a"_s,
                 u"--key-env"_s, u"CANARY_KEY"_s, u"--role"_s, u"baseline"_s, u"--price-in"_s,
                 u"2.5"_s, u"--price-out"_s, u"10"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"endpoint"_s, u"add"_s, project, u"--preset"_s, u"anthropic"_s, u"--name"_s,
             u"Next"_s, u"--base-url"_s, m_server->anthropicBaseUrl(), u"--role"_s,
             u"candidate"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A duplicate name and an unknown preset are refused.
    QCOMPARE(cli({u"endpoint"_s, u"add"_s, project, u"--name"_s, u"Base"_s, u"--base-url"_s,
                  m_server->openAiBaseUrl(), u"--model"_s, u"m"_s})
                     .exitCode,
             2);
    QCOMPARE(cli({u"endpoint"_s, u"add"_s, project, u"--preset"_s, u"nope"_s}).exitCode, 1);

    r = cli({u"endpoint"_s, u"list"_s, project, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject base = list.at(0).toObject();
    QCOMPARE(base.value(u"name"_s).toString(), u"Base"_s);
    QCOMPARE(base.value(u"role"_s).toString(), u"baseline"_s);
    QCOMPARE(base.value(u"protocol"_s).toString(), u"openai"_s);
    QCOMPARE(base.value(u"model"_s).toString(), u"fake-a"_s);
    QCOMPARE(base.value(u"key_ref"_s).toString(), u"env:CANARY_KEY"_s);
    QCOMPARE(base.value(u"price_input"_s).toDouble(), 2.5);
    QCOMPARE(base.value(u"price_output"_s).toDouble(), 10.0);
    const QJsonObject next = list.at(1).toObject();
    QCOMPARE(next.value(u"role"_s).toString(), u"candidate"_s);
    QCOMPARE(next.value(u"protocol"_s).toString(), u"anthropic"_s);

    r = cli({u"endpoint"_s, u"list"_s, project});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 2);
    QVERIFY(r.out.startsWith("Base\tbaseline\topenai\tfake-a\t"));

    // ask through the stored endpoint: its key reference and cost are used.
    m_server->setRequiredKey(kCanary);
    m_server->enqueue(text(u"stored endpoint works"_s));
    r = cli({u"ask"_s, u"--project"_s, project, u"--endpoint"_s, u"Base"_s, u"--json"_s, u"hi"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value(u"text"_s).toString(), u"stored endpoint works"_s);
    QVERIFY(answer.value(u"cost"_s).toDouble() > 0);
    QCOMPARE(m_server->requests().constLast().json.value(u"model"_s).toString(), u"fake-a"_s);
    QCOMPARE(cli({u"ask"_s, u"--project"_s, project, u"--endpoint"_s, u"Missing"_s, u"hi"_s})
                     .exitCode,
             2);

    // The key never reaches the project file.
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kCanary.toUtf8()));
    file.close();

    QCOMPARE(cli({u"endpoint"_s, u"remove"_s, project, u"Base"_s}).exitCode, 0);
    QCOMPARE(cli({u"endpoint"_s, u"remove"_s, project, u"Base"_s}).exitCode, 2);
    r = cli({u"endpoint"_s, u"list"_s, project, u"--json"_s});
    list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"name"_s).toString(), u"Next"_s);
}

QTEST_GUILESS_MAIN(TestCliAsk)
#include "tst_cli_ask.moc"
