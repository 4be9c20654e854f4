#include "core/project/project.h"

#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "core/util/tr.h"

#include <QFileInfo>

namespace Cutover {

Project::Project(std::unique_ptr<ProjectFile> file)
    : m_file(std::move(file))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (Result<void> r = flush(); !r)
            Q_EMIT saveFailed(r.error().message);
    });
    connect(&m_plan, &PlanDocument::changed, this, &Project::scheduleSave);
}

Project::~Project()
{
    (void) close();
}

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    auto file = ProjectFile::create(path);
    if (!file)
        return file.error();
    std::unique_ptr<Project> project(new Project(std::move(file).value()));
    if (Result<void> r = project->loadDocuments(); !r)
        return r.error();
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString &path)
{
    auto file = ProjectFile::open(path);
    if (!file)
        return file.error();
    std::unique_ptr<Project> project(new Project(std::move(file).value()));
    if (Result<void> r = project->loadDocuments(); !r)
        return r.error();
    return project;
}

QString Project::path() const
{
    return m_file ? m_file->path() : QString();
}

QString Project::displayName() const
{
    return QFileInfo(path()).fileName();
}

bool Project::isReadOnly() const
{
    return m_file && m_file->isReadOnly();
}

QString Project::readOnlyReason() const
{
    return m_file ? m_file->readOnlyMessage() : QString();
}

QString Project::migrationBackupPath() const
{
    return m_file ? m_file->migrationBackupPath() : QString();
}

Result<void> Project::loadDocuments()
{
    Result<Plan> plan = PlanStore::load(m_file->database());
    if (!plan)
        return plan.error();
    m_loading = true;
    m_plan.reset(plan.value());
    m_plan.setReadOnly(m_file->isReadOnly());
    m_loading = false;
    return {};
}

void Project::scheduleSave()
{
    if (m_loading || !m_file || m_file->isReadOnly())
        return;
    m_saveTimer.start();
}

Result<void> Project::flush()
{
    m_saveTimer.stop();
    if (!m_file || !m_file->isOpen() || m_file->isReadOnly())
        return {};
    if (Result<void> r = PlanStore::save(m_file->database(), m_plan.plan()); !r)
        return r;
    Q_EMIT saved();
    return {};
}

Result<void> Project::saveAs(const QString &path)
{
    if (Result<void> r = flush(); !r)
        return r;
    return m_file->saveAs(path);
}

Result<void> Project::close()
{
    if (!m_file || !m_file->isOpen())
        return {};
    Result<void> flushed = m_saveTimer.isActive() ? flush() : Result<void>();
    Result<void> closed = m_file->close();
    if (!flushed)
        return flushed;
    return closed;
}

} // namespace Cutover
