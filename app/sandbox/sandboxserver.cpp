// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sandboxserver.h"

#include "api/apierror.h"
#include "api/codec.h"
#include "core/logging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

QHttpServerResponse envelope(int code, const QString &msg, QJsonObject payload = {})
{
    payload.insert("code"_L1, code);
    payload.insert("msg"_L1, msg);
    return QHttpServerResponse(payload);
}

QHttpServerResponse ok(QJsonObject payload = {})
{
    return envelope(codes::Ok, QString(), std::move(payload));
}

QString queryValue(const QHttpServerRequest &request, const QString &key)
{
    return request.query().queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_clock(m_options.manualClock ? SandboxClock::Mode::Manual : SandboxClock::Mode::Real, m_options.speed),
      m_engine(&m_clock), m_http(new QHttpServer(this))
{
    if (m_options.seed)
        m_engine.seedDemoData();
    installRoutes();
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen()
{
    m_port = m_http->listen(m_options.address, m_options.port);
    if (m_port == 0)
        qCWarning(lcSandbox) << "cannot listen on" << m_options.address << m_options.port;
    else
        qCInfo(lcSandbox) << "sandbox listening on" << baseUrl();
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    QString host = m_options.address.toString();
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"[%1]"_s.arg(host);
    return u"http://%1:%2/sdk/v1"_s.arg(host).arg(m_port);
}

bool SandboxServer::authorized(const QHttpServerRequest &request) const
{
    // The public contract accepts the token in the header or as an `Authorization` query parameter.
    QString value = QString::fromUtf8(request.value("Authorization"_ba));
    if (value.isEmpty())
        value = queryValue(request, u"Authorization"_s);
    if (value.startsWith("Bearer "_L1, Qt::CaseInsensitive))
        value = value.mid(7);
    return !value.isEmpty() && value.trimmed() == m_options.token;
}

void SandboxServer::installRoutes()
{
    m_http->route(u"/sdk/v1/instance/list"_s, QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &request) {
                      if (!authorized(request))
                          return envelope(codes::BadToken, u"invalid or missing SDK token"_s);
                      bool okPage = false;
                      bool okPer = false;
                      const int page = qMax(1, queryValue(request, u"page"_s).toInt(&okPage));
                      const int perPage = qBound(1, queryValue(request, u"per_page"_s).toInt(&okPer), 1000);
                      const QList<Instance> all = m_engine.instances();
                      QJsonArray items;
                      const qsizetype begin = qsizetype(page - 1) * (okPer ? perPage : 20);
                      const qsizetype count = okPer ? perPage : 20;
                      for (qsizetype i = begin; i < all.size() && i < begin + count; ++i)
                          items.append(codec::encodeInstance(all.at(i)));
                      return ok({{"instances"_L1, items},
                                 {"total"_L1, int(all.size())},
                                 {"page"_L1, page},
                                 {"per_page"_L1, int(count)}});
                  });

    m_http->route(
        u"/sdk/v1/instance"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
            if (!authorized(request))
                return envelope(codes::BadToken, u"invalid or missing SDK token"_s);
            const QString id = queryValue(request, u"request_id"_s);
            const QString metaKey = queryValue(request, u"meta_key"_s);
            if (id.isEmpty() == metaKey.isEmpty())
                return envelope(codes::Validation, u"give exactly one of request_id or meta_key"_s);
            const auto found = id.isEmpty() ? m_engine.instanceByMetaKey(metaKey) : m_engine.instance(id);
            if (!found)
                return envelope(codes::UnknownId, u"no such instance"_s);
            return ok({{"instance"_L1, codec::encodeInstance(*found)}});
        });
}

} // namespace glows::sandbox
