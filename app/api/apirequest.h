// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace glows {

// One client call, from first attempt to final answer. It owns its timeout (restarted whenever bytes move),
// its overall deadline (never restarted), its retry schedule (idempotent exchanges only) and emits finished()
// exactly once, then deletes itself.
//
// A call may need several HTTP exchanges (list pages; a create whose response was lost and is looked up by
// meta key). They run as consecutive steps of this one object, so cancel() and the per-server in-flight
// limit see the whole call: after each exchange settles, the continuation may name the next exchange.
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
        // Not idempotent: sent once (a 429 excepted: the server refused it unprocessed); callers that can
        // make it safe (create by meta key) continue with a lookup themselves.
        static Spec post(QUrl url, QJsonObject body)
        {
            return Spec{Verb::Post, std::move(url), std::move(body), false, 15000, 4};
        }
    };

    // Called when an exchange has settled (success, or failure after its own retries); succeeded(), body()
    // and error() describe that exchange. Return the next exchange to run as part of this call, or nullopt
    // to finish with the current outcome (which setOutcome() may replace first).
    using Continuation = std::function<std::optional<Spec>(ApiRequest &request)>;

    ApiRequest(QNetworkAccessManager *nam, Spec spec, QByteArray authorization, QObject *parent = nullptr);
    ~ApiRequest() override;

    void setContinuation(Continuation continuation) { m_continuation = std::move(continuation); }
    void setAuthorization(QByteArray authorization) { m_authorization = std::move(authorization); }
    // The whole call (every exchange, retry and backoff wait) ends with a Timeout once this passes; it runs
    // from start(). 0: no deadline. Set it before start().
    void setDeadlineMs(int ms) { m_deadlineMs = qMax(0, ms); }
    int deadlineMs() const { return m_deadlineMs; }
    void start();
    // Ends the call at once: the handler receives a Cancelled error before cancel() returns, and nothing more
    // is sent for this call. A no-op once finished.
    void cancel();
    // Ends the call at once with this error: the reply in flight is aborted and nothing more is sent.
    void fail(const ApiError &error);
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    // Attempts of the current exchange.
    int attempts() const { return m_attempt; }
    int steps() const { return m_steps; }
    const Spec &spec() const { return m_spec; }

    // Valid after finished() (and inside the continuation): the decoded envelope body or an error.
    bool succeeded() const { return m_succeeded; }
    const QJsonObject &body() const { return m_body; }
    const ApiError &error() const { return m_error; }
    void setOutcome(bool ok, QJsonObject body, ApiError error = {});

    // Backoff base for retries; tests shorten it.
    static void setRetryBaseDelayMs(int ms);
    static int retryBaseDelayMs();
    // Upper bound for a server's Retry-After, so a hostile value cannot park a call for hours.
    static constexpr int kMaxRetryAfterMs = 60000;
    // Larger response bodies are aborted as soon as their size is known (TooLarge), never buffered whole.
    static constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024;
    // "GET /sdk/v1/instance": what logs and error details name; the query (it may carry IDs) is left out.
    static QString describe(const Spec &spec);
    // "https://host:port": the server a call's token is bound to.
    static QString originOf(const QUrl &url);
    // Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds, -1 when absent/invalid.
    static int parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

signals:
    void finished();
    void retrying(int attempt, int delayMs);

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void onDeadline();
    void refuseLargeBody(qint64 size);
    void abortReply();
    void scheduleRetryOrSettle(ApiError error, int retryAfterMs);
    void settle(bool ok, QJsonObject body, ApiError error);
    void finish();
    QString token() const;

    QNetworkAccessManager *m_nam;
    Spec m_spec;
    QByteArray m_authorization;
    QString m_origin;
    Continuation m_continuation;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QTimer m_deadline;
    int m_deadlineMs = 0;
    QStringList m_sslErrors;
    int m_attempt = 0;
    int m_steps = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_succeeded = false;
    QJsonObject m_body;
    ApiError m_error;
};

} // namespace glows
