// SPDX-License-Identifier: Apache-2.0
#include "ssh/sshmetricssampler.h"

#include "core/clock.h"
#include "core/sshremote.h"
#include "ssh/sshconnection.h"
#include "ssh/sshlogging.h"

#include <QDateTime>
#include <memory>

namespace glows {
namespace {

SshExecLimits queryLimits()
{
    SshExecLimits limits;
    limits.deadlineMs = 20000;
    limits.maxOutputBytes = 1024 * 1024; // /proc/net/dev of a host with many interfaces stays far below
    return limits;
}

} // namespace

SshMetricsSampler::SshMetricsSampler(SshConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SshMetricsSampler::round);
}

void SshMetricsSampler::setIntervalMs(int ms)
{
    m_intervalMs = qMax(1000, ms);
    if (m_running && m_timer.isActive() && m_timer.remainingTime() > m_intervalMs)
        scheduleNext(m_intervalMs);
}

void SshMetricsSampler::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_previous.reset();
    scheduleNext(0);
}

void SshMetricsSampler::stop()
{
    m_running = false;
    ++m_generation;
    m_inRound = false;
    m_timer.stop();
}

void SshMetricsSampler::scheduleNext(int ms)
{
    if (m_running)
        m_timer.start(ms);
}

void SshMetricsSampler::round()
{
    if (!m_running || m_inRound)
        return;
    if (!m_connection) {
        roundFailed(SshError(SshError::Kind::Cancelled));
        return;
    }
    m_inRound = true;
    const quint64 generation = m_generation;
    auto reading = std::make_shared<remotemetrics::Reading>();
    auto stale = [this, generation] { return generation != m_generation; };
    SshConnection *c = m_connection;
    const SshExecLimits limits = queryLimits();

    c->exec(
        QString(sshremote::kGpuQuery), {}, this,
        [=, this](const SshResult<SshExecResult> &gpu) {
            if (stale())
                return;
            if (!gpu.ok())
                return roundFailed(gpu.error());
            reading->gpu =
                remotemetrics::parseNvidiaSmi(gpu.value().exitStatus, gpu.value().out, gpu.value().err);
            if (!m_connection)
                return roundFailed(SshError(SshError::Kind::Cancelled));
            m_connection->exec(
                QString(sshremote::kProcQuery), {}, this,
                [=, this](const SshResult<SshExecResult> &proc) {
                    if (stale())
                        return;
                    if (!proc.ok())
                        return roundFailed(proc.error());
                    const auto parsed = remotemetrics::parseProcQuery(proc.value().out);
                    if (proc.value().exitStatus != 0 || !parsed)
                        return roundFailed(SshError(SshError::Kind::CommandFailed, QStringLiteral("/proc")));
                    reading->proc = *parsed;
                    reading->epochSeconds = systemClock().wallSecs();
                    reading->monotonicMs = systemClock().monotonicMs();
                    if (!m_connection)
                        return roundFailed(SshError(SshError::Kind::Cancelled));
                    m_connection->exec(
                        QString(sshremote::kDiskQuery), {}, this,
                        [=, this](const SshResult<SshExecResult> &df) {
                            if (stale())
                                return;
                            if (!df.ok())
                                return roundFailed(df.error());
                            // A missing or odd df leaves the disk at zero rather than losing the whole
                            // sample.
                            reading->disk =
                                remotemetrics::parseDf(df.value().out).value_or(remotemetrics::DiskReading{});
                            roundDone(*reading);
                        },
                        limits);
                },
                limits);
        },
        limits);
}

void SshMetricsSampler::roundFailed(const SshError &error)
{
    m_inRound = false;
    qCInfo(lcSsh) << "metrics round failed:" << error.details();
    // Host key questions need the user; a connection that is gone will not come back.
    const bool hostKey = error.kind() == SshError::Kind::HostKeyUnknown ||
                         error.kind() == SshError::Kind::HostKeyChanged ||
                         error.kind() == SshError::Kind::KnownHostsFile;
    if (hostKey || !m_connection)
        stop();
    else
        scheduleNext(m_intervalMs);
    emit failed(error);
}

void SshMetricsSampler::roundDone(const remotemetrics::Reading &reading)
{
    m_inRound = false;
    const GpuState state = reading.gpu.status == remotemetrics::GpuStatus::Present  ? GpuState::Present
                           : reading.gpu.status == remotemetrics::GpuStatus::Absent ? GpuState::Absent
                                                                                    : m_gpuState;
    if (state != m_gpuState) {
        m_gpuState = state;
        emit gpuStateChanged(state);
    }
    const bool first = !m_previous;
    const auto previous = std::exchange(m_previous, reading);
    if (first) {
        // Rates need two readings: the second one follows soon, then the regular interval.
        scheduleNext(qMin(kFirstDeltaMs, m_intervalMs));
        return;
    }
    const MetricSample sample = remotemetrics::toSample(*previous, reading);
    scheduleNext(m_intervalMs);
    emit sampleReady(sample);
}

} // namespace glows
