// SPDX-License-Identifier: Apache-2.0
#pragma once

// The sandbox's own HTTP/1.1 server (docs/architecture.md, "The sandbox's HTTP server"). Every byte is
// bounded before it is buffered: the head is read up to HttpLimits::maxHeaderBytes, a body only after the
// head passed the screen and only up to its Content-Length. Connections are capped, and idle ones closed.

#include "sandbox/httpio.h"
#include "sandbox/sandboxoptions.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QTimer;

namespace glows::sandbox {

class HttpConnection;

// Envelope codes of the answers the HTTP layer gives by itself (HTTP status × 100, like 41300).
namespace httpcodes {
constexpr int BadRequest = 40000;
constexpr int ForeignOrigin = 40300;
constexpr int UnsupportedMediaType = 41500;
constexpr int MisdirectedHost = 42100;
constexpr int HeaderTooLarge = 43100;
constexpr int NotImplemented = 50100;
constexpr int VersionNotSupported = 50500;
} // namespace httpcodes

struct HttpRequest
{
    QByteArray method; // as sent: "GET", "HEAD", "POST", ...
    QByteArray target; // as sent, e.g. "/sdk/v1/instance?request_id=ins-1"
    QString path;      // decoded, without the query
    QUrlQuery query;
    int minorVersion = 1;                             // HTTP/1.x
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    qint64 contentLength = 0;
    QByteArray body;

    // The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray value(QByteArrayView name) const;
    bool has(QByteArrayView name) const { return !value(name).isNull(); }
    // HTTP/1.1 keeps the connection unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    bool keepAlive() const;
    bool isHead() const { return method == "HEAD"; }
};

// The one answer to one request. Movable, so an answer can be held back (chaos latency); if it is dropped
// without an answer, the client gets a 500 rather than a hanging connection.
class HttpResponder final
{
public:
    HttpResponder(HttpConnection *connection, quint64 serial);
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;
    ~HttpResponder();

    void send(const Reply &reply);
    // Closes the connection without an answer.
    void abort();
    bool isConnected() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
};

class HttpServer final : public QTcpServer
{
    Q_OBJECT
public:
    // Sees each request once its head is complete, before its body is read. A reply refuses the request:
    // it is sent with `Connection: close` and the body is never buffered.
    using Screen = std::function<std::optional<Reply>(const HttpRequest &head)>;
    using Handler = std::function<void(const HttpRequest &request, HttpResponder responder)>;

    explicit HttpServer(HttpLimits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    void setScreen(Screen screen) { m_screen = std::move(screen); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const HttpLimits &limits() const { return m_limits; }
    qsizetype connectionCount() const { return m_connections.size(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    std::optional<Reply> screen(const HttpRequest &head) const;
    void handle(const HttpRequest &request, HttpResponder responder);
    void forget(HttpConnection *connection);
    void onAcceptError(QAbstractSocket::SocketError error);

    HttpLimits m_limits;
    Screen m_screen;
    Handler m_handler;
    QList<HttpConnection *> m_connections;
    QTimer *m_resumeAccepting;
};

} // namespace glows::sandbox
