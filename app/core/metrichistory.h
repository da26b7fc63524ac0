// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/ringbuffer.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace glows {

// The quantities the Monitor tab charts, one per line series.
enum class MetricKind
{
    GpuUtil,    // %
    GpuMemUsed, // GB
    CpuUtil,    // %
    RamUsed,    // GB
    DiskUsed,   // GB
    NetIn,      // KB/s
    NetOut,     // KB/s
};

double metricValue(const MetricSample &sample, MetricKind kind);

// One hour of 1 Hz samples for one instance, in a fixed-size ring buffer: memory is allocated once and does
// not grow with uptime. Samples must arrive in time order; older or duplicate timestamps are ignored, so a
// poll may overlap the previous one.
class MetricHistory final
{
public:
    static constexpr qsizetype kDefaultCapacity = 3600;

    explicit MetricHistory(qsizetype capacity = kDefaultCapacity);

    // Returns how many samples were new.
    int append(const QList<MetricSample> &samples);
    void clear();

    qsizetype size() const { return m_samples.size(); }
    qsizetype capacity() const { return m_samples.capacity(); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    const MetricSample &latest() const { return m_samples.last(); }
    const MetricSample &at(qsizetype i) const { return m_samples.at(i); }
    qint64 latestTime() const { return isEmpty() ? 0 : latest().t; }

    // Index of the first sample at or after `since` (size() when none).
    qsizetype firstIndexSince(qint64 since) const;

    // Chart points (x = epoch milliseconds) for the samples in [since, latest], averaged into at most
    // `maxPoints` buckets so a one-hour range costs no more to draw than the chart has pixels for.
    void pointsSince(qint64 since, MetricKind kind, int maxPoints, QList<QPointF> *out) const;

    // CSV of the samples in [since, latest]: a header line and one line per sample, C locale, ISO 8601 UTC.
    QString csvSince(qint64 since) const;

private:
    RingBuffer<MetricSample> m_samples;
};

} // namespace glows
