#pragma once

#include "core/convert/conversionjob.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <optional>

namespace Cutover {

// Runs one conversion off the GUI thread (QtConcurrent) and reports its
// progress and its end on the GUI thread. Cancelling leaves no output: the
// engine writes to temporary files that it renames only on success.
class ConversionRunner final : public QObject
{
    Q_OBJECT

public:
    explicit ConversionRunner(QObject *parent = nullptr);
    ~ConversionRunner() override; // cancels and waits for a running job

    void start(const Convert::JobConfig &config);
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the job has ended (used when the wizard closes mid-run).
    void waitForFinished();

    // After finished(): the engine's answer.
    const std::optional<Result<Convert::Summary>> &result() const { return m_result; }
    // Seconds since start().
    double elapsedSeconds() const;

Q_SIGNALS:
    void progressed(const Cutover::Convert::Progress &progress);
    void finished();

private:
    void deliverProgress();

    QFutureWatcher<void> *m_watcher = nullptr; // of the current job; a new one per job
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_progressPending{false};
    std::atomic<std::uint64_t> m_bytesRead{0};
    std::atomic<std::uint64_t> m_bytesTotal{0};
    std::atomic<std::uint64_t> m_records{0};
    std::optional<Result<Convert::Summary>> m_result;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace Cutover
