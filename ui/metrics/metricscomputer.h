#pragma once

#include "core/metrics/runmetrics.h"
#include "core/util/result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace Cutover {

class Project;

// What one computation produced: the comparison, or why there is none.
struct MetricsOutcome
{
    std::optional<Metrics::RunComparison> comparison;
    Error error;         // when comparison is empty
    bool noRuns = false; // the project has nothing to compare yet
};

// Computes Metrics::compare() for a project off the GUI thread, on a
// connection of its own (ProjectFile::openAdditionalConnection, opened and
// closed per computation). Requests are throttled: at most one computation
// every interval() ms, never two at once; requests arriving meanwhile fold
// into one computation with the newest data, spec and plan, started when
// the running one ends. The spec is either given or, when empty, the
// project's default comparison (Metrics::defaultSpec), looked up anew each
// time so that a new run is followed.
class MetricsComputer final : public QObject
{
    Q_OBJECT

public:
    explicit MetricsComputer(Project *project, QObject *parent = nullptr);
    ~MetricsComputer() override; // cancels a running computation and waits for it

    void setSpec(const std::optional<Metrics::ComparisonSpec> &spec);
    std::optional<Metrics::ComparisonSpec> spec() const { return m_spec; }

    void setInterval(int milliseconds) { m_interval = milliseconds; }
    int interval() const { return m_interval; }

    // Asks for a computation with the current data (throttled, see above).
    void request();
    // Cancels what runs, waits for it and computes nothing more (call before
    // the project is closed).
    void shutdown();

    bool isBusy() const { return m_watcher.isRunning(); }
    bool hasPendingRequest() const { return m_dirty; }
    int finishedCount() const { return m_finished; }
    const MetricsOutcome &lastOutcome() const { return m_last; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // Results read so far by the running computation, of `total`.
    void progress(qint64 done, qint64 total);
    // After each computation (also when it failed); `outcome` is lastOutcome().
    void computed(const Cutover::MetricsOutcome &outcome);

private:
    void startNow();
    void finished();

    QPointer<Project> m_project;
    std::optional<Metrics::ComparisonSpec> m_spec;
    QFutureWatcher<MetricsOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer m_timer;
    QElapsedTimer m_sinceStart;
    MetricsOutcome m_last;
    int m_interval = 500;
    int m_finished = 0;
    quint64 m_generation = 0; // of spec changes, to drop results of an older spec
    quint64 m_runningGeneration = 0;
    bool m_dirty = false;
    bool m_shutDown = false;
};

} // namespace Cutover
