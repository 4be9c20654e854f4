#include "ui/shell/documentcontroller.h"

#include "core/plan/planjson.h"
#include "core/project/project.h"
#include "ui/shell/appsettings.h"
#include "ui/shell/reportexporter.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

#ifndef CUTOVER_BUILD_DEMO_PROJECT
#define CUTOVER_BUILD_DEMO_PROJECT ""
#endif

namespace Cutover {
namespace {

QString projectFilter()
{
    return DocumentController::tr("Cutover projects (*.cutover)");
}

class OverrideCursor
{
public:
    OverrideCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~OverrideCursor() { QGuiApplication::restoreOverrideCursor(); }
    OverrideCursor(const OverrideCursor &) = delete;
    OverrideCursor &operator=(const OverrideCursor &) = delete;
};

} // namespace

DocumentController::DocumentController(AppSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{}

DocumentController::~DocumentController()
{
    if (m_project)
        (void) m_project->close();
}

QString DocumentController::demoProjectPath()
{
    const QString fromEnv = qEnvironmentVariable("CUTOVER_DEMO_PROJECT");
    const QString installed = QCoreApplication::applicationDirPath()
                              + u"/../share/cutover/demo/payments-bot.cutover"_s;
    for (const QString &candidate :
         {fromEnv, QString::fromUtf8(CUTOVER_BUILD_DEMO_PROJECT), installed}) {
        if (!candidate.isEmpty() && QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QString();
}

void DocumentController::newProject()
{
    const QString path = askSavePath(tr("New Project"), projectFilter(), u".cutover"_s,
                                     tr("migration.cutover"));
    if (path.isEmpty())
        return;
    if (!closeProject())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("New Project"),
                  tr("Could not replace %1. Check that it is not read-only or in use.")
                          .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto created = Project::create(path);
    if (!created) {
        showError(tr("New Project"), created.error().message);
        return;
    }
    adopt(std::move(created).value());
}

void DocumentController::openProject()
{
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open Project"), m_settings->lastDirectory(),
            projectFilter() + u";;"_s + tr("All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

bool DocumentController::openPath(const QString &path)
{
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
        return true;
    if (!QFileInfo::exists(path)) {
        showError(tr("Open Project"), tr("%1 does not exist. It may have been moved or deleted.")
                                              .arg(QDir::toNativeSeparators(path)));
        m_settings->removeRecentFile(path);
        Q_EMIT recentFilesChanged();
        return false;
    }
    if (!closeProject())
        return false;
    Result<std::unique_ptr<Project>> opened = [&path] {
        OverrideCursor busy;
        return Project::open(path);
    }();
    if (!opened) {
        showError(tr("Open Project"), opened.error().message);
        return false;
    }
    return adopt(std::move(opened).value());
}

void DocumentController::openDemo()
{
    const QString demo = demoProjectPath();
    if (demo.isEmpty()) {
        showError(tr("Open Demo Project"), tr("This installation has no demo project."));
        return;
    }
    // Work on a copy, so the shipped demo stays pristine.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString copy = dir + u"/payments-bot-demo.cutover"_s;
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(copy))
        return;
    if (!closeProject())
        return;
    QDir().mkpath(dir);
    QFile::remove(copy);
    if (!QFile::copy(demo, copy)) {
        showError(tr("Open Demo Project"),
                  tr("Could not copy the demo project to %1.").arg(QDir::toNativeSeparators(copy)));
        return;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                        | QFile::ReadOther);
    openPath(copy);
}

void DocumentController::saveAs()
{
    if (!m_project)
        return;
    const QString path = askSavePath(tr("Save Project As"), projectFilter(), u".cutover"_s,
                                     m_project->displayName());
    if (path.isEmpty())
        return;
    if (QFileInfo(path) == QFileInfo(m_project->path()))
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Save Project As"),
                  tr("Could not replace %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    Result<void> written = [this, &path] {
        OverrideCursor busy;
        return m_project->saveAs(path);
    }();
    if (!written) {
        showError(tr("Save Project As"), written.error().message);
        return;
    }
    // Continue working in the copy, as Save As does everywhere.
    openPath(path);
}

void DocumentController::exportReport()
{
    if (!m_project)
        return;
    const QString base = QFileInfo(m_project->path()).completeBaseName();
    const QString path = askSavePath(tr("Export Plan Report"), tr("PDF documents (*.pdf)"),
                                     u".pdf"_s, tr("%1 plan.pdf").arg(base));
    if (path.isEmpty())
        return;

    const Result<void> written = exportPlanReport(m_project.get(), path, m_window);
    if (!written && written.error().kind == ErrorKind::Cancelled) {
        Q_EMIT statusMessage(written.error().message);
        return;
    }
    if (!written) {
        showError(tr("Export Plan Report"), written.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Plan report written to %1").arg(QDir::toNativeSeparators(path)));

    QMessageBox box(QMessageBox::Information, tr("Export Plan Report"),
                    tr("The plan report was written to %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, m_window);
    QPushButton *open = box.addButton(tr("&Open Report"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void DocumentController::exportPlanJson()
{
    if (!m_project)
        return;
    const QString base = QFileInfo(m_project->path()).completeBaseName();
    const QString path = askSavePath(tr("Export Plan as JSON"), tr("JSON files (*.json)"),
                                     u".json"_s, tr("%1 plan.json").arg(base));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(PlanJson::toBytes(m_project->plan()->plan())) < 0 || !file.commit()) {
        showError(tr("Export Plan as JSON"),
                  tr("Could not write %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Plan exported to %1").arg(QDir::toNativeSeparators(path)));
}

void DocumentController::importPlanJson()
{
    if (!m_project || m_project->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Plan from JSON"), m_settings->lastDirectory(),
            tr("JSON files (*.json)") + u";;"_s + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Import Plan from JSON"),
                  tr("Could not read %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const Result<Plan> plan = PlanJson::fromBytes(file.readAll());
    if (!plan) {
        showError(tr("Import Plan from JSON"),
                  tr("%1: %2").arg(QDir::toNativeSeparators(path), plan.error().message));
        return;
    }
    const auto answer = QMessageBox::question(
            m_window, tr("Import Plan from JSON"),
            tr("Replace the whole plan with the one in %1? You can undo this.")
                    .arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_project->plan()->replace(tr("Import plan"), plan.value());
    Q_EMIT statusMessage(tr("Plan imported from %1").arg(QDir::toNativeSeparators(path)));
}

bool DocumentController::closeProject()
{
    if (!m_project)
        return true;
    if (m_closeGuard && !m_closeGuard())
        return false;
    Q_EMIT aboutToCloseProject();
    Result<void> closed = m_project->close();
    if (!closed) {
        QMessageBox box(QMessageBox::Warning, tr("Close Project"),
                        tr("The last changes could not be saved: %1").arg(closed.error().message),
                        QMessageBox::NoButton, m_window);
        QPushButton *discard
                = box.addButton(tr("&Discard Changes and Close"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep Open"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != discard)
            return false;
    }
    m_project.reset();
    Q_EMIT projectClosed();
    return true;
}

bool DocumentController::adopt(std::unique_ptr<Project> project)
{
    m_project = std::move(project);
    m_settings->addRecentFile(m_project->path());
    m_settings->setLastDirectory(QFileInfo(m_project->path()).absolutePath());
    Q_EMIT recentFilesChanged();
    Q_EMIT projectOpened(m_project.get());
    if (!m_project->migrationBackupPath().isEmpty()) {
        Q_EMIT statusMessage(
                tr("The project was upgraded to this version's format; the "
                   "original was kept as %1")
                        .arg(QDir::toNativeSeparators(m_project->migrationBackupPath())));
    }
    if (m_project->isReadOnly())
        Q_EMIT statusMessage(m_project->readOnlyReason());
    return true;
}

QString DocumentController::askSavePath(const QString &title, const QString &filter,
                                        const QString &suffix, const QString &suggestedName)
{
    QFileDialog dialog(m_window, title, m_settings->lastDirectory(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix.mid(1));
    dialog.selectFile(suggestedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    QString path = dialog.selectedFiles().constFirst();
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    return path;
}

void DocumentController::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

} // namespace Cutover
