#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QStackedWidget;
class QUndoGroup;

namespace Cutover {

class AppSettings;
class DocumentController;
class PaneHost;
class Project;
class ProjectPanes;
class SecretStore;
class WelcomePage;

// A thin shell: the document (through DocumentController), the actions and
// menus, and switching between panes. Each pane is its own widget.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController *documents() const { return m_documents; }
    PaneHost *panes() const { return m_panes; }

    // Opens `path` (or shows an error and the welcome page).
    bool openProject(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showProject(Cutover::Project *project);
    void showWelcome();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    // Before the project closes: pane states saved, background work stopped.
    void projectClosing();
    void chooseLanguage(const QString &code);
    void about();

    AppSettings *m_settings;
    DocumentController *m_documents;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    PaneHost *m_panes;
    QUndoGroup *m_undoGroup;
    QNetworkAccessManager *m_network; // one per session, for every pane
    SecretStore *m_secrets;           // keys of this session (keychain, env, memory)
    QLabel *m_readOnlyLabel;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_sectionMenu = nullptr;
    QMenu *m_paneMenu = nullptr;
    QPointer<ProjectPanes> m_projectPanes; // the open project's panes
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportPlanAction = nullptr;
    QAction *m_importPlanAction = nullptr;
    QAction *m_convertAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Cutover
