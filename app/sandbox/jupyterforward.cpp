// SPDX-License-Identifier: Apache-2.0
#include "sandbox/jupyterforward.h"

#include "sandbox/sshcommands.h"
#include "sandbox/sshendpoint.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace glows::sandbox {

JupyterForward::JupyterForward(const QString &instanceId, int maxConnections)
    : m_instanceId(instanceId), m_maxConnections(qMax(1, maxConnections))
{}

std::unique_ptr<JupyterForward> JupyterForward::start(const QString &instanceId, quint16 preferredPort,
                                                      int maxConnections, QString *error)
{
    std::unique_ptr<JupyterForward> f(new JupyterForward(instanceId, maxConnections));
    f->m_server.setMaxPendingConnections(f->m_maxConnections);
    if (!(preferredPort != 0 && f->m_server.listen(QHostAddress::LocalHost, preferredPort)) &&
        !f->m_server.listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = f->m_server.errorString();
        return nullptr;
    }
    f->m_port = f->m_server.serverPort();
    connect(&f->m_server, &QTcpServer::newConnection, f.get(), &JupyterForward::accept);
    return f;
}

JupyterForward::~JupyterForward()
{
    stop();
}

void JupyterForward::stop()
{
    m_server.close();
    const QList<QTcpSocket *> open = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : open) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QString JupyterForward::url() const
{
    return u"http://127.0.0.1:%1/"_s.arg(m_port);
}

void JupyterForward::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections.size() >= m_maxConnections) {
            qCInfo(lcSandboxSsh).noquote()
                << "JupyterLab forward of" << m_instanceId << "is busy: connection closed";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, Connection{});
        socket->setReadBufferSize(kMaxRequestHead + 1);
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] { drop(socket); });
        timer->start(kRequestTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        read(socket); // bytes may have come with the connection
    }
}

void JupyterForward::read(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->answered) // what else the client sends is not read
        return;
    QByteArray &head = it->head;
    head.append(socket->read(kMaxRequestHead + 1 - head.size()));
    const bool complete = head.contains("\r\n\r\n") || head.contains("\n\n");
    if (!complete && head.size() <= kMaxRequestHead && socket->state() == QAbstractSocket::ConnectedState)
        return;
    if (head.size() > kMaxRequestHead) {
        socket->write(
            "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    } else {
        socket->write(sshsim::jupyterResponse(head, m_instanceId));
    }
    it->answered = true;
    head.clear();
    socket->disconnectFromHost(); // once written; then disconnected() drops it
}

void JupyterForward::drop(QTcpSocket *socket)
{
    if (!m_connections.remove(socket))
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace glows::sandbox
