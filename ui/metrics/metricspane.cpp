#include "ui/metrics/metricspane.h"

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "ui/metrics/chartthresholds.h"
#include "ui/metrics/disagreementsmodel.h"
#include "ui/metrics/intervalchart.h"
#include "ui/metrics/latencyhistogramchart.h"
#include "ui/metrics/latencytimelinechart.h"
#include "ui/metrics/metricscomputer.h"
#include "ui/metrics/summarymodel.h"
#include "ui/metrics/tagbreakdownchart.h"
#include "ui/metrics/verdictsmodel.h"
#include "ui/metrics/wintielosschart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

constexpr quint32 kStateMagic = 0x4d455452; // "METR"
constexpr quint32 kStateVersion = 1;

QList<double> seconds(const QList<double> &milliseconds)
{
    QList<double> out;
    out.reserve(milliseconds.size());
    for (const double ms : milliseconds)
        out.append(ms / 1000.0);
    return out;
}

} // namespace

MetricsPane::MetricsPane(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_computer(new MetricsComputer(project, this))
    , m_baseRun(new QComboBox(this))
    , m_baseEndpoint(new QComboBox(this))
    , m_candRun(new QComboBox(this))
    , m_candEndpoint(new QComboBox(this))
    , m_latest(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy Summary"), this))
    , m_export(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_histogram(new LatencyHistogramChart(this))
    , m_timeline(new LatencyTimelineChart(this))
    , m_passRate(new IntervalChart(tr("Pass rate"), tr("Pass rate (%)"), this))
    , m_cost(new IntervalChart(tr("Cost per 1,000 requests"), tr("Cost"), this))
    , m_winTieLoss(new WinTieLossChart(this))
    , m_tags(new TagBreakdownChart(this))
    , m_summary(new SummaryModel(this))
    , m_verdicts(new VerdictsModel(this))
    , m_disagreements(new DisagreementsModel(this))
    , m_summaryView(new QTableView(this))
    , m_verdictsView(new QTableView(this))
    , m_disagreementsView(new QTableView(this))
{
    setObjectName(u"metricsPane"_s);
    m_passRate->setObjectName(u"passRateChart"_s);
    m_passRate->setValueLimits(0.0, 100.0);
    m_passRate->setLabelFormat(u"%.0f"_s);
    m_cost->setObjectName(u"costChart"_s);
    m_cost->setValueLimits(0.0, std::numeric_limits<double>::infinity());

    // The comparison: baseline run and endpoint against candidate run and endpoint.
    for (QComboBox *combo : {m_baseRun, m_candRun}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(14);
    }
    for (QComboBox *combo : {m_baseEndpoint, m_candEndpoint})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseRun->setToolTip(tr("The run whose results are the baseline"));
    m_candRun->setToolTip(tr("The run whose results are the candidate"));
    m_latest->setText(tr("&Latest Run"));
    m_latest->setCheckable(true);
    m_latest->setChecked(true);
    m_latest->setToolTip(tr("Compare the latest run's first two endpoints, and follow new runs"));
    m_copy->setToolTip(tr("Copy the summary table to the clipboard, tab-separated"));
    m_export->setText(tr("&Export Charts…"));
    m_export->setToolTip(tr("Save every chart as PNG and SVG into a folder (right-click a chart "
                            "to export only that one)"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    auto *baseLabel = new QLabel(tr("&Baseline:"), this);
    baseLabel->setBuddy(m_baseRun);
    auto *candLabel = new QLabel(tr("C&andidate:"), this);
    candLabel->setBuddy(m_candRun);
    bar->addWidget(baseLabel);
    bar->addWidget(m_baseRun);
    bar->addWidget(m_baseEndpoint);
    bar->addSpacing(12);
    bar->addWidget(candLabel);
    bar->addWidget(m_candRun);
    bar->addWidget(m_candEndpoint);
    bar->addWidget(m_latest);
    bar->addStretch(1);
    bar->addWidget(m_export);
    bar->addWidget(m_copy);

    // Charts in a grid (scrolls when the window is small).
    auto *chartsHost = new QWidget(this);
    auto *grid = new QGridLayout(chartsHost);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<MetricsChartView *> all = charts();
    for (qsizetype i = 0; i < all.size(); ++i) {
        all.at(i)->setMinimumHeight(260);
        grid->addWidget(all.at(i), int(i / 2), int(i % 2));
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsHost);

    // The tables.
    m_summaryView->setObjectName(u"summaryView"_s);
    m_summaryView->setModel(m_summary);
    m_verdictsView->setObjectName(u"verdictsView"_s);
    m_verdictsView->setModel(m_verdicts);
    m_disagreementsView->setObjectName(u"disagreementsView"_s);
    m_disagreementsView->setModel(m_disagreements);
    for (QTableView *view : {m_summaryView, m_verdictsView, m_disagreementsView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->setWordWrap(false);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_verdictsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *answers = m_disagreementsView->horizontalHeader();
    answers->setSectionResizeMode(QHeaderView::Interactive);
    answers->resizeSection(DisagreementsModel::CaseColumn, 90);
    answers->resizeSection(DisagreementsModel::ReasonColumn, 200);
    answers->resizeSection(DisagreementsModel::BaselineColumn, 320);
    auto *copyAction = new QAction(tr("Copy Summary"), m_summaryView);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_summaryView->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &MetricsPane::copySummary);

    auto *tables = new QTabWidget(this);
    tables->addTab(m_summaryView, tr("Summary"));
    tables->addTab(m_verdictsView, tr("Plan Objectives"));
    tables->addTab(m_disagreementsView, tr("Top Disagreements"));

    m_splitter->setObjectName(u"metricsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(tables);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({700, 220});

    m_emptyLabel->setObjectName(u"metricsEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    showEmpty(tr("Computing…"));

    // Refresh (F5) while the focus is in the pane.
    auto *refreshAction = new QAction(tr("Refresh Metrics"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &MetricsPane::refresh);

    connect(m_copy, &QPushButton::clicked, this, &MetricsPane::copySummary);
    connect(m_export, &QToolButton::clicked, this, [this] {
        const QString folder
                = QFileDialog::getExistingDirectory(this, tr("Export Charts To"), QDir::homePath());
        if (folder.isEmpty())
            return;
        const Result<QStringList> written = exportCharts(folder);
        if (!written)
            QMessageBox::warning(this, tr("Export Failed"), written.error().message);
        else
            m_status->setText(tr("%n file(s) written to %1", nullptr, int(written->size()))
                                      .arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_latest, &QToolButton::clicked, this, [this](bool on) {
        if (on)
            useDefaultComparison();
        else
            chosenInCombos();
    });
    for (QComboBox *combo : {m_baseRun, m_candRun}) {
        connect(combo, &QComboBox::activated, this, [this, combo] {
            fillEndpoints(combo, combo == m_baseRun ? m_baseEndpoint : m_candEndpoint, QString());
            chosenInCombos();
        });
    }
    for (QComboBox *combo : {m_baseEndpoint, m_candEndpoint})
        connect(combo, &QComboBox::activated, this, &MetricsPane::chosenInCombos);

    connect(m_computer, &MetricsComputer::computed, this, &MetricsPane::apply);
    connect(m_computer, &MetricsComputer::progress, this, [this](qint64 done, qint64 total) {
        // Only worth saying for big runs; small ones finish before it shows.
        if (m_computer->isBusy() && total >= 20000) {
            m_status->setText(tr("Computing… %1 of %2 results read")
                                      .arg(QLocale().toString(done), QLocale().toString(total)));
        }
    });
    connect(m_computer, &MetricsComputer::busyChanged, this, [this](bool busy) {
        // Live updates keep the last figures and their status line; only a
        // first computation says so.
        if (busy && !m_comparison)
            m_status->setText(tr("Computing…"));
    });

    if (project) {
        connect(project, &Project::runResultsChanged, this, [this](qint64 runId) {
            const std::optional<Metrics::ComparisonSpec> spec = m_computer->spec();
            if (!spec || spec->baselineRunId == runId || spec->candidateRunId == runId)
                request();
        });
        connect(project, &Project::ratingsChanged, this, [this](qint64) { request(); });
        connect(project, &Project::runsChanged, this, [this] {
            reloadRuns();
            request();
        });
        connect(project->plan(), &PlanDocument::changed, this,
                [this](PlanDocument::Sections sections) {
                    if (sections.testFlag(PlanDocument::Objectives))
                        request();
                });
        reloadRuns();
    }
}

MetricsPane::~MetricsPane()
{
    shutdown();
}

QList<MetricsChartView *> MetricsPane::charts() const
{
    return {m_histogram, m_timeline, m_passRate, m_cost, m_winTieLoss, m_tags};
}

bool MetricsPane::isShowingCharts() const
{
    return m_stack->currentWidget() == m_splitter;
}

void MetricsPane::shutdown()
{
    m_shutDown = true;
    m_computer->shutdown();
}

void MetricsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        request();
}

void MetricsPane::request()
{
    if (m_shutDown)
        return;
    if (!isVisible()) {
        m_stale = true; // computed when shown
        return;
    }
    m_stale = false;
    m_computer->request();
}

void MetricsPane::refresh()
{
    reloadRuns();
    request();
}

void MetricsPane::useDefaultComparison()
{
    m_followDefault = true;
    m_latest->setChecked(true);
    m_computer->setSpec(std::nullopt);
    request();
}

void MetricsPane::setComparison(const Metrics::ComparisonSpec &spec)
{
    if (spec.baselineRunId == spec.candidateRunId
        && spec.baselineEndpoint == spec.candidateEndpoint)
        return;
    m_followDefault = false;
    m_latest->setChecked(false);
    selectSpecInCombos(spec);
    m_computer->setSpec(spec);
    request();
}

void MetricsPane::chosenInCombos()
{
    Metrics::ComparisonSpec spec;
    spec.baselineRunId = m_baseRun->currentData().toLongLong();
    spec.baselineEndpoint = m_baseEndpoint->currentText();
    spec.candidateRunId = m_candRun->currentData().toLongLong();
    spec.candidateEndpoint = m_candEndpoint->currentText();
    if (spec.baselineRunId == 0 || spec.candidateRunId == 0 || spec.baselineEndpoint.isEmpty()
        || spec.candidateEndpoint.isEmpty())
        return;
    if (spec.baselineRunId == spec.candidateRunId
        && spec.baselineEndpoint == spec.candidateEndpoint) {
        m_status->setText(tr("Choose two different endpoints (or runs) to compare."));
        return;
    }
    setComparison(spec);
}

void MetricsPane::reloadRuns()
{
    if (!m_project || !m_project->file() || !m_project->file()->isOpen())
        return;
    Result<QList<RunInfo>> runs = RunStore::listRuns(m_project->file()->database());
    if (!runs) {
        m_status->setText(runs.error().message);
        return;
    }
    m_runs = runs.value();
    const QLocale locale;
    for (QComboBox *combo : {m_baseRun, m_candRun}) {
        const qint64 keep = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        // Newest first: that is the one people look for.
        for (auto it = m_runs.crbegin(); it != m_runs.crend(); ++it) {
            //: run number, prompt name and version
            combo->addItem(tr("#%1 %2 v%3").arg(it->id).arg(it->promptName).arg(it->promptVersion),
                           it->id);
            //: endpoints of the run, when it was created
            combo->setItemData(combo->count() - 1,
                               tr("%1\nStarted %2")
                                       .arg(it->endpoints.join(u", "_s),
                                            locale.toString(it->createdAt.toLocalTime(),
                                                            QLocale::ShortFormat)),
                               Qt::ToolTipRole);
        }
        const int index = combo->findData(keep);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillEndpoints(m_baseRun, m_baseEndpoint, m_baseEndpoint->currentText());
    fillEndpoints(m_candRun, m_candEndpoint, m_candEndpoint->currentText());
    for (QComboBox *combo : {m_baseRun, m_candRun, m_baseEndpoint, m_candEndpoint})
        combo->setEnabled(!m_runs.isEmpty());
}

void MetricsPane::fillEndpoints(QComboBox *runCombo, QComboBox *endpointCombo, const QString &keep)
{
    const qint64 runId = runCombo->currentData().toLongLong();
    const QSignalBlocker blocker(endpointCombo);
    endpointCombo->clear();
    for (const RunInfo &run : std::as_const(m_runs)) {
        if (run.id == runId)
            endpointCombo->addItems(run.endpoints);
    }
    int index = endpointCombo->findText(keep);
    if (index < 0)
        index = endpointCombo == m_candEndpoint && endpointCombo->count() > 1 ? 1 : 0;
    endpointCombo->setCurrentIndex(index);
}

void MetricsPane::selectSpecInCombos(const Metrics::ComparisonSpec &spec)
{
    const auto select = [this](QComboBox *runCombo, QComboBox *endpointCombo, qint64 runId,
                               const QString &endpoint) {
        {
            const QSignalBlocker blocker(runCombo);
            const int index = runCombo->findData(runId);
            if (index >= 0)
                runCombo->setCurrentIndex(index);
        }
        fillEndpoints(runCombo, endpointCombo, endpoint);
    };
    select(m_baseRun, m_baseEndpoint, spec.baselineRunId, spec.baselineEndpoint);
    select(m_candRun, m_candEndpoint, spec.candidateRunId, spec.candidateEndpoint);
}

void MetricsPane::apply(const MetricsOutcome &outcome)
{
    if (outcome.noRuns) {
        m_comparison.reset();
        m_summary->clear();
        m_verdicts->setVerdicts({});
        m_disagreements->setDisagreements({}, QString(), QString());
        m_status->clear();
        showEmpty(tr("No run yet: run a prompt on two endpoints in Runs. The figures, charts and "
                     "the plan's verdicts appear here as the results come in."));
        return;
    }
    if (!outcome.comparison) {
        m_status->setText(tr("Could not compute the figures."));
        showEmpty(tr("Could not compute the figures: %1\nChoose another comparison above, or "
                     "check the runs in Runs.")
                          .arg(outcome.error.message));
        return;
    }
    showComparison(*outcome.comparison);
}

void MetricsPane::showEmpty(const QString &message)
{
    m_emptyLabel->setText(message);
    m_stack->setCurrentWidget(m_emptyLabel);
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
}

QString MetricsPane::variantName(const Metrics::VariantMetrics &variant, bool sameRun) const
{
    if (sameRun)
        return variant.endpoint;
    //: endpoint name and run number
    return tr("%1 (run %2)").arg(variant.endpoint).arg(variant.runId);
}

void MetricsPane::showComparison(const Metrics::RunComparison &c)
{
    m_comparison = c;
    if (m_followDefault) {
        if (m_runs.isEmpty() || m_baseRun->findData(c.spec.candidateRunId) < 0)
            reloadRuns();
        selectSpecInCombos(c.spec);
    }
    const bool sameRun = c.spec.sameRun();
    const QString baseName = variantName(c.baseline, sameRun);
    const QString candName = variantName(c.candidate, sameRun);

    m_summary->setComparison(c);
    m_verdicts->setVerdicts(c.verdicts);
    m_disagreements->setDisagreements(c.topDisagreements, baseName, candName);

    const QList<ChartData::Threshold> latencyLines = ChartThresholds::latencySeconds(c);
    m_histogram->setData({{baseName, seconds(c.samples.baselineLatencyMs)},
                          {candName, seconds(c.samples.candidateLatencyMs)}},
                         latencyLines);

    // Latency over time: seconds since the first result of either side
    // (of each side when they are different runs, which may be days apart).
    const auto firstOf = [](const QList<Metrics::LatencyPoint> &series) {
        qint64 first = std::numeric_limits<qint64>::max();
        for (const Metrics::LatencyPoint &p : series) {
            if (p.finishedAtMs > 0)
                first = std::min(first, p.finishedAtMs);
        }
        return first;
    };
    const qint64 baseStart = firstOf(c.baselineSeries.latency);
    const qint64 candStart = firstOf(c.candidateSeries.latency);
    const qint64 sharedStart = std::min(baseStart, candStart);
    const auto points = [](const QList<Metrics::LatencyPoint> &series, qint64 start) {
        QList<QPointF> out;
        out.reserve(series.size());
        for (const Metrics::LatencyPoint &p : series) {
            if (p.finishedAtMs > 0)
                out.append(QPointF((p.finishedAtMs - start) / 1000.0, p.latencyMs / 1000.0));
        }
        // Finish order is time order, but equal times from different
        // connections may interleave: keep x ascending for decimation.
        std::stable_sort(out.begin(), out.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        return out;
    };
    m_timeline->setData(
            {{baseName, points(c.baselineSeries.latency, sameRun ? sharedStart : baseStart)},
             {candName, points(c.candidateSeries.latency, sameRun ? sharedStart : candStart)}},
            latencyLines);

    m_passRate->setData({{baseName, Stats::scaled(c.baseline.passRate, 100.0)},
                         {candName, Stats::scaled(c.candidate.passRate, 100.0)}},
                        ChartThresholds::passRatePercent(c));
    m_cost->setData({{baseName, c.baseline.costPer1k}, {candName, c.candidate.costPer1k}},
                    ChartThresholds::costPer1k(c));

    QList<ChartData::WinTieLoss> wtl;
    if (c.paired.hasRatings) {
        wtl.append({tr("Ratings"), c.paired.ratings.wins, c.paired.ratings.ties,
                    c.paired.ratings.losses});
    }
    wtl.append({tr("Assertions"), c.paired.assertions.wins, c.paired.assertions.ties,
                c.paired.assertions.losses});
    m_winTieLoss->setData(wtl);

    QList<ChartData::TagFigures> tags;
    for (const Metrics::TagBreakdown &t : c.byTag) {
        tags.append({t.tag,
                     {Stats::scaled(t.baselinePassRate, 100.0),
                      Stats::scaled(t.candidatePassRate, 100.0)}});
    }
    m_tags->setData({baseName, candName}, tags, tr("Pass rate (%)"));

    m_stack->setCurrentWidget(m_splitter);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    m_status->setText(tr("%1 against %2 · %3 and %4 results · updated %5")
                              .arg(candName, baseName)
                              .arg(c.candidate.results)
                              .arg(c.baseline.results)
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT comparisonShown();
}

void MetricsPane::copySummary()
{
    QString text = m_summary->toTsv();
    if (m_verdicts->rowCount() > 0)
        text += u'\n' + m_verdicts->toTsv();
    QApplication::clipboard()->setText(text);
    m_status->setText(tr("Summary copied to the clipboard."));
}

Result<QStringList> MetricsPane::exportCharts(const QString &folder)
{
    QStringList written;
    const QDir dir(folder);
    for (MetricsChartView *chart : charts()) {
        const QString base = dir.filePath(chart->fileBaseName());
        const QString png = base + u".png"_s;
        const QString svg = base + u".svg"_s;
        if (Result<void> r = chart->exportPng(png); !r)
            return r.error();
        written << png;
        if (Result<void> r = chart->exportSvg(svg); !r)
            return r.error();
        written << svg;
    }
    return written;
}

QByteArray MetricsPane::saveState() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << kStateMagic << kStateVersion << m_splitter->saveState();
    return data;
}

bool MetricsPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray splitter;
    in >> magic >> version >> splitter;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    return m_splitter->restoreState(splitter);
}

} // namespace Cutover
