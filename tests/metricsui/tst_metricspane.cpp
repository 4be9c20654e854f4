// The Metrics pane on real project files: results written through RunStore,
// the figures in the summary, the charts, the plan's thresholds and
// verdicts, copy and export; the throttled background computation.

#include "core/metrics/runmetrics.h"
#include "tests/metricsui/metricstestutil.h"
#include "ui/metrics/disagreementsmodel.h"
#include "ui/metrics/intervalchart.h"
#include "ui/metrics/latencyhistogramchart.h"
#include "ui/metrics/latencytimelinechart.h"
#include "ui/metrics/metricscomputer.h"
#include "ui/metrics/metricspane.h"
#include "ui/metrics/summarymodel.h"
#include "ui/metrics/tagbreakdownchart.h"
#include "ui/metrics/verdictsmodel.h"
#include "ui/metrics/wintielosschart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestMetricsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyProjectSaysWhatToDo();
    void showsStoredResults();
    void verdictsAndThresholds();
    void copiesTheSummary();
    void exportsPngAndSvg();
    void choosesAnotherComparison();
    void throttleFoldsRequests();
    void keepsSplitterState();
    void shutdownStopsComputing();

private:
    std::unique_ptr<MetricsPane> showPane();

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestMetricsPane::init()
{
    m_project = MetricsTest::createProject(
            m_dir.filePath(u"%1.cutover"_s.arg(QString::fromUtf8(QTest::currentTestFunction()))));
    QVERIFY(m_project);
    m_project->plan()->reset(MetricsTest::plan());
}

void TestMetricsPane::cleanup()
{
    if (m_project)
        QVERIFY(m_project->close().ok());
    m_project.reset();
}

std::unique_ptr<MetricsPane> TestMetricsPane::showPane()
{
    auto pane = std::make_unique<MetricsPane>(m_project.get());
    pane->computer()->setInterval(20);
    pane->resize(1100, 900);
    pane->show();
    return pane;
}

void TestMetricsPane::emptyProjectSaysWhatToDo()
{
    auto pane = showPane();
    QTRY_VERIFY(pane->computer()->finishedCount() >= 1);
    QVERIFY(!pane->isShowingCharts());
    QVERIFY(pane->emptyLabel()->isVisible());
    QVERIFY2(pane->emptyLabel()->text().contains(u"Runs"_s),
             qPrintable(pane->emptyLabel()->text()));
    QVERIFY(pane->emptyLabel()->text().startsWith(u"No run yet"_s));
    QVERIFY(!pane->runCombo(false)->isEnabled());
    QVERIFY(!pane->copyButton()->isEnabled()); // nothing to copy
    if (const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(pane->grab().save(dir + u"/metrics-ui-empty.png"_s));
}

void TestMetricsPane::showsStoredResults()
{
    const qint64 runId = MetricsTest::seedRun(m_project->file()->database(), 30);
    QVERIFY(runId > 0);
    auto pane = showPane();
    QAbstractItemModelTester summaryTester(pane->summaryModel());
    QAbstractItemModelTester verdictsTester(pane->verdictsModel());
    QAbstractItemModelTester disagreementsTester(pane->disagreementsModel());
    QTRY_VERIFY(pane->isShowingCharts());

    // The comparison the pane chose: the run's first endpoint against its second.
    QCOMPARE(pane->comparison()->spec.baselineRunId, runId);
    QCOMPARE(pane->comparison()->spec.baselineEndpoint, u"base"_s);
    QCOMPARE(pane->comparison()->spec.candidateEndpoint, u"cand"_s);
    QCOMPARE(pane->runCombo(false)->currentData().toLongLong(), runId);
    QCOMPARE(pane->endpointCombo(true)->currentText(), u"cand"_s);

    // Summary: pass rates 30/30 and 27/30 as percent with intervals and n.
    SummaryModel *summary = pane->summaryModel();
    const int passRow = summary->rowOf(u"pass_rate"_s);
    QVERIFY(passRow >= 0);
    const auto basePass = summary->estimateAt(passRow, SummaryModel::BaselineColumn);
    const auto candPass = summary->estimateAt(passRow, SummaryModel::CandidateColumn);
    QVERIFY(basePass && candPass);
    QCOMPARE(basePass->value, 100.0);
    QCOMPARE(candPass->value, 90.0);
    QCOMPARE(candPass->n, 30);
    QVERIFY(candPass->low < 90.0 && candPass->high > 90.0);
    const QString candText
            = summary->index(passRow, SummaryModel::CandidateColumn).data().toString();
    QVERIFY2(candText.startsWith(u"90.0 % ["_s), qPrintable(candText));
    // p99 needs 500 results: "not enough data" rather than a guess.
    const int p99Row = summary->rowOf(u"latency_p99"_s);
    QVERIFY(summary->index(p99Row, SummaryModel::BaselineColumn)
                    .data()
                    .toString()
                    .contains(u"not enough data"_s));
    QVERIFY(summary->headerData(SummaryModel::CandidateColumn, Qt::Horizontal)
                    .toString()
                    .contains(u"cand"_s));

    // Charts: every result of each side, one error bar per side, both tags.
    QCOMPARE(pane->latencyHistogram()->countedResults(0), 30);
    QCOMPARE(pane->latencyHistogram()->countedResults(1), 30);
    QCOMPARE(pane->latencyTimeline()->variantPointCount(0), 30);
    QCOMPARE(pane->latencyTimeline()->variantPointCount(1), 30);
    QCOMPARE(pane->passRateChart()->barCount(), 2);
    QCOMPARE(pane->costChart()->barCount(), 2);
    QCOMPARE(pane->winTieLossChart()->rowCount(), 1); // assertions; nobody rated
    QCOMPARE(pane->tagChart()->drawnTags().size(), 2);
    for (MetricsChartView *chart : pane->charts())
        QVERIFY2(chart->emptyMessage().isEmpty(), qPrintable(chart->objectName()));

    // The three cases the candidate failed are the top disagreements.
    DisagreementsModel *disagreements = pane->disagreementsModel();
    QCOMPARE(disagreements->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(disagreements->index(row, DisagreementsModel::ReasonColumn).data().toString(),
                 Metrics::describeReasons(int(Metrics::DisagreementReason::PassFail)));
        QVERIFY(disagreements->index(row, DisagreementsModel::CandidateColumn)
                        .data()
                        .toString()
                        .startsWith(u"[failed] answer to case-"_s));
    }
    QVERIFY(pane->statusLabel()->text().contains(u"cand"_s));
    // For people looking at the pane: CUTOVER_SCREENSHOTS=<folder>.
    if (const QString dir = qEnvironmentVariable("CUTOVER_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(pane->grab().save(dir + u"/metrics-ui-pane.png"_s));
}

void TestMetricsPane::verdictsAndThresholds()
{
    QVERIFY(MetricsTest::seedRun(m_project->file()->database(), 30) > 0);
    auto pane = showPane();
    QTRY_VERIFY(pane->isShowingCharts());

    VerdictsModel *verdicts = pane->verdictsModel();
    QCOMPARE(verdicts->rowCount(), 3); // the objective without a target is not judged
    QHash<qint64, int> rowOf;
    for (int row = 0; row < verdicts->rowCount(); ++row)
        rowOf.insert(verdicts->verdicts().at(row).objectiveId, row);
    const auto verdictText = [&](qint64 id) {
        return verdicts->index(rowOf.value(id), VerdictsModel::VerdictColumn).data().toString();
    };
    QCOMPARE(verdictText(MetricsTest::kMetObjective),
             Stats::verdictLabel(Stats::VerdictOutcome::Met));
    QCOMPARE(verdictText(MetricsTest::kNotMetObjective),
             Stats::verdictLabel(Stats::VerdictOutcome::NotMet));
    QCOMPARE(verdictText(MetricsTest::kUndecided),
             Stats::verdictLabel(Stats::VerdictOutcome::Inconclusive));
    const QModelIndex met = verdicts->index(rowOf.value(MetricsTest::kMetObjective),
                                            VerdictsModel::VerdictColumn);
    QVERIFY(met.data(Qt::DecorationRole).isValid());
    QVERIFY2(met.data(Qt::ToolTipRole).toString().contains(u"Measured"_s),
             qPrintable(met.data(Qt::ToolTipRole).toString()));

    // The pass-rate targets are lines on the pass-rate chart (at 50 and
    // 99.5 %); the p95 target on both latency charts.
    const auto seriesNames = [](MetricsChartView *chart) {
        QStringList names;
        for (QAbstractSeries *s : chart->chart()->series())
            names << s->name();
        return names.join(u'|');
    };
    QVERIFY(seriesNames(pane->passRateChart()).contains(u"Keep quality"_s));
    QVERIFY(seriesNames(pane->passRateChart()).contains(u"Flawless"_s));
    QVERIFY(!seriesNames(pane->passRateChart()).contains(u"Fast"_s));
    QVERIFY(seriesNames(pane->latencyHistogram()).contains(u"Fast"_s));
    QVERIFY(seriesNames(pane->latencyTimeline()).contains(u"Fast"_s));

    // Editing the plan judges again: 27 of 30 (Wilson high 96.5 %) is not at least 97.5 %.
    QSignalSpy shown(pane.get(), &MetricsPane::comparisonShown);
    m_project->plan()->edit(u"Raise the bar"_s,
                            [](Plan &p) { p.objectives[0].target->value = 97.5; });
    QTRY_VERIFY(shown.count() >= 1);
    QTRY_COMPARE(verdicts->index(0, VerdictsModel::VerdictColumn).data().toString(),
                 Stats::verdictLabel(Stats::VerdictOutcome::NotMet));
}

void TestMetricsPane::copiesTheSummary()
{
    QVERIFY(MetricsTest::seedRun(m_project->file()->database(), 30) > 0);
    auto pane = showPane();
    QTRY_VERIFY(pane->isShowingCharts());
    QApplication::clipboard()->clear();
    QTest::mouseClick(pane->copyButton(), Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    const QStringList header = lines.constFirst().split(u'\t');
    QCOMPARE(header.size(), 16); // figure + 3 × (value, low, high, n, status)
    const auto pass = std::find_if(lines.cbegin(), lines.cend(),
                                   [](const QString &l) { return l.startsWith(u"Pass rate\t"_s); });
    QVERIFY(pass != lines.cend());
    const QStringList fields = pass->split(u'\t');
    QCOMPARE(fields.size(), 16);
    QCOMPARE(fields.at(6).toDouble(), 90.0); // candidate value
    QVERIFY(fields.at(7).toDouble() < 90.0); // candidate low
    QCOMPARE(fields.at(9), u"30"_s);         // candidate n
    // The verdicts follow the figures.
    QVERIFY(text.contains(u"Keep quality"_s));

    // Ctrl+C in the table copies the same.
    QApplication::clipboard()->clear();
    pane->summaryView()->setFocus();
    QTRY_VERIFY(pane->summaryView()->hasFocus());
    QTest::keySequence(pane->summaryView(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(QApplication::clipboard()->text(), text);
}

void TestMetricsPane::exportsPngAndSvg()
{
    QVERIFY(MetricsTest::seedRun(m_project->file()->database(), 30) > 0);
    auto pane = showPane();
    QTRY_VERIFY(pane->isShowingCharts());
    QTemporaryDir out;
    const Result<QStringList> written = pane->exportCharts(out.path());
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written->size(), 2 * pane->charts().size());
    for (const QString &path : written.value()) {
        if (path.endsWith(u".png"_s)) {
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QVERIFY(image.width() >= 280 && image.height() >= 200);
            // Not a blank canvas: the chart drew something darker than the background.
            bool ink = false;
            for (int y = 0; y < image.height() && !ink; y += 3) {
                for (int x = 0; x < image.width() && !ink; x += 3)
                    ink = qGray(image.pixel(x, y)) < 128;
            }
            QVERIFY2(ink, qPrintable(path));
        } else {
            QSvgRenderer svg(path);
            QVERIFY2(svg.isValid(), qPrintable(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray xml = file.readAll();
            QVERIFY(xml.contains("<svg"));
            QVERIFY(xml.contains("<path") || xml.contains("<polyline"));
        }
    }
    // A folder that cannot be written says so.
    const Result<void> bad = pane->latencyTimeline()->exportPng(out.filePath(u"missing/x.png"_s));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(u"missing"_s));
}

void TestMetricsPane::choosesAnotherComparison()
{
    const qint64 first = MetricsTest::seedRun(m_project->file()->database(), 30);
    QVERIFY(first > 0);
    auto pane = showPane();
    QTRY_VERIFY(pane->isShowingCharts());
    QVERIFY(pane->followsDefault());

    // Swap the sides through the combo boxes, as a person would.
    QSignalSpy shown(pane.get(), &MetricsPane::comparisonShown);
    QComboBox *baseEndpoint = pane->endpointCombo(false);
    const int candIndex = baseEndpoint->findText(u"cand"_s);
    QVERIFY(candIndex >= 0);
    baseEndpoint->setCurrentIndex(candIndex);
    Q_EMIT baseEndpoint->activated(candIndex);
    QComboBox *candEndpoint = pane->endpointCombo(true);
    const int baseIndex = candEndpoint->findText(u"base"_s);
    candEndpoint->setCurrentIndex(baseIndex);
    Q_EMIT candEndpoint->activated(baseIndex);
    QVERIFY(!pane->followsDefault());
    QTRY_COMPARE(pane->comparison()->spec.baselineEndpoint, u"cand"_s);
    QTRY_COMPARE(pane->comparison()->spec.candidateEndpoint, u"base"_s);
    const int passRow = pane->summaryModel()->rowOf(u"pass_rate"_s);
    QCOMPARE(pane->summaryModel()->estimateAt(passRow, SummaryModel::CandidateColumn)->value,
             100.0);

    // Back to the latest run.
    pane->useDefaultComparison();
    QTRY_COMPARE(pane->comparison()->spec.baselineEndpoint, u"base"_s);
    QVERIFY(pane->followsDefault());
}

void TestMetricsPane::throttleFoldsRequests()
{
    QVERIFY(MetricsTest::seedRun(m_project->file()->database(), 30) > 0);
    MetricsComputer computer(m_project.get());
    computer.setInterval(200);
    int busyNow = 0;
    int maxBusy = 0;
    connect(&computer, &MetricsComputer::busyChanged, this, [&](bool busy) {
        busyNow += busy ? 1 : -1;
        maxBusy = std::max(maxBusy, busyNow);
    });
    // A burst of 100 requests (a batch run storing results) while the
    // first computation runs: one computation now, one more after it.
    for (int i = 0; i < 100; ++i)
        computer.request();
    QTRY_VERIFY(computer.finishedCount() >= 1);
    for (int i = 0; i < 100; ++i)
        computer.request();
    QTRY_VERIFY(!computer.isBusy() && !computer.hasPendingRequest()
                && computer.finishedCount() >= 2);
    QCOMPARE(computer.finishedCount(), 2);
    QCOMPARE(maxBusy, 1); // never two at once
    QVERIFY(computer.lastOutcome().comparison.has_value());
}

void TestMetricsPane::keepsSplitterState()
{
    auto pane = showPane();
    const QByteArray state = pane->saveState();
    QVERIFY(pane->restoreState(state));
    QVERIFY(!pane->restoreState(QByteArray("garbage")));
}

void TestMetricsPane::shutdownStopsComputing()
{
    QVERIFY(MetricsTest::seedRun(m_project->file()->database(), 30) > 0);
    auto pane = showPane();
    QTRY_VERIFY(pane->isShowingCharts());
    pane->shutdown();
    const int computed = pane->computer()->finishedCount();
    Q_EMIT m_project->runResultsChanged(pane->comparison()->spec.baselineRunId);
    pane->refresh();
    QVERIFY(!pane->computer()->isBusy());
    QVERIFY(!pane->computer()->hasPendingRequest());
    QCOMPARE(pane->computer()->finishedCount(), computed);
}

QTEST_MAIN(TestMetricsPane)
#include "tst_metricspane.moc"
