#include "ui/convert/conversionrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Cutover {

ConversionRunner::ConversionRunner(QObject *parent)
    : QObject(parent)
{}

ConversionRunner::~ConversionRunner()
{
    cancel();
    waitForFinished();
}

void ConversionRunner::start(const Convert::JobConfig &config)
{
    Q_ASSERT(!m_running);
    m_cancel.store(false);
    m_progressPending.store(false);
    m_bytesRead.store(0);
    m_bytesTotal.store(0);
    m_records.store(0);
    m_result.reset();
    m_running = true;
    m_clock.start();
    auto *watcher = new QFutureWatcher<void>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return; // a job that was waited for and superseded
        m_watcher = nullptr;
        m_running = false;
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run([this, config] {
        // The engine calls back on this worker thread after every batch;
        // the GUI thread gets at most one queued delivery at a time.
        auto onProgress = [this](const Convert::Progress &p) {
            m_bytesRead.store(p.bytesRead);
            m_bytesTotal.store(p.bytesTotal);
            m_records.store(p.records);
            if (!m_progressPending.exchange(true))
                QMetaObject::invokeMethod(this, &ConversionRunner::deliverProgress,
                                          Qt::QueuedConnection);
        };
        m_result.emplace(Convert::runConversion(config, onProgress, &m_cancel));
    }));
}

void ConversionRunner::deliverProgress()
{
    m_progressPending.store(false);
    if (!m_running)
        return;
    Q_EMIT progressed(Convert::Progress{m_bytesRead.load(), m_bytesTotal.load(), m_records.load()});
}

void ConversionRunner::cancel()
{
    m_cancel.store(true);
}

void ConversionRunner::waitForFinished()
{
    if (!m_watcher)
        return;
    m_watcher->waitForFinished();
    m_watcher = nullptr; // its finished() is not reported
    m_running = false;
}

double ConversionRunner::elapsedSeconds() const
{
    return m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
}

} // namespace Cutover
