// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/sshmetricssource.h"

#include "ssh/sshconnection.h"
#include "ui/ssh/sshservices.h"

namespace glows::ui {

SshMetricsSource::SshMetricsSource(SshServices *ssh, const Instance &instance, QWidget *promptParent,
                                   QObject *parent)
    : QObject(parent), m_ssh(ssh), m_instance(instance), m_promptParent(promptParent)
{
    m_connection =
        new SshConnection(*sshEndpointFor(instance), SshServices::authFor(instance), ssh->options(), this);
    m_sampler = new SshMetricsSampler(m_connection, this);
    m_sampler->setIntervalMs(SshMetricsSampler::kVisibleIntervalMs);
    connect(m_sampler, &SshMetricsSampler::sampleReady, this, [this](const MetricSample &sample) {
        emit status({}, MessageBar::Type::Information, {});
        emit sampleReady(sample);
    });
    connect(m_sampler, &SshMetricsSampler::gpuStateChanged, this, &SshMetricsSource::gpuStateChanged);
    connect(m_sampler, &SshMetricsSampler::failed, this, &SshMetricsSource::onFailed);
    // The connection keeps what it needs; this copy of the password is not kept longer than that.
    wipeSecret(m_instance.sshCred.password);
}

SshMetricsSource::~SshMetricsSource()
{
    m_sampler->stop();
}

void SshMetricsSource::setIntervalMs(int ms)
{
    m_sampler->setIntervalMs(ms);
}

SshMetricsSampler::GpuState SshMetricsSource::gpuState() const
{
    return m_sampler->gpuState();
}

void SshMetricsSource::start()
{
    m_wanted = true;
    if (m_trusted)
        m_sampler->start();
    else
        open();
}

void SshMetricsSource::stop()
{
    m_wanted = false;
    m_sampler->stop();
}

void SshMetricsSource::open()
{
    if (m_opening)
        return;
    m_opening = true;
    emit status(tr("Connecting to the instance over SSH…"), MessageBar::Type::Information, {});
    m_ssh->openTrusted(
        m_connection, m_instance, m_promptParent, this, [this](const SshResult<SshHostKey> &opened) {
            m_opening = false;
            if (opened.ok()) {
                m_trusted = true;
                if (m_wanted)
                    m_sampler->start();
                return;
            }
            const SshError &error = opened.error();
            switch (error.kind()) {
            case SshError::Kind::Cancelled:
                emit status(
                    tr("Metrics over SSH need the instance's host key to be trusted. Show the tab again to "
                       "decide again."),
                    MessageBar::Type::Information, {});
                return;
            case SshError::Kind::HostKeyChanged:
            case SshError::Kind::KnownHostsFile:
            case SshError::Kind::HostKeyUnknown: // no window to ask in
                emit status(tr("Metrics over SSH are not read: %1").arg(error.userMessage()),
                            MessageBar::Type::Error, error.details());
                return;
            default:
                // Not reachable now: the sampler keeps trying every round and reports each failure.
                onFailed(error);
                if (m_wanted)
                    m_sampler->start();
                return;
            }
        });
}

void SshMetricsSource::onFailed(const SshError &error)
{
    switch (error.kind()) {
    case SshError::Kind::HostKeyUnknown:
        // The stored key went away (the file was edited): ask again.
        m_trusted = false;
        if (m_wanted)
            open();
        return;
    case SshError::Kind::HostKeyChanged:
        if (!m_refused)
            m_ssh->refuseChangedHostKey(m_instance, error.hostKey(), m_promptParent);
        m_refused = true;
        emit status(tr("Metrics over SSH stopped: the instance's host key has changed, so the connection was "
                       "refused."),
                    MessageBar::Type::Error, error.details());
        return;
    default:
        emit status(
            tr("The instance cannot be reached over SSH for metrics: %1 Trying again every %2 seconds.")
                .arg(error.userMessage())
                .arg(m_sampler->intervalMs() / 1000),
            MessageBar::Type::Warning, error.details());
        return;
    }
}

} // namespace glows::ui
