// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sshacceptor.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <map>
#include <memory>

namespace glows::sandbox {

class SharedClock;
class JupyterForward;
class SshEndpoint;
struct InstanceRec;

// Every Running instance's SSH endpoint (sshendpoint.h), kept in step with the engine: started when an
// instance starts Running (through the engine's hook, so its ssh access URL is right in the very answer that
// shows it Running), stopped once it is anything else. Its HTTP forward of port 8888 gets the same treatment
// (jupyterforward.h), so that http://127.0.0.1:<port>/ answers like a JupyterLab would. Lives on the
// sandbox's thread; the endpoints' own threads reach it only through queued calls.
class SshEndpoints final : public QObject
{
    Q_OBJECT
public:
    SshEndpoints(SshEndpointOptions options, SandboxEngine *engine, QObject *parent = nullptr);
    ~SshEndpoints() override;

    // Installs the engine's hook and starts the endpoints of the instances Running now: all at once, or
    // with SshEndpointOptions::startBatch one batch now and the others, a batch per turn of the event
    // loop, from the next sync() on.
    void attach();
    // Stops the endpoints of instances that left Running, starts missing ones, and passes the simulated
    // time on to the sessions. The server calls it after every request and every second.
    void sync();

    // For tests and the log: 0 / -1 when the instance has no endpoint.
    quint16 port(const QString &instanceId) const;
    int authFailures(const QString &instanceId) const;
    int connectionCount(const QString &instanceId) const;
    quint16 jupyterPort(const QString &instanceId) const;
    int jupyterConnectionCount(const QString &instanceId) const;
    int count() const { return int(m_endpoints.size()); }

signals:
    // The engine's state changed (a key was installed, a URL or host key set): the server saves it.
    void engineChanged();

private:
    SandboxEngine::LocalUrls start(InstanceRec &rec);
    QString startSsh(InstanceRec &rec);
    QString startJupyter(const InstanceRec &rec);
    void recordKey(const QString &instanceId, const QString &keyLine);
    SshEndpoint *endpoint(const QString &instanceId) const;

    SshEndpointOptions m_options;
    SandboxEngine *m_engine;
    std::shared_ptr<SharedClock> m_clock;
    SshAcceptor m_acceptor; // before the endpoints, which it outlives
    std::map<QString, std::unique_ptr<SshEndpoint>> m_endpoints;
    std::map<QString, std::unique_ptr<JupyterForward>> m_forwards;
    QHash<QString, quint16> m_lastPorts; // an instance running again gets its old port back when it is free
    QHash<QString, quint16> m_lastJupyterPorts;
    QSet<QString> m_failed; // not tried again until the instance leaves Running
    bool m_warnedLimit = false;
    bool m_syncQueued = false;  // a batch of endpoints still to start (SshEndpointOptions::startBatch)
    bool m_holdBatches = false; // attach(): the next batches wait for a sync()
};

} // namespace glows::sandbox
