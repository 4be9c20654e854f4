#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Cutover {

// Per-endpoint admission: at most maxConcurrent requests in flight and at
// most requestsPerMinute started in any sliding window. Waiters are served
// first come, first served, from the event loop.
class EndpointGate final : public QObject
{
    Q_OBJECT

public:
    explicit EndpointGate(QObject *parent = nullptr);

    void setLimits(int maxConcurrent, int requestsPerMinute);
    void setWindowMs(qint64 windowMs); // 60000; shorter only in tests

    // `ready` runs once a slot is free; the holder must call release() once.
    // Returns a ticket for cancelWait().
    quint64 acquire(std::function<void()> ready);
    void cancelWait(quint64 ticket);
    void release();

    int active() const { return m_active; }
    int waiting() const { return int(m_waiting.size()); }

private:
    void pump();

    struct Waiter
    {
        quint64 ticket;
        std::function<void()> ready;
    };
    QList<Waiter> m_waiting;
    QList<qint64> m_starts;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_windowMs = 60000;
    quint64 m_nextTicket = 1;
    int m_maxConcurrent = 0;
    int m_perMinute = 0;
    int m_active = 0;
};

} // namespace Cutover
