#include "core/providers/endpointgate.h"

namespace Cutover {

EndpointGate::EndpointGate(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EndpointGate::pump);
}

void EndpointGate::setLimits(int maxConcurrent, int requestsPerMinute)
{
    m_maxConcurrent = maxConcurrent;
    m_perMinute = requestsPerMinute;
    QTimer::singleShot(0, this, &EndpointGate::pump);
}

void EndpointGate::setWindowMs(qint64 windowMs)
{
    m_windowMs = windowMs;
}

quint64 EndpointGate::acquire(std::function<void()> ready)
{
    const quint64 ticket = m_nextTicket++;
    m_waiting.append(Waiter{ticket, std::move(ready)});
    QTimer::singleShot(0, this, &EndpointGate::pump);
    return ticket;
}

void EndpointGate::cancelWait(quint64 ticket)
{
    m_waiting.removeIf([ticket](const Waiter &w) { return w.ticket == ticket; });
}

void EndpointGate::release()
{
    if (m_active > 0)
        --m_active;
    QTimer::singleShot(0, this, &EndpointGate::pump);
}

void EndpointGate::pump()
{
    QList<std::function<void()>> run;
    while (!m_waiting.isEmpty()) {
        if (m_maxConcurrent > 0 && m_active >= m_maxConcurrent)
            break;
        const qint64 now = m_clock.elapsed();
        while (!m_starts.isEmpty() && m_starts.first() <= now - m_windowMs)
            m_starts.removeFirst();
        if (m_perMinute > 0 && m_starts.size() >= m_perMinute) {
            m_timer.start(int(m_starts.first() + m_windowMs - now + 1));
            break;
        }
        m_starts.append(now);
        ++m_active;
        run.append(m_waiting.takeFirst().ready);
    }
    for (const auto &ready : run)
        ready();
}

} // namespace Cutover
