#include "ui/shell/mainwindow.h"

#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/util/languages.h"
#include "core/version.h"
#include "ui/convert/convertwizard.h"
#include "ui/plan/planpane.h"
#include "ui/shell/appsettings.h"
#include "ui/shell/documentcontroller.h"
#include "ui/shell/panehost.h"
#include "ui/shell/projectpanes.h"
#include "ui/shell/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace Cutover {

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_documents(new DocumentController(settings, this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_panes(new PaneHost(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_network(new QNetworkAccessManager(this))
    , m_secrets(new SecretStore(QProcessEnvironment::systemEnvironment(), this))
    , m_readOnlyLabel(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_panes);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    createActions();
    createMenus();

    m_welcome->setDemoAvailable(!DocumentController::demoProjectPath().isEmpty());
    connect(m_welcome, &WelcomePage::newProjectRequested, m_documents,
            &DocumentController::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, m_documents,
            &DocumentController::openProject);
    connect(m_welcome, &WelcomePage::openDemoRequested, m_documents, &DocumentController::openDemo);
    connect(m_welcome, &WelcomePage::openRecentRequested, m_documents,
            &DocumentController::openPath);

    connect(m_documents, &DocumentController::projectOpened, this, &MainWindow::showProject);
    m_documents->setCloseGuard(
            [this] { return !m_projectPanes || m_projectPanes->confirmClose(); });
    connect(m_documents, &DocumentController::aboutToCloseProject, this,
            &MainWindow::projectClosing);
    connect(m_documents, &DocumentController::projectClosed, this, &MainWindow::showWelcome);
    connect(m_documents, &DocumentController::recentFilesChanged, this,
            &MainWindow::updateRecentMenu);
    connect(m_documents, &DocumentController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_panes, &PaneHost::currentPaneChanged, this,
            [this](const QString &id) { m_settings->setLastPane(id); });

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1200, 800);
    restoreState(m_settings->windowState());

    showWelcome();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    return m_documents->openPath(path);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New Project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, m_documents, &DocumentController::newProject);

    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, m_documents, &DocumentController::openProject);

    m_openDemoAction = new QAction(tr("Open &Demo Project"), this);
    m_openDemoAction->setEnabled(!DocumentController::demoProjectPath().isEmpty());
    connect(m_openDemoAction, &QAction::triggered, m_documents, &DocumentController::openDemo);

    m_saveAsAction
            = new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save Project &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, m_documents, &DocumentController::saveAs);

    m_exportReportAction
            = new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Plan Report…"), this);
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportReportAction, &QAction::triggered, m_documents,
            &DocumentController::exportReport);

    m_exportPlanAction = new QAction(tr("Export Plan as &JSON…"), this);
    connect(m_exportPlanAction, &QAction::triggered, m_documents,
            &DocumentController::exportPlanJson);
    m_importPlanAction = new QAction(tr("&Import Plan from JSON…"), this);
    connect(m_importPlanAction, &QAction::triggered, m_documents,
            &DocumentController::importPlanJson);

    // Converting data files needs no project (with one, runs go into its
    // conversion history); the wizard is modeless.
    m_convertAction = new QAction(tr("Con&vert Data…"), this);
    m_convertAction->setObjectName(u"convertDataAction"_s);
    m_convertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_convertAction, &QAction::triggered, this, [this] {
        auto *wizard = new ConvertWizard(m_documents->project(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
    });

    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, m_documents, &DocumentController::closeProject);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's default is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setIcon(QIcon::fromTheme(u"edit-redo"_s));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_openDemoAction);
    file->addSeparator();
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportReportAction);
    file->addAction(m_exportPlanAction);
    file->addAction(m_importPlanAction);
    file->addSeparator();
    file->addAction(m_convertAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_paneMenu = view->addMenu(tr("&Go To"));
    m_paneMenu->setEnabled(false);
    m_sectionMenu = view->addMenu(tr("Plan &Section"));
    m_sectionMenu->setEnabled(false);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(this);
    const QString current = m_settings->language();
    QAction *system = language->addAction(tr("&System Default"));
    system->setCheckable(true);
    system->setData(QString());
    system->setChecked(current.isEmpty());
    m_languageGroup->addAction(system);
    language->addSeparator();
    for (const Languages::Language &l : Languages::available()) {
        QAction *a = language->addAction(l.nativeName);
        a->setCheckable(true);
        a->setData(l.code);
        a->setChecked(current == l.code);
        m_languageGroup->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { chooseLanguage(a->data().toString()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Cutover"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showProject(Project *project)
{
    delete m_projectPanes;
    m_panes->removeAllPanes();
    m_projectPanes = new ProjectPanes(project, m_secrets, m_network, m_panes, m_settings, this);
    PlanPane *planPane = m_projectPanes->planPane();
    m_sectionMenu->clear();
    m_sectionMenu->addActions(planPane->sectionActions());
    m_sectionMenu->addSeparator();
    m_sectionMenu->addAction(planPane->previousSectionAction());
    m_sectionMenu->addAction(planPane->nextSectionAction());
    m_paneMenu->clear();
    m_paneMenu->addActions(m_projectPanes->paneActions());
    m_paneMenu->setEnabled(true);

    for (QUndoStack *stack : m_projectPanes->undoStacks())
        m_undoGroup->addStack(stack);
    // Undo follows the pane: its own stack, or none for a pane without edits.
    // The Plan pane's section shortcuts (Ctrl+1…) only work while it is shown,
    // so other panes may use the same keys.
    const auto paneShown = [this](const QString &id) {
        if (!m_projectPanes)
            return;
        m_undoGroup->setActiveStack(m_projectPanes->undoStack(id));
        const bool plan = id == u"plan"_s;
        m_sectionMenu->setEnabled(plan);
        for (QAction *action : m_sectionMenu->actions())
            action->setEnabled(plan);
    };
    connect(m_panes, &PaneHost::currentPaneChanged, m_projectPanes, paneShown);
    m_panes->setCurrentPane(m_settings->lastPane());
    paneShown(m_panes->currentPaneId());

    connect(project, &Project::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        QMessageBox::warning(this, tr("Could Not Save"), message);
    });
    m_central->setCurrentWidget(m_panes);
    updateTitle();
    updateActions();
}

void MainWindow::projectClosing()
{
    if (m_projectPanes) {
        m_projectPanes->saveStates();
        m_projectPanes->shutdown();
    }
}

void MainWindow::showWelcome()
{
    delete m_projectPanes;
    m_panes->removeAllPanes();
    m_paneMenu->clear();
    m_paneMenu->setEnabled(false);
    m_sectionMenu->clear();
    m_sectionMenu->setEnabled(false);
    m_welcome->setRecentFiles(m_settings->recentFiles());
    m_central->setCurrentWidget(m_welcome);
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    const Project *project = m_documents->project();
    if (!project) {
        setWindowTitle(tr("Cutover"));
        setWindowFilePath(QString());
        m_readOnlyLabel->clear();
        return;
    }
    setWindowFilePath(project->path());
    const QString readOnly = project->isReadOnly() ? tr(" [read-only]") : QString();
    //: Window title: file name, read-only marker, application name
    setWindowTitle(tr("%1%2 — Cutover").arg(project->displayName(), readOnly));
    m_readOnlyLabel->setText(project->isReadOnly() ? tr("Read-only") : QString());
    m_readOnlyLabel->setToolTip(project->readOnlyReason());
}

void MainWindow::updateActions()
{
    const Project *project = m_documents->project();
    const bool open = project != nullptr;
    const bool writable = open && !project->isReadOnly();
    for (QAction *a : {m_saveAsAction, m_exportReportAction, m_exportPlanAction, m_closeAction})
        a->setEnabled(open);
    m_importPlanAction->setEnabled(writable);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString label = number < 10 ? tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { m_documents->openPath(path); });
        ++number;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            m_settings->setRecentFiles({});
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!m_documents->project())
        m_welcome->setRecentFiles(files);
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == m_settings->language())
        return;
    m_settings->setLanguage(code);
    m_settings->sync();
    const QString resolved = Languages::resolve(code);
    QString name = resolved;
    for (const Languages::Language &l : Languages::available()) {
        if (l.code == resolved)
            name = l.nativeName;
    }
    QMessageBox box(QMessageBox::Question, tr("Language"),
                    tr("Cutover will speak %1 after a restart. Restart now?").arg(name),
                    QMessageBox::NoButton, this);
    QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(restart))
        return;
    const QString path = m_documents->project() ? m_documents->project()->path() : QString();
    if (!close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            path.isEmpty() ? QStringList() : QStringList{path});
}

void MainWindow::about()
{
    QMessageBox::about(
            this, tr("About Cutover"),
            tr("<h3>Cutover %1</h3><p>A workbench for migrating an LLM-powered application "
               "from one model to another: plan, compare, convert data, and shift traffic "
               "safely.</p><p>Projects are single SQLite files; API keys never enter them.</p>")
                    .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->closeProject()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(u".cutover"_s, Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty())
        m_documents->openPath(urls.first().toLocalFile());
}

} // namespace Cutover
