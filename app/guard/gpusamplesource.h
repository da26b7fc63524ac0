// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/guard/guardengine.h"
#include "core/instance.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace glows {

class GlowsClient;

// Where the guard's GPU utilisation comes from. The default is the server's metrics extension
// (ServerMetricsSource); the SSH issue can plug in samples read over SSH. Timestamps are the server's
// (or, over SSH, the instance's) epoch seconds.
class GpuSampleSource
{
public:
    struct Result
    {
        bool ok = false;
        bool unavailable = false; // this source cannot give samples for this account (the idle rule is off)
        // Oldest first, t > since; in the compact form the idle rule reads, so that the hour a first fetch
        // may bring costs 16 bytes a sample, not a full MetricSample's 88.
        QList<GuardSample> samples;
        QString error;
    };
    using Done = std::function<void(const Result &)>;
    // Where the samples come from, for the Settings → Guard page.
    enum class Origin
    {
        None,
        Server, // the server's metrics extension
        Ssh,    // the instances themselves, over SSH
    };

    virtual ~GpuSampleSource() = default;
    // Samples of one instance later than `since` (0: as far back as the source keeps). `done` runs once,
    // on the context's thread, unless the context is destroyed first.
    virtual void fetch(const QString &instanceId, qint64 since, QObject *context, Done done) = 0;
    // Whether the source is known to be unavailable for the current account.
    virtual bool isUnavailable() const = 0;
    // The account changed: forget what was learnt about the previous one.
    virtual void reset() = 0;
    // The runner's latest list, on every successful poll: a source that needs the instances' data (SSH
    // endpoints, credentials) follows it, and drops what belongs to instances no longer Running.
    virtual void instancesListed(const QList<Instance> &instances) { Q_UNUSED(instances) }
    virtual Origin origin() const = 0;
};

// The server's metrics extension (GET /instance/metrics), following "more" until the newest sample.
class ServerMetricsSource final : public GpuSampleSource
{
public:
    explicit ServerMetricsSource(GlowsClient *client);
    void fetch(const QString &instanceId, qint64 since, QObject *context, Done done) override;
    bool isUnavailable() const override;
    void reset() override {}
    Origin origin() const override { return Origin::Server; }

private:
    void fetchPage(const QString &instanceId, qint64 since, QObject *context, Done done,
                   std::shared_ptr<QList<GuardSample>> collected, int pagesLeft);
    QPointer<GlowsClient> m_client;
};

// The server's metrics extension while the account has it, else `fallback` (metrics over SSH): so the idle
// rule works on accounts without server metrics. Owns neither; `fallback` may be null.
class FallbackSampleSource final : public GpuSampleSource
{
public:
    FallbackSampleSource(GpuSampleSource *primary, GpuSampleSource *fallback)
        : m_primary(primary), m_fallback(fallback)
    {}
    void setFallback(GpuSampleSource *fallback) { m_fallback = fallback; }
    GpuSampleSource *fallback() const { return m_fallback; }

    void fetch(const QString &instanceId, qint64 since, QObject *context, Done done) override;
    bool isUnavailable() const override;
    void reset() override;
    void instancesListed(const QList<Instance> &instances) override;
    Origin origin() const override;

private:
    bool usesFallback() const { return m_fallback && m_primary->isUnavailable(); }
    GpuSampleSource *m_primary;
    GpuSampleSource *m_fallback;
};

} // namespace glows
