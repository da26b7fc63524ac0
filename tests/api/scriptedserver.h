// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deliberately misbehaving HTTP/1.1 server on 127.0.0.1 for client tests: every request is answered by a
// scripted Action (a normal reply, 429 with Retry-After, 5xx, a truncated body, a dropped connection, a
// stall, a slow drip). It is real loopback HTTP, so the client under test runs its production code path.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

namespace glows::test {

struct HttpRequest
{
    QByteArray method;
    QString path; // without the /sdk/v1 prefix
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonObject json() const;
};

struct Action
{
    enum class Kind
    {
        Reply,    // full response
        Truncate, // announces the full length, sends `keep` bytes, closes
        Drop,     // closes the connection without a byte
        Stall,    // reads the request, never answers
        Drip,     // sends the body in chunks, one every intervalMs
        Flood,    // a body of floodBytes, written 1 MiB at a time as the socket drains (never held whole)
    };
    Kind kind = Kind::Reply;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int keep = 0;
    int chunks = 1;
    int intervalMs = 0;
    qint64 floodBytes = 0;
    bool chunked = false; // Flood: Transfer-Encoding: chunked instead of a Content-Length

    static Action json(const QJsonObject &object, int status = 200);
    static Action envelope(int code, const QString &msg, QJsonObject payload = {});
    static Action ok(QJsonObject payload = {}) { return envelope(0, {}, std::move(payload)); }
    static Action text(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
    static Action truncated(const QJsonObject &object, int keep);
    static Action of(Kind kind)
    {
        Action a;
        a.kind = kind;
        return a;
    }
    static Action drop() { return of(Kind::Drop); }
    static Action stall() { return of(Kind::Stall); }
    static Action drip(const QJsonObject &object, int chunks, int intervalMs);
    static Action flood(qint64 bytes, bool chunked);
};

class ScriptedServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Action(const HttpRequest &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    QString baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<HttpRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &path) const;
    int count() const { return int(m_requests.size()); }
    // Requests read but not yet answered (stalls, drips in progress).
    int openExchanges() const;

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Action &action);
    void flood(QTcpSocket *socket, const Action &action);

    QTcpServer m_server;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_open;
};

} // namespace glows::test
