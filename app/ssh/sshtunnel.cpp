// SPDX-License-Identifier: Apache-2.0
#include "ssh/sshtunnel.h"

#include "ssh/sshlogging.h"
#include "ssh/tunnelworker.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <libssh/libssh.h>

using namespace Qt::StringLiterals;

namespace glows {
namespace {

constexpr int kPumpMs = 50;    // libssh may hold data it read while writing; the notifier cannot see that
constexpr int kReportMs = 250; // traffic updates to the UI
constexpr qint64 kChunk = 32768;

} // namespace

// --- worker (on the tunnel's thread) ---

TunnelWorker::TunnelWorker(SshTunnel *tunnel, SshTunnelSpec spec)
    : m_tunnel(tunnel), m_spec(std::move(spec)), m_session(m_spec.endpoint, m_spec.options, &m_cancelled)
{}

TunnelWorker::~TunnelWorker()
{
    wipeSecret(m_spec.auth.password);
}

void TunnelWorker::fail(const SshError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCInfo(lcSsh) << "tunnel to" << m_spec.endpoint.instanceId << m_spec.remotePort
                  << "failed:" << error.details();
    shutdown();
    QMetaObject::invokeMethod(
        m_tunnel, [t = m_tunnel, error] { t->onFailed(error); }, Qt::QueuedConnection);
}

void TunnelWorker::start()
{
    const auto opened = m_session.open(m_spec.auth, m_spec.acceptedHostKey);
    wipeSecret(m_spec.auth.password);
    if (!opened.ok())
        return fail(opened.error());

    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, m_spec.localPort))
        return fail(SshError(SshError::Kind::LocalPort, m_server->errorString()));
    connect(m_server, &QTcpServer::newConnection, this, &TunnelWorker::onNewConnection);

    m_notifier = new QSocketNotifier(qintptr(ssh_get_fd(m_session.raw())), QSocketNotifier::Read, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &TunnelWorker::pump);
    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setInterval(kPumpMs);
    connect(m_pumpTimer, &QTimer::timeout, this, &TunnelWorker::pump);
    m_reportTimer = new QTimer(this);
    m_reportTimer->setInterval(kReportMs);
    connect(m_reportTimer, &QTimer::timeout, this, &TunnelWorker::reportTraffic);
    m_reportTimer->start();

    const quint16 port = m_server->serverPort();
    QMetaObject::invokeMethod(
        m_tunnel, [t = m_tunnel, port] { t->onListening(port); }, Qt::QueuedConnection);
}

void TunnelWorker::shutdown()
{
    while (!m_forwards.empty())
        closeForward(m_forwards.begin());
    delete m_server;
    m_server = nullptr;
    delete m_notifier;
    m_notifier = nullptr;
    delete m_pumpTimer;
    m_pumpTimer = nullptr;
    if (m_reportTimer) {
        reportTraffic();
        delete m_reportTimer;
        m_reportTimer = nullptr;
    }
    m_session.close();
}

void TunnelWorker::onNewConnection()
{
    while (QTcpSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        const auto channel = m_session.openForward(m_spec.remoteHost, m_spec.remotePort, socket->peerPort());
        if (!channel.ok()) {
            // The instance refused this one connection (nothing listens on the port yet): the local client
            // sees it closed; the tunnel itself stays up while the session does.
            qCInfo(lcSsh) << "forward refused:" << channel.error().details();
            socket->abort();
            socket->deleteLater();
            if (!m_session.isOpen())
                return fail(channel.error());
            continue;
        }
        socket->setParent(this);
        m_forwards.push_back({socket, channel.value()});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onLocalReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            onLocalReadable(socket);
            for (auto it = m_forwards.begin(); it != m_forwards.end(); ++it) {
                if (it->socket == socket) {
                    // The client is done sending: tell the instance, keep reading its answer until EOF.
                    ssh_channel_send_eof(it->channel);
                    break;
                }
            }
            pump();
        });
        onLocalReadable(socket);
    }
    updateNotifier();
}

void TunnelWorker::onLocalReadable(QTcpSocket *socket)
{
    const auto it = std::find_if(m_forwards.begin(), m_forwards.end(),
                                 [socket](const Forward &f) { return f.socket == socket; });
    if (it == m_forwards.end())
        return;
    while (socket->bytesAvailable() > 0) {
        const QByteArray data = socket->read(kChunk);
        for (qsizetype written = 0; written < data.size();) {
            const int n =
                ssh_channel_write(it->channel, data.constData() + written, uint32_t(data.size() - written));
            if (n < 0) {
                closeForward(it);
                if (!m_session.isOpen())
                    fail(
                        SshError(SshError::Kind::Network, QString::fromUtf8(ssh_get_error(m_session.raw()))));
                return;
            }
            written += n;
        }
        m_bytesOut += data.size();
    }
}

void TunnelWorker::pump()
{
    char buffer[kChunk];
    bool progress = true;
    while (progress && !m_forwards.empty()) {
        progress = false;
        for (auto it = m_forwards.begin(); it != m_forwards.end();) {
            const int n = ssh_channel_read_nonblocking(it->channel, buffer, sizeof buffer, 0);
            if (n > 0) {
                it->socket->write(buffer, n);
                m_bytesIn += n;
                progress = true;
                ++it;
                continue;
            }
            const bool finished =
                n == SSH_ERROR || ssh_channel_is_eof(it->channel) || !ssh_channel_is_open(it->channel);
            if (finished) {
                auto next = std::next(it);
                closeForward(it);
                it = next;
                continue;
            }
            ++it;
        }
    }
    if (m_session.raw() && !ssh_is_connected(m_session.raw()))
        return fail(SshError(SshError::Kind::Network, u"the instance closed the connection"_s));
    updateNotifier();
}

void TunnelWorker::closeForward(std::list<Forward>::iterator it)
{
    QTcpSocket *socket = it->socket;
    SshSession::freeChannel(it->channel);
    m_forwards.erase(it);
    socket->disconnect(this);
    // Whatever the instance sent is written before the local side closes.
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    else
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    updateNotifier();
}

void TunnelWorker::updateNotifier()
{
    const bool active = !m_forwards.empty();
    if (m_notifier)
        m_notifier->setEnabled(active);
    if (m_pumpTimer) {
        if (active && !m_pumpTimer->isActive())
            m_pumpTimer->start();
        else if (!active)
            m_pumpTimer->stop();
    }
}

void TunnelWorker::reportTraffic()
{
    const int active = int(m_forwards.size());
    if (m_bytesIn == m_reportedIn && m_bytesOut == m_reportedOut && active == m_reportedActive)
        return;
    m_reportedIn = m_bytesIn;
    m_reportedOut = m_bytesOut;
    m_reportedActive = active;
    QMetaObject::invokeMethod(
        m_tunnel, [t = m_tunnel, in = m_bytesIn, out = m_bytesOut, active] { t->onTraffic(in, out, active); },
        Qt::QueuedConnection);
}

// --- tunnel (on the UI thread) ---

SshTunnel::SshTunnel(SshTunnelSpec spec, QObject *parent)
    : QObject(parent), m_instanceId(spec.endpoint.instanceId), m_remotePort(spec.remotePort),
      m_spec(std::move(spec))
{}

SshTunnel::~SshTunnel()
{
    stop();
}

QUrl SshTunnel::localUrl() const
{
    if (m_localPort == 0)
        return {};
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_localPort));
}

void SshTunnel::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"tunnel "_s + m_instanceId);
    m_worker = new TunnelWorker(this, m_spec);
    wipeSecret(m_spec.auth.password);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    setState(State::Starting);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->start(); }, Qt::QueuedConnection);
}

void SshTunnel::stop()
{
    if (m_thread) {
        m_worker->cancelled() = true;
        m_worker->session().abort();
        qint64 in = 0, out = 0;
        QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, &in, &out] {
                w->shutdown();
                in = w->bytesIn();
                out = w->bytesOut();
            },
            Qt::BlockingQueuedConnection);
        // The last counts, which the throttled reports may not have carried yet.
        if (in != m_bytesIn || out != m_bytesOut) {
            m_bytesIn = in;
            m_bytesOut = out;
            emit trafficChanged();
        }
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
        m_worker = nullptr;
        m_thread = nullptr;
    }
    if (m_state == State::Starting || m_state == State::Listening) {
        m_active = 0;
        setState(State::Stopped);
    }
}

void SshTunnel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SshTunnel::onListening(quint16 port)
{
    if (m_state != State::Starting)
        return;
    m_localPort = port;
    qCInfo(lcSsh) << "tunnel" << m_instanceId << m_remotePort << "on local port" << port;
    setState(State::Listening);
}

void SshTunnel::onFailed(const SshError &error)
{
    if (m_state != State::Starting && m_state != State::Listening)
        return;
    m_error = error;
    m_active = 0;
    setState(State::Failed);
    emit failed(error);
}

void SshTunnel::onTraffic(qint64 in, qint64 out, int active)
{
    if (m_state != State::Listening)
        return;
    m_bytesIn = in;
    m_bytesOut = out;
    m_active = active;
    emit trafficChanged();
}

} // namespace glows
