// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"

#include <QByteArrayView>
#include <optional>

// Parsers for what the instance itself says about its load, read over SSH with the commands of
// core/sshremote.h, and the one rule that turns two readings into a MetricSample. Pure: no I/O, no clock.
namespace glows::remotemetrics {

enum class GpuStatus
{
    Present, // nvidia-smi answered with at least one GPU
    Absent,  // no nvidia-smi (exit 127, "not found") or no GPU: a CPU instance, not an error
    Error,   // nvidia-smi ran and failed, or printed something unreadable
};

struct GpuReading
{
    GpuStatus status = GpuStatus::Absent;
    int count = 0;
    double utilPct = 0;    // average over the GPUs
    double memUsedMB = 0;  // sum over the GPUs (MiB as nvidia-smi counts them)
    double memTotalMB = 0; // sum over the GPUs
    bool operator==(const GpuReading &) const = default;
};

// `out`/`err` and the exit status of sshremote::kGpuQuery.
GpuReading parseNvidiaSmi(int exitStatus, QByteArrayView out, QByteArrayView err);

// The aggregate "cpu" line of /proc/stat, in jiffies. iowait counts as idle; guest time is already part of
// user time, so it is not added again.
struct CpuCounters
{
    quint64 busy = 0;
    quint64 total = 0;
    bool operator==(const CpuCounters &) const = default;
};

struct MemoryReading
{
    double totalMB = 0;
    double usedMB = 0; // MemTotal − MemAvailable
    bool operator==(const MemoryReading &) const = default;
};

// Received and sent bytes over every interface but the loopback.
struct NetCounters
{
    quint64 rxBytes = 0;
    quint64 txBytes = 0;
    bool operator==(const NetCounters &) const = default;
};

struct DiskReading
{
    double usedGB = 0;
    double totalGB = 0;
    bool operator==(const DiskReading &) const = default;
};

std::optional<CpuCounters> parseProcStat(QByteArrayView text);
std::optional<MemoryReading> parseMeminfo(QByteArrayView text);
std::optional<NetCounters> parseNetDev(QByteArrayView text);
// `df -P -k` output: a header line and one data line (sizes in 1024-byte blocks).
std::optional<DiskReading> parseDf(QByteArrayView text);

struct ProcReading
{
    CpuCounters cpu;
    MemoryReading memory;
    NetCounters net;
    bool operator==(const ProcReading &) const = default;
};

// The output of sshremote::kProcQuery: /proc/stat, /proc/meminfo and /proc/net/dev one after the other.
std::optional<ProcReading> parseProcQuery(QByteArrayView text);

// CPU use between two readings, 0–100; 0 when the counters did not advance or went backwards.
double cpuPercent(const CpuCounters &before, const CpuCounters &after);

// One complete reading of an instance, taken at `epochSeconds` (the sample's time) and `monotonicMs` (a
// steady clock, for the rates).
struct Reading
{
    qint64 epochSeconds = 0;
    qint64 monotonicMs = 0;
    GpuReading gpu;
    ProcReading proc;
    DiskReading disk;
};

// The sample at `after`: levels from `after`, CPU use and network rates (KB/s) from the difference to
// `before`. A counter that went backwards (reboot, interface reset) gives a rate of 0.
MetricSample toSample(const Reading &before, const Reading &after);

} // namespace glows::remotemetrics
