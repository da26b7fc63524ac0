// SPDX-License-Identifier: Apache-2.0
#include "core/metrichistory.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace glows {

double metricValue(const MetricSample &sample, MetricKind kind)
{
    switch (kind) {
    case MetricKind::GpuUtil:
        return sample.gpuUtil;
    case MetricKind::GpuMemUsed:
        return sample.gpuMemUsedMB / 1024.0;
    case MetricKind::CpuUtil:
        return sample.cpuPct;
    case MetricKind::RamUsed:
        return sample.ramUsedMB / 1024.0;
    case MetricKind::DiskUsed:
        return sample.diskUsedGB;
    case MetricKind::NetIn:
        return sample.netInKBps;
    case MetricKind::NetOut:
        return sample.netOutKBps;
    }
    return 0;
}

MetricHistory::MetricHistory(qsizetype capacity) : m_samples(capacity) {}

int MetricHistory::append(const QList<MetricSample> &samples)
{
    int added = 0;
    for (const MetricSample &sample : samples) {
        if (!m_samples.isEmpty() && sample.t <= m_samples.last().t)
            continue;
        m_samples.push(sample);
        ++added;
    }
    return added;
}

void MetricHistory::clear()
{
    m_samples.clear();
}

qsizetype MetricHistory::firstIndexSince(qint64 since) const
{
    qsizetype lo = 0;
    qsizetype hi = m_samples.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_samples.at(mid).t < since)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void MetricHistory::pointsSince(qint64 since, MetricKind kind, int maxPoints, QList<QPointF> *out) const
{
    out->clear();
    const qsizetype first = firstIndexSince(since);
    const qsizetype count = m_samples.size() - first;
    if (count <= 0)
        return;
    const qsizetype perBucket = qMax<qsizetype>(1, (count + qMax(1, maxPoints) - 1) / qMax(1, maxPoints));
    out->reserve((count + perBucket - 1) / perBucket);
    for (qsizetype begin = first; begin < m_samples.size(); begin += perBucket) {
        const qsizetype end = qMin(begin + perBucket, m_samples.size());
        double sum = 0;
        for (qsizetype i = begin; i < end; ++i)
            sum += metricValue(m_samples.at(i), kind);
        // The bucket is placed at its last sample, so the newest point is always the current value.
        out->append(QPointF(double(m_samples.at(end - 1).t) * 1000.0, sum / double(end - begin)));
    }
}

QString MetricHistory::csvSince(qint64 since) const
{
    QString csv = u"time,gpu_util_pct,gpu_mem_used_mb,gpu_mem_total_mb,cpu_pct,ram_used_mb,ram_total_mb,"
                  "disk_used_gb,disk_total_gb,net_in_kbps,net_out_kbps\n"_s;
    const auto number = [](double v) { return QString::number(v, 'f', 2); };
    for (qsizetype i = firstIndexSince(since); i < m_samples.size(); ++i) {
        const MetricSample &s = m_samples.at(i);
        const QStringList fields{QDateTime::fromSecsSinceEpoch(s.t, Qt::UTC).toString(Qt::ISODate),
                                 number(s.gpuUtil),
                                 number(s.gpuMemUsedMB),
                                 number(s.gpuMemTotalMB),
                                 number(s.cpuPct),
                                 number(s.ramUsedMB),
                                 number(s.ramTotalMB),
                                 number(s.diskUsedGB),
                                 number(s.diskTotalGB),
                                 number(s.netInKBps),
                                 number(s.netOutKBps)};
        csv += fields.join(u',') + u'\n';
    }
    return csv;
}

} // namespace glows
