// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "guard/gpusamplesource.h"
#include "ssh/sshendpoint.h"
#include "ssh/ssherror.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace glows {

class SshConnection;
class SshMetricsSampler;

// The guard's GPU samples read from the instances themselves over SSH (docs/ssh.md, "Metrics over SSH"), for
// accounts whose server has no metrics extension: one persistent connection and SshMetricsSampler per
// Running instance, every kGuardIntervalMs, each sample stamped with the instance's own clock and kept for
// the last hour. It never asks anything: only instances whose host key is already trusted in the app's
// known_hosts are sampled (the user trusted it in the Access or Monitor tab, or through the CLI); the others
// are reported unavailable with the reason, and a changed key is refused as always. Credentials: the key
// installed through the app, the agent, then the instance's password (held only by the connection).
class SshGpuSampleSource final : public QObject, public GpuSampleSource
{
    Q_OBJECT
public:
    static constexpr qint64 kKeepSeconds = 3600;
    static constexpr int kMaxSamples = 720;

    explicit SshGpuSampleSource(SshOptions options = {}, QObject *parent = nullptr);
    ~SshGpuSampleSource() override;

    // Tests sample faster than the guard's minute.
    void setIntervalMs(int ms);

    void fetch(const QString &instanceId, qint64 since, QObject *context, Done done) override;
    bool isUnavailable() const override { return false; }
    void reset() override;
    void instancesListed(const QList<Instance> &instances) override;
    Origin origin() const override { return Origin::Ssh; }

    // Why the instance gives no samples over SSH (translated), empty while it does or may.
    QString unavailableReason(const QString &instanceId) const { return m_reasons.value(instanceId); }
    bool isSampling(const QString &instanceId) const { return m_entries.contains(instanceId); }

signals:
    // The reason changed; empty when the instance gives samples again.
    void availabilityChanged(const QString &instanceId, const QString &reason);

private:
    struct Entry
    {
        SshConnection *connection = nullptr;
        SshMetricsSampler *sampler = nullptr;
        QList<MetricSample> samples; // oldest first, by the instance's clock
    };
    void startFor(const Instance &instance, const SshEndpoint &endpoint);
    void drop(const QString &instanceId);
    void setReason(const QString &instanceId, const QString &reason);
    void onSample(const QString &instanceId, MetricSample sample);
    void onFailed(const QString &instanceId, const SshError &error);
    void keep(Entry &entry, const MetricSample &sample);

    SshOptions m_options;
    int m_intervalMs;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_reasons;
    QSet<QString> m_refused; // a changed host key: not tried again until the account changes
};

} // namespace glows
