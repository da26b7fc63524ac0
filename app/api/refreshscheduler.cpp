// SPDX-License-Identifier: Apache-2.0
#include "api/refreshscheduler.h"

namespace glows {

RefreshScheduler::RefreshScheduler(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::fire);
}

void RefreshScheduler::setIntervals(Intervals intervals)
{
    m_intervals = intervals;
    reschedule();
}

int RefreshScheduler::currentIntervalMs() const
{
    if (m_transitioning)
        return m_hidden ? qMax(m_intervals.transitionMs, m_intervals.steadyMs) : m_intervals.transitionMs;
    return m_hidden ? m_intervals.hiddenMs : m_intervals.steadyMs;
}

void RefreshScheduler::setTransitioning(bool transitioning)
{
    if (m_transitioning == transitioning)
        return;
    m_transitioning = transitioning;
    reschedule();
}

void RefreshScheduler::setHidden(bool hidden)
{
    if (m_hidden == hidden)
        return;
    m_hidden = hidden;
    if (!hidden && m_running && !m_inFlight &&
        (!m_lastUpdated.isValid() ||
         m_lastUpdated.msecsTo(QDateTime::currentDateTimeUtc()) >= currentIntervalMs())) {
        fire();
        return;
    }
    reschedule();
}

void RefreshScheduler::start()
{
    m_running = true;
    fire();
}

void RefreshScheduler::stop()
{
    m_running = false;
    m_timer.stop();
}

void RefreshScheduler::requestNow()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_pendingNow = true;
        return;
    }
    fire();
}

void RefreshScheduler::finished(bool success)
{
    m_inFlight = false;
    if (success) {
        m_lastUpdated = QDateTime::currentDateTimeUtc();
        emit lastUpdatedChanged(m_lastUpdated);
    }
    if (m_pendingNow) {
        m_pendingNow = false;
        fire();
        return;
    }
    reschedule();
}

void RefreshScheduler::fire()
{
    if (!m_running || m_inFlight)
        return;
    m_timer.stop();
    m_inFlight = true;
    emit refreshDue();
}

void RefreshScheduler::reschedule()
{
    if (!m_running || m_inFlight)
        return;
    // Shortening the interval (e.g. a transition began) takes effect at once; lengthening waits its turn.
    const int interval = currentIntervalMs();
    if (!m_timer.isActive() || m_timer.remainingTime() > interval)
        m_timer.start(interval);
}

} // namespace glows
