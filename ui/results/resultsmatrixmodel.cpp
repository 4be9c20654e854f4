#include "ui/results/resultsmatrixmodel.h"

#include "core/project/projectfile.h"
#include "core/runs/casestore.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

QAtomicInt s_connections;

// "q = case-1 · lang = en", the case's variables on one line.
QString summaryOf(const TestCase &c)
{
    QStringList parts;
    for (auto it = c.variables.cbegin(); it != c.variables.cend() && parts.size() < 6; ++it)
        parts.append(u"%1 = %2"_s.arg(it.key(), it.value().simplified().left(120)));
    return parts.join(u" · "_s);
}

QString statusText(CallStatus status, const std::optional<bool> &passed)
{
    switch (status) {
    case CallStatus::Ok:
        if (!passed)
            return ResultsMatrixModel::tr("answered");
        return *passed ? ResultsMatrixModel::tr("passed") : ResultsMatrixModel::tr("failed");
    case CallStatus::Error:
        return ResultsMatrixModel::tr("error");
    case CallStatus::Incomplete:
        return ResultsMatrixModel::tr("cut off");
    case CallStatus::Cancelled:
        return ResultsMatrixModel::tr("cancelled");
    }
    return QString();
}

QString ratingText(Rating rating)
{
    switch (rating) {
    case Rating::BaselineBetter:
        return ResultsMatrixModel::tr("baseline better");
    case Rating::CandidateBetter:
        return ResultsMatrixModel::tr("candidate better");
    case Rating::Tie:
        return ResultsMatrixModel::tr("tie");
    case Rating::BothBad:
        return ResultsMatrixModel::tr("both bad");
    }
    return QString();
}

} // namespace

ResultsMatrixModel::ResultsMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<IndexOutcome>::finished, this,
            [this] { indexArrived(m_watcher.result()); });
}

ResultsMatrixModel::~ResultsMatrixModel()
{
    m_watcher.waitForFinished();
}

void ResultsMatrixModel::setSource(QSqlDatabase db, const QString &path)
{
    m_connection = db.connectionName();
    m_path = path;
}

void ResultsMatrixModel::setRun(const RunInfo &run)
{
    beginResetModel();
    m_run = run;
    m_index = ResultsIndex();
    m_rowOfCase.clear();
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
    refresh();
    // Unfiltered and in id order, the first page is known at once: rows to
    // paint while the whole index is read (it arrives as rows appended).
    if (m_loading && m_filter == ResultsFilter::All && !m_sorted) {
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        Result<QList<qint64>> first = ResultsQuery::firstCaseIds(db, m_run.id, kPageSize);
        if (first && !first->isEmpty()) {
            beginInsertRows({}, 0, int(first->size()) - 1);
            m_index.caseIds = first.value();
            for (int i = 0; i < m_index.caseIds.size(); ++i)
                m_rowOfCase.insert(m_index.caseIds.at(i), i);
            endInsertRows();
        }
    }
}

void ResultsMatrixModel::setFilter(ResultsFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    setRun(m_run);
}

void ResultsMatrixModel::setSortByDisagreement(bool on)
{
    if (on == m_sorted)
        return;
    m_sorted = on;
    setRun(m_run);
}

void ResultsMatrixModel::setCandidate(const QString &endpoint)
{
    if (endpoint == m_candidate)
        return;
    m_candidate = endpoint;
    if (m_filter == ResultsFilter::Different || m_sorted)
        setRun(m_run);
}

QString ResultsMatrixModel::candidate() const
{
    if (!m_candidate.isEmpty() && m_run.endpoints.indexOf(m_candidate) > 0)
        return m_candidate;
    return m_run.endpoints.value(1);
}

void ResultsMatrixModel::refresh()
{
    ++m_generation;
    if (m_run.id == 0 || m_path.isEmpty()) {
        m_loading = false;
        return;
    }
    if (m_watcher.isRunning()) {
        m_rerun = true; // the running read is stale; start again when it ends
        return;
    }
    startIndex();
}

void ResultsMatrixModel::startIndex()
{
    m_loading = true;
    m_rerun = false;
    ResultsQuerySpec spec;
    spec.runId = m_run.id;
    spec.baseline = m_run.endpoints.value(0);
    spec.candidate = candidate();
    spec.filter = m_filter;
    spec.sortByDisagreement = m_sorted;
    const QString path = m_path;
    const int generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([spec, path, generation] {
        QElapsedTimer clock;
        clock.start();
        IndexOutcome out;
        out.generation = generation;
        // A connection of this thread's own: QSqlDatabase is not shared
        // between threads. Closed before the task ends.
        const QString name = u"cutover-results-index-%1"_s.arg(s_connections.fetchAndAddRelaxed(1));
        if (Result<QSqlDatabase> db = ProjectFile::openReadConnection(path, name); !db) {
            out.error = db.error().message;
        } else {
            Result<ResultsIndex> index = ResultsQuery::index(db.value(), spec);
            if (index)
                out.index = std::move(index).value();
            else
                out.error = index.error().message;
        }
        ProjectFile::closeAdditionalConnection(name);
        out.elapsedMs = clock.elapsed();
        return out;
    }));
}

void ResultsMatrixModel::indexArrived(const IndexOutcome &outcome)
{
    if (m_rerun || outcome.generation != m_generation) {
        startIndex();
        return;
    }
    m_loading = false;
    m_lastIndexMs = outcome.elapsedMs;
    if (!outcome.error.isEmpty()) {
        Q_EMIT loadFailed(outcome.error);
        return;
    }
    const QList<qint64> &old = m_index.caseIds;
    const QList<qint64> &now = outcome.index.caseIds;
    const bool appended
            = now.size() >= old.size() && std::equal(old.begin(), old.end(), now.begin());
    m_pages.clear();
    m_pageOrder.clear();
    m_pageError.clear();
    if (!appended) {
        beginResetModel();
        m_index = outcome.index;
        m_rowOfCase.clear();
        for (int i = 0; i < m_index.caseIds.size(); ++i)
            m_rowOfCase.insert(m_index.caseIds.at(i), i);
        endResetModel();
        Q_EMIT loaded();
        return;
    }
    const int oldSize = int(old.size());
    const int newSize = int(now.size());
    if (newSize > oldSize)
        beginInsertRows({}, oldSize, newSize - 1);
    m_index = outcome.index;
    for (int i = oldSize; i < newSize; ++i)
        m_rowOfCase.insert(m_index.caseIds.at(i), i);
    if (newSize > oldSize)
        endInsertRows();
    if (oldSize > 0)
        Q_EMIT dataChanged(index(0, 0), index(oldSize - 1, columnCount() - 1));
    Q_EMIT loaded();
}

qint64 ResultsMatrixModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_index.caseIds.size() ? m_index.caseIds.at(row) : 0;
}

int ResultsMatrixModel::rowOfCase(qint64 caseId) const
{
    return m_rowOfCase.value(caseId, -1);
}

QString ResultsMatrixModel::endpointAt(int column) const
{
    return column >= 1 ? m_run.endpoints.value(column - 1) : QString();
}

int ResultsMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.caseIds.size());
}

int ResultsMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_run.endpoints.size()) + 1;
}

const ResultsMatrixModel::Row *ResultsMatrixModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // One short read through the primary key for the page's cases.
        const QList<qint64> ids = m_index.caseIds.mid(qsizetype(page) * kPageSize, kPageSize);
        ++m_pageReads;
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        Result<QList<MatrixRow>> rows = ResultsQuery::rows(db, m_run.id, m_run.endpoints, ids);
        QList<Row> loaded;
        loaded.reserve(ids.size());
        if (!rows) {
            m_pageError = rows.error().message;
            for (qint64 id : ids)
                loaded.append(Row{MatrixRow{id, QList<MatrixCell>(m_run.endpoints.size())}, {}});
        } else {
            QHash<qint64, QString> summaries;
            if (Result<QList<TestCase>> cases = CaseStore::load(db, ids); cases) {
                for (const TestCase &c : cases.value())
                    summaries.insert(c.id, summaryOf(c));
            }
            for (const MatrixRow &r : rows.value())
                loaded.append(Row{r, summaries.value(r.caseId, tr("(case removed)"))});
        }
        if (m_pages.size() >= kMaxPages && !m_pageOrder.isEmpty())
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, loaded);
        m_pageOrder.append(page);
    } else if (m_pageOrder.constLast() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant ResultsMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 caseId = m_index.caseIds.at(row);
    if (role == CaseIdRole)
        return caseId;
    if (index.column() == 0) {
        const auto rating = m_index.ratings.constFind(caseId);
        const bool rated = rating != m_index.ratings.cend();
        switch (role) {
        case Qt::DisplayRole: {
            const Row *r = rowAt(row);
            return r ? r->caseSummary : QString();
        }
        case Qt::ToolTipRole: {
            QString tip = tr("Case %1").arg(caseId);
            if (rated) {
                tip += u'\n' + tr("Rated: %1").arg(ratingText(rating->rating));
                if (!rating->note.isEmpty())
                    tip += u" — "_s + rating->note;
            }
            if (m_sorted && row < m_index.disagreement.size())
                tip += u'\n'
                       + tr("Disagreement %1 of 3")
                                 .arg(QLocale().toString(m_index.disagreement.at(row), 'f', 1));
            return tip;
        }
        case RatingRole:
            return rated ? QVariant(int(rating->rating)) : QVariant();
        case RatingNoteRole:
            return rated ? rating->note : QString();
        case DisagreementRole:
            return m_sorted && row < m_index.disagreement.size()
                           ? QVariant(m_index.disagreement.at(row))
                           : QVariant();
        case EndpointRole:
            return QString();
        default:
            return {};
        }
    }
    if (role == EndpointRole)
        return endpointAt(index.column());
    const Row *r = rowAt(row);
    if (!r)
        return {};
    const MatrixCell &cell = r->cells.cells.at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return cell.present ? cell.preview : QString();
    case Qt::ToolTipRole: {
        if (!m_pageError.isEmpty())
            return m_pageError;
        if (!cell.present)
            return tr("No result yet");
        QString tip
                = tr("%1 · %2 ms").arg(statusText(cell.status, cell.passed)).arg(cell.latencyMs);
        if (cell.repeats > 1)
            tip += u'\n' + tr("%1 of %2 repeats passed").arg(cell.passedRepeats).arg(cell.repeats);
        if (cell.fromCache)
            tip += u'\n' + tr("From the response cache");
        return tip;
    }
    case PresentRole:
        return cell.present;
    case StatusRole:
        return int(cell.status);
    case PassedRole:
        return cell.passed ? QVariant(*cell.passed) : QVariant();
    case LatencyRole:
        return cell.latencyMs;
    case CostRole:
        return cell.cost ? QVariant(*cell.cost) : QVariant();
    case FromCacheRole:
        return cell.fromCache;
    case RepeatsRole:
        return cell.repeats;
    case JudgedRepeatsRole:
        return cell.judgedRepeats;
    case PassedRepeatsRole:
        return cell.passedRepeats;
    default:
        return {};
    }
}

QVariant ResultsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_index.caseIds.size())
            return QString::number(m_index.caseIds.at(section));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Case");
        const QString name = endpointAt(section);
        return section == 1 ? tr("%1 (baseline)").arg(name) : name;
    }
    if (role == Qt::ToolTipRole && section > 0 && m_run.repeats > 1)
        return tr("The first of %n repeat(s), with how many passed", nullptr, m_run.repeats);
    return {};
}

} // namespace Cutover
