// The batch runner against the fake LLM server on loopback, with real
// project files: cells × endpoints × repeats, the response cache, pause,
// cancel, resume after SIGKILL without duplicates, assertions.

#include "core/endpoints/secretstore.h"
#include "core/project/projectfile.h"
#include "core/providers/providerclient.h"
#include "core/runs/batchrunner.h"
#include "tests/runs/runtestutil.h"
#include "tests/support/fakellm/fakellmserver.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Cutover::FakeLlm;
using namespace Qt::StringLiterals;

class TestBatchRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsEveryCell();
    void cacheHitsSkipRequests();
    void pauseAndResume();
    void cancelWithinASecondThenResume();
    void resumesAfterKillWithoutDuplicates();
    void equivalenceToBaseline_data();
    void equivalenceToBaseline();
    void providerErrorsAreStored();
    void longRateLimitPauses();
    void refusesBadRuns();

private:
    qint64 create(int repeats = 1, bool ignoreCache = false, int concurrency = 0);
    bool runToEnd(BatchRunner &runner, qint64 runId, RunStatus expected = RunStatus::Done);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_path;
};

void TestBatchRunner::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_path = m_dir.filePath(u"%1.cutover"_s.arg(QString::fromUtf8(QTest::currentTestFunction())));
    QFile::remove(m_path);
    auto p = ProjectFile::create(m_path);
    QVERIFY(p.ok());
    m_project = std::move(p).value();
    QVERIFY(RunTest::setUp(m_project->database(), m_server->openAiBaseUrl(), 5));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ProviderClient>(m_nam.get());
    m_secrets = std::make_unique<SecretStore>(QProcessEnvironment());
}

void TestBatchRunner::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_secrets.reset();
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
    m_server.reset();
}

qint64 TestBatchRunner::create(int repeats, bool ignoreCache, int concurrency)
{
    RunSpec spec;
    spec.promptName = u"triage"_s;
    spec.endpoints = {u"base"_s, u"cand"_s};
    spec.repeats = repeats;
    spec.ignoreCache = ignoreCache;
    spec.concurrency = concurrency;
    auto id = BatchRunner::createRun(m_project->database(), spec);
    if (!id) {
        qWarning("%s", qPrintable(id.error().message));
        return 0;
    }
    return id.value();
}

bool TestBatchRunner::runToEnd(BatchRunner &runner, qint64 runId, RunStatus expected)
{
    QSignalSpy finished(&runner, &BatchRunner::finished);
    if (auto r = runner.start(runId); !r) {
        qWarning("%s", qPrintable(r.error().message));
        return false;
    }
    if (!finished.wait(30000))
        return false;
    return finished.constFirst().at(0).value<RunStatus>() == expected
           && finished.constFirst().at(1).toString().isEmpty();
}

void TestBatchRunner::runsEveryCell()
{
    const qint64 id = create(3, false, 2);
    BatchRunner runner(m_project->database(), m_client.get(), m_secrets.get());
    QSignalSpy progress(&runner, &BatchRunner::progressChanged);
    QSignalSpy stored(&runner, &BatchRunner::resultStored);
    int maxActive = 0;
    connect(m_server.get(), &FakeLlmServer::requestReceived, this,
            [&] { maxActive = std::max(maxActive, m_server->openConnections()); });
    QVERIFY(runToEnd(runner, id));
    QCOMPARE(m_server->requestCount(), 5 * 2 * 3);
    QCOMPARE(stored.size(), 30);
    const RunProgress last = progress.constLast().at(0).value<RunProgress>();
    QCOMPARE(last.total, 30);
    QCOMPARE(last.done, 30);
    QCOMPARE(last.failed, 0);
    QCOMPARE(last.etaMs, 0);
    QVERIFY(maxActive <= 2 * 2 + 2); // concurrency 2 per endpoint (connections may linger)

    auto results = RunStore::results(m_project->database(), id);
    QVERIFY(results.ok());
    QCOMPARE(results->size(), 30);
    QSet<CellKey> cells;
    for (const RunResult &r : std::as_const(results.value())) {
        cells.insert(CellKey{r.caseId, r.endpoint, r.repeat});
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.text, u"Q: case-%1"_s.arg(r.caseId));
        QVERIFY(!r.fromCache || r.repeat > 0); // repeats of a case may hit the cache
        QCOMPARE(r.passed, std::optional<bool>(true));
        QCOMPARE(r.assertions.size(), 1);
        QCOMPARE(r.assertions.at(0).toObject().value(u"status"_s).toString(), u"passed"_s);
        QVERIFY(r.usage.input.has_value());
        QVERIFY(r.cost.has_value());
    }
    QCOMPARE(cells.size(), 30);
    QCOMPARE(RunStore::loadRun(m_project->database(), id)->status, RunStatus::Done);
    QVERIFY(RunStore::loadRun(m_project->database(), id)->finishedAt.isValid());
}

void TestBatchRunner::cacheHitsSkipRequests()
{
    BatchRunner runner(m_project->database(), m_client.get(), m_secrets.get());
    QVERIFY(runToEnd(runner, create()));
    QCOMPARE(m_server->requestCount(), 10);

    // The same prompt and cases again: every answer comes from the cache.
    QSignalSpy progress(&runner, &BatchRunner::progressChanged);
    const qint64 second = create();
    QVERIFY(runToEnd(runner, second));
    QCOMPARE(m_server->requestCount(), 10);
    QCOMPARE(progress.constLast().at(0).value<RunProgress>().cacheHits, 10);
    const QList<RunResult> all1 = RunStore::results(m_project->database(), second).value();
    for (const RunResult &r : all1) {
        QVERIFY(r.fromCache);
        QCOMPARE(r.status, CallStatus::Ok);
        QCOMPARE(r.text, u"Q: case-%1"_s.arg(r.caseId));
        QCOMPARE(r.attempts, 0);
        QCOMPARE(r.passed, std::optional<bool>(true));
    }

    // "Ignore cache" sends every request again.
    const qint64 third = create(1, true);
    QVERIFY(runToEnd(runner, third));
    QCOMPARE(m_server->requestCount(), 20);
    const QList<RunResult> all2 = RunStore::results(m_project->database(), third).value();
    for (const RunResult &r : all2)
        QVERIFY(!r.fromCache);
}

void TestBatchRunner::pauseAndResume()
{
    FakeReply slow;
    slow.tokenDelayMs = 20;
    m_server->setDefaultReply(slow);
    const qint64 id = create(2, false, 1);
    BatchRunner runner(m_project->database(), m_client.get(), m_secrets.get());
    QSignalSpy stored(&runner, &BatchRunner::resultStored);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(id).ok());
    QTRY_VERIFY(stored.size() >= 2);
    runner.pause();
    QVERIFY(runner.isPaused());
    QCOMPARE(RunStore::loadRun(m_project->database(), id)->status, RunStatus::Paused);
    // What was in flight (one per endpoint) finishes; nothing new starts.
    QTRY_COMPARE(runner.inFlight(), 0);
    const int atPause = m_server->requestCount();
    QCOMPARE(atPause, stored.size());
    QTest::qWait(200); // a quiet spell: prove that no request starts while paused
    QCOMPARE(m_server->requestCount(), atPause);
    QVERIFY(finished.isEmpty());
    runner.resume();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).value<RunStatus>(), RunStatus::Done);
    QCOMPARE(RunStore::resultCount(m_project->database(), id).value(), 20);
}

void TestBatchRunner::cancelWithinASecondThenResume()
{
    FakeReply stall;
    stall.kind = FakeReply::Kind::Stall;
    stall.cutAfterTokens = 0;
    m_server->setDefaultReply(stall);
    const qint64 id = create(1, false, 2);
    BatchRunner runner(m_project->database(), m_client.get(), m_secrets.get());
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(id).ok());
    QTRY_COMPARE(m_server->requestCount(), 4); // 2 per endpoint, all stalled
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 1000);
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(finished.constFirst().at(0).value<RunStatus>(), RunStatus::Cancelled);
    QCOMPARE(RunStore::loadRun(m_project->database(), id)->status, RunStatus::Cancelled);
    auto results = RunStore::results(m_project->database(), id);
    QCOMPARE(results->size(), 4);
    for (const RunResult &r : std::as_const(results.value()))
        QCOMPARE(r.status, CallStatus::Cancelled);

    // Resuming sends the cancelled cells again and the rest; one result per cell.
    m_server->setDefaultReply(FakeReply{});
    QVERIFY(runToEnd(runner, id));
    results = RunStore::results(m_project->database(), id);
    QCOMPARE(results->size(), 10);
    for (const RunResult &r : std::as_const(results.value()))
        QCOMPARE(r.status, CallStatus::Ok);
    QCOMPARE(m_server->requestCount(), 4 + 10);
}

void TestBatchRunner::resumesAfterKillWithoutDuplicates()
{
    QVERIFY(CaseStore::add(m_project->database(), RunTest::cases(25)).ok()); // 30 cases
    const qint64 id = create(2, false, 2);                                   // 120 cells
    QVERIFY(m_project->close().ok());
    m_project.reset();
    FakeReply slow;
    slow.tokenDelayMs = 5;
    m_server->setDefaultReply(slow);

    for (int round = 0; round < 2; ++round) {
        QProcess child;
        child.start(QString::fromUtf8(CUTOVER_BATCHRUN_CHILD), {m_path, QString::number(id)});
        QVERIFY(child.waitForStarted());
        const int killAt = round == 0 ? 7 : 23;
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
                [&] {
                    out += child.readAllStandardOutput();
                    return out.count('\n') >= killAt || child.state() == QProcess::NotRunning;
                },
                30000));
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
    }

    auto reopened = ProjectFile::open(m_path);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    m_project = std::move(reopened).value();
    QVERIFY(!m_project->isReadOnly());
    QVERIFY(m_project->integrityCheck()->ok);
    const qint64 before = RunStore::resultCount(m_project->database(), id).value();
    QVERIFY(before >= 30);
    QVERIFY(before < 120);
    const int requestsBefore = m_server->requestCount();

    BatchRunner runner(m_project->database(), m_client.get(), m_secrets.get());
    QSignalSpy progress(&runner, &BatchRunner::progressChanged);
    QVERIFY(runToEnd(runner, id));
    QCOMPARE(progress.constFirst().at(0).value<RunProgress>().done, before);
    QCOMPARE(RunStore::resultCount(m_project->database(), id).value(), 120);
    // Only cells without a result were asked for (or taken from the cache).
    const RunProgress last = progress.constLast().at(0).value<RunProgress>();
    QCOMPARE(m_server->requestCount() - requestsBefore + last.cacheHits, 120 - before);
    QSqlQuery q(m_project->database());
    QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT cs || '/' || ep || '/' || rep) FROM results "
                   "WHERE run = %1"_s.arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 120);
    QCOMPARE(q.value(1).toInt(), 120);
    QVERIFY(m_project->integrityCheck()->ok);
}

void TestBatchRunner::equivalenceToBaseline_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("candidatePasses");
    QTest::addColumn<bool>("baselineLast");
    QTest::addRow("loose") << 0.5 << true << false;
    QTest::addRow("strict") << 0.99 << false << false;
    // The baseline answers after the candidate: the candidate is evaluated again.
    QTest::addRow("loose, baseline last") << 0.5 << true << true;
    QTest::addRow("strict, baseline last") << 0.99 << false << true;
}

void TestBatchRunner::equivalenceToBaseline()
{
    QFETCH(double, threshold);
    QFETCH(bool, candidatePasses);
    QFETCH(bool, baselineLast);
    QSqlDatabase db = m_project->database();
    FakeLlmServer slowServer;
    QVERIFY(slowServer.listen());
    if (baselineLast) {
        FakeReply late;
        late.firstByteDelayMs = 150;
        slowServer.setDefaultReply(late);
        Endpoint base = EndpointStore::load(db)->constFirst();
        QCOMPARE(base.name, u"base"_s);
        base.baseUrl = slowServer.openAiBaseUrl();
        QVERIFY(EndpointStore::save(db, base).ok());
    }
    // The candidate has its own wording, so its (echoed) answer differs a little.
    QVERIFY(PromptStore::addVersion(db, u"triage"_s, u"cand"_s,
                                    {TemplateMessage{ChatRole::User, u"Q: {{q}}!!"_s}}, QString(),
                                    QDateTime::currentDateTimeUtc())
                    .ok());
    TestCase c = CaseStore::load(db, 1).value();
    c.assertions = {Assertion::equivalentToBaseline(SimilarityMeasure::Levenshtein, threshold)};
    QVERIFY(CaseStore::update(db, c).ok());
    const qint64 id = create(2);
    BatchRunner runner(db, m_client.get(), m_secrets.get());
    QStringList order; // endpoints of case 1's results, in the order they were stored
    connect(&runner, &BatchRunner::resultStored, this, [&order](const RunResult &r) {
        if (r.caseId == 1 && r.repeat == 0)
            order.append(r.endpoint);
    });
    QVERIFY(runToEnd(runner, id));
    if (baselineLast)
        QCOMPARE(order, (QStringList{u"cand"_s, u"base"_s}));
    for (int rep = 0; rep < 2; ++rep) {
        const RunResult base = RunStore::result(db, id, CellKey{1, u"base"_s, rep})->value();
        const RunResult cand = RunStore::result(db, id, CellKey{1, u"cand"_s, rep})->value();
        QCOMPARE(cand.text, u"Q: case-1!!"_s);
        QCOMPARE(base.assertions.at(0).toObject().value(u"status"_s).toString(), u"skipped"_s);
        const QJsonObject outcome = cand.assertions.at(0).toObject();
        QCOMPARE(outcome.value(u"status"_s).toString(),
                 candidatePasses ? u"passed"_s : u"failed"_s);
        QVERIFY(outcome.value(u"measured"_s).toDouble() > 0.8);
        QCOMPARE(cand.passed, std::optional<bool>(candidatePasses));
    }
}

void TestBatchRunner::providerErrorsAreStored()
{
    FakeReply bad;
    bad.kind = FakeReply::Kind::HttpError;
    bad.status = 400;
    bad.errorMessage = u"Invalid model."_s;
    m_server->setDefaultReply(bad);
    const qint64 id = create();
    BatchRunner runner(m_project->database(), m_client.get(), m_secrets.get());
    QSignalSpy progress(&runner, &BatchRunner::progressChanged);
    QVERIFY(runToEnd(runner, id));
    QCOMPARE(progress.constLast().at(0).value<RunProgress>().failed, 10);
    const QList<RunResult> all3 = RunStore::results(m_project->database(), id).value();
    for (const RunResult &r : all3) {
        QCOMPARE(r.status, CallStatus::Error);
        QVERIFY2(r.error.contains(u"Invalid model."_s), qPrintable(r.error));
        QCOMPARE(r.attempts, 1);
        QVERIFY(!r.passed.has_value());
    }
    // Errors are not cached: a new run asks again.
    m_server->setDefaultReply(FakeReply{});
    QVERIFY(runToEnd(runner, create()));
    QCOMPARE(m_server->requestCount(), 20);
}

void TestBatchRunner::longRateLimitPauses()
{
    FakeReply limited;
    limited.kind = FakeReply::Kind::HttpError;
    limited.status = 429;
    limited.headers = {{"retry-after", "600"}};
    m_server->setDefaultReply(limited);
    const qint64 id = create(1, false, 1);
    BatchRunner runner(m_project->database(), m_client.get(), m_secrets.get());
    QSignalSpy rateLimited(&runner, &BatchRunner::rateLimited);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(id).ok());
    QVERIFY(rateLimited.wait(10000));
    QVERIFY(runner.isPaused());
    const QDateTime until = rateLimited.constFirst().at(1).toDateTime();
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(500));
    QTRY_COMPARE(runner.inFlight(), 0);
    QCOMPARE(RunStore::resultCount(m_project->database(), id).value(), 0); // nothing stored
    QVERIFY(finished.isEmpty());
    QCOMPARE(RunStore::loadRun(m_project->database(), id)->status, RunStatus::Paused);

    m_server->setDefaultReply(FakeReply{});
    runner.resume();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).value<RunStatus>(), RunStatus::Done);
    const QList<RunResult> all = RunStore::results(m_project->database(), id).value();
    QCOMPARE(all.size(), 10);
    for (const RunResult &r : all)
        QCOMPARE(r.status, CallStatus::Ok);
}

void TestBatchRunner::refusesBadRuns()
{
    QSqlDatabase db = m_project->database();
    RunSpec spec;
    spec.promptName = u"triage"_s;
    spec.endpoints = {u"base"_s, u"nope"_s};
    QCOMPARE(BatchRunner::createRun(db, spec).error().kind, ErrorKind::BadInput);
    spec.endpoints = {u"base"_s, u"base"_s};
    QVERIFY(!BatchRunner::createRun(db, spec).ok());
    spec.endpoints = {u"base"_s};
    spec.promptVersion = 9;
    QVERIFY(!BatchRunner::createRun(db, spec).ok());
    spec.promptVersion = 0;
    spec.repeats = 0;
    QVERIFY(!BatchRunner::createRun(db, spec).ok());
    spec.repeats = 1;
    spec.promptName = u"other"_s;
    QVERIFY(!BatchRunner::createRun(db, spec).ok());
    BatchRunner runner(db, m_client.get(), m_secrets.get());
    QVERIFY(!runner.start(42).ok());
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
