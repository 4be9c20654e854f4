#pragma once

#include "core/metrics/runmetrics.h"
#include "core/runs/runstore.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Cutover {

class DisagreementsModel;
class IntervalChart;
class LatencyHistogramChart;
class LatencyTimelineChart;
class MetricsChartView;
class MetricsComputer;
struct MetricsOutcome;
class Project;
class SummaryModel;
class TagBreakdownChart;
class VerdictsModel;
class WinTieLossChart;

// The Metrics pane: one variant against another (by default the latest
// run's first two endpoints, or any two endpoints of any runs), as charts
// with intervals and the plan's thresholds, a summary table and the plan's
// objectives judged. Recomputed off the GUI thread whenever results,
// ratings, runs or the plan change (throttled, see MetricsComputer) while
// the pane is visible; a batch run's results show up as they are stored.
class MetricsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsPane(Project *project, QWidget *parent = nullptr);
    ~MetricsPane() override;

    // Follow the project's default comparison (the latest run) again.
    void useDefaultComparison();
    // Compare these sides (ignored when both are the same endpoint of the
    // same run).
    void setComparison(const Metrics::ComparisonSpec &spec);
    bool followsDefault() const { return m_followDefault; }

    // Recompute now (still never two at once).
    void refresh();
    // Stop computing (the shell calls this before it closes the project).
    void shutdown();

    // Copies the summary table, tab-separated, to the clipboard.
    void copySummary();
    // Exports every chart as PNG and SVG into `folder`; the files written.
    Result<QStringList> exportCharts(const QString &folder);

    // The splitter positions, for the shell's settings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    MetricsComputer *computer() const { return m_computer; }
    const std::optional<Metrics::RunComparison> &comparison() const { return m_comparison; }
    QList<MetricsChartView *> charts() const;
    LatencyHistogramChart *latencyHistogram() const { return m_histogram; }
    LatencyTimelineChart *latencyTimeline() const { return m_timeline; }
    IntervalChart *passRateChart() const { return m_passRate; }
    IntervalChart *costChart() const { return m_cost; }
    WinTieLossChart *winTieLossChart() const { return m_winTieLoss; }
    TagBreakdownChart *tagChart() const { return m_tags; }
    SummaryModel *summaryModel() const { return m_summary; }
    VerdictsModel *verdictsModel() const { return m_verdicts; }
    DisagreementsModel *disagreementsModel() const { return m_disagreements; }
    QTableView *summaryView() const { return m_summaryView; }
    QLabel *emptyLabel() const { return m_emptyLabel; }
    QLabel *statusLabel() const { return m_status; }
    bool isShowingCharts() const;
    QComboBox *runCombo(bool candidate) const { return candidate ? m_candRun : m_baseRun; }
    QComboBox *endpointCombo(bool candidate) const
    {
        return candidate ? m_candEndpoint : m_baseEndpoint;
    }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    // A new comparison is shown (after every computation that succeeded).
    void comparisonShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void request();
    void reloadRuns();
    void fillEndpoints(QComboBox *runCombo, QComboBox *endpointCombo, const QString &keep);
    void selectSpecInCombos(const Metrics::ComparisonSpec &spec);
    void chosenInCombos();
    void apply(const MetricsOutcome &outcome);
    void showComparison(const Metrics::RunComparison &comparison);
    void showEmpty(const QString &message);
    QString variantName(const Metrics::VariantMetrics &variant, bool sameRun) const;

    QPointer<Project> m_project;
    MetricsComputer *m_computer;
    std::optional<Metrics::RunComparison> m_comparison;
    QList<RunInfo> m_runs;
    bool m_followDefault = true;
    bool m_stale = true; // data changed while the pane was hidden
    bool m_shutDown = false;

    QComboBox *m_baseRun;
    QComboBox *m_baseEndpoint;
    QComboBox *m_candRun;
    QComboBox *m_candEndpoint;
    QToolButton *m_latest;
    QLabel *m_status;
    QPushButton *m_copy;
    QToolButton *m_export;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QSplitter *m_splitter;
    LatencyHistogramChart *m_histogram;
    LatencyTimelineChart *m_timeline;
    IntervalChart *m_passRate;
    IntervalChart *m_cost;
    WinTieLossChart *m_winTieLoss;
    TagBreakdownChart *m_tags;
    SummaryModel *m_summary;
    VerdictsModel *m_verdicts;
    DisagreementsModel *m_disagreements;
    QTableView *m_summaryView;
    QTableView *m_verdictsView;
    QTableView *m_disagreementsView;
};

} // namespace Cutover
