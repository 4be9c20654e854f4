// The standalone cutover-fake-llm program: starts on a free port, answers
// both protocols, stops when terminated.
#include "tests/providers/providertest.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Cutover;
using namespace Cutover::ProviderTest;

class TestFakeLlmProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersBothProtocols()
    {
        QProcess program;
        program.start(QStringLiteral(CUTOVER_FAKE_LLM_PROGRAM),
                      {u"--port"_s, u"0"_s, u"--reply"_s, u"fixed answer"_s});
        QVERIFY(program.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += program.readAllStandardOutput()).contains("anthropic"),
                                 10000);
        const QRegularExpressionMatch m
                = QRegularExpression(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s)
                          .match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        const QString port = m.captured(1);

        QNetworkAccessManager nam;
        ProviderClient client(&nam);
        for (const EndpointProtocol protocol :
             {EndpointProtocol::OpenAi, EndpointProtocol::Anthropic}) {
            for (bool stream : {true, false}) {
                Endpoint e;
                e.name = u"program"_s;
                e.protocol = protocol;
                e.baseUrl = protocol == EndpointProtocol::OpenAi
                                    ? u"http://127.0.0.1:%1/v1"_s.arg(port)
                                    : u"http://127.0.0.1:%1"_s.arg(port);
                e.model = u"any"_s;
                ChatCall *call = client.chat(e, u"any-key"_s, ask(u"question"_s, stream));
                QVERIFY(waitFinished(call));
                QCOMPARE(call->result().status, CallStatus::Ok);
                QCOMPARE(call->result().text, u"fixed answer"_s);
                QCOMPARE(call->result().usage.output, std::optional<qint64>(2));
            }
        }
        program.terminate();
        QVERIFY(program.waitForFinished(10000));
    }

    void refusesBadPort()
    {
        QProcess program;
        program.start(QStringLiteral(CUTOVER_FAKE_LLM_PROGRAM), {u"--port"_s, u"99999"_s});
        QVERIFY(program.waitForFinished(10000));
        QCOMPARE(program.exitCode(), 1);
        QVERIFY(program.readAllStandardError().contains("--port"));
    }
};

QTEST_GUILESS_MAIN(TestFakeLlmProgram)
#include "tst_fakellmprogram.moc"
