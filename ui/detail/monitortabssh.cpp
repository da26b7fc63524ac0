// SPDX-License-Identifier: Apache-2.0
// The Monitor tab without the server's metrics extension: samples from the instance itself over SSH
// (ui/ssh/sshmetricssource.h), every 5 s while the tab is visible, into the same history and charts.
#include "ui/detail/monitortab.h"

#include "ssh/sshendpoint.h"
#include "ui/detail/metricchart.h"
#include "ui/messagebar.h"
#include "ui/ssh/sshmetricssource.h"

#include <QLabel>
#include <QPushButton>

namespace glows::ui {

bool MonitorTab::isSamplingOverSsh() const
{
    return m_sshSource && m_sshSource->isStarted();
}

void MonitorTab::setSshIntervalMs(int ms)
{
    m_sshIntervalMs = ms;
    if (m_sshSource)
        m_sshSource->setIntervalMs(ms);
}

bool MonitorTab::sshWanted() const
{
    return m_ctx.ssh && !m_fetcher && m_query->isUnsupported() && instance().status.allowsLiveTabs() &&
           sshEndpointFor(instance()).has_value();
}

void MonitorTab::updateSshSampling()
{
    if (!sshWanted()) {
        if (m_sshSource)
            m_sshSource->stop();
        return;
    }
    if (m_sshSource && m_sshSource->instanceId() != instance().normalizedId())
        dropSshSource();
    if (!m_sshSource) {
        m_sshSource = new SshMetricsSource(m_ctx.ssh, instance(), this, this);
        m_sshSource->setIntervalMs(m_sshIntervalMs);
        connect(m_sshSource, &SshMetricsSource::sampleReady, this, &MonitorTab::showSshSample);
        connect(m_sshSource, &SshMetricsSource::status, this,
                [this](const QString &text, MessageBar::Type type, const QString &detail) {
                    showSshStatus(text, int(type), detail);
                });
        connect(m_sshSource, &SshMetricsSource::gpuStateChanged, this, &MonitorTab::applyGpuState);
        m_chartArea->setEnabled(true);
    }
    if (isActive() && !m_sshSource->isStarted())
        m_sshSource->start();
    else if (!isActive() && m_sshSource->isStarted())
        m_sshSource->stop();
}

void MonitorTab::dropSshSource()
{
    if (!m_sshSource)
        return;
    m_sshSource->disconnect(this);
    m_sshSource->stop();
    m_sshSource->deleteLater();
    m_sshSource = nullptr;
    m_sourceLabel->hide();
    if (m_noGpu) {
        m_noGpu = false;
        retranslate();
    }
}

void MonitorTab::showSshSample(const MetricSample &sample)
{
    m_sourceLabel->show();
    m_simulatedLabel->hide();
    m_chartArea->setEnabled(true);
    m_history.append({sample});
    if (isActive())
        redraw();
}

void MonitorTab::showSshStatus(const QString &text, int type, const QString &detail)
{
    if (text.isEmpty()) {
        m_notice->hide();
        return;
    }
    m_notice->showMessage(text, MessageBar::Type(type), detail);
    m_notice->show();
}

void MonitorTab::applyGpuState()
{
    const bool noGpu = m_sshSource && m_sshSource->gpuState() == SshMetricsSampler::GpuState::Absent;
    if (noGpu == m_noGpu)
        return;
    m_noGpu = noGpu;
    retranslate();
}

} // namespace glows::ui
