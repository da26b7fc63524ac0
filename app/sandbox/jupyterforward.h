// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <memory>

class QTcpSocket;

namespace glows::sandbox {

// The HTTP forward of port 8888 of one Running instance, made real while the SSH endpoints are on: plain
// HTTP on 127.0.0.1 answering every request with the simulated JupyterLab page (the one the SSH endpoint
// serves over direct-tcpip, sshsim::jupyterResponse). Reads at most the request head, answers, closes.
// Lives on the sandbox's thread and never blocks it.
class JupyterForward final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxRequestHead = 8 * 1024;
    static constexpr int kRequestTimeoutMs = 10'000; // a client that sends no complete head is dropped

    // Listens on 127.0.0.1:preferredPort, or any free port when that is taken (or 0). Null with *error set
    // when nothing can be bound.
    static std::unique_ptr<JupyterForward> start(const QString &instanceId, quint16 preferredPort,
                                                 int maxConnections, QString *error);
    ~JupyterForward() override; // stop()

    // Stops listening and drops every connection.
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;
    int connectionCount() const { return int(m_connections.size()); }

private:
    JupyterForward(const QString &instanceId, int maxConnections);
    void accept();
    void read(QTcpSocket *socket);
    void drop(QTcpSocket *socket);

    QString m_instanceId;
    int m_maxConnections;
    quint16 m_port = 0;
    QTcpServer m_server;
    struct Connection
    {
        QByteArray head; // what the client sent so far
        bool answered = false;
    };
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace glows::sandbox
