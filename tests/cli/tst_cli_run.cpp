// cutover-cli prompt, cases import and run as real processes against the
// fake LLM server on loopback (in this process: no blocking waits here).

#include "clirunner.h"
#include "tests/support/fakellm/fakellmserver.h"

#include <QFile>
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

Run cli(const QStringList &arguments)
{
    return Cutover::CliRunner::runCli(arguments);
}

QByteArray casesCsv(int from, int to, const QString &needle = QString())
{
    QByteArray csv = "q,expected,assertions\n";
    for (int i = from; i <= to; ++i) {
        const QString q = u"case-%1"_s.arg(i);
        const QString want = needle.isEmpty() ? q : needle;
        csv += (q + u",Q: "_s + q + u",\"[{\"\"type\"\":\"\"contains\"\",\"\"values\"\":[\"\""_s
                + want + u"\"\"]}]\"\n"_s)
                       .toUtf8();
    }
    return csv;
}

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void promptAddAndList();
    void casesImport();
    void runPassesThenFailsAssertions();
    void providerFailureExitsWith3();
    void interruptKeepsResultsAndResumes();
    void badInputAndUsage_data();
    void badInputAndUsage();
    void runImport();

private:
    QString m_project;
    QTemporaryDir m_dir;
    FakeLlmServer m_server;
};

void TestCliRun::initTestCase()
{
    QVERIFY(m_server.listen());
    m_project = m_dir.filePath(u"run.cutover"_s);
    QCOMPARE(cli({u"new"_s, m_project}).exitCode, 0);
    for (const QString &name : {u"base"_s, u"cand"_s}) {
        const Run r = cli({u"endpoint"_s, u"add"_s, m_project, u"--name"_s, name, u"--protocol"_s,
                           u"openai"_s, u"--base-url"_s, m_server.openAiBaseUrl(), u"--model"_s,
                           name + u"-model"_s, u"--price-in"_s, u"1"_s, u"--price-out"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

void TestCliRun::promptAddAndList()
{
    Run r = cli({u"prompt"_s, u"add"_s, m_project, u"--name"_s, u"triage"_s, u"--system"_s,
                 u"Be brief."_s, u"--user"_s, u"Q: {{q}}"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("triage@1\n"));
    // A template file adds a variant for one endpoint.
    const QString file = m_dir.filePath(u"variant.json"_s);
    QVERIFY(writeFile(file, R"([{"role": "user", "text": "Q: {{q}}"}])"));
    r = cli({u"prompt"_s, u"add"_s, m_project, u"--name"_s, u"triage"_s, u"--file"_s, file,
             u"--endpoint"_s, u"cand"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"version"_s).toInt(), 1);

    r = cli({u"prompt"_s, u"list"_s, m_project, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).toObject().value(u"name"_s).toString(), u"triage"_s);
    QCOMPARE(all.at(0).toObject().value(u"latest_version"_s).toInt(), 1);
    QCOMPARE(all.at(0).toObject().value(u"variants"_s).toArray(), QJsonArray{u"cand"_s});
    r = cli({u"prompt"_s, u"list"_s, m_project});
    QVERIFY(r.out.startsWith("triage@1\tcand"));

    QVERIFY(writeFile(file, R"([{"role": "robot", "text": "x"}])"));
    QCOMPARE(cli({u"prompt"_s, u"add"_s, m_project, u"--name"_s, u"bad"_s, u"--file"_s, file})
                     .exitCode,
             2);
    QCOMPARE(cli({u"prompt"_s, u"add"_s, m_project, u"--user"_s, u"x"_s}).exitCode, 1);
    QCOMPARE(cli({u"prompt"_s, u"add"_s, m_project, u"--name"_s, u"x"_s}).exitCode, 1);
    QCOMPARE(cli({u"prompt"_s, u"rename"_s}).exitCode, 1);
}

void TestCliRun::casesImport()
{
    const QString csv = m_dir.filePath(u"cases.csv"_s);
    QVERIFY(writeFile(csv, casesCsv(1, 4)));
    Run r = cli({u"cases"_s, u"import"_s, m_project, csv, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"imported"_s).toInt(), 4);
    QCOMPARE(o.value(u"total"_s).toInt(), 4);
    QCOMPARE(o.value(u"variables"_s).toArray(), QJsonArray{u"q"_s});

    const QString broken = m_dir.filePath(u"broken.csv"_s);
    QVERIFY(writeFile(broken, "q,expected\n\"unclosed,x\n"));
    r = cli({u"cases"_s, u"import"_s, m_project, broken});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("broken.csv"), r.err.constData());
    QCOMPARE(cli({u"cases"_s, u"import"_s, m_project}).exitCode, 1);
}

void TestCliRun::runPassesThenFailsAssertions()
{
    const int before = m_server.requestCount();
    Run r = cli({u"run"_s, m_project, u"--prompt"_s, u"triage@1"_s, u"--endpoints"_s,
                 u"base,cand"_s, u"--repeats"_s, u"2"_s, u"--concurrency"_s, u"2"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server.requestCount() - before, 4 * 2 * 2);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"run_id"_s).toInt(), 1);
    QCOMPARE(o.value(u"status"_s).toString(), u"done"_s);
    QCOMPARE(o.value(u"results"_s).toInt(), 16);
    QCOMPARE(o.value(u"pass_rate"_s).toDouble(), 1.0);
    for (const QString &name : {u"base"_s, u"cand"_s}) {
        const QJsonObject e = o.value(u"endpoints"_s).toObject().value(name).toObject();
        QCOMPARE(e.value(u"counts"_s).toObject().value(u"ok"_s).toInt(), 8);
        QCOMPARE(e.value(u"counts"_s).toObject().value(u"error"_s).toInt(), 0);
        QCOMPARE(e.value(u"pass_rate"_s).toDouble(), 1.0);
        QVERIFY(e.value(u"latency_mean_ms"_s).isDouble());
        QVERIFY(e.value(u"latency_p95_ms"_s).toDouble() >= 0);
        QVERIFY(e.value(u"input_tokens"_s).toInt() > 0);
        QVERIFY(e.value(u"output_tokens"_s).toInt() > 0);
        QVERIFY(e.value(u"cost"_s).toDouble() > 0);
    }

    // One more case whose assertion cannot pass: 2 of 10 results fail.
    const QString csv = m_dir.filePath(u"failing.csv"_s);
    QVERIFY(writeFile(csv, casesCsv(5, 5, u"never in the answer"_s)));
    QCOMPARE(cli({u"cases"_s, u"import"_s, m_project, csv}).exitCode, 0);
    r = cli({u"run"_s, m_project, u"--prompt"_s, u"triage"_s, u"--endpoints"_s, u"base,cand"_s,
             u"--json"_s});
    QCOMPARE(r.exitCode, 4);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"run_id"_s).toInt(), 2);
    QCOMPARE(o.value(u"evaluated"_s).toInt(), 10);
    QCOMPARE(o.value(u"passed"_s).toInt(), 8);
    // Within a threshold of 20 %, and answered from the cache this time.
    const int requests = m_server.requestCount();
    r = cli({u"run"_s, m_project, u"--prompt"_s, u"triage"_s, u"--endpoints"_s, u"base,cand"_s,
             u"--max-failure-rate"_s, u"0.2"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server.requestCount(), requests);
    QVERIFY2(r.out.contains("base: ok 5"), r.out.constData());
}

void TestCliRun::providerFailureExitsWith3()
{
    FakeReply bad;
    bad.kind = FakeReply::Kind::HttpError;
    bad.status = 400;
    bad.errorMessage = u"Unknown model."_s;
    m_server.setDefaultReply(bad);
    Run r = cli({u"run"_s, m_project, u"--prompt"_s, u"triage"_s, u"--endpoints"_s, u"cand"_s,
                 u"--ignore-cache"_s, u"--json"_s});
    m_server.setDefaultReply(FakeReply{});
    QVERIFY2(r.exitCode == 3, r.out.constData());
    QVERIFY2(r.err.contains("Unknown model."), r.err.constData());
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"endpoints"_s)
                     .toObject()
                     .value(u"cand"_s)
                     .toObject()
                     .value(u"counts"_s)
                     .toObject()
                     .value(u"error"_s)
                     .toInt(),
             5);

    // A long rate limit stops the run with exit code 3 and says how to resume.
    FakeReply limited;
    limited.kind = FakeReply::Kind::HttpError;
    limited.status = 429;
    limited.headers = {{"retry-after", "900"}};
    m_server.setDefaultReply(limited);
    r = cli({u"run"_s, m_project, u"--prompt"_s, u"triage"_s, u"--endpoints"_s, u"cand"_s,
             u"--ignore-cache"_s, u"--json"_s});
    m_server.setDefaultReply(FakeReply{});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--resume"), r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"status"_s).toString(), u"cancelled"_s);
}

void TestCliRun::interruptKeepsResultsAndResumes()
{
    FakeReply stall;
    stall.kind = FakeReply::Kind::Stall;
    stall.cutAfterTokens = 0;
    m_server.setDefaultReply(stall);
    const int before = m_server.requestCount();
    QProcess p;
    p.start(QString::fromUtf8(CUTOVER_CLI),
            {u"run"_s, m_project, u"--prompt"_s, u"triage"_s, u"--endpoints"_s, u"base,cand"_s,
             u"--ignore-cache"_s, u"--concurrency"_s, u"1"_s, u"--json"_s});
    QVERIFY(p.waitForStarted());
    QTRY_COMPARE(m_server.requestCount() - before, 2); // one stalled request per endpoint
    ::kill(pid_t(p.processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 5000);
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o.value(u"status"_s).toString(), u"cancelled"_s);
    const int runId = o.value(u"run_id"_s).toInt();
    QVERIFY(runId > 0);
    QVERIFY(p.readAllStandardError().contains("--resume"));

    m_server.setDefaultReply(FakeReply{});
    const int atResume = m_server.requestCount();
    const Run r = cli({u"run"_s, m_project, u"--resume"_s, QString::number(runId), u"--json"_s});
    QVERIFY2(r.exitCode == 4, r.err.constData()); // case 5 fails its assertion
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"results"_s).toInt(), 10);
    QCOMPARE(m_server.requestCount() - atResume,
             10); // the two cancelled cells and the eight never sent
}

void TestCliRun::badInputAndUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString p = u"PROJECT"_s;
    QTest::addRow("unknown prompt")
            << QStringList{u"run"_s, p, u"--prompt"_s, u"nope"_s, u"--endpoints"_s, u"base"_s} << 2;
    QTest::addRow("unknown version")
            << QStringList{u"run"_s, p, u"--prompt"_s, u"triage@7"_s, u"--endpoints"_s, u"base"_s}
            << 2;
    QTest::addRow("unknown endpoint")
            << QStringList{u"run"_s, p, u"--prompt"_s, u"triage"_s, u"--endpoints"_s, u"base,zzz"_s}
            << 2;
    QTest::addRow("unknown run") << QStringList{u"run"_s, p, u"--resume"_s, u"99"_s} << 2;
    QTest::addRow("missing project") << QStringList{
            u"run"_s, u"/nonexistent/x.cutover"_s, u"--prompt"_s, u"triage"_s, u"--endpoints"_s,
            u"base"_s} << 2;
    QTest::addRow("no endpoints") << QStringList{u"run"_s, p, u"--prompt"_s, u"triage"_s} << 1;
    QTest::addRow("zero repeats") << QStringList{u"run"_s,         p,
                                                 u"--prompt"_s,    u"triage"_s,
                                                 u"--endpoints"_s, u"base"_s,
                                                 u"--repeats"_s,   u"0"_s}
                                  << 1;
    QTest::addRow("bad version syntax")
            << QStringList{u"run"_s, p, u"--prompt"_s, u"triage@x"_s, u"--endpoints"_s, u"base"_s}
            << 1;
    QTest::addRow("unknown option") << QStringList{u"run"_s, p, u"--fast"_s} << 1;
}

void TestCliRun::badInputAndUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(u"PROJECT"_s, m_project);
    const int before = m_server.requestCount();
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(m_server.requestCount(), before);
}

void TestCliRun::runImport()
{
    const QString results = m_dir.filePath(u"recorded.jsonl"_s);
    QVERIFY(writeFile(results, "{\"case\":1,\"endpoint\":\"base\",\"text\":\"case-1\","
                               "\"latency_ms\":800}\n"
                               "{\"case\":1,\"endpoint\":\"cand\",\"text\":\"no\","
                               "\"latency_ms\":600}\n"));
    Run r = cli({u"run"_s, u"import"_s, m_project, results, u"--prompt"_s, u"triage@1"_s,
                 u"--endpoints"_s, u"base,cand"_s, u"--note"_s, u"from the logs"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(u"run_id"_s).toInt() > 1);
    QCOMPARE(o.value(u"results"_s).toInt(), 2);

    QVERIFY(writeFile(results, "{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":1}\n"
                               "{\"case\":1,\"endpoint\":\"elsewhere\",\"latency_ms\":1}\n"));
    r = cli({u"run"_s, u"import"_s, m_project, results, u"--prompt"_s, u"triage"_s,
             u"--endpoints"_s, u"base,cand"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("recorded.jsonl:2:"), r.err.constData());
    QCOMPARE(cli({u"run"_s, u"import"_s, m_project, results}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
