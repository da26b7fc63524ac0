// SPDX-License-Identifier: Apache-2.0
#include "guard/sshgpusamplesource.h"

#include "core/logging.h"
#include "core/sshremote.h"
#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "ssh/sshmetricssampler.h"

namespace glows {

SshGpuSampleSource::SshGpuSampleSource(SshOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_intervalMs(SshMetricsSampler::kGuardIntervalMs)
{}

SshGpuSampleSource::~SshGpuSampleSource()
{
    reset();
}

void SshGpuSampleSource::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    for (Entry &entry : m_entries)
        entry.sampler->setIntervalMs(ms);
}

void SshGpuSampleSource::reset()
{
    const QStringList ids = m_entries.keys();
    for (const QString &id : ids)
        drop(id);
    m_reasons.clear();
    m_refused.clear();
}

void SshGpuSampleSource::drop(const QString &instanceId)
{
    const auto it = m_entries.find(instanceId);
    if (it == m_entries.end())
        return;
    Entry entry = *it;
    m_entries.erase(it);
    entry.sampler->stop();
    delete entry.sampler;
    delete entry.connection; // ends its calls and wipes the password
}

void SshGpuSampleSource::setReason(const QString &instanceId, const QString &reason)
{
    if (m_reasons.value(instanceId) == reason)
        return;
    if (reason.isEmpty())
        m_reasons.remove(instanceId);
    else
        m_reasons.insert(instanceId, reason);
    qCInfo(lcGuard) << "guard: metrics over SSH for" << instanceId
                    << (reason.isEmpty() ? "available" : "unavailable");
    emit availabilityChanged(instanceId, reason);
}

void SshGpuSampleSource::instancesListed(const QList<Instance> &instances)
{
    QSet<QString> running;
    const SshKnownHosts knownHosts(m_options.knownHostsPath.isEmpty() ? SshKnownHosts::defaultPath()
                                                                      : m_options.knownHostsPath);
    for (const Instance &instance : instances) {
        if (instance.status.state() != InstanceState::Running)
            continue;
        const QString id = instance.instanceID;
        running.insert(id);
        if (m_entries.contains(id) || m_refused.contains(id))
            continue;
        const std::optional<SshEndpoint> endpoint = sshEndpointFor(instance);
        if (!endpoint) {
            setReason(id, tr("the instance has no SSH access yet"));
            continue;
        }
        // Never a prompt here: only a key the user trusted already (Access or Monitor tab, or the CLI).
        if (knownHosts.storedType(endpoint->instanceId).isEmpty()) {
            setReason(id, tr("trust the instance's host key first: open its Monitor tab"));
            continue;
        }
        startFor(instance, *endpoint);
    }
    const QStringList known = m_entries.keys();
    for (const QString &id : known) {
        if (!running.contains(id))
            drop(id);
    }
    m_reasons.removeIf(
        [&running](QHash<QString, QString>::iterator it) { return !running.contains(it.key()); });
    m_refused.removeIf([&running](const QString &id) { return !running.contains(id); });
}

void SshGpuSampleSource::startFor(const Instance &instance, const SshEndpoint &endpoint)
{
    const QString id = instance.instanceID;
    Entry entry;
    entry.connection = new SshConnection(endpoint, sshAuthFor(instance), m_options, this);
    entry.sampler = new SshMetricsSampler(entry.connection, this);
    entry.sampler->setIntervalMs(m_intervalMs);
    connect(entry.sampler, &SshMetricsSampler::sampleReady, this,
            [this, id](const MetricSample &sample) { onSample(id, sample); });
    connect(entry.sampler, &SshMetricsSampler::failed, this,
            [this, id](const SshError &error) { onFailed(id, error); });
    m_entries.insert(id, entry);
    setReason(id, QString());
    entry.sampler->start();
}

// The sampler stamps its samples with this machine's clock; the guard measures on the instance's, which is
// what a sandbox at --speed 60 runs fast. One more short command per round asks the instance for it.
void SshGpuSampleSource::onSample(const QString &instanceId, MetricSample sample)
{
    const auto it = m_entries.constFind(instanceId);
    if (it == m_entries.constEnd())
        return;
    SshExecLimits limits;
    limits.deadlineMs = 15000;
    limits.maxOutputBytes = 256;
    it->connection->exec(
        QString(sshremote::kEpochQuery), {}, this,
        [this, instanceId, sample](const SshResult<SshExecResult> &r) mutable {
            const auto entry = m_entries.find(instanceId);
            if (entry == m_entries.end())
                return;
            if (r.ok() && r.value().exitStatus == 0) {
                bool ok = false;
                const qint64 t = r.value().out.trimmed().toLongLong(&ok);
                if (ok && t > 0)
                    sample.t = t;
            }
            keep(*entry, sample);
        },
        limits);
}

void SshGpuSampleSource::keep(Entry &entry, const MetricSample &sample)
{
    if (!entry.samples.isEmpty() && sample.t <= entry.samples.constLast().t)
        return; // the instance's clock went back: only later samples count
    entry.samples.append(sample);
    const qint64 oldest = sample.t - kKeepSeconds;
    qsizetype drop = 0;
    while (drop < entry.samples.size() && entry.samples.at(drop).t < oldest)
        ++drop;
    drop = qMax(drop, entry.samples.size() - kMaxSamples);
    if (drop > 0)
        entry.samples.remove(0, drop);
}

void SshGpuSampleSource::onFailed(const QString &instanceId, const SshError &error)
{
    switch (error.kind()) {
    case SshError::Kind::HostKeyUnknown:
        // The stored key went away: the sampler stopped, and it waits for the user to trust the key again.
        drop(instanceId);
        setReason(instanceId, tr("trust the instance's host key first: open its Monitor tab"));
        return;
    case SshError::Kind::HostKeyChanged:
        drop(instanceId);
        m_refused.insert(instanceId);
        setReason(instanceId, tr("the instance's host key has changed, so the connection was refused"));
        return;
    case SshError::Kind::KnownHostsFile:
        drop(instanceId);
        setReason(instanceId, error.userMessage());
        return;
    default:
        // Not reachable now: the sampler tries again next round.
        qCInfo(lcGuard) << "guard: metrics over SSH failed for" << instanceId << error.details();
        return;
    }
}

void SshGpuSampleSource::fetch(const QString &instanceId, qint64 since, QObject *context, Done done)
{
    Q_UNUSED(context) // answered at once, on the caller's thread
    Result result;
    const QString reason = m_reasons.value(instanceId);
    if (!reason.isEmpty()) {
        result.error = reason;
        done(result);
        return;
    }
    result.ok = true;
    if (const auto it = m_entries.constFind(instanceId); it != m_entries.constEnd()) {
        for (const MetricSample &sample : it->samples) {
            if (sample.t > since)
                result.samples.append(GuardSample{sample.t, sample.gpuUtil});
        }
    }
    done(result);
}

} // namespace glows
