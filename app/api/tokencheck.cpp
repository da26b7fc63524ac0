// SPDX-License-Identifier: Apache-2.0
#include "api/tokencheck.h"

#include "api/glowsclient.h"

namespace glows {

TokenCheck::Outcome TokenCheck::classify(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::BadToken:
        return Outcome::BadToken;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return Outcome::Unreachable;
    case ApiError::Kind::Tls:
        return Outcome::Tls;
    case ApiError::Kind::InsecureTransport:
        return Outcome::InsecureTransport;
    case ApiError::Kind::Unsupported:
    case ApiError::Kind::Decode:
        return Outcome::NotGlowsServer;
    case ApiError::Kind::Http:
        // A 5xx is the right server having trouble; other statuses say this is not an SDK endpoint.
        return error.httpStatus() >= 500 ? Outcome::Unreachable : Outcome::NotGlowsServer;
    default:
        return Outcome::Other;
    }
}

QString TokenCheck::message() const
{
    switch (outcome) {
    case Outcome::Ok:
        return tr("The token works.");
    case Outcome::BadToken:
        return tr(
            "The server rejected this SDK token. Check that it was copied completely and has not expired.");
    case Outcome::Unreachable:
        return tr("The server cannot be reached. Check the address and your connection.");
    case Outcome::Tls:
        return tr("The server's identity could not be verified (TLS error). The token was not sent.");
    case Outcome::InsecureTransport:
        return tr("Plain HTTP is only allowed for the local sandbox. Use an https:// server address.");
    case Outcome::NotGlowsServer:
        return tr("The server answered, but not as a Glows SDK endpoint. Check the address (it usually ends "
                  "in /sdk/v1).");
    case Outcome::Other:
        break;
    }
    return error.userMessage();
}

ApiRequest *checkToken(QNetworkAccessManager *nam, const QUrl &server, const QString &token, QObject *context,
                       std::function<void(const TokenCheck &)> done)
{
    // A client of its own, so a failed check never marks features or signals sign-in on the app's client.
    auto *client = new GlowsClient(nam, server, token, context);
    return client->verifyToken(context, [client, done](const ApiResult<Done> &result) {
        TokenCheck check;
        if (result.ok()) {
            check.outcome = TokenCheck::Outcome::Ok;
        } else {
            check.error = result.error();
            check.outcome = TokenCheck::classify(check.error);
        }
        client->deleteLater();
        done(check);
    });
}

} // namespace glows
