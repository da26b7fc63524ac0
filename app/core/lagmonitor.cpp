// SPDX-License-Identifier: Apache-2.0
#include "core/lagmonitor.h"

#include "core/logging.h"

namespace glows {

LagMonitor::LagMonitor(int periodMs, int warnThresholdMs, QObject *parent)
    : QObject(parent), m_periodMs(periodMs), m_thresholdMs(warnThresholdMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_periodMs);
    connect(&m_timer, &QTimer::timeout, this, &LagMonitor::onTick);
}

void LagMonitor::start()
{
    m_clock.start();
    m_expectedAt = m_periodMs;
    m_timer.start();
}

void LagMonitor::stop()
{
    m_timer.stop();
}

void LagMonitor::reset()
{
    m_maxLagMs = 0;
    m_stalls = 0;
    m_samples = 0;
    if (m_timer.isActive())
        start();
}

void LagMonitor::onTick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 lag = qMax<qint64>(0, now - m_expectedAt);
    m_expectedAt = now + m_periodMs;
    ++m_samples;
    m_maxLagMs = qMax(m_maxLagMs, lag);
    if (lag > m_thresholdMs) {
        ++m_stalls;
        qCWarning(lcCore) << "event loop blocked for" << lag << "ms";
        emit stalled(lag);
    }
}

} // namespace glows
