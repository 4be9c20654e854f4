// Importing recorded results as a run (ResultImport, `cutover-cli run import`)
// on real project files.
#include "core/project/projectfile.h"
#include "core/runs/resultimport.h"
#include "runtestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestResultImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndEvaluates();
    void badInput_data();
    void badInput();
    void unknownPromptOrEndpoint();

private:
    QString write(const QByteArray &bytes);
    ResultImport::Options options() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
    QSqlDatabase db() const { return m_project->database(); }
};

void TestResultImport::init()
{
    QFile::remove(m_dir.filePath(u"p.cutover"_s));
    auto p = ProjectFile::create(m_dir.filePath(u"p.cutover"_s));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    m_project = std::move(p).value();
    QVERIFY(RunTest::setUp(db(), u"http://127.0.0.1:9/v1"_s, 3));
    // Case 3 also asks the candidate to say what the baseline said.
    auto third = CaseStore::load(db(), 3);
    QVERIFY(third.ok());
    third->assertions.append(Assertion::equivalentToBaseline(SimilarityMeasure::Jaccard, 0.99));
    QVERIFY(CaseStore::update(db(), third.value()).ok());
}

void TestResultImport::cleanup()
{
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
}

QString TestResultImport::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(u"results.jsonl"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

ResultImport::Options TestResultImport::options() const
{
    ResultImport::Options o;
    o.spec.promptName = u"triage"_s;
    o.spec.endpoints = {u"base"_s, u"cand"_s};
    o.note = u"From production logs"_s;
    return o;
}

void TestResultImport::importsAndEvaluates()
{
    const QString path = write(
            "{\"case\":1,\"endpoint\":\"base\",\"text\":\"about case-1\",\"latency_ms\":900,"
            "\"ttft_ms\":300,\"input_tokens\":1000000,\"output_tokens\":500000,"
            "\"finish_reason\":\"stop\",\"finished_at\":\"2026-11-01T10:00:00.000Z\"}\n"
            "\n"
            "{\"case\":1,\"endpoint\":\"cand\",\"text\":\"no idea\",\"latency_ms\":700,"
            "\"cost\":0.25}\n"
            "{\"case\":2,\"endpoint\":\"cand\",\"repeat\":1,\"status\":\"error\","
            "\"error\":\"HTTP 500\",\"latency_ms\":50}\n"
            "{\"case\":3,\"endpoint\":\"base\",\"text\":\"case-3 is fine\",\"latency_ms\":10}\n"
            "{\"case\":3,\"endpoint\":\"cand\",\"text\":\"case-3 is fine\",\"latency_ms\":10}\n");
    auto summary = ResultImport::importJsonl(db(), path, options());
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->results, 5);
    QCOMPARE(summary->repeats, 2);

    auto run = RunStore::loadRun(db(), summary->runId);
    QVERIFY(run.ok());
    QCOMPARE(run->status, RunStatus::Done);
    QCOMPARE(run->note, u"From production logs"_s);
    QCOMPARE(run->repeats, 2);
    QCOMPARE(run->endpoints, QStringList({u"base"_s, u"cand"_s}));
    QCOMPARE(run->promptVersion, 1);
    // Created when the earliest recorded result started.
    QCOMPARE(run->createdAt, QDateTime(QDate(2026, 11, 1), QTime(9, 59, 59, 100), Qt::UTC));
    QCOMPARE(RunStore::resultCount(db(), summary->runId).value(), 5);

    auto base1 = RunStore::result(db(), summary->runId, CellKey{1, u"base"_s, 0});
    QVERIFY(base1.ok() && base1->has_value());
    const RunResult &b = base1->value();
    QCOMPARE(b.status, CallStatus::Ok);
    QCOMPARE(b.ttftMs, 300);
    QCOMPARE(b.usage.output, 500000);
    // Cost from the endpoint's prices (1 and 2 per 1M tokens): 1 + 1.
    QVERIFY(b.cost.has_value());
    QCOMPARE(*b.cost, 2.0);
    QCOMPARE(b.passed, true);
    QCOMPARE(b.finishedAt, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));

    auto cand1 = RunStore::result(db(), summary->runId, CellKey{1, u"cand"_s, 0});
    QCOMPARE(cand1->value().cost, 0.25);
    QCOMPARE(cand1->value().passed, false);
    QVERIFY(!cand1->value().usage.input.has_value());

    auto failed = RunStore::result(db(), summary->runId, CellKey{2, u"cand"_s, 1});
    QCOMPARE(failed->value().status, CallStatus::Error);
    QCOMPARE(failed->value().error, u"HTTP 500"_s);
    QVERIFY(!failed->value().passed.has_value());

    // Equivalence to the baseline is judged against the imported baseline answer.
    auto cand3 = RunStore::result(db(), summary->runId, CellKey{3, u"cand"_s, 0});
    QCOMPARE(cand3->value().passed, true);
    QCOMPARE(cand3->value().assertions.size(), 2);
}

void TestResultImport::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = "{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":1}\n";
    QTest::newRow("not json") << good + "{\"case\":" << u"results.jsonl:2: not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1]\n") << u"results.jsonl:1: each line"_s;
    QTest::newRow("unknown key") << good + "{\"case\":2,\"endpoint\":\"base\",\"latency\":1}"
                                 << u"results.jsonl:2: \"latency\" is not a known key"_s;
    QTest::newRow("missing latency") << QByteArray("{\"case\":1,\"endpoint\":\"base\"}")
                                     << u"results.jsonl:1: \"latency_ms\" is missing"_s;
    QTest::newRow("negative") << QByteArray("{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":-1}")
                              << u"\"latency_ms\" must be a whole number"_s;
    QTest::newRow("text type") << QByteArray("{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":1,"
                                             "\"text\":7}")
                               << u"\"text\" must be a string"_s;
    QTest::newRow("status") << QByteArray("{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":1,"
                                          "\"status\":\"fine\"}")
                            << u"not \"fine\""_s;
    QTest::newRow("endpoint") << QByteArray("{\"case\":1,\"endpoint\":\"other\",\"latency_ms\":1}")
                              << u"\"other\" is not one of the run's endpoints"_s;
    QTest::newRow("case") << QByteArray("{\"case\":99,\"endpoint\":\"base\",\"latency_ms\":1}")
                          << u"results.jsonl:1: the project has no case 99"_s;
    QTest::newRow("duplicate") << good + good << u"results.jsonl:2: a second result for case 1"_s;
    QTest::newRow("time") << QByteArray("{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":1,"
                                        "\"finished_at\":\"yesterday\"}")
                          << u"\"finished_at\" is not an ISO 8601 time"_s;
    QTest::newRow("cost") << QByteArray("{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":1,"
                                        "\"cost\":\"free\"}")
                          << u"\"cost\" must be a number"_s;
    QTest::newRow("empty") << QByteArray("\n\n") << u"results.jsonl holds no results"_s;
}

void TestResultImport::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto summary = ResultImport::importJsonl(db(), write(bytes), options());
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, ErrorKind::BadInput);
    QVERIFY2(summary.error().message.contains(message), qPrintable(summary.error().message));
    // Nothing is stored.
    QCOMPARE(RunStore::listRuns(db())->size(), 0);
}

void TestResultImport::unknownPromptOrEndpoint()
{
    const QString path = write("{\"case\":1,\"endpoint\":\"base\",\"latency_ms\":1}\n");
    auto o = options();
    o.spec.promptName = u"nope"_s;
    QVERIFY(!ResultImport::importJsonl(db(), path, o).ok());
    o = options();
    o.spec.endpoints = {u"base"_s, u"ghost"_s};
    auto r = ResultImport::importJsonl(db(), path, o);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"ghost"_s), qPrintable(r.error().message));
    QCOMPARE(RunStore::listRuns(db())->size(), 0);
    QVERIFY(!ResultImport::importJsonl(db(), m_dir.filePath(u"missing.jsonl"_s), options()).ok());
}

QTEST_GUILESS_MAIN(TestResultImport)
#include "tst_resultimport.moc"
