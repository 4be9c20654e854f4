// The Runs pane against the fake LLM server on loopback, with a real project
// file: a batch run started from the pane, Pause/Resume/Cancel clicked,
// resuming a cancelled and an interrupted run, progress and final status,
// change notices for the other panes, a long rate limit, the New Run dialog,
// and leaving the project consistent when the pane goes mid-run.

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/runstore.h"
#include "tests/runs/runtestutil.h"
#include "tests/support/fakellm/fakellmserver.h"
#include "ui/runs/newrundialog.h"
#include "ui/runs/runsmodel.h"
#include "ui/runs/runspane.h"
#include "ui/runs/runthread.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Cutover::FakeLlm;
using namespace Qt::StringLiterals;

class TestRunsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newRunDialog();
    void runWithPauseResumeCancel();
    void resumesAnInterruptedRun();
    void rateLimitNotice();
    void closingThePaneMidRunCancelsCleanly();
    void projectClosedUnderARunningPane();
    void missingKeyIsReported();
    void readOnlyProject();
    void screenshot();

private:
    QSqlDatabase db() const { return m_project->file()->database(); }
    RunSpec spec(int repeats = 1, int concurrency = 1) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestRunsPane::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    const QString path
            = m_dir.filePath(u"%1.cutover"_s.arg(QString::fromUtf8(QTest::currentTestFunction())));
    QFile::remove(path);
    auto p = Project::create(path);
    QVERIFY(p.ok());
    m_project = std::move(p).value();
    QVERIFY(RunTest::setUp(db(), m_server->openAiBaseUrl(), 6));
    QVERIFY(EndpointStore::setRole(db(), u"base"_s, EndpointRole::Baseline).ok());
    QVERIFY(EndpointStore::setRole(db(), u"cand"_s, EndpointRole::Candidate).ok());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<SecretStore>(QProcessEnvironment());
}

void TestRunsPane::cleanup()
{
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
    m_nam.reset();
    m_secrets.reset();
    m_server.reset();
}

RunSpec TestRunsPane::spec(int repeats, int concurrency) const
{
    RunSpec s;
    s.promptName = u"triage"_s;
    s.endpoints = {u"base"_s, u"cand"_s};
    s.repeats = repeats;
    s.concurrency = concurrency;
    return s;
}

void TestRunsPane::newRunDialog()
{
    // A third endpoint with no role, listed first in the store.
    Endpoint other = RunTest::endpoint(u"aaa-other"_s, m_server->openAiBaseUrl());
    QVERIFY(EndpointStore::save(db(), other).ok());
    NewRunDialog dialog(db());
    QCOMPARE(dialog.promptCombo()->currentData().toString(), u"triage"_s);
    QCOMPARE(dialog.versionCombo()->count(), 2); // latest, v1
    QCOMPARE(dialog.versionCombo()->currentData().toInt(), 0);
    // Baseline first, then the candidate; both checked, the other not.
    QListWidget *list = dialog.endpointList();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), u"base"_s);
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), u"cand"_s);
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
    dialog.repeatsSpin()->setValue(3);
    dialog.concurrencySpin()->setValue(2);
    QTest::mouseClick(dialog.ignoreCacheCheck(), Qt::LeftButton, {},
                      QPoint(4, dialog.ignoreCacheCheck()->height() / 2));
    const RunSpec s = dialog.spec();
    QCOMPARE(s.promptName, u"triage"_s);
    QCOMPARE(s.promptVersion, 0);
    QCOMPARE(s.endpoints, (QStringList{u"base"_s, u"cand"_s}));
    QCOMPARE(s.repeats, 3);
    QCOMPARE(s.concurrency, 2);
    QVERIFY(s.ignoreCache);

    // No endpoint checked: the dialog stays open and says why.
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.problemLabel()->isHidden());

    // preset() orders and checks endpoints as given.
    RunSpec swapped = spec();
    swapped.endpoints = {u"cand"_s, u"base"_s};
    dialog.preset(swapped);
    QCOMPARE(dialog.spec().endpoints, (QStringList{u"cand"_s, u"base"_s}));
}

void TestRunsPane::runWithPauseResumeCancel()
{
    FakeReply slow;
    slow.tokenDelayMs = 15; // each answer takes a moment, so there is time to click
    m_server->setDefaultReply(slow);
    RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy results(m_project.get(), &Project::runResultsChanged);
    QSignalSpy runsChanged(m_project.get(), &Project::runsChanged);
    QSignalSpy started(&pane, &RunsPane::runStarted);
    QSignalSpy finished(&pane, &RunsPane::runFinished);
    QVERIFY(!pane.pauseButton()->isEnabled());

    // 6 cases × 2 endpoints × 2 repeats, one request at a time per endpoint.
    QVERIFY(pane.createAndStart(spec(2, 1)));
    QTRY_COMPARE(started.size(), 1);
    const qint64 runId = started.constFirst().at(0).toLongLong();
    QVERIFY(pane.isRunning());
    QVERIFY(pane.pauseButton()->isEnabled());
    QVERIFY(!pane.newRunButton()->isEnabled());
    QCOMPARE(pane.model()->rowCount(), 1);
    QTRY_VERIFY(results.size() >= 2);
    QCOMPARE(results.constFirst().at(0).toLongLong(), runId);

    // Pause: what is in flight ends, nothing new is sent.
    QTest::mouseClick(pane.pauseButton(), Qt::LeftButton);
    QVERIFY(pane.runner()->isPaused());
    QTRY_COMPARE(RunStore::loadRun(db(), runId)->status, RunStatus::Paused);
    QVERIFY(pane.resumeButton()->isEnabled());
    QVERIFY(!pane.pauseButton()->isEnabled());
    // What was in flight is answered and stored; then all is quiet.
    QTRY_COMPARE(RunStore::resultCount(db(), runId).value(), qint64(m_server->requestCount()));
    QTRY_VERIFY(pane.progressLabel()->text().contains(u"paused"_s));
    const int sentAtPause = m_server->requestCount();
    QCOMPARE(pane.model()->data(pane.model()->index(0, RunsModel::Status)).toString(), u"Paused"_s);

    // Resume, then cancel part-way.
    QTest::mouseClick(pane.resumeButton(), Qt::LeftButton);
    QVERIFY(!pane.runner()->isPaused());
    QTRY_COMPARE(RunStore::loadRun(db(), runId)->status, RunStatus::Running);
    QTRY_VERIFY(m_server->requestCount() >= sentAtPause + 2);
    QTest::mouseClick(pane.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(1).value<RunStatus>(), RunStatus::Cancelled);
    QCOMPARE(RunStore::loadRun(db(), runId)->status, RunStatus::Cancelled);
    const qint64 doneAtCancel = RunStore::finishedCells(db(), runId)->size();
    QVERIFY(doneAtCancel < 24);
    QVERIFY(pane.progressLabel()->text().contains(u"cancelled"_s));
    QVERIFY(!pane.isRunning());
    QVERIFY(pane.newRunButton()->isEnabled());
    QCOMPARE(pane.model()->data(pane.model()->index(0, RunsModel::Status)).toString(),
             u"Cancelled"_s);

    // Resume the cancelled run from the list: it finishes, without duplicates.
    m_server->setDefaultReply(FakeReply{});
    pane.table()->selectRow(0);
    QVERIFY(pane.resumeButton()->isEnabled());
    QTest::mouseClick(pane.resumeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(finished.at(1).at(1).value<RunStatus>(), RunStatus::Done);
    QCOMPARE(finished.at(1).at(2).toString(), QString());
    QCOMPARE(RunStore::loadRun(db(), runId)->status, RunStatus::Done);
    const QList<RunResult> all = RunStore::results(db(), runId).value();
    QCOMPARE(all.size(), 24);
    for (const RunResult &r : all)
        QCOMPARE(r.status, CallStatus::Ok);
    QCOMPARE(pane.progressBar()->value(), 24);
    QCOMPARE(pane.progressBar()->maximum(), 24);
    QVERIFY(pane.progressLabel()->text().contains(u"done"_s));
    QCOMPARE(pane.model()->data(pane.model()->index(0, RunsModel::Status)).toString(), u"Done"_s);
    QCOMPARE(pane.model()->data(pane.model()->index(0, RunsModel::Results)).toString(),
             u"24 of 24"_s);
    QVERIFY(!pane.resumeButton()->isEnabled());
    // Every stored result was announced; so was every status change.
    QVERIFY(results.size() >= 24);
    QVERIFY(runsChanged.size() >= 6); // created, started, paused, resumed, cancelled, ..., done
}

void TestRunsPane::resumesAnInterruptedRun()
{
    // A run that was going when the program ended: status Running, 4 results stored.
    auto id = BatchRunner::createRun(db(), spec());
    QVERIFY(id.ok());
    QList<RunResult> stored;
    for (qint64 c = 1; c <= 4; ++c) {
        RunResult r;
        r.runId = id.value();
        r.caseId = c;
        r.endpoint = u"base"_s;
        r.status = CallStatus::Ok;
        r.text = u"Q: case-%1"_s.arg(c);
        r.finishedAt = QDateTime::currentDateTimeUtc();
        stored.append(r);
    }
    QVERIFY(RunStore::storeResults(db(), stored).ok());
    QVERIFY(RunStore::setRunStatus(db(), id.value(), RunStatus::Running).ok());

    RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
    pane.show();
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->data(pane.model()->index(0, RunsModel::Status)).toString(),
             u"Interrupted"_s);
    QCOMPARE(pane.model()->data(pane.model()->index(0, RunsModel::Results)).toString(),
             u"4 of 12"_s);
    pane.table()->selectRow(0);
    QVERIFY(pane.resumeButton()->isEnabled());
    QSignalSpy finished(&pane, &RunsPane::runFinished);
    QTest::mouseClick(pane.resumeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.constFirst().at(1).value<RunStatus>(), RunStatus::Done);
    QCOMPARE(m_server->requestCount(), 8); // only the cells without a result
    QCOMPARE(RunStore::resultCount(db(), id.value()).value(), 12);
}

void TestRunsPane::rateLimitNotice()
{
    FakeReply limited;
    limited.kind = FakeReply::Kind::HttpError;
    limited.status = 429;
    limited.headers = {{"retry-after", "600"}};
    m_server->setDefaultReply(limited);
    RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
    pane.show();
    QSignalSpy runsChanged(m_project.get(), &Project::runsChanged);
    QVERIFY(pane.createAndStart(spec()));
    QTRY_VERIFY_WITH_TIMEOUT(pane.noticeLabel()->isVisible(), 10000);
    QVERIFY(pane.noticeLabel()->text().contains(u"rate-limited"_s));
    QVERIFY(pane.runner()->isPaused());
    QVERIFY(pane.resumeButton()->isEnabled());
    QVERIFY(runsChanged.size() >= 2);
    // The limit is over: Resume finishes the run.
    m_server->setDefaultReply(FakeReply{});
    QSignalSpy finished(&pane, &RunsPane::runFinished);
    QTest::mouseClick(pane.resumeButton(), Qt::LeftButton);
    QVERIFY(pane.noticeLabel()->isHidden());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.constFirst().at(1).value<RunStatus>(), RunStatus::Done);
}

void TestRunsPane::closingThePaneMidRunCancelsCleanly()
{
    FakeReply slow;
    slow.tokenDelayMs = 20;
    m_server->setDefaultReply(slow);
    qint64 runId = 0;
    {
        RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
        QSignalSpy started(&pane, &RunsPane::runStarted);
        QSignalSpy results(m_project.get(), &Project::runResultsChanged);
        QVERIFY(pane.createAndStart(spec(1, 1)));
        QTRY_COMPARE(started.size(), 1);
        runId = started.constFirst().at(0).toLongLong();
        QTRY_VERIFY(results.size() >= 2);
        QVERIFY(pane.isRunning());
        // The shell closes the project: the pane is told first (cancelRun), then destroyed.
        QSignalSpy finished(&pane, &RunsPane::runFinished);
        pane.cancelRun();
        QCOMPARE(finished.size(), 1); // cancelRun() returns once the run has stopped
        QVERIFY(!pane.isRunning());
    }
    const QString path = m_project->path();
    QVERIFY(m_project->close().ok());
    m_project.reset();
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    auto reopened = Project::open(path);
    QVERIFY(reopened.ok());
    m_project = std::move(reopened).value();
    QCOMPARE(m_project->file()->integrityCheck()->ok, true);
    const RunInfo run = RunStore::loadRun(db(), runId).value();
    QCOMPARE(run.status, RunStatus::Cancelled);
    const qint64 kept = RunStore::finishedCells(db(), runId)->size();
    QVERIFY(kept >= 2);
    QVERIFY(kept < 12);

    // Destroying the pane mid-run without being told also leaves it Cancelled.
    RunSpec again = spec(1, 1);
    again.ignoreCache = true;
    {
        RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
        QSignalSpy started(&pane, &RunsPane::runStarted);
        QSignalSpy results(m_project.get(), &Project::runResultsChanged);
        QVERIFY(pane.createAndStart(again));
        QTRY_COMPARE(started.size(), 1);
        runId = started.constFirst().at(0).toLongLong();
        QTRY_VERIFY(results.size() >= 1);
    }
    QCOMPARE(RunStore::loadRun(db(), runId)->status, RunStatus::Cancelled);
}

void TestRunsPane::projectClosedUnderARunningPane()
{
    // The shell closes the project before it removes the pane (without
    // cancelRun()): the run still ends Cancelled through its own connection,
    // and the file reopens intact.
    FakeReply slow;
    slow.tokenDelayMs = 20;
    m_server->setDefaultReply(slow);
    const QString path = m_project->path();
    qint64 runId = 0;
    {
        RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
        QSignalSpy started(&pane, &RunsPane::runStarted);
        QSignalSpy results(m_project.get(), &Project::runResultsChanged);
        QVERIFY(pane.createAndStart(spec(1, 1)));
        QTRY_COMPARE(started.size(), 1);
        runId = started.constFirst().at(0).toLongLong();
        QTRY_VERIFY(results.size() >= 2);
        const Result<void> closed = m_project->close();
        qInfo("close() while the run was going: %s",
              closed ? "ok" : qPrintable(closed.error().message));
    }
    m_project.reset();
    auto reopened = Project::open(path);
    QVERIFY(reopened.ok());
    m_project = std::move(reopened).value();
    QVERIFY(m_project->file()->integrityCheck()->ok);
    QCOMPARE(RunStore::loadRun(db(), runId)->status, RunStatus::Cancelled);
    QVERIFY(RunStore::finishedCells(db(), runId)->size() >= 2);
    QVERIFY(m_project->close().ok());
    qInfo("side files after the last connection closed: wal %d, shm %d",
          int(QFile::exists(path + u"-wal"_s)), int(QFile::exists(path + u"-shm"_s)));
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    m_project.reset();
}

void TestRunsPane::missingKeyIsReported()
{
    Endpoint e = RunTest::endpoint(u"cand"_s, m_server->openAiBaseUrl());
    e.keyRef = KeyRef{KeyRef::Kind::Env, u"CUTOVER_TEST_NO_SUCH_KEY"_s};
    e.role = EndpointRole::Candidate;
    e.id = 0;
    const QList<Endpoint> all = EndpointStore::load(db()).value();
    for (const Endpoint &x : all) {
        if (x.name == u"cand"_s)
            e.id = x.id;
    }
    QVERIFY(EndpointStore::save(db(), e).ok());
    RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
    pane.show();
    QSignalSpy started(&pane, &RunsPane::runStarted);
    QVERIFY(pane.createAndStart(spec()));
    QTRY_VERIFY(pane.noticeLabel()->isVisible());
    QVERIFY2(pane.noticeLabel()->text().contains(u"cand"_s),
             qPrintable(pane.noticeLabel()->text()));
    QVERIFY(pane.noticeLabel()->text().contains(u"CUTOVER_TEST_NO_SUCH_KEY"_s));
    QCOMPARE(started.size(), 0);
    QVERIFY(!pane.isRunning());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(pane.newRunButton()->isEnabled());
}

void TestRunsPane::readOnlyProject()
{
    auto id = BatchRunner::createRun(db(), spec());
    QVERIFY(id.ok());
    QVERIFY(RunStore::setRunStatus(db(), id.value(), RunStatus::Cancelled).ok());
    const QString path = m_project->path();
    QVERIFY(m_project->close().ok());
    m_project.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s)); // made by a newer Cutover
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    auto p = Project::open(path);
    QVERIFY(p.ok());
    m_project = std::move(p).value();
    QVERIFY(m_project->isReadOnly());
    RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
    pane.show();
    QCOMPARE(pane.model()->rowCount(), 1); // listed
    pane.table()->selectRow(0);
    QVERIFY(!pane.newRunButton()->isEnabled());
    QVERIFY(!pane.resumeButton()->isEnabled());
    QVERIFY(!pane.createAndStart(spec()));
    pane.startRun(id.value());
    QVERIFY(!pane.isRunning());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRunsPane::screenshot()
{
    FakeReply slow;
    slow.tokenDelayMs = 30;
    m_server->setDefaultReply(slow);
    auto done = BatchRunner::createRun(db(), spec());
    QVERIFY(done.ok());
    QVERIFY(RunStore::setRunStatus(db(), done.value(), RunStatus::Cancelled).ok());
    RunsPane pane(m_project.get(), m_secrets.get(), m_nam.get());
    pane.resize(1000, 360);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy results(m_project.get(), &Project::runResultsChanged);
    QVERIFY(pane.createAndStart(spec(2, 1)));
    QTRY_VERIFY(results.size() >= 3);
    QTRY_VERIFY(pane.progressBar()->value() >= 3);
    const QString out = qEnvironmentVariable("CUTOVER_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(pane.grab().save(out + u"/runs-ui-runs.png"_s));
    QVERIFY(!pane.grab().isNull());
    pane.cancelRun();
    QVERIFY(!pane.isRunning());
    NewRunDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (!out.isEmpty())
        QVERIFY(dialog.grab().save(out + u"/runs-ui-newrun.png"_s));
}

QTEST_MAIN(TestRunsPane)
#include "tst_runspane.moc"
