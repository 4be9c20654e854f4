#pragma once

#include "core/runs/resultsquery.h"
#include "core/runs/runstore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Cutover {

// A run's results as a table: column 0 is the case, then one column per
// endpoint of the run (the first is the baseline). Each endpoint cell is the
// first repeat's result with a pass count over all repeats.
//
// Lazy: which cases are shown, and in which order, comes from
// ResultsQuery::index() run on a worker thread (its own connection to the
// project file); the cells are read a page at a time through the primary
// key when the view asks for them, and only a few pages are kept.
class ResultsMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        CaseIdRole = Qt::UserRole + 1,
        EndpointRole,      // QString, empty for the case column
        PresentRole,       // bool: the first repeat has a result
        StatusRole,        // int(CallStatus)
        PassedRole,        // bool, or invalid when not judged
        LatencyRole,       // qint64 ms
        CostRole,          // double, or invalid when unknown
        FromCacheRole,     // bool
        RepeatsRole,       // int: results stored over all repeats
        JudgedRepeatsRole, // int
        PassedRepeatsRole, // int
        RatingRole,        // int(Rating), or invalid when unrated (case column)
        RatingNoteRole,    // QString (case column)
        DisagreementRole,  // double, or invalid when not sorted by it (case column)
    };

    static constexpr int kPageSize = 64;
    static constexpr int kMaxPages = 24;

    explicit ResultsMatrixModel(QObject *parent = nullptr);
    ~ResultsMatrixModel() override;

    // `db` is read on this thread for pages (looked up by its connection
    // name when needed); `path` is opened by the worker.
    void setSource(QSqlDatabase db, const QString &path);
    // Shows the run; an id of 0 shows nothing. Unfiltered and in id order, the
    // first page of rows is there at once; otherwise rows come with the index.
    void setRun(const RunInfo &run);
    const RunInfo &run() const { return m_run; }
    void setFilter(ResultsFilter filter);
    ResultsFilter filter() const { return m_filter; }
    void setSortByDisagreement(bool on);
    bool sortByDisagreement() const { return m_sorted; }
    // The endpoint Different and the disagreement compare with the baseline:
    // the run's second endpoint unless chosen (runs of three or more).
    void setCandidate(const QString &endpoint);
    QString candidate() const;
    // Reads the index again (new results or ratings); rows appended at the
    // end are inserted, otherwise the cells are refreshed or the model reset.
    void refresh();

    bool isLoading() const { return m_loading; }
    // The case shown in `row`; 0 when out of range.
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;
    QString endpointAt(int column) const; // empty for column 0
    int pagesLoaded() const { return int(m_pages.size()); }
    int pageReads() const { return m_pageReads; } // for tests and the bench
    // How long the last index read took (live refreshes wait at least twice that).
    qint64 lastIndexMs() const { return m_lastIndexMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The index arrived (rowCount() is up to date) or could not be read.
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Row
    {
        MatrixRow cells;
        QString caseSummary;
    };
    struct IndexOutcome
    {
        ResultsIndex index;
        QString error;
        int generation = 0;
        qint64 elapsedMs = 0;
    };

    const Row *rowAt(int row) const;
    void indexArrived(const IndexOutcome &outcome);
    void startIndex();

    // By name, not a copy: the project may close its connection while the
    // model lives, and a copy held here would keep it in use.
    QString m_connection;
    QString m_path;
    RunInfo m_run;
    ResultsFilter m_filter = ResultsFilter::All;
    bool m_sorted = false;
    QString m_candidate;
    ResultsIndex m_index;
    QHash<qint64, int> m_rowOfCase;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    mutable QString m_pageError;
    mutable int m_pageReads = 0;
    QFutureWatcher<IndexOutcome> m_watcher;
    int m_generation = 0;
    qint64 m_lastIndexMs = 0;
    bool m_loading = false;
    bool m_rerun = false; // refresh() asked while a read was in flight
};

} // namespace Cutover
