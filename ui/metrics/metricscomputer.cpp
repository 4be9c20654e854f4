#include "ui/metrics/metricscomputer.h"

#include "core/project/project.h"
#include "core/project/projectfile.h"

#include <QAtomicInteger>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

MetricsOutcome compute(const ProjectFile *file, std::optional<Metrics::ComparisonSpec> spec,
                       const Plan &plan, std::shared_ptr<std::atomic_bool> cancel,
                       QPointer<MetricsComputer> receiver)
{
    MetricsOutcome outcome;
    const QString name = u"metrics-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1));
    QString connectionName;
    {
        Result<QSqlDatabase> db = file->openAdditionalConnection(name);
        if (!db) {
            outcome.error = db.error();
            return outcome;
        }
        connectionName = db->connectionName();
        if (!spec) {
            Result<Metrics::ComparisonSpec> found = Metrics::defaultSpec(db.value());
            if (!found) {
                outcome.error = found.error();
                outcome.noRuns = found.error().kind == ErrorKind::BadInput;
            } else {
                spec = found.value();
            }
        }
        if (spec) {
            Metrics::Options options;
            options.cancel = cancel.get();
            options.progress = [receiver](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                        receiver,
                        [receiver, done, total] {
                            if (receiver)
                                Q_EMIT receiver->progress(done, total);
                        },
                        Qt::QueuedConnection);
            };
            Result<Metrics::RunComparison> comparison
                    = Metrics::compare(db.value(), *spec, plan, options);
            if (comparison)
                outcome.comparison = std::move(comparison).value();
            else
                outcome.error = comparison.error();
        }
    }
    ProjectFile::closeAdditionalConnection(connectionName);
    return outcome;
}

} // namespace

MetricsComputer::MetricsComputer(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MetricsComputer::startNow);
    connect(&m_watcher, &QFutureWatcher<MetricsOutcome>::finished, this,
            &MetricsComputer::finished);
}

MetricsComputer::~MetricsComputer()
{
    shutdown();
}

void MetricsComputer::setSpec(const std::optional<Metrics::ComparisonSpec> &spec)
{
    if (m_spec == spec)
        return;
    m_spec = spec;
    ++m_generation;
    request();
}

void MetricsComputer::request()
{
    if (m_shutDown)
        return;
    m_dirty = true;
    if (isBusy() || m_timer.isActive())
        return; // finished() or the timer starts it
    const qint64 since = m_sinceStart.isValid() ? m_sinceStart.elapsed() : m_interval;
    m_timer.start(int(std::max<qint64>(0, m_interval - since)));
}

void MetricsComputer::startNow()
{
    if (m_shutDown || isBusy() || !m_dirty)
        return;
    if (!m_project || !m_project->file() || !m_project->file()->isOpen())
        return;
    m_dirty = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runningGeneration = m_generation;
    m_sinceStart.start();
    m_watcher.setFuture(QtConcurrent::run(compute, m_project->file(), m_spec,
                                          m_project->plan()->plan(), m_cancel,
                                          QPointer<MetricsComputer>(this)));
    Q_EMIT busyChanged(true);
}

void MetricsComputer::finished()
{
    if (m_shutDown)
        return;
    MetricsOutcome outcome = m_watcher.result();
    Q_EMIT busyChanged(false);
    const bool stale = m_runningGeneration != m_generation;
    if (!stale && outcome.error.kind != ErrorKind::Cancelled) {
        m_last = std::move(outcome);
        ++m_finished;
        Q_EMIT computed(m_last);
    }
    if (m_dirty) {
        m_dirty = false; // request() sets it again and schedules
        request();
    }
}

void MetricsComputer::shutdown()
{
    m_shutDown = true;
    m_timer.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

} // namespace Cutover
