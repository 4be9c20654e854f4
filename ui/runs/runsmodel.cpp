#include "ui/runs/runsmodel.h"

#include "core/runs/casestore.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover {

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Result<void> RunsModel::reload(QSqlDatabase db)
{
    auto runs = RunStore::listRuns(db);
    if (!runs)
        return runs.error();
    auto cases = CaseStore::count(db);
    if (!cases)
        return cases.error();
    QHash<qint64, qint64> counts;
    for (const RunInfo &r : std::as_const(runs.value())) {
        auto n = RunStore::resultCount(db, r.id);
        if (!n)
            return n.error();
        counts.insert(r.id, n.value());
    }
    QList<RunInfo> newestFirst = std::move(runs).value();
    std::reverse(newestFirst.begin(), newestFirst.end());
    beginResetModel();
    m_runs = std::move(newestFirst);
    m_resultCounts = std::move(counts);
    m_cases = cases.value();
    endResetModel();
    return {};
}

void RunsModel::setLive(qint64 runId, const RunProgress &progress, bool paused)
{
    const qint64 previous = m_liveId;
    m_liveId = runId;
    m_live = progress;
    m_livePaused = paused;
    for (qint64 id : {previous, runId}) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row, Status), index(row, Results));
    }
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RunsModel::rowOf(qint64 runId) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == runId)
            return int(i);
    }
    return -1;
}

QString RunsModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Created:
        return tr("Not started");
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Paused:
        return tr("Paused");
    case RunStatus::Cancelled:
        return tr("Cancelled");
    case RunStatus::Done:
        return tr("Done");
    }
    return QString();
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunInfo &r = m_runs.at(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Id || index.column() == Repeats || index.column() == Results
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
    const bool live = r.id == m_liveId;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !live
            && (r.status == RunStatus::Running || r.status == RunStatus::Paused))
            return tr("The run was interrupted (the program ended while it was going). Resume "
                      "it to send the cells that have no result yet.");
        if (index.column() == Endpoints && !r.endpoints.isEmpty())
            return tr("Baseline: %1").arg(r.endpoints.constFirst());
        if (!r.note.isEmpty())
            return r.note;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Prompt:
        return tr("%1@%2").arg(r.promptName).arg(r.promptVersion);
    case Endpoints:
        return r.endpoints.join(u", "_s);
    case Repeats:
        return r.repeats;
    case Status:
        if (live)
            return m_livePaused ? tr("Paused") : tr("Running");
        if (r.status == RunStatus::Running || r.status == RunStatus::Paused)
            return tr("Interrupted");
        return statusText(r.status);
    case Results: {
        const qint64 done = live ? m_live.done : m_resultCounts.value(r.id);
        // A finished run has every cell it was made for (an interactive
        // compare has one case); otherwise the cells of today's cases.
        const qint64 total = live ? m_live.total
                             : r.status == RunStatus::Done
                                     ? done
                                     : m_cases * qint64(r.endpoints.size()) * qint64(r.repeats);
        return tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total));
    }
    case Created:
        return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Note:
        return r.note;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Run");
    case Prompt:
        return tr("Prompt");
    case Endpoints:
        return tr("Endpoints");
    case Repeats:
        return tr("Repeats");
    case Status:
        return tr("Status");
    case Results:
        return tr("Results");
    case Created:
        return tr("Created");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace Cutover
