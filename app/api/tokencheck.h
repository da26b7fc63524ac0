// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace glows {

class ApiRequest;

// The answer to "does this server address and token work?", asked once before an account is saved.
struct TokenCheck
{
    Q_DECLARE_TR_FUNCTIONS(TokenCheck)
public:
    enum class Outcome
    {
        Ok,
        BadToken,          // the server answered and rejected the token
        Unreachable,       // no connection, or no answer in time
        Tls,               // the server's certificate or TLS handshake failed
        InsecureTransport, // plain http to a non-loopback host
        NotGlowsServer,    // it answered, but not as a Glows SDK endpoint (no such route, garbled body)
        Other,             // anything else the server said (its message is kept)
    };
    Outcome outcome = Outcome::Other;
    ApiError error; // empty when Ok

    bool ok() const { return outcome == Outcome::Ok; }
    // The translated explanation shown next to the token field.
    QString message() const;
    static Outcome classify(const ApiError &error);
};

// One call (the instance list, page 1, one item) with `token` against `server`. Nothing is stored. `done`
// runs exactly once on the context's thread unless the context is destroyed first (then the call is
// cancelled).
ApiRequest *checkToken(QNetworkAccessManager *nam, const QUrl &server, const QString &token, QObject *context,
                       std::function<void(const TokenCheck &)> done);

} // namespace glows
