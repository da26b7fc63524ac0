// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the sandbox checks in a request's head, before its body is read: that it comes from a client and
// not from a web page (Host, Origin, Content-Type), that the route exists, and the token.

#include "sandbox/httpserver.h"

#include <QHash>
#include <QHostAddress>

namespace glows::sandbox {

struct GuardPolicy
{
    QString token;
    QHostAddress listenAddress; // a Host naming it is accepted besides the loopback names
    quint16 port = 0;           // of the sandbox's own origin
};

// Routes as full paths ("/sdk/v1/instance/list") and the methods each allows ("GET", "POST", ...).
using RouteMethods = QHash<QString, QByteArrayList>;

// An answer that refuses the request, or nothing when it may be read and served.
std::optional<Reply> screenRequest(const HttpRequest &head, const GuardPolicy &policy,
                                   const RouteMethods &routes);

// `localhost`, a loopback address (127.0.0.1, [::1]) or the listen address, with any port. A name that DNS
// could point anywhere (DNS rebinding) is refused. When the sandbox listens on every address
// (--allow-remote), any IP address is accepted, but still no other name.
bool isAcceptedHost(QByteArrayView host, const QHostAddress &listenAddress);

// The token from `Authorization: Bearer <token>`, compared in constant time.
bool hasToken(const HttpRequest &head, const QString &token);

} // namespace glows::sandbox
