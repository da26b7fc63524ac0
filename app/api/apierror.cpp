// SPDX-License-Identifier: Apache-2.0
#include "api/apierror.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace glows {

ApiError ApiError::fromCode(int code, const QString &msg, int httpStatus)
{
    Kind kind = Kind::Server;
    switch (code) {
    case codes::GlowsBadToken:
    case codes::BadToken:
        kind = Kind::BadToken;
        break;
    case codes::UnknownId:
        kind = Kind::NotFound;
        break;
    case codes::NoSuchRoute:
        kind = Kind::Unsupported;
        break;
    case codes::InvalidState:
        kind = Kind::InvalidState;
        break;
    case codes::Validation:
    case codes::BodyTooLarge:
        kind = Kind::Validation;
        break;
    case codes::Duplicate:
        kind = Kind::Duplicate;
        break;
    case codes::QuotaOrBalance:
        kind = Kind::Quota;
        break;
    case codes::RateLimited:
        kind = Kind::RateLimited;
        break;
    default:
        break;
    }
    return ApiError(kind, QStringLiteral("code %1: %2").arg(code).arg(msg), code, httpStatus, msg);
}

ApiError ApiError::deadlineExceeded(int seconds, QString detail)
{
    ApiError error(Kind::Timeout, std::move(detail));
    error.m_limit = seconds;
    return error;
}

ApiError ApiError::tooLarge(int mebibytes, QString detail)
{
    ApiError error(Kind::TooLarge, std::move(detail));
    error.m_limit = mebibytes;
    return error;
}

void ApiError::setRequestContext(const QString &request, int attempts)
{
    m_request = request;
    m_attempts = attempts;
}

void ApiError::redact(const QString &secret)
{
    // Very short secrets would blank out ordinary words; real tokens are long.
    if (secret.size() < 4)
        return;
    static const QString mask = u"[redacted]"_s;
    m_detail.replace(secret, mask);
    m_serverMessage.replace(secret, mask);
    m_request.replace(secret, mask);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::InsecureTransport:
        return u"insecure-transport"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::BadToken:
        return u"bad-token"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::InvalidState:
        return u"invalid-state"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::Duplicate:
        return u"duplicate"_s;
    case Kind::Quota:
        return u"quota"_s;
    case Kind::Unsupported:
        return u"unsupported"_s;
    case Kind::Decode:
        return u"decode"_s;
    case Kind::TooLarge:
        return u"too-large"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QString ApiError::details() const
{
    // Deliberately untranslated: this text is for bug reports and support, and is the same in the log.
    QStringList lines;
    lines << u"Error: %1"_s.arg(kindName(m_kind));
    if (!m_request.isEmpty())
        lines << u"Request: %1"_s.arg(m_request);
    if (m_attempts > 0)
        lines << u"Attempts: %1"_s.arg(m_attempts);
    if (m_httpStatus > 0)
        lines << u"HTTP status: %1"_s.arg(m_httpStatus);
    if (m_code != 0)
        lines << u"Code: %1"_s.arg(m_code);
    if (!m_serverMessage.isEmpty())
        lines << u"Server message: %1"_s.arg(m_serverMessage);
    if (!m_detail.isEmpty())
        lines << u"Detail: %1"_s.arg(m_detail);
    return lines.join(u'\n');
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::RateLimited ||
           (m_kind == Kind::Http && m_httpStatus >= 500) ||
           (m_kind == Kind::Server && m_code == codes::Internal);
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check your connection and the server address.");
    case Kind::Timeout:
        if (m_limit > 0)
            return tr("The server did not answer within the %1-second time limit. Please try again.")
                .arg(m_limit);
        return tr("The server did not answer in time. Please try again.");
    case Kind::Tls:
        return tr("The server's identity could not be verified (TLS error). The connection was not used.");
    case Kind::InsecureTransport:
        return tr("Plain HTTP is only allowed for the local sandbox. Use an https:// server address.");
    case Kind::Http:
        return tr("The server answered with an unexpected error (HTTP %1).").arg(m_httpStatus);
    case Kind::RateLimited:
        return tr("The server is limiting requests. Please wait a moment and try again.");
    case Kind::BadToken:
        return tr("Your SDK token was rejected. Please sign in again.");
    case Kind::NotFound:
        return tr("The item no longer exists on the server.");
    case Kind::InvalidState:
        return tr("This action is not possible in the instance's current state.");
    case Kind::Validation:
        return m_serverMessage.isEmpty() ? tr("The server rejected the input.")
                                         : tr("The server rejected the input: %1").arg(m_serverMessage);
    case Kind::Duplicate:
        return tr("An item with this name or key already exists.");
    case Kind::Quota:
        return tr("Your balance or quota is not sufficient for this action.");
    case Kind::Unsupported:
        return tr("This server does not offer this feature.");
    case Kind::Decode:
        return tr("The server sent a response the app could not read.");
    case Kind::TooLarge:
        return tr("The server's response was larger than %1 MiB, so the app did not read it.").arg(m_limit);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Server:
        break;
    }
    return m_serverMessage.isEmpty() ? tr("The server reported an error (code %1).").arg(m_code)
                                     : tr("The server reported an error: %1").arg(m_serverMessage);
}

} // namespace glows
