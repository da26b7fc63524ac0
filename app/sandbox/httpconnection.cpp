// SPDX-License-Identifier: Apache-2.0
#include "sandbox/httpconnection.h"

#include "core/logging.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

constexpr QByteArrayView kEndOfHead = "\r\n\r\n";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status >= 500 ? "Internal Server Error" : "Error";
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

Reply badRequest(const QString &why)
{
    return fail(httpcodes::BadRequest, u"malformed HTTP request: %1"_s.arg(why), 400);
}

// Fills `out` from the head (request line and headers, without the blank line); an error reply otherwise.
std::optional<Reply> parseHead(const QByteArray &head, HttpRequest *out)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return badRequest(u"the request line must be METHOD TARGET HTTP/1.1"_s);
    if (!parts[2].startsWith("HTTP/"))
        return badRequest(u"the request line must end in HTTP/1.1"_s);
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return fail(httpcodes::VersionNotSupported, u"only HTTP/1.1 and HTTP/1.0 are served"_s, 505);
    out->method = parts[0];
    out->target = parts[1];
    out->minorVersion = parts[2] == "HTTP/1.1" ? 1 : 0;
    if (!out->target.startsWith('/'))
        return badRequest(u"the target must be a path starting with /"_s);
    const QUrl url = QUrl::fromEncoded(out->target);
    if (!url.isValid())
        return badRequest(u"the target is not a valid URL path"_s);
    out->path = url.path();
    out->query = QUrlQuery(url);

    QByteArray contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(u"folded header lines are not accepted"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return badRequest(u"header line %1 is not NAME: VALUE"_s.arg(i + 1));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!contentLength.isNull() && contentLength != value)
                return badRequest(u"conflicting Content-Length headers"_s);
            contentLength = value;
        }
        out->headers.append({name, value});
    }
    if (out->has("transfer-encoding"))
        return fail(httpcodes::NotImplemented,
                    u"Transfer-Encoding is not supported: send the body with a Content-Length"_s, 501);
    if (!contentLength.isNull()) {
        bool ok = contentLength.size() <= 18;
        for (const char c : std::as_const(contentLength))
            ok = ok && c >= '0' && c <= '9';
        if (!ok || contentLength.isEmpty())
            return badRequest(u"Content-Length must be a number of bytes"_s);
        out->contentLength = contentLength.toLongLong();
    }
    if (out->minorVersion == 1 && !out->has("host"))
        return badRequest(u"HTTP/1.1 requires a Host header"_s);
    return std::nullopt;
}

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, HttpServer *server)
    : QObject(server), m_server(server), m_socket(new QTcpSocket(this)), m_idleTimer(new QTimer(this)),
      m_drainTimer(new QTimer(this))
{
    // Qt reads from the kernel only this far ahead of us, so a fast sender is held back by TCP itself.
    m_socket->setReadBufferSize(64 * 1024);
    m_socket->setSocketDescriptor(descriptor);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(server->limits().idleTimeoutMs);
    m_drainTimer->setSingleShot(true);
    m_drainTimer->setInterval(server->limits().drainMs);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcSandbox) << "connection error:" << m_socket->errorString();
    });
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcSandbox) << "closing a connection idle for" << m_server->limits().idleTimeoutMs << "ms";
        abortNow();
    });
    connect(m_drainTimer, &QTimer::timeout, this, &HttpConnection::abortNow);
    startIdle();
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QTimer::singleShot(0, this, &HttpConnection::finish);
    else if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return !m_finished && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpConnection::isIdle() const
{
    if (m_state != State::ReadingHead || !m_buffer.isEmpty() || m_socket->bytesAvailable() > 0 ||
        m_socket->bytesToWrite() > 0)
        return false;
#ifdef Q_OS_UNIX
    // A request that arrived but was not read yet (its readyRead still queued) is not idle either.
    int pending = 0;
    if (::ioctl(int(m_socket->socketDescriptor()), FIONREAD, &pending) == 0 && pending > 0)
        return false;
#endif
    return true;
}

void HttpConnection::startIdle()
{
    m_idleSince.start();
    m_idleTimer->start();
}

void HttpConnection::onReadyRead()
{
    if (m_finished)
        return;
    if (m_state == State::Closing)
        drain();
    else if (m_state == State::ReadingHead || m_state == State::ReadingBody)
        process();
    // Handling and Flushing: the next request waits in the socket, which holds at most its read buffer.
}

void HttpConnection::process()
{
    while (!m_finished) {
        if (m_state == State::ReadingHead) {
            if (!readHead())
                return;
        }
        if (m_state != State::ReadingBody)
            return;
        readBody();
        if (m_state != State::Handling)
            return;
        m_idleTimer->stop();
        m_server->handle(m_request, HttpResponder(this, m_serial));
        return; // respond() and onBytesWritten() go on from here
    }
}

bool HttpConnection::readHead()
{
    const HttpLimits &limits = m_server->limits();
    // Empty lines before a request are allowed (RFC 9112, 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    qsizetype end = m_buffer.indexOf(kEndOfHead);
    while (end < 0) {
        const qint64 room = limits.maxHeaderBytes + kEndOfHead.size() - m_buffer.size();
        if (room <= 0) {
            refuse(fail(httpcodes::HeaderTooLarge,
                        u"the request line and headers exceed %1 bytes"_s.arg(limits.maxHeaderBytes), 431));
            return false;
        }
        const QByteArray more = m_socket->read(qMin<qint64>(room, m_socket->bytesAvailable()));
        if (more.isEmpty())
            return false;
        // Only the new bytes (and the three before them) can complete the blank line: no quadratic rescans.
        qsizetype from = qMax<qsizetype>(0, m_buffer.size() - (kEndOfHead.size() - 1));
        m_buffer += more;
        while (m_buffer.startsWith("\r\n")) {
            m_buffer.remove(0, 2);
            from = 0;
        }
        end = m_buffer.indexOf(kEndOfHead, from);
    }
    if (end > limits.maxHeaderBytes) {
        refuse(fail(httpcodes::HeaderTooLarge,
                    u"the request line and headers exceed %1 bytes"_s.arg(limits.maxHeaderBytes), 431));
        return false;
    }
    m_request = HttpRequest();
    ++m_serial;
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + kEndOfHead.size());
    if (const std::optional<Reply> bad = parseHead(head, &m_request)) {
        refuse(*bad);
        return false;
    }
    if (const std::optional<Reply> refused = m_server->screen(m_request)) {
        refuse(*refused);
        return false;
    }
    m_request.body.reserve(m_request.contentLength);
    m_state = State::ReadingBody;
    return true;
}

void HttpConnection::readBody()
{
    qint64 missing = m_request.contentLength - m_request.body.size();
    if (missing > 0 && !m_buffer.isEmpty()) {
        const qsizetype take = qsizetype(qMin<qint64>(missing, m_buffer.size()));
        m_request.body += QByteArrayView(m_buffer).first(take);
        m_buffer.remove(0, take);
        missing -= take;
    }
    if (missing > 0)
        m_request.body += m_socket->read(missing);
    if (m_request.body.size() == m_request.contentLength)
        m_state = State::Handling;
}

void HttpConnection::respond(quint64 serial, const Reply &reply)
{
    if (!isCurrent(serial) || m_finished)
        return;
    const bool close = !m_request.keepAlive();
    write(reply, close, m_request.isHead());
    startIdle(); // a client that does not read its answer is not kept forever either
    if (close) {
        m_state = State::Closing;
        m_drainLeft = 0;
        m_drainCompletes = true;
    } else {
        m_state = State::Flushing;
    }
    m_request = HttpRequest();
}

void HttpConnection::refuse(const Reply &reply)
{
    // The body is never buffered: a little of it is read and dropped, so the client (still sending) gets
    // to read this answer before the connection closes.
    const qint64 declared = m_request.contentLength - qMin<qint64>(m_request.contentLength, m_buffer.size());
    m_buffer.clear();
    m_buffer.squeeze();
    write(reply, true, m_request.isHead());
    m_request = HttpRequest();
    m_state = State::Closing;
    startIdle();
    m_drainCompletes = declared <= m_server->limits().drainBytes;
    m_drainLeft = qMin(declared, m_server->limits().drainBytes);
}

void HttpConnection::write(const Reply &reply, bool close, bool headOnly)
{
    QByteArray out;
    out.reserve(256 + (headOnly ? 0 : reply.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(reply.httpStatus) + ' ' + reasonPhrase(reply.httpStatus) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[key, value] : reply.headers)
        out += key + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_request.minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!headOnly)
        out += reply.body;
    m_socket->write(out);
}

void HttpConnection::onBytesWritten()
{
    if (m_finished || m_socket->bytesToWrite() > 0)
        return;
    if (m_state == State::Flushing) {
        m_state = State::ReadingHead;
        process(); // a request that was sent behind the last one
    } else if (m_state == State::Closing) {
#ifdef Q_OS_UNIX
        // End our side now, so the client sees the answer and the end of it even while it is sending.
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
        m_drainTimer->start();
        drain();
    }
}

void HttpConnection::drain()
{
    while (m_drainLeft > 0 && m_socket->bytesAvailable() > 0) {
        const qint64 skipped = m_socket->skip(qMin(m_drainLeft, m_socket->bytesAvailable()));
        if (skipped <= 0)
            break;
        m_drainLeft -= skipped;
    }
    if (m_socket->bytesToWrite() > 0)
        return; // still answering
    if (m_drainLeft == 0 && m_drainCompletes)
        finishClosing();
    else if (m_drainLeft == 0 || m_socket->bytesAvailable() > 0)
        abortNow(); // more than we are willing to read
}

void HttpConnection::finishClosing()
{
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void HttpConnection::abortNow()
{
    if (m_finished)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer->stop();
    m_drainTimer->stop();
    m_server->forget(this);
    deleteLater();
}

} // namespace glows::sandbox
