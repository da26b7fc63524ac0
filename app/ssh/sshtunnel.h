// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ssh/sshendpoint.h"
#include "ssh/ssherror.h"

#include <QObject>
#include <QUrl>
#include <atomic>
#include <optional>

class QThread;

namespace glows {

class TunnelWorker;

struct SshTunnelSpec
{
    SshEndpoint endpoint;
    SshAuth auth;
    quint16 remotePort = 0;
    // The address the instance connects to for each forwarded connection (the far end of direct-tcpip).
    QString remoteHost = QStringLiteral("127.0.0.1");
    quint16 localPort = 0; // 0: any free port on 127.0.0.1
    SshOptions options;
    // The key the user accepted at the fingerprint prompt; stored when the server presents it first.
    std::optional<SshHostKey> acceptedHostKey;
};

// A local forward: a listener on 127.0.0.1 whose every accepted connection is carried through a
// direct-tcpip channel of the tunnel's own SSH connection to remoteHost:remotePort on the instance. The
// connection, the listener and the copying run on a thread of their own; this object (on the UI thread)
// reports state and traffic. Stopping ends every forwarded connection and the session.
class SshTunnel final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Starting,  // connecting, checking the host key, logging in, binding the listener
        Listening, // localPort() and localUrl() are valid
        Failed,    // error() says why; stop() or delete it
        Stopped,
    };
    Q_ENUM(State)

    explicit SshTunnel(SshTunnelSpec spec, QObject *parent = nullptr);
    ~SshTunnel() override; // stops and joins the worker

    void start();
    void stop();

    State state() const { return m_state; }
    QString instanceId() const { return m_instanceId; }
    quint16 remotePort() const { return m_remotePort; }
    quint16 localPort() const { return m_localPort; }
    QUrl localUrl() const; // http://127.0.0.1:<localPort>/
    SshError error() const { return m_error; }
    // Bytes from the instance to local clients, and from local clients to the instance.
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    int activeConnections() const { return m_active; }

signals:
    void stateChanged(glows::SshTunnel::State state);
    // Traffic counters or the number of connections changed (at most a few times a second).
    void trafficChanged();
    void failed(const glows::SshError &error);

private:
    friend class TunnelWorker;
    void setState(State state);
    void onListening(quint16 port);
    void onFailed(const SshError &error);
    void onTraffic(qint64 in, qint64 out, int active);

    QString m_instanceId;
    quint16 m_remotePort = 0;
    SshTunnelSpec m_spec; // auth is wiped once the worker took it
    QThread *m_thread = nullptr;
    TunnelWorker *m_worker = nullptr;
    State m_state = State::Idle;
    quint16 m_localPort = 0;
    SshError m_error;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    int m_active = 0;
};

} // namespace glows
