// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sshcommands.h"

#include "sandbox/metrics.h"

#include <libssh/libssh.h>

#include <QList>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace glows::sandbox::sshsim {
namespace {

constexpr qint64 kMaxUptimeSecs = 30LL * 24 * 3600;
constexpr int kHz = 100; // USER_HZ, the unit of /proc/stat

const Hardware &hardwareOf(const InstanceRec &rec)
{
    // The same machine the metrics extension describes.
    return rec.machine.gpuRamMB > 0 ? rec.machine : rec.pub.hardware;
}

QList<QByteArray> words(QByteArrayView command)
{
    QList<QByteArray> out;
    for (const QByteArray &w : command.toByteArray().simplified().split(' ')) {
        if (!w.isEmpty())
            out.append(w);
    }
    return out;
}

QByteArray printed(const char *format, auto... values)
{
    char buffer[512];
    const int n = std::snprintf(buffer, sizeof buffer, format, values...);
    return QByteArray(buffer, qBound(0, n, int(sizeof buffer) - 1));
}

Output failure(QByteArray err, int status)
{
    return Output{{}, std::move(err), status};
}

Output notAvailable(QByteArrayView command)
{
    QByteArray shown = command.toByteArray().simplified().left(200);
    return failure("sandbox: command not available in the simulated instance: " + shown + '\n', 127);
}

// ---- nvidia-smi

Output nvidiaSmi(const QList<QByteArray> &args, const Machine &m, QByteArrayView command)
{
    const Hardware &hw = hardwareOf(m.rec);
    if (hw.gpuRamMB <= 0)
        return failure("bash: line 1: nvidia-smi: command not found\n", 127);
    QList<QByteArray> fields;
    QList<QByteArray> format;
    for (const QByteArray &a : args) {
        if (a.startsWith("--query-gpu="))
            fields = a.mid(12).split(',');
        else if (a.startsWith("--format="))
            format = a.mid(9).split(',');
        else
            return notAvailable(command);
    }
    if (fields.isEmpty() || !format.contains("csv"))
        return notAvailable(command);
    const bool header = !format.contains("noheader");
    const bool units = !format.contains("nounits");
    static const QList<QByteArray> kKnown{"utilization.gpu", "memory.used", "memory.total"};
    for (const QByteArray &f : std::as_const(fields)) {
        if (!kKnown.contains(f))
            return failure("Field \"" + f.left(80) + "\" is not a valid field to query.\n\n", 2);
    }

    const MetricSample s = metrics::sample(m.rec, m.nowSecs);
    const int gpus = qMax(1, hw.gpuNum);
    const qint64 perGpuTotal = qint64(std::llround(s.gpuMemTotalMB)) / gpus;
    const qint64 used = qint64(std::llround(s.gpuMemUsedMB));
    const qint64 util = std::llround(s.gpuUtil);
    Output o;
    if (header) {
        QList<QByteArray> names;
        for (const QByteArray &f : std::as_const(fields))
            names.append(f + (f == "utilization.gpu" ? " [%]" : " [MiB]"));
        o.out += names.join(", ") + '\n';
    }
    for (int g = 0; g < gpus; ++g) {
        // The memory in use is spread over the GPUs so that the lines add up to the extension's total.
        const qint64 gpuUsed = used / gpus + (g < used % gpus ? 1 : 0);
        QList<QByteArray> values;
        for (const QByteArray &f : std::as_const(fields)) {
            if (f == "utilization.gpu")
                values.append(QByteArray::number(util) + (units ? " %" : ""));
            else if (f == "memory.used")
                values.append(QByteArray::number(gpuUsed) + (units ? " MiB" : ""));
            else
                values.append(QByteArray::number(perGpuTotal) + (units ? " MiB" : ""));
        }
        o.out += values.join(", ") + '\n';
    }
    return o;
}

// ---- /proc

QByteArray procStat(const Machine &m)
{
    const Hardware &hw = hardwareOf(m.rec);
    const qint64 cores = qMax(1, hw.cpuCoresNum);
    const qint64 uptimeTicks = qMax<qint64>(0, m.nowSecs - m.counters.bootSecs) * kHz;
    const double busy = m.counters.cpuBusySeconds;
    // Each counter follows a growing real number, so every one of them only grows.
    const auto ticks = [](double seconds, int percent) { return qint64(std::floor(seconds * percent)); };
    const qint64 user = ticks(busy, 85);
    const qint64 system = ticks(busy, 12);
    const qint64 softirq = ticks(busy, 3);
    const auto share = [cores](qint64 total, qint64 cpu) { return total / cores + (cpu < total % cores); };
    QByteArray lines;
    qint64 sum[4] = {0, 0, 0, 0};
    for (qint64 c = 0; c < cores; ++c) {
        const qint64 u = share(user, c);
        const qint64 sy = share(system, c);
        const qint64 si = share(softirq, c);
        const qint64 idle = qMax<qint64>(0, uptimeTicks - u - sy - si);
        sum[0] += u;
        sum[1] += sy;
        sum[2] += idle;
        sum[3] += si;
        lines += printed("cpu%lld %lld 0 %lld %lld 0 0 %lld 0 0 0\n", c, u, sy, idle, si);
    }
    QByteArray out = printed("cpu  %lld 0 %lld %lld 0 0 %lld 0 0 0\n", sum[0], sum[1], sum[2], sum[3]);
    out += lines;
    const qint64 uptime = m.nowSecs - m.counters.bootSecs;
    out += printed("intr %lld\nctxt %lld\nbtime %lld\nprocesses %lld\nprocs_running 1\nprocs_blocked 0\n",
                   uptime * 900, uptime * 1700, m.counters.bootSecs, 1200 + uptime / 30);
    out += "softirq 0 0 0 0 0 0 0 0 0 0 0\n";
    return out;
}

QByteArray memInfo(const Machine &m)
{
    const MetricSample s = metrics::sample(m.rec, m.nowSecs);
    const qint64 total = qint64(std::llround(s.ramTotalMB)) * 1024;
    const qint64 used = qint64(std::llround(s.ramUsedMB)) * 1024;
    // MemTotal - MemAvailable is the extension's RAM in use.
    const qint64 available = qMax<qint64>(0, total - used);
    const qint64 buffers = available / 50;
    const qint64 cached = available / 5;
    const qint64 free = available - buffers - cached;
    const auto line = [](const char *name, qint64 kb) {
        return printed("%-15s %8lld kB\n", (QByteArray(name) + ':').constData(), kb);
    };
    return line("MemTotal", total) + line("MemFree", free) + line("MemAvailable", available) +
           line("Buffers", buffers) + line("Cached", cached) + line("SwapCached", 0) +
           line("Active", used / 2 + cached / 2) + line("Inactive", used / 4 + cached / 2) +
           line("SwapTotal", 0) + line("SwapFree", 0) + line("Shmem", used / 100);
}

QByteArray netDev(const Machine &m)
{
    const auto row = [](const char *name, qint64 rx, qint64 tx) {
        const qint64 rxPackets = rx / 1400;
        const qint64 txPackets = tx / 1400;
        return printed("%6s:%8lld %7lld %4d %4d %4d %5d %10d %9d %8lld %7lld %4d %4d %4d %5d %7d %10d\n",
                       name, rx, rxPackets, 0, 0, 0, 0, 0, 0, tx, txPackets, 0, 0, 0, 0, 0, 0);
    };
    const qint64 uptime = m.nowSecs - m.counters.bootSecs;
    return QByteArray("Inter-|   Receive                                                |  Transmit\n"
                      " face |bytes    packets errs drop fifo frame compressed multicast|"
                      "bytes    packets errs drop fifo colls carrier compressed\n") +
           row("lo", uptime * 2048, uptime * 2048) +
           row("eth0", qint64(m.counters.netInBytes), qint64(m.counters.netOutBytes));
}

Output cat(const QList<QByteArray> &args, const Machine &m, QByteArrayView command)
{
    if (args.isEmpty())
        return notAvailable(command);
    Output o;
    for (const QByteArray &path : args) {
        if (path == "/proc/stat") {
            o.out += procStat(m);
        } else if (path == "/proc/meminfo") {
            o.out += memInfo(m);
        } else if (path == "/proc/net/dev") {
            o.out += netDev(m);
        } else {
            o.err += "cat: " + path.left(200) + ": No such file or directory\n";
            o.exitStatus = 1;
        }
    }
    return o;
}

Output df(const QList<QByteArray> &args, const Machine &m, QByteArrayView command)
{
    for (const QByteArray &a : args) {
        if (a != "-P" && a != "-k" && a != "-Pk" && a != "-kP" && a != "/")
            return notAvailable(command);
    }
    const MetricSample s = metrics::sample(m.rec, m.nowSecs);
    const qint64 total = qint64(std::llround(s.diskTotalGB)) * 1024 * 1024;
    const qint64 used = qMin(total, qint64(std::llround(s.diskUsedGB)) * 1024 * 1024);
    const qint64 avail = total - used;
    const qint64 capacity = total > 0 ? (used * 100 + total - 1) / total : 0;
    Output o;
    o.out = "Filesystem     1024-blocks      Used Available Capacity Mounted on\n" +
            printed("%-14s %11lld %9lld %9lld %7lld%% /\n", "overlay", total, used, avail, capacity);
    return o;
}

QByteArray unquoted(const QByteArray &word)
{
    if (word.size() >= 2 && (word.front() == '\'' || word.front() == '"') && word.back() == word.front())
        return word.mid(1, word.size() - 2);
    return word;
}

} // namespace

qint64 bootSecs(const InstanceRec &rec, qint64 nowSecs)
{
    qint64 boot = rec.pub.statusTime.value_or(nowSecs);
    if (!rec.billing.isEmpty() && !rec.billing.last().end)
        boot = rec.billing.last().start;
    return qBound(nowSecs - kMaxUptimeSecs, boot, nowSecs);
}

void integrate(const InstanceRec &rec, qint64 nowSecs, Counters *c)
{
    if (c->lastSecs < c->bootSecs)
        c->lastSecs = c->bootSecs;
    const int cores = qMax(1, hardwareOf(rec).cpuCoresNum);
    for (qint64 t = c->lastSecs + 1; t <= nowSecs; ++t) {
        const MetricSample s = metrics::sample(rec, t);
        c->cpuBusySeconds += s.cpuPct / 100.0 * cores;
        c->netInBytes += s.netInKBps * 1024.0;
        c->netOutBytes += s.netOutKBps * 1024.0;
    }
    c->lastSecs = qMax(c->lastSecs, nowSecs);
}

Output run(QByteArrayView command, const Machine &m)
{
    const QList<QByteArray> w = words(command);
    if (w.isEmpty())
        return notAvailable(command);
    const QList<QByteArray> args = w.mid(1);
    const QByteArray &name = w.first();
    if (name == "nvidia-smi")
        return nvidiaSmi(args, m, command);
    if (name == "cat")
        return cat(args, m, command);
    if (name == "df")
        return df(args, m, command);
    if (name == "true" && args.isEmpty())
        return {};
    if (name == "hostname" && args.isEmpty())
        return Output{m.rec.pub.instanceID.toLatin1() + '\n', {}, 0};
    if (name == "uname" && (args.isEmpty() || args == QList<QByteArray>{"-a"})) {
        if (args.isEmpty())
            return Output{"Linux\n", {}, 0};
        return Output{"Linux " + m.rec.pub.instanceID.toLatin1() +
                          " 5.15.0-glows-sandbox #1 SMP x86_64 x86_64 x86_64 GNU/Linux\n",
                      {},
                      0};
    }
    // The instance's clock (sshremote::kEpochQuery), which the guard measures idle time on.
    if (name == "date" && args == QList<QByteArray>{"+%s"})
        return Output{QByteArray::number(m.nowSecs) + '\n', {}, 0};
    if (name == "echo") {
        QList<QByteArray> out;
        for (const QByteArray &a : args)
            out.append(unquoted(a));
        return Output{out.join(' ') + '\n', {}, 0};
    }
    return notAvailable(command);
}

Output noShell()
{
    return failure("sandbox: the simulated instance has no interactive shell; run a command instead, for "
                   "example: nvidia-smi --query-gpu=utilization.gpu --format=csv,noheader,nounits\n",
                   1);
}

std::optional<QString> publicKeyLine(QByteArrayView input)
{
    QByteArray line = input.toByteArray();
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty() || line.size() > 16 * 1024 || line.contains('\n') || line.contains('\r'))
        return std::nullopt;
    for (const char c : std::as_const(line)) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
            return std::nullopt;
    }
    const QList<QByteArray> parts = line.simplified().split(' ');
    if (parts.size() < 2)
        return std::nullopt;
    const enum ssh_keytypes_e type = ssh_key_type_from_name(parts.at(0).constData());
    if (type == SSH_KEYTYPE_UNKNOWN)
        return std::nullopt;
    ssh_key key = nullptr;
    if (ssh_pki_import_pubkey_base64(parts.at(1).constData(), type, &key) != SSH_OK || !key)
        return std::nullopt;
    ssh_key_free(key);
    return QString::fromUtf8(line.trimmed());
}

QString keyMaterial(const QString &line)
{
    const QStringList parts = line.simplified().split(u' ');
    return parts.size() >= 2 ? parts.at(0) + u' ' + parts.at(1) : line;
}

QByteArray jupyterResponse(QByteArrayView requestHead, const QString &instanceId)
{
    const QByteArray body =
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<title>JupyterLab (Glows sandbox, simulated)</title></head>\n<body><h1>JupyterLab (simulated)</h1>\n"
        "<p>This page comes from the Glows sandbox through an SSH tunnel to port 8888 of instance " +
        instanceId.toHtmlEscaped().toUtf8() +
        ". No notebook server runs here: the sandbox simulates the cloud.</p></body></html>\n";
    const bool head = requestHead.startsWith("HEAD ");
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(body.size()) +
           "\r\nConnection: close\r\nServer: glows-sandbox (simulated JupyterLab)\r\n\r\n" +
           (head ? QByteArray() : body);
}

} // namespace glows::sandbox::sshsim
