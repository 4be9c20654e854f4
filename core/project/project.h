#pragma once

#include "core/plan/plandocument.h"
#include "core/util/result.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Cutover {

class ProjectFile;

// An open project as the application sees it: the file plus the documents
// edited in it. Edits are stored as they happen (a short debounce merges
// bursts of typing), so a crash loses at most the edit in flight; there is
// no "Save", only Save As.
class Project final : public QObject
{
    Q_OBJECT

public:
    ~Project() override;

    static Result<std::unique_ptr<Project>> create(const QString &path);
    static Result<std::unique_ptr<Project>> open(const QString &path);

    QString path() const;
    QString displayName() const; // file name without directory
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // Set when opening migrated an older schema: the backup copy's path.
    QString migrationBackupPath() const;

    PlanDocument *plan() { return &m_plan; }
    ProjectFile *file() { return m_file.get(); }

    // Writes pending edits now.
    Result<void> flush();
    // Writes a consistent copy of the project to `path` (the project stays
    // open at its current path; the caller opens the copy if it wants to).
    Result<void> saveAs(const QString &path);
    // Flushes and closes the file (no side files remain).
    Result<void> close();

    bool hasPendingWrites() const { return m_saveTimer.isActive(); }

    // Debounce of plan edits before they are written (tests shorten it).
    void setSaveDelay(int milliseconds) { m_saveTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void saveFailed(const QString &message);
    void saved();

    // Change notices for the parts stored outside the plan document (prompts,
    // cases, runs and their results). Whoever writes them emits the notice
    // (e.g. `Q_EMIT project->runResultsChanged(id)` for each stored result),
    // so every view of the project refreshes; receivers throttle as needed.
    void promptsChanged();
    void casesChanged();
    void runsChanged(); // a run was created or changed its status
    void runResultsChanged(qint64 runId);
    void ratingsChanged(qint64 runId);

private:
    explicit Project(std::unique_ptr<ProjectFile> file);
    Result<void> loadDocuments();
    void scheduleSave();

    std::unique_ptr<ProjectFile> m_file;
    PlanDocument m_plan;
    QTimer m_saveTimer;
    bool m_loading = false;
};

} // namespace Cutover
