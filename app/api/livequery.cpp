// SPDX-License-Identifier: Apache-2.0
#include "api/livequery.h"

#include "core/logging.h"

namespace glows {

LiveQuery::LiveQuery(GlowsClient *client, QObject *parent, const Clock &clock)
    : QObject(parent), m_client(client), m_clock(clock)
{
    Q_ASSERT(client);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveQuery::fire);
    connect(m_client, &GlowsClient::accountChanged, this, &LiveQuery::onAccountChanged);
}

LiveQuery::~LiveQuery()
{
    m_running = false;
    cancelInFlight();
}

void LiveQuery::setIntervals(Intervals intervals)
{
    m_intervals = intervals;
    reschedule();
}

int LiveQuery::currentIntervalMs() const
{
    if (m_hidden) {
        if (m_intervals.hiddenMs <= 0)
            return 0;
        // Hidden is never faster than steady, even in a transition.
        return m_transitioning ? qMax(m_intervals.transitionMs, m_intervals.steadyMs) : m_intervals.hiddenMs;
    }
    return m_transitioning ? m_intervals.transitionMs : m_intervals.steadyMs;
}

void LiveQuery::setTransitioning(bool transitioning)
{
    if (m_transitioning == transitioning)
        return;
    m_transitioning = transitioning;
    reschedule();
}

void LiveQuery::setHidden(bool hidden)
{
    if (m_hidden == hidden)
        return;
    m_hidden = hidden;
    const int interval = currentIntervalMs();
    if (!hidden && m_running && !isInFlight() && interval > 0 &&
        (!m_lastUpdated.isValid() || m_clock.monotonicMs() - m_lastUpdatedMonotonicMs >= interval)) {
        fire();
        return;
    }
    if (interval <= 0)
        m_timer.stop();
    reschedule();
}

void LiveQuery::start()
{
    m_running = true;
    if (!isInFlight())
        fire();
}

void LiveQuery::stop()
{
    m_running = false;
    m_timer.stop();
    cancelInFlight();
}

void LiveQuery::refresh()
{
    if (!m_running)
        return;
    cancelInFlight();
    fire();
}

void LiveQuery::clear()
{
    cancelInFlight();
    m_state = State::Empty;
    m_error = {};
    m_lastUpdated = {};
    if (m_running)
        fire();
}

void LiveQuery::cancelInFlight()
{
    if (!m_busy)
        return;
    m_busy = false;
    ++m_serial;
    if (QPointer<ApiRequest> request = std::exchange(m_request, nullptr))
        request->cancel();
}

void LiveQuery::fire()
{
    if (!m_running || isInFlight() || !m_fetch || m_state == State::Unsupported)
        return;
    m_timer.stop();
    m_busy = true;
    const quint64 serial = ++m_serial;
    ApiRequest *request = m_fetch(serial);
    // A source may answer before it returns.
    if (m_busy && serial == m_serial)
        m_request = request;
}

void LiveQuery::reschedule()
{
    if (!m_running || isInFlight() || m_state == State::Unsupported)
        return;
    const int interval = currentIntervalMs();
    if (interval <= 0)
        return;
    // Shortening the interval (e.g. a transition began) takes effect at once; lengthening waits its turn.
    if (!m_timer.isActive() || m_timer.remainingTime() > interval)
        m_timer.start(interval);
}

void LiveQuery::settleSuccess(const std::function<void()> &apply)
{
    m_request = nullptr;
    m_busy = false;
    m_state = State::Fresh;
    m_error = {};
    m_lastUpdated = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), Qt::UTC);
    m_lastUpdatedMonotonicMs = m_clock.monotonicMs();
    apply();
    emit lastUpdatedChanged(m_lastUpdated);
    emit updated();
    reschedule();
}

void LiveQuery::settleFailure(const ApiError &error)
{
    // Cancelled: this query replaced or stopped the call, or the account changed; whoever did it decides.
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_request = nullptr;
    m_busy = false;
    m_error = error;
    if (error.kind() == ApiError::Kind::Unsupported) {
        m_state = State::Unsupported;
        m_timer.stop();
    } else {
        m_state = State::Failed;
    }
    emit failed(error);
    reschedule();
}

void LiveQuery::onAccountChanged()
{
    // The client already ended the call of the old account.
    cancelInFlight();
    m_timer.stop();
    m_state = State::Empty;
    m_error = {};
    m_lastUpdated = {};
    emit reset();
    if (m_running)
        fire();
}

} // namespace glows
