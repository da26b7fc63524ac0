// SPDX-License-Identifier: Apache-2.0
#include "sandbox/metrics.h"

#include "sandbox/catalogue.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace glows::sandbox::metrics {
namespace {

quint64 mix(quint64 x)
{
    // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Uniform in [0, 1) from a key.
double unit(quint64 key)
{
    return double(mix(key) >> 11) * (1.0 / 9007199254740992.0);
}

double wave(qint64 t, double period, double phase)
{
    return std::sin(2.0 * std::numbers::pi * (double(t) / period + phase));
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

struct Profile
{
    quint64 key;
    double gpuBase;
    double memFrac;
    double cpuBase;
    double ramFrac;
    double netBase;
    double phase1;
    double phase2;
};

Profile profileOf(const InstanceRec &rec)
{
    const quint64 key = stableHash(rec.pub.normalizedId(), 0x6d65747269637331ULL);
    return Profile{key,
                   35.0 + 57.0 * unit(key ^ 1),
                   0.35 + 0.55 * unit(key ^ 2),
                   8.0 + 50.0 * unit(key ^ 3),
                   0.2 + 0.5 * unit(key ^ 4),
                   50.0 + 2950.0 * unit(key ^ 5),
                   unit(key ^ 6),
                   unit(key ^ 7)};
}

bool runningAt(const InstanceRec &rec, qint64 t)
{
    for (const BillingSegment &s : rec.billing) {
        if (t >= s.start && (!s.end || t < *s.end))
            return true;
    }
    return false;
}

} // namespace

qint64 diskUsedGB(const InstanceRec &rec)
{
    const quint64 key = stableHash(rec.pub.normalizedId(), 0x6469736b31ULL);
    const int base = catalogue::imageDiskUsedGB(rec.pub.baseImage ? rec.pub.baseImage->imageID : QString());
    const qint64 used = base + qint64(key % 40);
    const qint64 total = rec.machine.diskGB > 0 ? rec.machine.diskGB : rec.pub.hardware.diskGB;
    return total > 0 ? qMin(used, total) : used;
}

MetricSample sample(const InstanceRec &rec, qint64 t)
{
    const Profile p = profileOf(rec);
    const Hardware &hw = rec.machine.gpuRamMB > 0 ? rec.machine : rec.pub.hardware;
    const double noise = unit(p.key ^ quint64(t) * 0x9e3779b97f4a7c15ULL) * 2.0 - 1.0;
    const double noise2 = unit(p.key ^ quint64(t) * 0xc2b2ae3d27d4eb4fULL) * 2.0 - 1.0;

    MetricSample s;
    s.t = t;
    s.gpuUtil = round1(std::clamp(
        p.gpuBase + 14.0 * wave(t, 420, p.phase1) + 6.0 * wave(t, 53, p.phase2) + 4.0 * noise, 0.0, 100.0));
    s.gpuMemTotalMB = double(hw.gpuRamMB) * qMax(1, hw.gpuNum);
    s.gpuMemUsedMB =
        std::round(s.gpuMemTotalMB * std::clamp(p.memFrac + 0.04 * wave(t, 900, p.phase2), 0.02, 0.98));
    s.cpuPct = round1(std::clamp(p.cpuBase + 10.0 * wave(t, 180, p.phase1) + 5.0 * noise2, 0.0, 100.0));
    s.ramTotalMB = double(hw.ramMB);
    s.ramUsedMB =
        std::round(s.ramTotalMB * std::clamp(p.ramFrac + 0.05 * wave(t, 600, p.phase1), 0.05, 0.95));
    s.diskTotalGB = double(hw.diskGB);
    s.diskUsedGB = double(diskUsedGB(rec));
    s.netInKBps = round1(qMax(0.0, p.netBase * (1.0 + 0.5 * wave(t, 240, p.phase2)) * (1.0 + 0.2 * noise)));
    s.netOutKBps =
        round1(qMax(0.0, p.netBase * 0.35 * (1.0 + 0.5 * wave(t, 300, p.phase1)) * (1.0 + 0.2 * noise2)));
    const QString &load = t >= rec.loadSince ? rec.load : rec.previousLoad;
    if (!load.isEmpty()) {
        if (load == QLatin1String(kLoadIdle)) {
            // A forgotten notebook: the GPU sits at 0-2 %, its memory still held.
            s.gpuUtil = round1(1.0 + noise);
            s.cpuPct = round1(std::clamp(2.0 + 1.5 * noise2, 0.0, 100.0));
        } else if (load == QLatin1String(kLoadBusy)) {
            s.gpuUtil = round1(std::clamp(80.0 + 10.0 * wave(t, 420, p.phase1) + 4.0 * noise, 0.0, 100.0));
        }
    }
    return s;
}

QList<MetricSample> series(const InstanceRec &rec, qint64 since, qint64 nowSecs)
{
    QList<MetricSample> out;
    const qint64 from = qMax(since + 1, nowSecs - kHistorySeconds + 1);
    if (from > nowSecs)
        return out;
    out.reserve(qsizetype(nowSecs - from + 1));
    for (qint64 t = from; t <= nowSecs; ++t) {
        if (runningAt(rec, t))
            out.append(sample(rec, t));
    }
    return out;
}

} // namespace glows::sandbox::metrics
