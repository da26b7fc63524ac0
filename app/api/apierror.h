// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <utility>

namespace glows {

// Application error codes. 176 is what the real service was seen to send for a bad token; the rest are the
// sandbox's own, documented in docs/api.md.
namespace codes {
constexpr int Ok = 0;
constexpr int GlowsBadToken = 176;
constexpr int Validation = 40001;
constexpr int BadToken = 40100;
constexpr int QuotaOrBalance = 40200;
constexpr int UnknownId = 40400;
constexpr int NoSuchRoute = 40401;
constexpr int InvalidState = 40900;
constexpr int Duplicate = 40901;
constexpr int BodyTooLarge = 41300;
constexpr int RateLimited = 42900;
constexpr int Internal = 50000;
} // namespace codes

class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind
    {
        Network,           // cannot connect, connection dropped
        Timeout,           // no progress within the request's timeout, or the call's deadline passed
        Tls,               // certificate or handshake failure
        InsecureTransport, // plain http to a non-loopback host
        Http,              // unexpected HTTP status
        RateLimited,       // HTTP 429, retries exhausted
        BadToken,          // sign in again
        NotFound,          // unknown instance, snapshot, group ...
        InvalidState,      // the action is not allowed in the current state
        Validation,        // the server rejected the input
        Duplicate,
        Quota,
        Unsupported, // the server lacks this extension endpoint
        Decode,      // malformed or unexpected body
        TooLarge,    // the response body exceeded the client's cap and was not read
        Server,      // any other non-zero code
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail, int code = 0, int httpStatus = 0, QString serverMessage = {})
        : m_kind(kind), m_code(code), m_httpStatus(httpStatus), m_serverMessage(std::move(serverMessage)),
          m_detail(std::move(detail))
    {}
    static ApiError fromCode(int code, const QString &msg, int httpStatus = 200);
    // A call that ran past its overall deadline (a Timeout, so callers treat it as a network failure).
    static ApiError deadlineExceeded(int seconds, QString detail);
    static ApiError tooLarge(int mebibytes, QString detail);

    Kind kind() const { return m_kind; }
    int code() const { return m_code; }
    int httpStatus() const { return m_httpStatus; }
    // The limit that was exceeded: seconds of a missed deadline, MiB of a TooLarge body; 0 when none.
    int limit() const { return m_limit; }
    QString serverMessage() const { return m_serverMessage; }
    // Technical detail for the log and the "Details" disclosure; never contains a token.
    QString detail() const { return m_detail; }
    // The single, translated message a user sees for this error.
    QString userMessage() const;
    bool needsSignIn() const { return m_kind == Kind::BadToken; }
    bool isTransient() const;

    // What was asked ("GET /sdk/v1/instance/list") and how many attempts were made; set by ApiRequest.
    QString request() const { return m_request; }
    int attempts() const { return m_attempts; }
    void setRequestContext(const QString &request, int attempts);
    // Replaces every occurrence of `secret` in the texts this error carries (a server may echo a token).
    void redact(const QString &secret);
    // The "Details" disclosure under an error message: several lines of untranslated technical facts
    // (kind, request, HTTP status, code, server text, attempts). Never contains a token.
    QString details() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::Server;
    int m_code = 0;
    int m_httpStatus = 0;
    int m_limit = 0;
    QString m_serverMessage;
    QString m_detail;
    QString m_request;
    int m_attempts = 0;
};

// What every client call delivers: a value or an error, exactly once.
template<typename T>
using ApiResult = Result<T, ApiError>;

} // namespace glows
