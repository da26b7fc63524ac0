// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sshendpoints.h"

#include "sandbox/jupyterforward.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/sshendpoint.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

// A new ECDSA P-256 host key: a private scalar of 32 bytes from the system's secure generator, as SEC1 PEM
// without the public point, which OpenSSL derives when libssh reads the key. So no cryptography runs until a
// client connects and the endpoint reads it (SshEndpoint::loadHostKey): making ed25519 keys with libssh for
// hundreds of Running instances at start cost ~70 µs and ~10 KB each (docs/perf.md, figures 1 and 3). (libssh
// 0.10 cannot serve an ed25519 key read from PEM.) Records of earlier versions keep their OpenSSH keys.
QByteArray newHostKey()
{
    // ECPrivateKey { version 1, privateKey OCTET STRING (32), [0] namedCurve prime256v1 } (RFC 5915)
    static constexpr char kHead[] = "\x30\x31\x02\x01\x01\x04\x20";
    static constexpr char kCurve[] = "\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07";
    std::array<quint32, 8> scalar;
    QRandomGenerator::system()->fillRange(scalar.data(), qsizetype(scalar.size()));
    QByteArray der(kHead, sizeof kHead - 1);
    der.append(reinterpret_cast<const char *>(scalar.data()), qsizetype(sizeof scalar));
    der[7] = char(der[7] & 0x7f); // below 2^255, so below the group order, as a private key must be
    der.append(kCurve, sizeof kCurve - 1);
    scalar.fill(0);
    return "-----BEGIN EC PRIVATE KEY-----\n" + der.toBase64() + "\n-----END EC PRIVATE KEY-----\n";
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
