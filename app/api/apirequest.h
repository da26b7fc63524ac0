// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace glows {

// One HTTP call to the SDK, from first attempt to final answer. It owns its timeout (restarted whenever bytes
// move), its retry schedule (idempotent calls only) and emits finished() exactly once. It deletes itself
// after finished() has been delivered.
class ApiRequest final : public QObject
{
    Q_OBJECT
public:
    enum class Verb
    {
        Get,
        Post,
        Put,
        Delete
    };

    struct Spec
    {
        Verb verb = Verb::Get;
        QUrl url;
        QJsonObject body;
        bool idempotent = true;
        int timeoutMs = 15000;
        int maxAttempts = 4;

        static Spec get(QUrl url) { return Spec{Verb::Get, std::move(url), {}, true, 15000, 4}; }
        static Spec del(QUrl url) { return Spec{Verb::Delete, std::move(url), {}, true, 15000, 4}; }
        static Spec put(QUrl url, QJsonObject body)
        {
            return Spec{Verb::Put, std::move(url), std::move(body), true, 15000, 4};
        }
        // Not idempotent: sent once; callers that can make it safe (create by meta key) retry themselves.
        static Spec post(QUrl url, QJsonObject body)
        {
            return Spec{Verb::Post, std::move(url), std::move(body), false, 15000, 1};
        }
    };

    ApiRequest(QNetworkAccessManager *nam, Spec spec, QByteArray authorization, QObject *parent = nullptr);
    ~ApiRequest() override;

    void start();
    void cancel();
    // Ends the request with the given error without sending anything (used for preflight refusals).
    void fail(const ApiError &error);
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }
    const Spec &spec() const { return m_spec; }

    // Valid after finished(): either the decoded envelope body (code == 0) or an error.
    bool succeeded() const { return m_succeeded; }
    const QJsonObject &body() const { return m_body; }
    const ApiError &error() const { return m_error; }

    // Backoff base for retries; tests shorten it.
    static void setRetryBaseDelayMs(int ms);

signals:
    void finished();
    void retrying(int attempt, int delayMs);

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void scheduleRetryOrFail(const ApiError &error, int retryAfterMs);
    void finish(bool ok, QJsonObject body, ApiError error);

    QNetworkAccessManager *m_nam;
    Spec m_spec;
    QByteArray m_authorization;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_succeeded = false;
    QJsonObject m_body;
    ApiError m_error;
};

} // namespace glows
