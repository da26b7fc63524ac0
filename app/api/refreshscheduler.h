// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace glows {

// Decides when the instance list is fetched again: fast while anything is in transition, slow when steady,
// slower still while the window is hidden, and at once after the user's own action. It never asks for a new
// fetch while one is in flight; the owner reports completion with finished().
class RefreshScheduler final : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int transitionMs = 1000;
        int steadyMs = 10000;
        int hiddenMs = 60000;
    };

    explicit RefreshScheduler(QObject *parent = nullptr);

    void setIntervals(Intervals intervals);
    Intervals intervals() const { return m_intervals; }
    void setTransitioning(bool transitioning);
    // Becoming visible with data older than the visible interval refreshes at once.
    void setHidden(bool hidden);
    void start();
    void stop();
    // A user action just happened: fetch now (or right after the request in flight).
    void requestNow();
    // The owner's fetch ended; success updates lastUpdated().
    void finished(bool success);

    bool isInFlight() const { return m_inFlight; }
    bool isRunning() const { return m_running; }
    int currentIntervalMs() const;
    QDateTime lastUpdated() const { return m_lastUpdated; }

signals:
    // Start one list request now, then call finished().
    void refreshDue();
    void lastUpdatedChanged(const QDateTime &when);

private:
    void fire();
    void reschedule();

    Intervals m_intervals;
    QTimer m_timer;
    bool m_transitioning = false;
    bool m_hidden = false;
    bool m_inFlight = false;
    bool m_pendingNow = false;
    bool m_running = false;
    QDateTime m_lastUpdated;
};

} // namespace glows
