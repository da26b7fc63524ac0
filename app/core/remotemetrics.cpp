// SPDX-License-Identifier: Apache-2.0
#include "core/remotemetrics.h"

#include <QByteArray>
#include <QList>

namespace glows::remotemetrics {
namespace {

QList<QByteArray> lines(QByteArrayView text)
{
    return QByteArray(text.data(), text.size()).split('\n');
}

std::optional<quint64> toU64(const QByteArray &word)
{
    bool ok = false;
    const quint64 v = word.toULongLong(&ok);
    return ok ? std::optional<quint64>(v) : std::nullopt;
}

std::optional<double> toReal(const QByteArray &word)
{
    bool ok = false;
    const double v = word.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

bool mentionsNotFound(QByteArrayView text)
{
    const QByteArray lower = QByteArray(text.data(), text.size()).toLower();
    return lower.contains("not found") || lower.contains("no such file");
}

double rateKBps(quint64 before, quint64 after, double seconds)
{
    if (after < before || seconds <= 0)
        return 0;
    return double(after - before) / 1024.0 / seconds;
}

double round1(double v)
{
    return qRound64(v * 10.0) / 10.0;
}

} // namespace

GpuReading parseNvidiaSmi(int exitStatus, QByteArrayView out, QByteArrayView err)
{
    GpuReading r;
    // 127 is the shell's "command not found"; some images print the message with another status.
    if (exitStatus == 127 || (exitStatus != 0 && mentionsNotFound(err))) {
        r.status = GpuStatus::Absent;
        return r;
    }
    if (exitStatus != 0) {
        // nvidia-smi is there but has no GPU to talk to (driver without device): still no GPU to chart.
        const QByteArray text = QByteArray(out.data(), out.size()) + QByteArray(err.data(), err.size());
        r.status = text.contains("No devices were found") ? GpuStatus::Absent : GpuStatus::Error;
        return r;
    }
    double utilSum = 0;
    for (const QByteArray &raw : lines(out)) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 3) {
            r.status = GpuStatus::Error;
            return r;
        }
        const auto util = toReal(fields.at(0));
        const auto used = toReal(fields.at(1));
        const auto total = toReal(fields.at(2));
        // "[N/A]" (e.g. MIG or a passthrough without counters) reads as 0 rather than failing the GPU.
        utilSum += util.value_or(0);
        r.memUsedMB += used.value_or(0);
        r.memTotalMB += total.value_or(0);
        ++r.count;
    }
    if (r.count == 0) {
        r.status = GpuStatus::Absent;
        return r;
    }
    r.status = GpuStatus::Present;
    r.utilPct = utilSum / r.count;
    return r;
}

std::optional<CpuCounters> parseProcStat(QByteArrayView text)
{
    for (const QByteArray &line : lines(text)) {
        if (!line.startsWith("cpu "))
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5)
            return std::nullopt;
        // user nice system idle iowait irq softirq steal (guest and guest_nice are inside user and nice)
        quint64 values[8] = {};
        for (int i = 0; i < 8 && i + 1 < f.size(); ++i) {
            const auto v = toU64(f.at(i + 1));
            if (!v)
                return std::nullopt;
            values[i] = *v;
        }
        CpuCounters c;
        for (quint64 v : values)
            c.total += v;
        c.busy = c.total - values[3] - values[4];
        return c;
    }
    return std::nullopt;
}

std::optional<MemoryReading> parseMeminfo(QByteArrayView text)
{
    std::optional<quint64> totalKB, availableKB, freeKB, buffersKB, cachedKB;
    for (const QByteArray &line : lines(text)) {
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon);
        const QList<QByteArray> f = line.mid(colon + 1).simplified().split(' ');
        const auto v = toU64(f.value(0));
        if (key == "MemTotal")
            totalKB = v;
        else if (key == "MemAvailable")
            availableKB = v;
        else if (key == "MemFree")
            freeKB = v;
        else if (key == "Buffers")
            buffersKB = v;
        else if (key == "Cached")
            cachedKB = v;
    }
    if (!totalKB)
        return std::nullopt;
    // Kernels before 3.14 lack MemAvailable; free + buffers + cache is its old approximation.
    if (!availableKB && freeKB)
        availableKB = *freeKB + buffersKB.value_or(0) + cachedKB.value_or(0);
    if (!availableKB)
        return std::nullopt;
    MemoryReading m;
    m.totalMB = double(*totalKB) / 1024.0;
    m.usedMB = double(*totalKB - qMin(*totalKB, *availableKB)) / 1024.0;
    return m;
}

std::optional<NetCounters> parseNetDev(QByteArrayView text)
{
    NetCounters n;
    bool sawHeader = false;
    for (const QByteArray &line : lines(text)) {
        if (line.contains('|')) {
            sawHeader = true;
            continue;
        }
        const int colon = line.indexOf(':');
        if (!sawHeader || colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QList<QByteArray> f = line.mid(colon + 1).simplified().split(' ');
        if (f.size() < 9)
            return std::nullopt;
        const auto rx = toU64(f.at(0));
        const auto tx = toU64(f.at(8));
        if (!rx || !tx)
            return std::nullopt;
        if (name == "lo")
            continue;
        n.rxBytes += *rx;
        n.txBytes += *tx;
    }
    if (!sawHeader)
        return std::nullopt;
    return n;
}

std::optional<DiskReading> parseDf(QByteArrayView text)
{
    const QList<QByteArray> all = lines(text);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QList<QByteArray> f = all.at(i).simplified().split(' ');
        if (f.size() < 6)
            continue;
        const auto blocks = toU64(f.at(1));
        const auto used = toU64(f.at(2));
        if (!blocks || !used)
            return std::nullopt;
        constexpr double kKBperGB = 1024.0 * 1024.0;
        return DiskReading{double(*used) / kKBperGB, double(*blocks) / kKBperGB};
    }
    return std::nullopt;
}

std::optional<ProcReading> parseProcQuery(QByteArrayView text)
{
    // The three files arrive back to back; each parser only reads the lines it knows, except that
    // /proc/net/dev starts at its "Inter-|" header.
    const QByteArray all(text.data(), text.size());
    const qsizetype net = all.indexOf("Inter-|");
    if (net < 0)
        return std::nullopt;
    const QByteArrayView head(all.constData(), net);
    const auto cpu = parseProcStat(head);
    const auto memory = parseMeminfo(head);
    const auto counters = parseNetDev(QByteArrayView(all.constData() + net, all.size() - net));
    if (!cpu || !memory || !counters)
        return std::nullopt;
    return ProcReading{*cpu, *memory, *counters};
}

double cpuPercent(const CpuCounters &before, const CpuCounters &after)
{
    if (after.total <= before.total || after.busy < before.busy)
        return 0;
    const double pct = 100.0 * double(after.busy - before.busy) / double(after.total - before.total);
    return qBound(0.0, pct, 100.0);
}

MetricSample toSample(const Reading &before, const Reading &after)
{
    MetricSample s;
    s.t = after.epochSeconds;
    if (after.gpu.status == GpuStatus::Present) {
        s.gpuUtil = round1(after.gpu.utilPct);
        s.gpuMemUsedMB = after.gpu.memUsedMB;
        s.gpuMemTotalMB = after.gpu.memTotalMB;
    }
    s.cpuPct = round1(cpuPercent(before.proc.cpu, after.proc.cpu));
    s.ramUsedMB = round1(after.proc.memory.usedMB);
    s.ramTotalMB = round1(after.proc.memory.totalMB);
    s.diskUsedGB = round1(after.disk.usedGB);
    s.diskTotalGB = round1(after.disk.totalGB);
    const double seconds = double(after.monotonicMs - before.monotonicMs) / 1000.0;
    s.netInKBps = round1(rateKBps(before.proc.net.rxBytes, after.proc.net.rxBytes, seconds));
    s.netOutKBps = round1(rateKBps(before.proc.net.txBytes, after.proc.net.txBytes, seconds));
    return s;
}

} // namespace glows::remotemetrics
