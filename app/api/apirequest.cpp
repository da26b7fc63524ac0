// SPDX-License-Identifier: Apache-2.0
#include "api/apirequest.h"

#include "api/codec.h"
#include "core/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <atomic>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

using namespace Qt::StringLiterals;

namespace glows {
namespace {
std::atomic<int> g_retryBaseDelayMs{500};
constexpr int kMaxRetryDelayMs = 15000;
// Room in the reply's read buffer past the cap, so a body of exactly the cap still fits and one just over it
// shows up in downloadProgress instead of stalling the download.
constexpr qint64 kReadBufferSlack = 1024 * 1024;

// Upload data for a non-idempotent request. QNetworkAccessManager silently sends a request again when the
// connection closes before any response, POST included; refusing to rewind once bytes went out turns that
// hidden second create into a ContentReSendError, which the caller handles (create looks up by meta key).
class SendOnceDevice final : public QIODevice
{
public:
    SendOnceDevice(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return !m_sent && QIODevice::reset(); }
    bool seek(qint64 pos) override { return (!m_sent || pos == this->pos()) && QIODevice::seek(pos); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_data.size() - pos());
        if (n <= 0)
            return n == 0 ? 0 : -1;
        memcpy(data, m_data.constData() + pos(), size_t(n));
        m_sent = true;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_sent = false;
};

// Connection-level failures (refused, reset, dropped, DNS …): the request may never have reached the server.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}
} // namespace

void ApiRequest::setRetryBaseDelayMs(int ms)
{
    g_retryBaseDelayMs = qMax(1, ms);
}

int ApiRequest::retryBaseDelayMs()
{
    return g_retryBaseDelayMs.load();
}

QString ApiRequest::describe(const Spec &spec)
{
    static const char *const verbs[] = {"GET", "POST", "PUT", "DELETE"};
    return u"%1 %2"_s.arg(QLatin1StringView(verbs[int(spec.verb)]), spec.url.path());
}

int ApiRequest::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds * 1000, kMaxRetryAfterMs));
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take as a zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(" GMT"_L1))
        text = text.chopped(3) + "+0000"_L1;
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), now.msecsTo(when), qint64(kMaxRetryAfterMs)));
}

ApiRequest::ApiRequest(QNetworkAccessManager *nam, Spec spec, QByteArray authorization, QObject *parent)
    : QObject(parent), m_nam(nam), m_spec(std::move(spec)), m_authorization(std::move(authorization)),
      m_origin(originOf(m_spec.url))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(&m_deadline, &QTimer::timeout, this, &ApiRequest::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest()
{
    abortReply();
}

QString ApiRequest::token() const
{
    QByteArray value = m_authorization;
    if (value.startsWith("Bearer "))
        value = value.mid(7);
    return QString::fromUtf8(value);
}

void ApiRequest::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ApiRequest::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_steps = 1;
    if (m_deadlineMs > 0)
        m_deadline.start(m_deadlineMs);
    sendAttempt();
}

void ApiRequest::cancel()
{
    fail(ApiError(ApiError::Kind::Cancelled, u"cancelled by the caller"_s));
}

void ApiRequest::fail(const ApiError &error)
{
    if (m_finished)
        return;
    abortReply();
    setOutcome(false, {}, error);
    finish();
}

void ApiRequest::setOutcome(bool ok, QJsonObject body, ApiError error)
{
    m_succeeded = ok;
    m_body = std::move(body);
    m_error = ok ? ApiError() : std::move(error);
}

QString ApiRequest::originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

void ApiRequest::sendAttempt()
{
    if (m_finished)
        return;
    // The token belongs to the server the call was built for; a later step aimed elsewhere never gets it.
    if (originOf(m_spec.url) != m_origin) {
        fail(ApiError(
            ApiError::Kind::InsecureTransport,
            u"a step of this call is for another server than its token (%1)"_s.arg(m_spec.url.host())));
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_sslErrors.clear();
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // The SDK never redirects; following one to another host would hand it the Authorization header.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QByteArray payload;
    if (m_spec.verb == Verb::Post || m_spec.verb == Verb::Put) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        payload = QJsonDocument(m_spec.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = nullptr;
    switch (m_spec.verb) {
    case Verb::Get:
        reply = m_nam->get(request);
        break;
    case Verb::Post:
        if (m_spec.idempotent) {
            reply = m_nam->post(request, payload);
        } else {
            request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
            auto *device = new SendOnceDevice(payload, nullptr);
            reply = m_nam->post(request, device);
            device->setParent(reply);
        }
        break;
    case Verb::Put:
        reply = m_nam->put(request, payload);
        break;
    case Verb::Delete:
        reply = m_nam->deleteResource(request);
        break;
    }
    m_reply = reply;
    // A hard bound on what the reply holds, even while the event loop is too busy to see downloadProgress.
    reply->setReadBufferSize(kMaxBodyBytes + kReadBufferSlack);
    qCDebug(lcApi) << "send" << describe(m_spec) << "attempt" << m_attempt;
    m_timeout.start(m_spec.timeoutMs);
    // Any movement of bytes proves the server is alive: restart the timeout instead of aborting a slow body.
    const auto progress = [this] { m_timeout.start(m_spec.timeoutMs); };
    connect(reply, &QNetworkReply::metaDataChanged, this, progress);
    connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(reply, &QNetworkReply::uploadProgress, this, progress);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply)
            refuseLargeBody(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) { refuseLargeBody(qMax(received, total)); });
#if QT_CONFIG(ssl)
    // Certificate problems are never ignored: they are recorded for the error details and the log.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
        qCWarning(lcApi) << "TLS errors for" << describe(m_spec) << m_sslErrors;
    });
#endif
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiRequest::onDeadline()
{
    const QString what = describe(m_spec);
    ApiError error = ApiError::deadlineExceeded(
        (m_deadlineMs + 999) / 1000,
        u"%1: no answer within the call's deadline of %2 ms"_s.arg(what).arg(m_deadlineMs));
    error.setRequestContext(what, m_attempt);
    fail(error);
}

void ApiRequest::refuseLargeBody(qint64 size)
{
    if (!m_reply || size <= kMaxBodyBytes)
        return;
    m_timeout.stop();
    abortReply();
    // Not retried: the same server would send the same body again.
    settle(false, {},
           ApiError::tooLarge(int(kMaxBodyBytes / (1024 * 1024)),
                              u"%1: response body of %2 bytes or more, the cap is %3"_s.arg(describe(m_spec))
                                  .arg(size)
                                  .arg(kMaxBodyBytes)));
}

void ApiRequest::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();

    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray bytes = reply->readAll();
    const QString what = describe(m_spec);

    if (m_timedOut) {
        scheduleRetryOrSettle(
            ApiError(ApiError::Kind::Timeout, u"%1: no progress for %2 ms"_s.arg(what).arg(m_spec.timeoutMs)),
            -1);
        return;
    }
    if (netError == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        const QString why = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; "_s);
        settle(false, {}, ApiError(ApiError::Kind::Tls, u"%1: %2"_s.arg(what, why)));
        return;
    }
    if (netError == QNetworkReply::InsecureRedirectError ||
        netError == QNetworkReply::TooManyRedirectsError) {
        settle(false, {},
               ApiError(ApiError::Kind::InsecureTransport,
                        u"%1: redirect refused: %2"_s.arg(what, reply->errorString())));
        return;
    }
    if (http == 429) {
        const int retryAfterMs =
            parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        scheduleRetryOrSettle(ApiError(ApiError::Kind::RateLimited,
                                       u"%1: HTTP 429: %2"_s.arg(what, QString::fromUtf8(bytes.left(200))),
                                       codes::RateLimited, 429),
                              retryAfterMs);
        return;
    }
    if (isConnectionError(netError) || http == 0) {
        // A connection that dropped after the status line still carries an HTTP status: it is a lost
        // response all the same.
        scheduleRetryOrSettle(ApiError(ApiError::Kind::Network, u"%1: %2"_s.arg(what, reply->errorString())),
                              -1);
        return;
    }
    QString decodeError;
    const auto envelope = codec::decodeEnvelope(bytes, &decodeError);
    if (http >= 500) {
        const QString serverText = envelope ? envelope->msg : QString::fromUtf8(bytes.left(200));
        const int retryAfterMs =
            http == 503 ? parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())
                        : -1;
        scheduleRetryOrSettle(
            ApiError(ApiError::Kind::Http, u"%1: HTTP %2: %3"_s.arg(what).arg(http).arg(serverText),
                     envelope ? envelope->code : 0, http, envelope ? envelope->msg : QString()),
            retryAfterMs);
        return;
    }
    if (!envelope) {
        // A 404 without an envelope means the route does not exist on this server.
        if (http == 404) {
            settle(false, {},
                   ApiError(ApiError::Kind::Unsupported, u"%1: HTTP 404 (no such route)"_s.arg(what),
                            codes::NoSuchRoute, 404));
            return;
        }
        if (http == 401 || http == 403) {
            settle(false, {},
                   ApiError(ApiError::Kind::BadToken, u"%1: HTTP %2"_s.arg(what).arg(http), 0, http));
            return;
        }
        if (http >= 400) {
            settle(false, {}, ApiError(ApiError::Kind::Http, u"%1: HTTP %2"_s.arg(what).arg(http), 0, http));
            return;
        }
        // A truncated or garbled body is a transport fault for an idempotent read.
        scheduleRetryOrSettle(
            ApiError(ApiError::Kind::Decode, u"%1: HTTP %2: %3"_s.arg(what).arg(http).arg(decodeError)), -1);
        return;
    }
    if (envelope->code != codes::Ok) {
        ApiError error = ApiError::fromCode(envelope->code, envelope->msg, http);
        if (http == 404 && error.kind() == ApiError::Kind::Server)
            error =
                ApiError(ApiError::Kind::Unsupported, error.detail(), codes::NoSuchRoute, 404, envelope->msg);
        if (envelope->code == codes::Internal || envelope->code == codes::RateLimited) {
            scheduleRetryOrSettle(error, -1);
            return;
        }
        settle(false, {}, error);
        return;
    }
    if (http >= 400) {
        // code 0 with an error status: trust the status, the body is not a success.
        settle(false, {},
               ApiError(ApiError::Kind::Http, u"%1: HTTP %2 with code 0"_s.arg(what).arg(http), 0, http));
        return;
    }
    settle(true, envelope->body, {});
}

void ApiRequest::scheduleRetryOrSettle(ApiError error, int retryAfterMs)
{
    const bool retryable = m_spec.idempotent || error.kind() == ApiError::Kind::RateLimited;
    if (!retryable || m_attempt >= m_spec.maxAttempts) {
        settle(false, {}, std::move(error));
        return;
    }
    // Exponential backoff with jitter, unless the server named its own delay.
    const int base = g_retryBaseDelayMs.load();
    const int cap = qMin(kMaxRetryDelayMs, base * (1 << qMin(m_attempt - 1, 5)));
    const int delay =
        retryAfterMs >= 0 ? retryAfterMs : cap / 2 + int(QRandomGenerator::global()->bounded(cap / 2 + 1));
    if (m_deadline.isActive() && delay >= m_deadline.remainingTime()) {
        // The retry could not be sent before the deadline: this exchange's own error says more than a
        // timeout.
        settle(false, {}, std::move(error));
        return;
    }
    error.redact(token());
    qCInfo(lcApi) << "retry" << describe(m_spec) << "attempt" << m_attempt + 1 << "after" << delay
                  << "ms:" << error.detail();
    emit retrying(m_attempt, delay);
    m_retryTimer.start(delay);
}

void ApiRequest::settle(bool ok, QJsonObject body, ApiError error)
{
    if (m_finished)
        return;
    if (!ok)
        error.setRequestContext(describe(m_spec), m_attempt);
    setOutcome(ok, std::move(body), std::move(error));
    if (m_continuation) {
        if (std::optional<Spec> next = m_continuation(*this); next && !m_finished) {
            m_spec = std::move(*next);
            m_attempt = 0;
            ++m_steps;
            sendAttempt();
            return;
        }
    }
    finish();
}

void ApiRequest::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_timeout.stop();
    m_deadline.stop();
    m_continuation = nullptr;
    if (!m_succeeded) {
        m_error.redact(token());
        if (m_error.kind() != ApiError::Kind::Cancelled)
            qCWarning(lcApi).noquote() << "failed:" << m_error.details().replace(u'\n', u"; "_s);
    }
    emit finished();
    deleteLater();
}

} // namespace glows
