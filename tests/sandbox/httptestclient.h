// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain HTTP for the sandbox tests: one synchronous call at a time over a real QNetworkAccessManager, so a
// test reads like the contract (method, path, body) and can look at status, headers and raw bytes.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

struct HttpResult
{
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const { return !QJsonDocument::fromJson(body).isNull(); }
    int code() const { return json().value(QLatin1String("code")).toInt(-1); }
    QString msg() const { return json().value(QLatin1String("msg")).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

class HttpTestClient
{
public:
    explicit HttpTestClient(QString baseUrl, QString token = QStringLiteral("sandbox-token"))
        : m_base(std::move(baseUrl)), m_token(std::move(token))
    {}

    void setToken(const QString &token) { m_token = token; }
    QString baseUrl() const { return m_base; }

    // `pathAndQuery` is relative to /sdk/v1, e.g. "/instance?request_id=ins-1".
    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                    bool withToken = true, int timeoutMs = 15000)
    {
        QNetworkRequest request(QUrl(m_base + pathAndQuery));
        if (withToken && !m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
        // An event loop, not QTest::qWaitFor: that one sleeps 10 ms per turn, which would dominate.
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished())
            reply->abort();
        HttpResult out;
        out.elapsedMs = timer.elapsed();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        if (reply->isOpen())
            out.body = reply->readAll();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.headers = reply->rawHeaderPairs();
        return out;
    }

    HttpResult get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    HttpResult del(const QString &pathAndQuery) { return send("DELETE", pathAndQuery); }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult put(const QString &path, const QJsonObject &body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_token;
};
