// SPDX-License-Identifier: Apache-2.0
#include "api/apierror.h"

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

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::RateLimited ||
           (m_kind == Kind::Http && m_httpStatus >= 500);
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check your connection; the app keeps retrying.");
    case Kind::Timeout:
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
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Server:
        break;
    }
    return m_serverMessage.isEmpty() ? tr("The server reported an error (code %1).").arg(m_code)
                                     : tr("The server reported an error: %1").arg(m_serverMessage);
}

} // namespace glows
