// SPDX-License-Identifier: Apache-2.0
#include "sandbox/httpserver.h"

#include "core/logging.h"
#include "sandbox/httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace glows::sandbox {

QByteArray HttpRequest::value(QByteArrayView name) const
{
    for (const auto &[key, v] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return v.isNull() ? QByteArray("") : v;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    bool close = minorVersion == 0;
    for (const auto &[key, v] : headers) {
        if (key != "connection")
            continue;
        for (const QByteArray &option : v.split(',')) {
            const QByteArray o = option.trimmed().toLower();
            if (o == "close")
                return false;
            if (o == "keep-alive")
                close = false;
        }
    }
    return !close;
}

HttpResponder::HttpResponder(HttpConnection *connection, quint64 serial)
    : m_connection(connection), m_serial(serial)
{}

HttpResponder::HttpResponder(HttpResponder &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr)), m_serial(other.m_serial)
{}

HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        m_connection = std::exchange(other.m_connection, nullptr);
        m_serial = other.m_serial;
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    if (m_connection && m_connection->isCurrent(m_serial)) {
        qCWarning(lcSandbox) << "a request was left without an answer";
        send(fail(codes::Internal, u"internal sandbox error: no answer"_s, 500));
    }
}

void HttpResponder::send(const Reply &reply)
{
    if (HttpConnection *connection = std::exchange(m_connection, nullptr))
        connection->respond(m_serial, reply);
}

void HttpResponder::abort()
{
    if (HttpConnection *connection = std::exchange(m_connection, nullptr))
        connection->abortNow();
}

bool HttpResponder::isConnected() const
{
    return m_connection && m_connection->isOpen();
}

HttpServer::HttpServer(HttpLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_resumeAccepting(new QTimer(this))
{
    // Qt pauses accepting when accept() fails for lack of descriptors; trying again a little later, rather
    // than at once, is what keeps that from spinning (or from stopping for good).
    m_resumeAccepting->setSingleShot(true);
    m_resumeAccepting->setInterval(100);
    connect(m_resumeAccepting, &QTimer::timeout, this, &QTcpServer::resumeAccepting);
    connect(this, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
}

HttpServer::~HttpServer()
{
    // The connections are children; they must not call back into a half-destroyed server.
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    if (m_connections.size() >= m_limits.maxConnections) {
        HttpConnection *oldest = nullptr;
        for (HttpConnection *c : std::as_const(m_connections)) {
            if (c->isIdle() && (!oldest || c->idleMs() > oldest->idleMs()))
                oldest = c;
        }
        if (oldest) {
            oldest->abortNow(); // a client handles a kept-alive connection closed between requests
        } else {
            qCDebug(lcSandbox) << "refusing a connection:" << m_connections.size() << "are busy";
            QTcpSocket refused;
            refused.setSocketDescriptor(descriptor);
            refused.abort();
            return;
        }
    }
    m_connections.append(new HttpConnection(descriptor, this));
}

std::optional<Reply> HttpServer::screen(const HttpRequest &head) const
{
    if (head.contentLength > m_limits.maxBodyBytes)
        return fail(
            codes::BodyTooLarge,
            u"request body is %1 bytes; the limit is %2"_s.arg(head.contentLength).arg(m_limits.maxBodyBytes),
            413);
    return m_screen ? m_screen(head) : std::nullopt;
}

void HttpServer::handle(const HttpRequest &request, HttpResponder responder)
{
    if (m_handler)
        m_handler(request, std::move(responder));
    else
        responder.send(fail(codes::NoSuchRoute, u"no handler"_s, 404));
}

void HttpServer::forget(HttpConnection *connection)
{
    m_connections.removeOne(connection);
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    qCWarning(lcSandbox) << "cannot accept a connection:" << error << errorString();
    m_resumeAccepting->start();
}

} // namespace glows::sandbox
