#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace Cutover {

class AppSettings;
class Project;

// The File menu's flows: new, open, open recent, open demo, Save As, export
// the plan report, import/export the plan as JSON, close. Owns the open
// Project and asks the user through dialogs parented to `window`.
class DocumentController final : public QObject
{
    Q_OBJECT

public:
    DocumentController(AppSettings *settings, QWidget *window);
    ~DocumentController() override;

    Project *project() const { return m_project.get(); }

    // Asked before the project closes (close, open another, quit): false
    // keeps it open, e.g. when the user cancels leaving an unsaved draft.
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }

    // Path of the demo project shipped with this build, or "" if none.
    static QString demoProjectPath();

public Q_SLOTS:
    void newProject();
    void openProject();
    bool openPath(const QString &path);
    void openDemo();
    void saveAs();
    void exportReport();
    void exportPlanJson();
    void importPlanJson();
    // Returns false if the user cancelled (pending edits could not be saved
    // and the user chose to stay).
    bool closeProject();

Q_SIGNALS:
    void projectOpened(Cutover::Project *project);
    void aboutToCloseProject();
    void projectClosed();
    void recentFilesChanged();
    void statusMessage(const QString &message);

private:
    bool adopt(std::unique_ptr<Project> project);
    QString askSavePath(const QString &title, const QString &filter, const QString &suffix,
                        const QString &suggestedName);
    void showError(const QString &title, const QString &message);

    AppSettings *m_settings;
    QWidget *m_window;
    std::unique_ptr<Project> m_project;
    std::function<bool()> m_closeGuard;
};

} // namespace Cutover
