// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/instance.h"
#include "ssh/sshmetricssampler.h"
#include "ui/messagebar.h"

#include <QObject>
#include <QPointer>

namespace glows {
class SshConnection;
}

namespace glows::ui {

class SshServices;

// The Monitor tab's samples when the server has no metrics extension: one persistent SSH connection to the
// instance and a SshMetricsSampler on it, every 5 s while started. The first connection asks to trust the
// host key (on `promptParent`); a changed key is refused. Problems are reported through status(), an empty
// text when the samples flow again.
class SshMetricsSource final : public QObject
{
    Q_OBJECT
public:
    SshMetricsSource(SshServices *ssh, const Instance &instance, QWidget *promptParent,
                     QObject *parent = nullptr);
    ~SshMetricsSource() override;

    QString instanceId() const { return m_instance.normalizedId(); }
    void setIntervalMs(int ms);
    void start();
    void stop();
    bool isStarted() const { return m_wanted; }
    SshMetricsSampler::GpuState gpuState() const;
    SshConnection *connection() const { return m_connection; }

signals:
    void sampleReady(const glows::MetricSample &sample);
    void gpuStateChanged(glows::SshMetricsSampler::GpuState state);
    void status(const QString &text, glows::ui::MessageBar::Type type, const QString &detail);

private:
    void open();
    void onFailed(const SshError &error);

    SshServices *m_ssh;
    Instance m_instance;
    QPointer<QWidget> m_promptParent;
    SshConnection *m_connection = nullptr;
    SshMetricsSampler *m_sampler = nullptr;
    bool m_wanted = false;
    bool m_opening = false;
    bool m_trusted = false; // the host key was verified once on this connection
    bool m_refused = false; // a changed key was shown once; not again every round
};

} // namespace glows::ui
