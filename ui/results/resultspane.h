#pragma once

#include "core/runs/resultsquery.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace Cutover {

class Project;
class ResultsMatrixModel;

// The results matrix of a batch run: rows are the run's cases, columns its
// endpoints (the first is the baseline); with repeats, a column shows the
// first repeat and how many of all repeats passed. Filters all / failures /
// different / unrated and an order by disagreement; read lazily from the
// project so that 100,000 results stay smooth. Double-click or Enter on a
// cell asks for it in the compare view (openInCompare). Refreshes itself
// (throttled) when results or ratings of the shown run change.
class ResultsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPane(Project *project, QWidget *parent = nullptr);
    ~ResultsPane() override;

    // Re-reads the list of runs (newest first), keeping the chosen one.
    void reloadRuns();
    bool selectRun(qint64 runId);
    qint64 currentRunId() const;

    void setFilter(ResultsFilter filter);
    ResultsFilter filter() const;
    void setSortByDisagreement(bool on);
    bool sortByDisagreement() const;

    // Column widths, filter and order, for the shell's settings;
    // restoreState() ignores data it cannot read.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    QComboBox *runCombo() const { return m_runs; }
    QToolButton *filterButton(ResultsFilter filter) const;
    QToolButton *sortButton() const { return m_sort; }
    // Which endpoint Different and the disagreement compare with the
    // baseline; shown for runs of three or more endpoints.
    QComboBox *candidateCombo() const { return m_candidate; }
    QTableView *view() const { return m_view; }
    ResultsMatrixModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    // A cell was opened: compare the baseline's result with `endpoint`'s
    // (the candidate when the case column was opened) for the first repeat.
    void openInCompare(qint64 runId, qint64 caseId, const QString &endpoint, int repeat);

private:
    void runChosen();
    void openIndex(const QModelIndex &index);
    void updateSummary();
    void scheduleRefresh(qint64 runId);

    QPointer<Project> m_project;
    QComboBox *m_runs;
    QButtonGroup *m_filters;
    QToolButton *m_sort;
    QLabel *m_candidateLabel;
    QComboBox *m_candidate;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_note; // the run's note, shown when it has one
    ResultsMatrixModel *m_model;
    QTimer m_refresh;      // throttles live updates while a run is storing results
    qint64 m_keepCase = 0; // the current case, kept across a reset
};

} // namespace Cutover
