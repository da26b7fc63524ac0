// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sshendpoints.h"

#include "sandbox/jupyterforward.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/sshendpoint.h"

#include <libssh/libssh.h>

#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

// A new ed25519 host key as an OpenSSH private key (base64 text), or empty.
QByteArray newHostKey()
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK)
        return {};
    char *text = nullptr;
    QByteArray out;
    if (ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &text) == SSH_OK && text) {
        out = QByteArray(text);
        ssh_string_free_char(text);
    }
    ssh_key_free(key);
    return out;
}

// The port of the URL an endpoint of this instance had before (after a restart), to try it first.
quint16 previousPort(const InstanceRec &rec, bool (*which)(const Access &))
{
    for (const Access &a : rec.pub.accesses) {
        if (which(a)) {
            const QUrl url(a.url);
            if (url.host() == "127.0.0.1"_L1 && url.port() > 0)
                return quint16(url.port());
        }
    }
    return 0;
}

bool hasJupyterForward(const InstanceRec &rec)
{
    return std::any_of(rec.pub.accesses.cbegin(), rec.pub.accesses.cend(), &isJupyterForward);
}

} // namespace

SshEndpoints::SshEndpoints(SshEndpointOptions options, SandboxEngine *engine, QObject *parent)
    : QObject(parent), m_options(options), m_engine(engine),
      m_clock(std::make_shared<SharedClock>(*engine->clock()))
{}

SshEndpoints::~SshEndpoints()
{
    m_engine->setSshEndpointHook({});
    for (auto &[id, e] : m_endpoints)
        e->requestStop(); // all at once, then each is waited for
    m_endpoints.clear();
    m_forwards.clear();
}

void SshEndpoints::attach()
{
    m_engine->setSshEndpointHook([this](InstanceRec &rec) { return start(rec); });
    // One batch now, so that the few Running instances of an ordinary account have their endpoints in the
    // very first answer. The rest follow the first request (or heartbeat): hundreds of host keys made
    // before it would hold the app's first list up (docs/perf.md, figure 1).
    m_holdBatches = true;
    sync();
    m_holdBatches = false;
}

void SshEndpoints::sync()
{
    m_clock->set(*m_engine->clock());
    const EngineState &state = m_engine->state();
    const auto running = [&state](const QString &id) {
        const auto it = state.instances.constFind(id);
        return it != state.instances.cend() && it->state() == InstanceState::Running;
    };
    for (auto it = m_endpoints.begin(); it != m_endpoints.end();) {
        if (running(it->first)) {
            ++it;
            continue;
        }
        qCInfo(lcSandboxSsh).noquote()
            << "SSH endpoint of" << it->first << "on port" << it->second->port() << "stopped";
        it->second->stop();
        it = m_endpoints.erase(it);
    }
    for (auto it = m_forwards.begin(); it != m_forwards.end();) {
        const auto rec = state.instances.constFind(it->first);
        if (running(it->first) && hasJupyterForward(*rec)) {
            ++it;
            continue;
        }
        qCInfo(lcSandboxSsh).noquote()
            << "JupyterLab forward of" << it->first << "on port" << it->second->port() << "stopped";
        it = m_forwards.erase(it);
    }
    m_failed.removeIf([&running](const QString &id) { return !running(id); });
    QStringList missing;
    for (const InstanceRec &rec : state.instances) {
        const QString &id = rec.pub.instanceID;
        if (rec.state() == InstanceState::Running && !m_endpoints.count(id) && !m_failed.contains(id))
            missing.append(id);
    }
    if (m_options.startBatch > 0 && missing.size() > m_options.startBatch) {
        missing.resize(m_options.startBatch);
        if (!m_syncQueued && !m_holdBatches) {
            m_syncQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_syncQueued = false;
                sync();
            });
        }
    }
    for (const QString &id : std::as_const(missing))
        m_engine->attachSshEndpoint(id); // through the hook: start()
    if (!missing.isEmpty())
        emit engineChanged();
}

SandboxEngine::LocalUrls SshEndpoints::start(InstanceRec &rec)
{
    SandboxEngine::LocalUrls urls;
    urls.ssh = startSsh(rec);
    if (!urls.ssh.isEmpty() && hasJupyterForward(rec))
        urls.jupyter = startJupyter(rec);
    return urls;
}

QString SshEndpoints::startJupyter(const InstanceRec &rec)
{
    const QString id = rec.pub.instanceID;
    if (const auto it = m_forwards.find(id); it != m_forwards.end())
        return it->second->url();
    QString error;
    const quint16 preferred = m_lastJupyterPorts.value(id, previousPort(rec, &isJupyterForward));
    std::unique_ptr<JupyterForward> f =
        JupyterForward::start(id, preferred, m_options.maxConnectionsPerInstance, &error);
    if (!f) {
        qCWarning(lcSandboxSsh).noquote() << "no JupyterLab forward for" << id << "-" << error;
        return {};
    }
    qCInfo(lcSandboxSsh).noquote() << "JupyterLab forward of" << id << "on 127.0.0.1 port" << f->port();
    m_lastJupyterPorts.insert(id, f->port());
    const QString url = f->url();
    m_forwards.emplace(id, std::move(f));
    return url;
}

QString SshEndpoints::startSsh(InstanceRec &rec)
{
    const QString id = rec.pub.instanceID;
    if (const auto it = m_endpoints.find(id); it != m_endpoints.end())
        return u"ssh://127.0.0.1:%1"_s.arg(it->second->port());
    if (int(m_endpoints.size()) >= m_options.maxEndpoints) {
        if (!std::exchange(m_warnedLimit, true))
            qCWarning(lcSandboxSsh).noquote()
                << "more than" << m_endpoints.size()
                << "Running instances: the others keep their simulated ssh access URL";
        m_failed.insert(id);
        return {};
    }
    if (rec.sshHostKey.isEmpty())
        rec.sshHostKey = newHostKey();
    m_clock->set(*m_engine->clock());
    SshEndpoint::Config config{rec, m_options, m_clock,
                               [this, id](const QString &line) {
                                   QMetaObject::invokeMethod(
                                       this, [this, id, line] { recordKey(id, line); }, Qt::QueuedConnection);
                               },
                               &m_acceptor};
    QString error;
    const quint16 preferred = m_lastPorts.value(id, previousPort(rec, &isSshAccess));
    std::unique_ptr<SshEndpoint> e = SshEndpoint::start(std::move(config), preferred, &error);
    if (!e) {
        qCWarning(lcSandboxSsh).noquote() << "no SSH endpoint for" << id << "-" << error;
        m_failed.insert(id);
        return {};
    }
    const quint16 port = e->port();
    qCInfo(lcSandboxSsh).noquote() << "SSH endpoint of" << id << "on 127.0.0.1 port" << port;
    m_lastPorts.insert(id, port);
    m_endpoints.emplace(id, std::move(e));
    return u"ssh://127.0.0.1:%1"_s.arg(port);
}

void SshEndpoints::recordKey(const QString &instanceId, const QString &keyLine)
{
    if (m_engine->addAuthorizedKey(instanceId, keyLine))
        emit engineChanged();
}

SshEndpoint *SshEndpoints::endpoint(const QString &instanceId) const
{
    const auto it = m_endpoints.find(instanceId);
    return it == m_endpoints.end() ? nullptr : it->second.get();
}

quint16 SshEndpoints::port(const QString &instanceId) const
{
    const SshEndpoint *e = endpoint(instanceId);
    return e ? e->port() : 0;
}

int SshEndpoints::authFailures(const QString &instanceId) const
{
    const SshEndpoint *e = endpoint(instanceId);
    return e ? e->authFailures() : -1;
}

quint16 SshEndpoints::jupyterPort(const QString &instanceId) const
{
    const auto it = m_forwards.find(instanceId);
    return it == m_forwards.end() ? 0 : it->second->port();
}

int SshEndpoints::jupyterConnectionCount(const QString &instanceId) const
{
    const auto it = m_forwards.find(instanceId);
    return it == m_forwards.end() ? -1 : it->second->connectionCount();
}

int SshEndpoints::connectionCount(const QString &instanceId) const
{
    const SshEndpoint *e = endpoint(instanceId);
    return e ? e->connectionCount() : -1;
}

} // namespace glows::sandbox
