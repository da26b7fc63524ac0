// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace glows {

// Measures how late the event loop runs a short periodic timer: the lag is how long the thread was blocked.
// Debug builds of the app run one on the UI thread and log every stall over the threshold; the chaos run
// reports the worst one.
class LagMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit LagMonitor(int periodMs = 10, int warnThresholdMs = 50, QObject *parent = nullptr);

    void start();
    void stop();
    void reset();
    qint64 maxLagMs() const { return m_maxLagMs; }
    qint64 stallsOverThreshold() const { return m_stalls; }
    qint64 samples() const { return m_samples; }

signals:
    void stalled(qint64 lagMs);

private:
    void onTick();

    int m_periodMs;
    int m_thresholdMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedAt = 0;
    qint64 m_maxLagMs = 0;
    qint64 m_stalls = 0;
    qint64 m_samples = 0;
};

} // namespace glows
