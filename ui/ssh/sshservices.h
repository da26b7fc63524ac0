// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ssh/sshconnection.h"
#include "ssh/sshendpoint.h"
#include "ssh/ssherror.h"
#include "ui/ssh/hostkeydialog.h"
#include "ui/ssh/tunnelsdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace glows {
class GlowsClient;
class SshTunnel;
class TunnelManager;
} // namespace glows

namespace glows::ui {

class TunnelsModel;

// What the app's SSH features share, handed to widgets through AppContext::ssh: the options (where the
// host keys are kept), the first-connection prompt, and the app's tunnels with their list model. Owned by
// the main window, so every tunnel ends with the app; an account switch ends them too, and so does an
// instance leaving Running (syncWithInstances() after each list refresh).
class SshServices final : public QObject
{
    Q_OBJECT
public:
    explicit SshServices(GlowsClient *client, QObject *parent = nullptr);
    ~SshServices() override;

    // Tests point knownHostsPath into a temporary HOME.
    void setOptions(const SshOptions &options) { m_options = options; }
    const SshOptions &options() const { return m_options; }
    QString knownHostsPath() const;

    // A key installed for the instance through the app, the agent, and the instance's SSH password (kept in
    // memory only).
    static SshAuth authFor(const Instance &instance);
    static HostKeyFacts factsFor(const Instance &instance, const SshHostKey &key);

    // Opens `connection`; on a first connection asks the user to trust the key (dialog on `parent`) and
    // opens again; a changed key is refused with an explanation. `done` gets the final outcome (Cancelled
    // when the user did not trust the key).
    void openTrusted(SshConnection *connection, const Instance &instance, QWidget *parent, QObject *context,
                     SshHandler<SshHostKey> done);
    // The prompt alone: one per instance at a time (a second asker waits for the same answer).
    void confirmHostKey(const Instance &instance, const SshHostKey &key, QWidget *parent,
                        std::function<void(bool trusted)> answer);
    void refuseChangedHostKey(const Instance &instance, const SshHostKey &key, QWidget *parent);

    // Tunnels. openLocally() starts 127.0.0.1:<free port> → `remotePort` on the instance, then opens the
    // browser there (an open tunnel to the same port is reused). Returns the tunnel's ID.
    quint64 openLocally(const Instance &instance, int remotePort, QWidget *parent);
    TunnelsModel *tunnelsModel() const { return m_model; }
    SshTunnel *tunnel(quint64 id) const;
    void stopTunnel(quint64 id);
    void openTunnelInBrowser(quint64 id);
    void syncWithInstances(const QList<Instance> &instances);
    // The tunnels list, one per app, on `window`; created on first use and raised.
    TunnelsDialog *showTunnels(QWidget *window);
    TunnelsDialog *tunnelsDialog() const { return m_dialog; }

    // Where "open in the browser" goes; QDesktopServices by default, a recorder in tests.
    using UrlOpener = std::function<void(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

signals:
    void tunnelReady(quint64 id, const QString &instanceId, int remotePort, const QUrl &url);
    void tunnelFailed(quint64 id, const QString &instanceId, int remotePort, const QString &message);
    // A public key was appended to the instance's authorized_keys through the app.
    void keyInstalled(const QString &instanceId, const QString &publicKeyPath);

private:
    struct Prompt
    {
        QPointer<HostKeyDialog> dialog;
        QList<std::function<void(bool)>> answers;
    };
    quint64 startTunnel(const Instance &instance, int remotePort, QWidget *parent,
                        std::optional<SshHostKey> accepted);
    void onTunnelAdded(SshTunnel *tunnel);
    void onTunnelChanged(SshTunnel *tunnel);
    void onTunnelRemoved(SshTunnel *tunnel);
    void onTunnelFailed(SshTunnel *tunnel, const SshError &error);

    SshOptions m_options;
    TunnelManager *m_manager;
    TunnelsModel *m_model;
    UrlOpener m_openUrl;
    quint64 m_nextId = 1;
    QHash<SshTunnel *, quint64> m_ids;
    // Per tunnel: the instance it was started for (name, credentials for a retry after the prompt) and
    // where the prompt goes.
    struct Started
    {
        Instance instance;
        QPointer<QWidget> parent;
        bool opened = false;
    };
    QHash<SshTunnel *, Started> m_started;
    Started m_starting; // handed from startTunnel() to onTunnelAdded(), which the manager calls first
    QHash<QString, Prompt> m_prompts;
    QPointer<TunnelsDialog> m_dialog;
};

} // namespace glows::ui
