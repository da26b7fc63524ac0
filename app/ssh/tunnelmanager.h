// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ssh/sshtunnel.h"

#include <QList>
#include <QObject>

namespace glows {

// Owns the app's tunnels. Tunnels end with the manager (the app), when stop() is called, or when their
// instance leaves Running (stopForInstance(), or syncWithInstances() after each list refresh). A failed
// tunnel stays listed, in State::Failed, until stop() removes it.
class TunnelManager final : public QObject
{
    Q_OBJECT
public:
    explicit TunnelManager(QObject *parent = nullptr);
    ~TunnelManager() override;

    // Creates and starts a tunnel; the manager owns it.
    SshTunnel *start(SshTunnelSpec spec);
    QList<SshTunnel *> tunnels() const { return m_tunnels; }
    QList<SshTunnel *> tunnelsFor(const QString &instanceId) const;

    // Stops the tunnel and removes it (tunnelRemoved, then deleteLater).
    void stop(SshTunnel *tunnel);
    void stopForInstance(const QString &instanceId);
    void stopAll();
    // Stops the tunnels of every instance that is absent from `instances` or not Running.
    void syncWithInstances(const QList<Instance> &instances);

signals:
    void tunnelAdded(glows::SshTunnel *tunnel);
    // The tunnel is stopped and about to be deleted: drop every pointer to it.
    void tunnelRemoved(glows::SshTunnel *tunnel);
    // State or traffic of a listed tunnel changed.
    void tunnelChanged(glows::SshTunnel *tunnel);

private:
    QList<SshTunnel *> m_tunnels;
};

} // namespace glows
