// SPDX-License-Identifier: Apache-2.0
#include "sandbox/requestguard.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

// Headers are the client's words; a message quotes at most this much of them.
QString quoted(QByteArrayView value)
{
    QString s = QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 80)));
    if (value.size() > 80)
        s += u"…"_s;
    return s;
}

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
           address == QHostAddress::AnyIPv6;
}

bool isAcceptedHostName(const QString &name, const QHostAddress &listenAddress)
{
    if (name.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(name);
    if (address.isNull())
        return false;
    return address.isLoopback() || address.isEqual(listenAddress, QHostAddress::TolerantConversion) ||
           isAnyAddress(listenAddress);
}

QString ownOrigin(const GuardPolicy &policy)
{
    QString host = policy.listenAddress.toString();
    if (isAnyAddress(policy.listenAddress))
        host = u"127.0.0.1"_s;
    else if (policy.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"[%1]"_s.arg(host);
    return u"http://%1:%2"_s.arg(host).arg(policy.port);
}

bool isOwnOrigin(QByteArrayView origin, const GuardPolicy &policy)
{
    const QUrl url(QString::fromLatin1(origin), QUrl::StrictMode);
    return url.isValid() && url.scheme() == "http"_L1 && url.path().isEmpty() &&
           url.port(80) == policy.port && isAcceptedHostName(url.host(), policy.listenAddress);
}

QByteArray methodForRoute(const HttpRequest &head)
{
    return head.isHead() ? QByteArray("GET") : head.method;
}

} // namespace

bool isAcceptedHost(QByteArrayView host, const QHostAddress &listenAddress)
{
    QByteArrayView name = host;
    QByteArrayView port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        name = host.sliced(1, close - 1);
        port = host.sliced(close + 1);
        if (!port.isEmpty() && !port.startsWith(':'))
            return false;
        port = port.isEmpty() ? port : port.sliced(1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        name = host.first(colon);
        port = host.sliced(colon + 1);
        if (name.contains(':'))
            return false; // an IPv6 address must be in brackets
    }
    for (const char c : port) {
        if (c < '0' || c > '9')
            return false;
    }
    return !name.isEmpty() && isAcceptedHostName(QString::fromLatin1(name), listenAddress);
}

bool hasToken(const HttpRequest &head, const QString &token)
{
    QByteArray value = head.value("authorization").trimmed();
    if (value.size() >= 7 && QByteArrayView(value).first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        value = value.mid(7).trimmed();
    const QByteArray expected = token.toUtf8();
    if (value.isEmpty() || expected.isEmpty() || value.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < value.size(); ++i)
        difference |= static_cast<unsigned char>(value.at(i) ^ expected.at(i));
    return difference == 0;
}

std::optional<Reply> screenRequest(const HttpRequest &head, const GuardPolicy &policy,
                                   const RouteMethods &routes)
{
    if (const QByteArray host = head.value("host");
        !host.isNull() && !isAcceptedHost(host, policy.listenAddress))
        return fail(
            httpcodes::MisdirectedHost,
            u"Host \"%1\" is not this sandbox: it answers only to localhost, 127.0.0.1 and [::1] "
            "(or its --listen address), so a web page cannot reach it through a DNS name"_s.arg(quoted(host)),
            421);
    if (const QByteArray origin = head.value("origin"); !origin.isNull() && !isOwnOrigin(origin, policy))
        return fail(httpcodes::ForeignOrigin,
                    u"requests from web pages are refused: Origin \"%1\" is not this sandbox (%2)"_s.arg(
                        quoted(origin), ownOrigin(policy)),
                    403);

    const QString what = u"%1 %2"_s.arg(QString::fromLatin1(head.method), head.path);
    const auto known = routes.constFind(head.path);
    if (known == routes.cend())
        return fail(codes::NoSuchRoute, u"no such route: %1"_s.arg(what), 404);
    if (!known->contains(methodForRoute(head))) {
        Reply r = fail(codes::NoSuchRoute, u"method not allowed: %1"_s.arg(what), 405);
        r.headers.append({"Allow", known->join(", ")});
        return r;
    }

    const bool writes = head.method == "POST" || head.method == "PUT" || head.method == "DELETE";
    if (writes && head.contentLength > 0) {
        const QByteArray type = head.value("content-type");
        const QByteArray mediaType = type.split(';').constFirst().trimmed().toLower();
        if (mediaType != "application/json")
            return fail(httpcodes::UnsupportedMediaType,
                        u"a request body must be sent as Content-Type: application/json (not \"%1\")"_s.arg(
                            quoted(type)),
                        415);
    }

    if (!hasToken(head, policy.token)) {
        if (!head.has("authorization") && head.query.hasQueryItem(u"Authorization"_s))
            return fail(codes::BadToken, u"the SDK token is accepted only in the Authorization header "
                                         "(Authorization: Bearer <token>), not in the query string"_s);
        return fail(codes::BadToken, u"invalid or missing SDK token"_s);
    }
    return std::nullopt;
}

} // namespace glows::sandbox
