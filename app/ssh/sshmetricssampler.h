// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/remotemetrics.h"
#include "ssh/ssherror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace glows {

class SshConnection;

// Samples an instance over SSH for servers without the metrics extension: sshremote::kGpuQuery, kProcQuery
// and kDiskQuery on the one persistent connection it is given, every intervalMs. The first sample comes
// about a second after start() (CPU use and network rates need two readings). The sample's source is "from
// the instance over SSH"; a missing nvidia-smi is GpuState::Absent with zero GPU values, not a failure.
// A failed round emits failed() and the next round tries again (the connection reopens), except for host
// key errors, which stop the sampler until start() is called again.
class SshMetricsSampler final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kVisibleIntervalMs = 5000; // the Monitor tab, while visible
    static constexpr int kGuardIntervalMs = 60000;  // the idle guard
    static constexpr int kFirstDeltaMs = 1000;

    enum class GpuState
    {
        Unknown,
        Present,
        Absent,
    };
    Q_ENUM(GpuState)

    // `connection` is not owned and must outlive the sampler's running rounds (a destroyed connection only
    // ends them with Cancelled).
    explicit SshMetricsSampler(SshConnection *connection, QObject *parent = nullptr);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    GpuState gpuState() const { return m_gpuState; }

signals:
    void sampleReady(const glows::MetricSample &sample);
    void gpuStateChanged(glows::SshMetricsSampler::GpuState state);
    void failed(const glows::SshError &error);

private:
    void round();
    void scheduleNext(int ms);
    void roundFailed(const SshError &error);
    void roundDone(const remotemetrics::Reading &reading);

    QPointer<SshConnection> m_connection;
    QTimer m_timer;
    int m_intervalMs = kVisibleIntervalMs;
    bool m_running = false;
    bool m_inRound = false;
    quint64 m_generation = 0; // rounds of an earlier start() are ignored
    std::optional<remotemetrics::Reading> m_previous;
    GpuState m_gpuState = GpuState::Unknown;
};

} // namespace glows
