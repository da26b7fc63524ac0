// SPDX-License-Identifier: Apache-2.0
#include "scriptedserver.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace glows::test {
namespace {
constexpr qint64 kFloodChunk = 1024 * 1024;
} // namespace

QJsonObject HttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

Action Action::json(const QJsonObject &object, int status)
{
    Action a;
    a.status = status;
    a.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    a.headers = {{"Content-Type", "application/json"}};
    return a;
}

Action Action::envelope(int code, const QString &msg, QJsonObject payload)
{
    payload.insert("code"_L1, code);
    payload.insert("msg"_L1, msg);
    return json(payload);
}

Action Action::text(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    Action a;
    a.status = status;
    a.body = body;
    a.headers = std::move(headers);
    a.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    return a;
}

Action Action::truncated(const QJsonObject &object, int keep)
{
    Action a = json(object);
    a.kind = Kind::Truncate;
    a.keep = keep;
    return a;
}

Action Action::drip(const QJsonObject &object, int chunks, int intervalMs)
{
    Action a = json(object);
    a.kind = Kind::Drip;
    a.chunks = chunks;
    a.intervalMs = intervalMs;
    return a;
}

Action Action::flood(qint64 bytes, bool chunked)
{
    Action a = of(Kind::Flood);
    a.floodBytes = bytes;
    a.chunked = chunked;
    a.headers = {{"Content-Type", "application/json"}};
    return a;
}

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_open)) {
        if (s)
            s->abort();
    }
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString ScriptedServer::baseUrl() const
{
    return u"http://127.0.0.1:%1/sdk/v1"_s.arg(m_server.serverPort());
}

int ScriptedServer::count(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const HttpRequest &r : m_requests)
        n += r.method == method && r.path == path ? 1 : 0;
    return n;
}

int ScriptedServer::openExchanges() const
{
    int n = 0;
    for (const QPointer<QTcpSocket> &s : m_open)
        n += s && s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    HttpRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QUrl url(QString::fromLatin1(first.value(1)));
    request.path = url.path();
    if (request.path.startsWith("/sdk/v1"_L1))
        request.path = request.path.mid(7);
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    const Action action = m_handler ? m_handler(request) : Action::envelope(40401, u"no such route"_s);
    emit requestReceived();
    respond(socket, action);
}

void ScriptedServer::respond(QTcpSocket *socket, const Action &action)
{
    m_open.append(socket);
    if (action.kind == Action::Kind::Drop) {
        socket->abort();
        return;
    }
    if (action.kind == Action::Kind::Stall)
        return;
    if (action.kind == Action::Kind::Flood) {
        flood(socket, action);
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(action.status) + " Scripted\r\n";
    for (const auto &[name, value] : action.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(action.body.size()) + "\r\nConnection: close\r\n\r\n";
    switch (action.kind) {
    case Action::Kind::Reply:
        socket->write(head + action.body);
        socket->disconnectFromHost();
        break;
    case Action::Kind::Truncate:
        socket->write(head + action.body.left(action.keep));
        socket->flush();
        socket->disconnectFromHost();
        break;
    case Action::Kind::Drip: {
        socket->write(head);
        const qsizetype step = (action.body.size() + action.chunks - 1) / action.chunks;
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, body = action.body, step, offset] {
            socket->write(body.mid(*offset, step));
            *offset += step;
            if (*offset >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(action.intervalMs);
        break;
    }
    case Action::Kind::Drop:
    case Action::Kind::Stall:
    case Action::Kind::Flood:
        break;
    }
}

void ScriptedServer::flood(QTcpSocket *socket, const Action &action)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(action.status) + " Scripted\r\n";
    for (const auto &[name, value] : action.headers)
        head += name + ": " + value + "\r\n";
    head += action.chunked ? "Transfer-Encoding: chunked\r\n"_ba
                           : "Content-Length: " + QByteArray::number(action.floodBytes) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    // Blanks only: a client that read it all would fail to decode it, which the tests tell from TooLarge.
    auto left = std::make_shared<qint64>(action.floodBytes);
    const bool chunked = action.chunked;
    const QByteArray filler(kFloodChunk, ' ');
    auto pump = [socket, left, chunked, filler] {
        while (*left > 0 && socket->bytesToWrite() < 2 * kFloodChunk) {
            const QByteArray piece = filler.left(qsizetype(qMin(*left, kFloodChunk)));
            *left -= piece.size();
            if (chunked)
                socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            else
                socket->write(piece);
        }
        if (*left == 0) {
            *left = -1;
            if (chunked)
                socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace glows::test
