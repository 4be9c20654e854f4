// Live updates: a real batch run against the fake LLM server on loopback
// stores results one by one; the Metrics pane's charts and the Plan pane's
// verdicts follow while the results arrive, and the window keeps
// answering events.

#include "core/endpoints/secretstore.h"
#include "core/providers/providerclient.h"
#include "core/runs/batchrunner.h"
#include "tests/metricsui/metricstestutil.h"
#include "tests/runs/runtestutil.h"
#include "tests/support/fakellm/fakellmserver.h"
#include "ui/metrics/latencyhistogramchart.h"
#include "ui/metrics/latencytimelinechart.h"
#include "ui/metrics/metricscomputer.h"
#include "ui/metrics/metricspane.h"
#include "ui/metrics/objectiveverdictsource.h"
#include "ui/plan/objectivesmodel.h"
#include "ui/plan/objectivespage.h"
#include "ui/plan/planpane.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Cutover;
using namespace Cutover::FakeLlm;
using namespace Qt::StringLiterals;

class TestMetricsLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chartsFollowABatchRun();
    void planPaneShowsVerdictBadges();
    void planPaneWithoutRunsSaysWhatToDo();

private:
    qint64 startRun(BatchRunner &runner);

    static constexpr int kCases = 40;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestMetricsLive::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    FakeReply slow; // echo the question, slowly enough for several updates per run
    slow.firstByteDelayMs = 25;
    m_server->setDefaultReply(slow);
    m_project = MetricsTest::createProject(
            m_dir.filePath(u"%1.cutover"_s.arg(QString::fromUtf8(QTest::currentTestFunction()))));
    QVERIFY(m_project);
    m_project->plan()->reset(MetricsTest::plan());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ProviderClient>(m_nam.get());
    m_secrets = std::make_unique<SecretStore>(QProcessEnvironment());
}

void TestMetricsLive::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_secrets.reset();
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
    m_server.reset();
}

qint64 TestMetricsLive::startRun(BatchRunner &runner)
{
    QSqlDatabase db = m_project->file()->database();
    if (!RunTest::setUp(db, m_server->openAiBaseUrl(), kCases, 2))
        return 0;
    RunSpec spec;
    spec.promptName = u"triage"_s;
    spec.endpoints = {u"base"_s, u"cand"_s};
    auto id = BatchRunner::createRun(db, spec);
    if (!id) {
        qWarning("%s", qPrintable(id.error().message));
        return 0;
    }
    // As the Runs pane does: a notice for the run and for every stored result.
    Project *project = m_project.get();
    connect(&runner, &BatchRunner::resultStored, project,
            [project](const RunResult &r) { Q_EMIT project->runResultsChanged(r.runId); });
    Q_EMIT project->runsChanged();
    if (auto started = runner.start(id.value()); !started) {
        qWarning("%s", qPrintable(started.error().message));
        return 0;
    }
    return id.value();
}

void TestMetricsLive::chartsFollowABatchRun()
{
    MetricsPane pane(m_project.get());
    pane.computer()->setInterval(50);
    pane.resize(1100, 900);
    pane.show();
    QTRY_VERIFY(pane.computer()->finishedCount() >= 1); // "No run yet"
    QVERIFY(!pane.isShowingCharts());

    // Point counts seen while the run was still going.
    QList<qsizetype> whileRunning;
    BatchRunner runner(m_project->file()->database(), m_client.get(), m_secrets.get());
    connect(&pane, &MetricsPane::comparisonShown, this, [&] {
        if (runner.isRunning()) {
            whileRunning << pane.latencyTimeline()->variantPointCount(0)
                                    + pane.latencyTimeline()->variantPointCount(1);
        }
    });
    // The event loop keeps turning: the longest gap between 10 ms ticks.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    sinceTick.start();
    ticker.start();
    const qint64 runId = startRun(runner);
    QVERIFY(runId > 0);
    QVERIFY(finished.wait(30000));
    ticker.stop();

    // All 80 results drawn at the end, after updates with fewer on the way.
    QTRY_COMPARE(pane.latencyTimeline()->variantPointCount(0)
                         + pane.latencyTimeline()->variantPointCount(1),
                 2 * kCases);
    QTRY_COMPARE(pane.latencyHistogram()->countedResults(0), kCases);
    QVERIFY2(std::any_of(whileRunning.cbegin(), whileRunning.cend(),
                         [](qsizetype n) { return n > 0 && n < 2 * kCases; }),
             qPrintable(u"updates during the run: %1"_s.arg(whileRunning.size())));
    QCOMPARE(pane.comparison()->spec.baselineRunId, runId);
    QVERIFY2(longestGap < 1000, qPrintable(u"event loop blocked for %1 ms"_s.arg(longestGap)));
}

void TestMetricsLive::planPaneShowsVerdictBadges()
{
    PlanPane pane(m_project->plan());
    pane.enableVerdicts(m_project.get());
    pane.verdictSource()->computer()->setInterval(50);
    pane.setCurrentSection(PlanPane::Section::Objectives);
    pane.resize(1000, 700);
    pane.show();
    ObjectivesModel *model = pane.objectivesPage()->model();
    const auto verdictIndex = [model](qint64 id) {
        return model->index(model->rowOfId(id), ObjectivesModel::VerdictColumn);
    };
    // Before any run: no badge, a tooltip saying what to do.
    QTRY_VERIFY(!pane.verdictSource()->message().isEmpty()
                && pane.verdictSource()->computer()->finishedCount() >= 1);
    QCOMPARE(verdictIndex(MetricsTest::kMetObjective).data().toString(), u"—"_s);
    QVERIFY(!verdictIndex(MetricsTest::kMetObjective).data(Qt::DecorationRole).isValid());
    QVERIFY(verdictIndex(MetricsTest::kMetObjective)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Runs"_s));

    // A run of two endpoints on the fake server: every answer echoes the
    // question and passes. The verdicts follow while it runs.
    BatchRunner runner(m_project->file()->database(), m_client.get(), m_secrets.get());
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(startRun(runner) > 0);
    QVERIFY(finished.wait(30000));
    // The last computation has every result.
    QTRY_VERIFY(verdictIndex(MetricsTest::kMetObjective)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"n = 40"_s));
    QCOMPARE(verdictIndex(MetricsTest::kMetObjective).data().toString(),
             Stats::verdictLabel(Stats::VerdictOutcome::Met));
    QVERIFY(verdictIndex(MetricsTest::kMetObjective).data(Qt::DecorationRole).isValid());
    const QString tip = verdictIndex(MetricsTest::kMetObjective).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Measured: 100.00 % ["_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"cand against base"_s), qPrintable(tip));
    QCOMPARE(verdictIndex(MetricsTest::kNotMetObjective).data().toString(),
             Stats::verdictLabel(Stats::VerdictOutcome::Inconclusive)); // 40/40: [91.2, 100]
    QCOMPARE(verdictIndex(MetricsTest::kUndecided).data().toString(),
             Stats::verdictLabel(Stats::VerdictOutcome::Inconclusive)); // p95 needs 100
    QCOMPARE(verdictIndex(MetricsTest::kNoTargetObjective).data().toString(), u"—"_s);
    if (const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(pane.grab().save(dir + u"/metrics-ui-plan-verdicts.png"_s));

    // Changing a target shows it unjudged until the new verdict is in.
    m_project->plan()->edit(u"Lower the bar"_s,
                            [](Plan &p) { p.objectives[1].target->value = 80.0; });
    QTRY_COMPARE(verdictIndex(MetricsTest::kNotMetObjective).data().toString(),
                 Stats::verdictLabel(Stats::VerdictOutcome::Met));

    // After shutdown() nothing is computed any more (the project may close).
    pane.shutdown();
    const int computed = pane.verdictSource()->computer()->finishedCount();
    m_project->plan()->edit(u"Again"_s, [](Plan &p) { p.objectives[1].target->value = 70.0; });
    QVERIFY(!pane.verdictSource()->computer()->isBusy());
    QVERIFY(!pane.verdictSource()->computer()->hasPendingRequest());
    QCOMPARE(pane.verdictSource()->computer()->finishedCount(), computed);
}

void TestMetricsLive::planPaneWithoutRunsSaysWhatToDo()
{
    PlanPane pane(m_project->plan());
    // Without enableVerdicts() (e.g. a plan shown on its own) the column is
    // there, empty, and its tooltip says what to do.
    pane.setCurrentSection(PlanPane::Section::Objectives);
    pane.show();
    ObjectivesModel *model = pane.objectivesPage()->model();
    QCOMPARE(model->headerData(ObjectivesModel::VerdictColumn, Qt::Horizontal).toString(),
             ObjectivesModel::tr("Verdict"));
    const QModelIndex index = model->index(0, ObjectivesModel::VerdictColumn);
    QCOMPARE(index.data().toString(), u"—"_s);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Runs"_s));
    QVERIFY(!pane.verdictSource());
}

QTEST_MAIN(TestMetricsLive)
#include "tst_metricslive.moc"
