// SPDX-License-Identifier: Apache-2.0
#include "ssh/tunnelmanager.h"

#include <QSet>

namespace glows {

TunnelManager::TunnelManager(QObject *parent) : QObject(parent) {}

TunnelManager::~TunnelManager()
{
    stopAll();
}

SshTunnel *TunnelManager::start(SshTunnelSpec spec)
{
    auto *tunnel = new SshTunnel(std::move(spec), this);
    m_tunnels.append(tunnel);
    connect(tunnel, &SshTunnel::stateChanged, this, [this, tunnel] { emit tunnelChanged(tunnel); });
    connect(tunnel, &SshTunnel::trafficChanged, this, [this, tunnel] { emit tunnelChanged(tunnel); });
    emit tunnelAdded(tunnel);
    tunnel->start();
    return tunnel;
}

QList<SshTunnel *> TunnelManager::tunnelsFor(const QString &instanceId) const
{
    QList<SshTunnel *> found;
    for (SshTunnel *t : m_tunnels) {
        if (t->instanceId() == instanceId)
            found.append(t);
    }
    return found;
}

void TunnelManager::stop(SshTunnel *tunnel)
{
    if (!m_tunnels.removeOne(tunnel))
        return;
    tunnel->disconnect(this);
    tunnel->stop();
    emit tunnelRemoved(tunnel);
    tunnel->deleteLater();
}

void TunnelManager::stopForInstance(const QString &instanceId)
{
    for (SshTunnel *t : tunnelsFor(instanceId))
        stop(t);
}

void TunnelManager::stopAll()
{
    for (SshTunnel *t : QList<SshTunnel *>(m_tunnels))
        stop(t);
}

void TunnelManager::syncWithInstances(const QList<Instance> &instances)
{
    QSet<QString> running;
    for (const Instance &in : instances) {
        if (in.status.state() == InstanceState::Running)
            running.insert(in.normalizedId());
    }
    for (SshTunnel *t : QList<SshTunnel *>(m_tunnels)) {
        if (!running.contains(t->instanceId()))
            stop(t);
    }
}

} // namespace glows
