// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "api/glowsclient.h"
#include "core/clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace glows {

// The one way a view keeps server data live: the list, the header's balance, the Snapshots page and the
// detail tabs each own a LiveQuery and only render what it reports.
//
// It owns the poll timer and the one current call. Polling is fast while something is in transition, slow
// when steady, slower (or off) while hidden, and at once on refresh(); a refresh cancels the call in flight
// rather than ignoring its answer later. It knows whether the data is fresh, failed (the last data stays,
// stale) or unsupported by this server (polling stops). When the client switches account it drops
// everything, emits reset() so the view clears the old account's data, and fetches again if running.
class LiveQuery final : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int transitionMs = 1000;
        int steadyMs = 10000;
        // 0: no polling while hidden.
        int hiddenMs = 60000;
    };

    enum class State
    {
        Empty,       // nothing fetched yet for this account (or since clear())
        Fresh,       // the last call succeeded
        Failed,      // the last call failed; what was fetched before is stale
        Unsupported, // the server lacks this extension; polling stopped
    };

    // The clock dates the data and tells its age (a test passes a ManualClock).
    LiveQuery(GlowsClient *client, QObject *parent = nullptr, const Clock &clock = systemClock());
    ~LiveQuery() override;

    // The call behind the query, e.g. [](GlowsClient &c, QObject *ctx, auto done) { return
    // c.listSnapshots(ctx, done); }, and what to do with a value. The view applies the value; the query
    // keeps the state. A source that is not a client call (a test's generator) returns nullptr; its late
    // answers after a refresh, stop or account switch are dropped, since it cannot be cancelled.
    template<typename T>
    void setCall(std::function<ApiRequest *(GlowsClient &, QObject *, GlowsClient::Handler<T>)> call,
                 std::function<void(const T &)> apply)
    {
        m_fetch = [this, call = std::move(call), apply = std::move(apply)](quint64 serial) -> ApiRequest * {
            return call(*m_client, this, [this, apply, serial](const ApiResult<T> &result) {
                if (serial != m_serial)
                    return;
                if (result.ok()) {
                    settleSuccess([&] { apply(result.value()); });
                } else {
                    settleFailure(result.error());
                }
            });
        };
    }

    GlowsClient *client() const { return m_client; }
    void setIntervals(Intervals intervals);
    Intervals intervals() const { return m_intervals; }
    void setTransitioning(bool transitioning);
    // Becoming visible with data older than the visible interval fetches at once.
    void setHidden(bool hidden);
    // Polling on: fetches at once, then on the schedule.
    void start();
    // Polling off; the call in flight is cancelled.
    void stop();
    // Fetch now: a call in flight is cancelled and replaced. Only while running.
    void refresh();
    // Forget the state (e.g. the view now shows another instance); polling stays as it was.
    void clear();

    bool isRunning() const { return m_running; }
    bool isInFlight() const { return m_busy; }
    State state() const { return m_state; }
    bool isUnsupported() const { return m_state == State::Unsupported; }
    // The last failure (valid while state() is Failed or Unsupported).
    const ApiError &error() const { return m_error; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    int currentIntervalMs() const;
    // The poll it has scheduled: ms until the timer fetches, -1 when none is (stopped, a call in flight,
    // hidden without a hidden interval, unsupported). The timer is the only fetch nobody asked for.
    int msUntilNextFetch() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

signals:
    // A value was applied (state() is Fresh).
    void updated();
    // A call failed (state() is Failed or Unsupported); the view keeps what it shows, marked stale.
    void failed(const glows::ApiError &error);
    // The account changed: the view drops what it shows; a new fetch follows if running.
    void reset();
    void lastUpdatedChanged(const QDateTime &when);

private:
    void fire();
    void reschedule();
    void settleSuccess(const std::function<void()> &apply);
    void settleFailure(const ApiError &error);
    void cancelInFlight();
    void onAccountChanged();

    GlowsClient *m_client;
    const Clock &m_clock;
    std::function<ApiRequest *(quint64 serial)> m_fetch;
    QPointer<ApiRequest> m_request;
    // Which call is current; an answer of any other is dropped.
    quint64 m_serial = 0;
    bool m_busy = false;
    Intervals m_intervals;
    QTimer m_timer;
    State m_state = State::Empty;
    ApiError m_error;
    QDateTime m_lastUpdated;
    qint64 m_lastUpdatedMonotonicMs = 0; // for the data's age, whatever the wall clock does
    bool m_transitioning = false;
    bool m_hidden = false;
    bool m_running = false;
};

} // namespace glows
