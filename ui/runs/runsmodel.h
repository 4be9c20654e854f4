#pragma once

#include "core/runs/batchrunner.h"
#include "core/runs/runstore.h"
#include "core/util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Cutover {

// The project's batch runs, newest first: id, prompt@version, endpoints,
// repeats, status, results stored (of the cells) and when it was created.
// A small list, read whole on reload(); the run that is going in this window
// shows its live progress instead of the stored count (setLive()).
class RunsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Prompt, Endpoints, Repeats, Status, Results, Created, Note, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit RunsModel(QObject *parent = nullptr);

    // Re-reads the runs and their result counts; an error leaves the list as it was.
    Result<void> reload(QSqlDatabase db);
    // The run going in this window (0: none) and its progress.
    void setLive(qint64 runId, const RunProgress &progress, bool paused);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const RunInfo &run(int row) const { return m_runs.at(row); }
    int rowOf(qint64 runId) const; // -1 if none
    static QString statusText(RunStatus status);

private:
    QList<RunInfo> m_runs;
    QHash<qint64, qint64> m_resultCounts;
    qint64 m_cases = 0;
    qint64 m_liveId = 0;
    RunProgress m_live;
    bool m_livePaused = false;
};

} // namespace Cutover
