// SPDX-License-Identifier: Apache-2.0
#include "api/apirequest.h"

#include "api/codec.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <atomic>

using namespace Qt::StringLiterals;

namespace glows {
namespace {
std::atomic<int> g_retryBaseDelayMs{500};
constexpr int kMaxRetryDelayMs = 15000;

QString describe(const ApiRequest::Spec &spec)
{
    static const char *const verbs[] = {"GET", "POST", "PUT", "DELETE"};
    // Only the path: the query may carry an Authorization parameter and must not reach the log.
    return u"%1 %2"_s.arg(QLatin1StringView(verbs[int(spec.verb)]), spec.url.path());
}
} // namespace

void ApiRequest::setRetryBaseDelayMs(int ms)
{
    g_retryBaseDelayMs = ms;
}

ApiRequest::ApiRequest(QNetworkAccessManager *nam, Spec spec, QByteArray authorization, QObject *parent)
    : QObject(parent), m_nam(nam), m_spec(std::move(spec)), m_authorization(std::move(authorization))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::start()
{
    sendAttempt();
}

void ApiRequest::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(false, {}, ApiError(ApiError::Kind::Cancelled, u"cancelled by caller"_s));
}

void ApiRequest::fail(const ApiError &error)
{
    finish(false, {}, error);
}

void ApiRequest::sendAttempt()
{
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QByteArray payload;
    if (m_spec.verb == Verb::Post || m_spec.verb == Verb::Put) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        payload = QJsonDocument(m_spec.body).toJson(QJsonDocument::Compact);
    }
    switch (m_spec.verb) {
    case Verb::Get:
        m_reply = m_nam->get(request);
        break;
    case Verb::Post:
        m_reply = m_nam->post(request, payload);
        break;
    case Verb::Put:
        m_reply = m_nam->put(request, payload);
        break;
    case Verb::Delete:
        m_reply = m_nam->deleteResource(request);
        break;
    }
    qCDebug(lcApi) << "send" << describe(m_spec) << "attempt" << m_attempt;
    m_timeout.start(m_spec.timeoutMs);
    // Any movement of bytes proves the server is alive: restart the timeout instead of aborting a slow body.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(m_spec.timeoutMs); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(m_spec.timeoutMs); });
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiRequest::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray bytes = reply->readAll();

    if (m_timedOut) {
        scheduleRetryOrFail(
            ApiError(ApiError::Kind::Timeout,
                     u"%1: no progress for %2 ms"_s.arg(describe(m_spec)).arg(m_spec.timeoutMs)),
            0);
        return;
    }
    if (http == 429) {
        int retryAfterMs = 0;
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (bool ok = false; !retryAfter.isEmpty()) {
            const int seconds = retryAfter.trimmed().toInt(&ok);
            if (ok)
                retryAfterMs = qBound(0, seconds, 60) * 1000;
        }
        scheduleRetryOrFail(
            ApiError(ApiError::Kind::RateLimited,
                     u"%1: HTTP 429: %2"_s.arg(describe(m_spec), QString::fromUtf8(bytes.left(200))),
                     codes::RateLimited, 429),
            retryAfterMs);
        return;
    }
    if (netError == QNetworkReply::SslHandshakeFailedError ||
        netError == QNetworkReply::UnknownNetworkError) {
        finish(false, {},
               ApiError(ApiError::Kind::Tls, u"%1: %2"_s.arg(describe(m_spec), reply->errorString())));
        return;
    }
    if (http == 0) {
        scheduleRetryOrFail(
            ApiError(ApiError::Kind::Network, u"%1: %2"_s.arg(describe(m_spec), reply->errorString())), 0);
        return;
    }
    if (http >= 500) {
        scheduleRetryOrFail(
            ApiError(ApiError::Kind::Http, u"%1: HTTP %2"_s.arg(describe(m_spec)).arg(http), 0, http), 0);
        return;
    }
    QString decodeError;
    const auto envelope = codec::decodeEnvelope(bytes, &decodeError);
    if (!envelope) {
        // A 404 without an envelope means the route does not exist on this server.
        if (http == 404) {
            finish(false, {},
                   ApiError(ApiError::Kind::Unsupported, u"%1: HTTP 404"_s.arg(describe(m_spec)),
                            codes::NoSuchRoute, 404));
            return;
        }
        if (http >= 400) {
            finish(false, {},
                   ApiError(ApiError::Kind::Http, u"%1: HTTP %2"_s.arg(describe(m_spec)).arg(http), 0, http));
            return;
        }
        // A truncated or garbled body is a transport fault for an idempotent read.
        scheduleRetryOrFail(ApiError(ApiError::Kind::Decode, u"%1: %2"_s.arg(describe(m_spec), decodeError)),
                            0);
        return;
    }
    if (envelope->code != codes::Ok) {
        ApiError error = ApiError::fromCode(envelope->code, envelope->msg, http);
        if (http == 404 && error.kind() == ApiError::Kind::Server)
            error = ApiError(ApiError::Kind::Unsupported, error.detail(), codes::NoSuchRoute, 404);
        if (envelope->code == codes::Internal) {
            scheduleRetryOrFail(error, 0);
            return;
        }
        finish(false, {}, error);
        return;
    }
    finish(true, envelope->body, {});
}

void ApiRequest::scheduleRetryOrFail(const ApiError &error, int retryAfterMs)
{
    const bool retryable = m_spec.idempotent || error.kind() == ApiError::Kind::RateLimited;
    if (!retryable || m_attempt >= m_spec.maxAttempts) {
        finish(false, {}, error);
        return;
    }
    // Exponential backoff with full jitter, unless the server named its own delay.
    const int base = g_retryBaseDelayMs.load();
    const int cap = qMin(kMaxRetryDelayMs, base * (1 << qMin(m_attempt - 1, 5)));
    const int delay =
        retryAfterMs > 0 ? retryAfterMs : cap / 2 + int(QRandomGenerator::global()->bounded(cap / 2 + 1));
    qCInfo(lcApi) << "retry" << describe(m_spec) << "after" << delay << "ms:" << error.detail();
    emit retrying(m_attempt, delay);
    m_retryTimer.start(delay);
}

void ApiRequest::finish(bool ok, QJsonObject body, ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_succeeded = ok;
    m_body = std::move(body);
    m_error = std::move(error);
    if (!ok && m_error.kind() != ApiError::Kind::Cancelled)
        qCWarning(lcApi) << "failed" << describe(m_spec) << m_error.detail();
    emit finished();
    deleteLater();
}

} // namespace glows
