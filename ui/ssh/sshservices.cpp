// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/sshservices.h"

#include "api/glowsclient.h"
#include "core/sshconfigfile.h"
#include "ssh/knownhosts.h"
#include "ssh/sshtunnel.h"
#include "ssh/tunnelmanager.h"
#include "ui/ssh/tunnelsdialog.h"
#include "ui/ssh/tunnelsmodel.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUiSsh, "glows.ui.ssh", QtInfoMsg)

namespace glows::ui {
namespace {

TunnelRow::State rowState(SshTunnel::State state)
{
    switch (state) {
    case SshTunnel::State::Listening:
        return TunnelRow::State::Open;
    case SshTunnel::State::Failed:
        return TunnelRow::State::Failed;
    case SshTunnel::State::Idle:
    case SshTunnel::State::Starting:
    case SshTunnel::State::Stopped:
        break;
    }
    return TunnelRow::State::Starting;
}

} // namespace

SshServices::SshServices(GlowsClient *client, QObject *parent)
    : QObject(parent), m_manager(new TunnelManager(this)), m_model(new TunnelsModel(this)),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    connect(m_manager, &TunnelManager::tunnelAdded, this, &SshServices::onTunnelAdded);
    connect(m_manager, &TunnelManager::tunnelChanged, this, &SshServices::onTunnelChanged);
    connect(m_manager, &TunnelManager::tunnelRemoved, this, &SshServices::onTunnelRemoved);
    // Another account's instances are not this one's: its tunnels end with the switch.
    if (client)
        connect(client, &GlowsClient::accountChanged, m_manager, &TunnelManager::stopAll);
}

SshServices::~SshServices()
{
    // The list shows this object's model: it goes first.
    delete m_dialog;
    m_manager->disconnect(this);
    m_manager->stopAll();
}

QString SshServices::knownHostsPath() const
{
    return m_options.knownHostsPath.isEmpty() ? SshKnownHosts::defaultPath() : m_options.knownHostsPath;
}

SshAuth SshServices::authFor(const Instance &instance)
{
    return sshAuthFor(instance);
}

HostKeyFacts SshServices::factsFor(const Instance &instance, const SshHostKey &key)
{
    return HostKeyFacts{instance.displayName(), instance.instanceID, key.type(), key.fingerprint()};
}

void SshServices::confirmHostKey(const Instance &instance, const SshHostKey &key, QWidget *parent,
                                 std::function<void(bool)> answer)
{
    const QString id = instance.normalizedId();
    Prompt &prompt = m_prompts[id];
    if (!prompt.dialog)
        prompt.answers.clear(); // a prompt closed with its window answered nobody
    prompt.answers.append(std::move(answer));
    if (prompt.dialog)
        return;
    auto *dialog = new HostKeyDialog(factsFor(instance, key), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    prompt.dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, id](int result) {
        const Prompt done = m_prompts.take(id);
        qCInfo(lcUiSsh) << "host key of" << id << (result == QDialog::Accepted ? "trusted" : "not trusted");
        for (const auto &answer : done.answers)
            answer(result == QDialog::Accepted);
    });
    dialog->open();
}

void SshServices::refuseChangedHostKey(const Instance &instance, const SshHostKey &key, QWidget *parent)
{
    qCWarning(lcUiSsh) << "changed host key refused for" << instance.normalizedId() << key.fingerprint();
    showHostKeyChanged(factsFor(instance, key), knownHostsPath(), parent);
}

void SshServices::openTrusted(SshConnection *connection, const Instance &instance, QWidget *parent,
                              QObject *context, SshHandler<SshHostKey> done)
{
    const QPointer<QWidget> promptParent(parent);
    const QPointer<SshConnection> guard(connection);
    const QPointer<QObject> contextGuard(context);
    const bool hasContext = context != nullptr;
    connection->open(context, [=, this](const SshResult<SshHostKey> &result) {
        if (result.ok() || !guard) {
            done(result);
            return;
        }
        const SshError &error = result.error();
        if (error.kind() == SshError::Kind::HostKeyChanged) {
            refuseChangedHostKey(instance, error.hostKey(), promptParent);
            done(result);
            return;
        }
        if (error.kind() != SshError::Kind::HostKeyUnknown || !promptParent) {
            done(result);
            return;
        }
        confirmHostKey(instance, error.hostKey(), promptParent, [=](bool trusted) {
            if (!guard || (hasContext && !contextGuard))
                return;
            if (!trusted) {
                done(SshError(SshError::Kind::Cancelled, u"host key not trusted"_s, error.hostKey()));
                return;
            }
            guard->trustHostKey(error.hostKey());
            guard->open(contextGuard, done);
        });
    });
}

quint64 SshServices::openLocally(const Instance &instance, int remotePort, QWidget *parent)
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        SshTunnel *t = it.key();
        if (t->instanceId() == instance.normalizedId() && t->remotePort() == remotePort &&
            t->state() == SshTunnel::State::Listening) {
            m_openUrl(t->localUrl());
            emit tunnelReady(it.value(), instance.instanceID, remotePort, t->localUrl());
            return it.value();
        }
    }
    return startTunnel(instance, remotePort, parent, std::nullopt);
}

quint64 SshServices::startTunnel(const Instance &instance, int remotePort, QWidget *parent,
                                 std::optional<SshHostKey> accepted)
{
    const std::optional<SshEndpoint> endpoint = sshEndpointFor(instance);
    if (!endpoint) {
        emit tunnelFailed(0, instance.instanceID, remotePort,
                          tr("This instance has no SSH address yet, so no tunnel can be opened."));
        return 0;
    }
    SshTunnelSpec spec;
    spec.endpoint = *endpoint;
    spec.auth = authFor(instance);
    spec.remotePort = quint16(remotePort);
    spec.options = m_options;
    spec.acceptedHostKey = std::move(accepted);
    m_starting = Started{instance, parent, false};
    SshTunnel *tunnel = m_manager->start(std::move(spec));
    return m_ids.value(tunnel);
}

void SshServices::onTunnelAdded(SshTunnel *tunnel)
{
    const quint64 id = m_nextId++;
    m_ids.insert(tunnel, id);
    m_started.insert(tunnel, m_starting);
    m_starting = {};
    connect(tunnel, &SshTunnel::failed, this,
            [this, tunnel](const SshError &error) { onTunnelFailed(tunnel, error); });
    onTunnelChanged(tunnel);
}

void SshServices::onTunnelChanged(SshTunnel *tunnel)
{
    const auto id = m_ids.constFind(tunnel);
    if (id == m_ids.cend())
        return;
    Started &started = m_started[tunnel];
    TunnelRow row;
    row.id = *id;
    row.instanceId = tunnel->instanceId();
    row.instanceName = started.instance.displayName();
    row.remotePort = tunnel->remotePort();
    row.localHost = u"127.0.0.1"_s;
    row.localPort = tunnel->state() == SshTunnel::State::Listening ? tunnel->localPort() : 0;
    row.bytesIn = tunnel->bytesIn();
    row.bytesOut = tunnel->bytesOut();
    row.state = rowState(tunnel->state());
    if (row.state == TunnelRow::State::Failed)
        row.error = tunnel->error().userMessage();
    m_model->upsert(row);
    if (tunnel->state() == SshTunnel::State::Listening && !started.opened) {
        started.opened = true;
        qCInfo(lcUiSsh) << "tunnel" << *id << "to" << row.instanceId << row.remotePort << "listens on"
                        << row.localPort;
        m_openUrl(tunnel->localUrl());
        emit tunnelReady(*id, started.instance.instanceID, row.remotePort, tunnel->localUrl());
    }
}

void SshServices::onTunnelRemoved(SshTunnel *tunnel)
{
    m_model->remove(m_ids.take(tunnel));
    m_started.remove(tunnel);
}

void SshServices::onTunnelFailed(SshTunnel *tunnel, const SshError &error)
{
    const quint64 id = m_ids.value(tunnel);
    const Started started = m_started.value(tunnel);
    const int port = tunnel->remotePort();
    if (error.kind() == SshError::Kind::HostKeyUnknown && started.parent) {
        // Not a failure to list: the prompt decides, and a trusted key starts the tunnel again.
        m_manager->stop(tunnel);
        confirmHostKey(started.instance, error.hostKey(), started.parent,
                       [this, started, port, key = error.hostKey()](bool trusted) {
                           if (trusted)
                               startTunnel(started.instance, port, started.parent, key);
                           else
                               emit tunnelFailed(
                                   0, started.instance.instanceID, port,
                                   tr("The host key was not trusted, so no tunnel was opened."));
                       });
        return;
    }
    if (error.kind() == SshError::Kind::HostKeyChanged)
        refuseChangedHostKey(started.instance, error.hostKey(), started.parent);
    emit tunnelFailed(id, started.instance.instanceID, port, error.userMessage());
}

SshTunnel *SshServices::tunnel(quint64 id) const
{
    return m_ids.key(id, nullptr);
}

void SshServices::stopTunnel(quint64 id)
{
    if (SshTunnel *t = tunnel(id))
        m_manager->stop(t);
}

void SshServices::openTunnelInBrowser(quint64 id)
{
    SshTunnel *t = tunnel(id);
    if (t && t->state() == SshTunnel::State::Listening)
        m_openUrl(t->localUrl());
}

TunnelsDialog *SshServices::showTunnels(QWidget *window)
{
    if (!m_dialog) {
        m_dialog = new TunnelsDialog(m_model, window);
        connect(m_dialog, &TunnelsDialog::stopRequested, this, &SshServices::stopTunnel);
        connect(m_dialog, &TunnelsDialog::openRequested, this, &SshServices::openTunnelInBrowser);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void SshServices::syncWithInstances(const QList<Instance> &instances)
{
    m_manager->syncWithInstances(instances);
}

} // namespace glows::ui
