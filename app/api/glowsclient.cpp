// SPDX-License-Identifier: Apache-2.0
#include "api/glowsclient.h"

#include "api/codec.h"
#include "core/logging.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace glows {
namespace {
constexpr int kPageSize = 500;
constexpr int kMaxPages = 1000;
constexpr int kCreateAttempts = 4;

std::optional<Done> noPayload(const QJsonObject &, QString *)
{
    return Done{};
}

template<typename T, typename F>
auto field(QLatin1StringView key, F decodeValue)
{
    return [key, decodeValue](const QJsonObject &body, QString *error) -> std::optional<T> {
        return decodeValue(body.value(key), error);
    };
}

// A delete that had to be retried may have landed on an earlier attempt whose answer was lost; the retry
// then finds nothing to delete. That is the outcome the caller wanted. (QNetworkAccessManager's own silent
// resend after a dropped connection is invisible here; its NotFound is still true: the item is gone.)
std::optional<ApiRequest::Spec> deleteLandedEarlier(ApiRequest &r)
{
    if (!r.succeeded() && r.error().kind() == ApiError::Kind::NotFound && r.attempts() > 1) {
        qCInfo(lcApi) << "delete: gone on retry, an earlier attempt did it";
        r.setOutcome(true, {});
    }
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}
} // namespace

GlowsClient::GlowsClient(QNetworkAccessManager *nam, QUrl baseUrl, QString token, QObject *parent)
    : QObject(parent), m_nam(nam), m_baseUrl(withoutTrailingSlash(std::move(baseUrl))),
      m_token(std::move(token))
{}

GlowsClient::~GlowsClient()
{
    cancelAll();
}

void GlowsClient::cancelAll()
{
    m_queue.clear();
    // A handler may start another call while its own is cancelled; that one is ended as well.
    for (;;) {
        const QList<ApiRequest *> requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
        QList<QPointer<ApiRequest>> open;
        for (ApiRequest *request : requests) {
            if (!request->isFinished())
                open.append(request);
        }
        if (open.isEmpty())
            return;
        for (const QPointer<ApiRequest> &request : std::as_const(open)) {
            if (request)
                request->cancel();
        }
    }
}

void GlowsClient::switchAccount(const QUrl &baseUrl, const QString &token)
{
    m_switching = true;
    cancelAll();
    m_switching = false;
    m_baseUrl = withoutTrailingSlash(baseUrl);
    m_token = token;
    m_unavailable.clear();
    qCInfo(lcApi) << "account switched; every call of the previous account ended";
    emit accountChanged();
}

void GlowsClient::setToken(const QString &token)
{
    m_token = token;
    for (const QPointer<ApiRequest> &request : std::as_const(m_queue)) {
        if (request && !request->isStarted())
            request->setAuthorization("Bearer "_ba + m_token.toUtf8());
    }
}

int GlowsClient::queued() const
{
    int n = 0;
    for (const QPointer<ApiRequest> &request : m_queue)
        n += request && !request->isFinished() ? 1 : 0;
    return n;
}

bool GlowsClient::transportAllowed() const
{
    if (m_baseUrl.scheme() == "https"_L1)
        return true;
    return m_baseUrl.scheme() == "http"_L1 && isLoopbackHost(m_baseUrl.host());
}

QUrl GlowsClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

ApiRequest *GlowsClient::send(ApiRequest::Spec spec, QObject *context, std::optional<Feature> feature,
                              BodyHandler done, ApiRequest::Continuation continuation, Length length)
{
    spec.timeoutMs = m_timeoutMs;
    auto *request = new ApiRequest(m_nam, std::move(spec), "Bearer "_ba + m_token.toUtf8(), this);
    request->setDeadlineMs(length == Length::Paged ? m_pagedDeadlineMs : m_deadlineMs);
    if (continuation) {
        // Later exchanges of the same call get the client's timeout too.
        request->setContinuation([continuation, timeoutMs = m_timeoutMs](ApiRequest &r) {
            std::optional<ApiRequest::Spec> next = continuation(r);
            if (next)
                next->timeoutMs = timeoutMs;
            return next;
        });
    }
    connect(request, &ApiRequest::finished, this,
            [this, request, feature] { onRequestFinished(request, feature); });
    QObject *receiver = context ? context : this;
    const QMetaObject::Connection delivery =
        connect(request, &ApiRequest::finished, receiver, [request, done] { done(request); });
    // A call whose receiver is gone is cancelled, so it frees its slot; the handler is disconnected first
    // because it may capture the dying object.
    QPointer<ApiRequest> guard(request);
    connect(receiver, &QObject::destroyed, request, [guard, delivery] {
        QObject::disconnect(delivery);
        if (guard)
            guard->cancel();
    });
    std::optional<ApiError> refusal;
    if (m_switching)
        refusal = ApiError(ApiError::Kind::Cancelled, u"made while the account was being switched"_s);
    else if (!transportAllowed())
        refusal = ApiError(ApiError::Kind::InsecureTransport,
                           u"plain http to a non-loopback host (%1)"_s.arg(m_baseUrl.host()));
    else if (feature && m_unavailable.contains(*feature))
        refusal = ApiError(ApiError::Kind::Unsupported, u"feature known to be unavailable on this server"_s,
                           codes::NoSuchRoute);
    if (refusal) {
        refusal->setRequestContext(ApiRequest::describe(request->spec()), 0);
        // Finish asynchronously so callers always see the same ordering.
        QMetaObject::invokeMethod(
            request, [request, e = *refusal] { request->fail(e); }, Qt::QueuedConnection);
        return request;
    }
    m_queue.enqueue(request);
    pump();
    return request;
}

void GlowsClient::pump()
{
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty()) {
        QPointer<ApiRequest> next = m_queue.dequeue();
        if (!next || next->isFinished())
            continue;
        ++m_inFlight;
        next->start();
    }
}

void GlowsClient::onRequestFinished(ApiRequest *request, std::optional<Feature> feature)
{
    if (request->isStarted())
        --m_inFlight;
    const ApiError &error = request->error();
    if (!request->succeeded()) {
        if (error.kind() == ApiError::Kind::Unsupported && feature && !m_unavailable.contains(*feature)) {
            m_unavailable.insert(*feature);
            qCInfo(lcApi) << "server lacks extension feature" << int(*feature);
            emit featureUnavailable(*feature);
        } else if (error.kind() == ApiError::Kind::BadToken) {
            emit authenticationFailed(error);
        }
        if (error.kind() != ApiError::Kind::Cancelled) {
            const bool transport =
                error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
            emit reachabilityChanged(!transport, error);
        }
    } else {
        emit reachabilityChanged(true, {});
    }
    QMetaObject::invokeMethod(this, &GlowsClient::pump, Qt::QueuedConnection);
}

ApiRequest::Spec GlowsClient::instancePageSpec(int page, int perPage) const
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    return ApiRequest::Spec::get(endpoint(u"/instance/list"_s, query));
}

ApiRequest *GlowsClient::verifyToken(QObject *context, Handler<Done> handler)
{
    return call<Done>(instancePageSpec(1, 1), context, std::nullopt, noPayload, std::move(handler));
}

ApiRequest *GlowsClient::listInstances(QObject *context, Handler<QList<Instance>> handler)
{
    // All pages are steps of one call. Each page is decoded as it arrives and its JSON dropped, so a list of
    // thousands is never held as JSON whole, nor decoded twice.
    struct Pages
    {
        int page = 1;
        QList<Instance> instances;
        bool complete = false; // every page decoded; the last one's body is not decoded again
    };
    auto pages = std::make_shared<Pages>();
    auto continuation = [this, pages](ApiRequest &request) -> std::optional<ApiRequest::Spec> {
        if (!request.succeeded())
            return std::nullopt;
        QString error;
        auto decoded = codec::decodeInstancePage(request.body(), &error);
        if (!decoded)
            return std::nullopt; // the final decode of this page reports it
        const bool empty = decoded->instances.isEmpty();
        pages->instances.append(std::move(decoded->instances));
        const bool more = !empty && pages->instances.size() < decoded->total && pages->page < kMaxPages;
        if (more)
            return instancePageSpec(++pages->page, kPageSize);
        pages->complete = true;
        return std::nullopt;
    };
    auto decode = [pages](const QJsonObject &body, QString *error) -> std::optional<QList<Instance>> {
        // The flag, not a key in the body: nothing a server sends can pass a page off as the gathered list.
        if (pages->complete)
            return std::exchange(pages->instances, {});
        auto page = codec::decodeInstancePage(body, error);
        if (!page)
            return std::nullopt;
        return std::move(page->instances);
    };
    return call<QList<Instance>>(instancePageSpec(1, kPageSize), context, std::nullopt, decode,
                                 std::move(handler), continuation, Length::Paged);
}

ApiRequest *GlowsClient::getInstance(const QString &instanceId, QObject *context, Handler<Instance> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"request_id"_s, instanceId);
    return call<Instance>(ApiRequest::Spec::get(endpoint(u"/instance"_s, query)), context, std::nullopt,
                          field<Instance>("instance"_L1, codec::decodeInstance), std::move(handler));
}

ApiRequest *GlowsClient::getInstanceByMetaKey(const QString &metaKey, QObject *context,
                                              Handler<Instance> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"meta_key"_s, metaKey);
    return call<Instance>(ApiRequest::Spec::get(endpoint(u"/instance"_s, query)), context, std::nullopt,
                          field<Instance>("instance"_L1, codec::decodeInstance), std::move(handler));
}

ApiRequest *GlowsClient::createInstance(CreateInstanceRequest request, QObject *context,
                                        Handler<Instance> handler)
{
    if (request.customMetaKey.isEmpty())
        request.customMetaKey = u"gd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrlQuery lookupQuery;
    lookupQuery.addQueryItem(u"meta_key"_s, request.customMetaKey);
    const ApiRequest::Spec post =
        ApiRequest::Spec::post(endpoint(u"/instance"_s), codec::encodeCreateRequest(request));
    const ApiRequest::Spec lookup = ApiRequest::Spec::get(endpoint(u"/instance"_s, lookupQuery));

    // POST is sent at most kCreateAttempts times and only after a lookup by meta key proved the server has
    // no such instance. A lost or unreadable response, or a Duplicate after a resend (the first POST did
    // land), leads to a lookup instead of a second create.
    auto posts = std::make_shared<int>(1);
    auto lastPostError = std::make_shared<ApiError>();
    auto continuation = [post, lookup, posts,
                         lastPostError](ApiRequest &r) -> std::optional<ApiRequest::Spec> {
        const bool wasLookup = r.spec().verb == ApiRequest::Verb::Get;
        if (r.succeeded())
            return std::nullopt; // created, or found by the lookup
        const ApiError &error = r.error();
        if (wasLookup) {
            if (error.kind() == ApiError::Kind::NotFound && *posts < kCreateAttempts) {
                ++*posts;
                qCInfo(lcApi) << "create: not found by meta key, sending again";
                return post;
            }
            // Every POST failed and the lookup proved nothing was created: the user is told why the last
            // POST failed, not that the lookup found no instance.
            if (error.kind() == ApiError::Kind::NotFound)
                r.setOutcome(false, {}, *lastPostError);
            return std::nullopt;
        }
        *lastPostError = error;
        const bool responseLost = error.isTransient() || error.kind() == ApiError::Kind::Decode;
        const bool landedEarlier = *posts > 1 && error.kind() == ApiError::Kind::Duplicate;
        if (responseLost || landedEarlier) {
            qCInfo(lcApi) << "create: outcome unknown, looking the instance up by meta key";
            return lookup;
        }
        return std::nullopt;
    };
    return call<Instance>(post, context, std::nullopt, field<Instance>("instance"_L1, codec::decodeInstance),
                          std::move(handler), continuation);
}

ApiRequest *GlowsClient::releaseInstance(const QString &instanceId, QObject *context, Handler<Done> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"request_id"_s, instanceId);
    const ApiRequest::Spec release = ApiRequest::Spec::del(endpoint(u"/instance"_s, query));
    const ApiRequest::Spec check = ApiRequest::Spec::get(endpoint(u"/instance"_s, query));
    // Release is retried like any DELETE, and QNetworkAccessManager itself resends it when a connection
    // drops before the answer. A refusal because the instance is already releasing therefore often means an
    // earlier send landed: one GET decides between that (the state the user asked for) and a real state
    // error, such as a snapshot in progress.
    auto refused = std::make_shared<std::optional<ApiError>>();
    auto continuation = [check, refused](ApiRequest &r) -> std::optional<ApiRequest::Spec> {
        if (!*refused) {
            if (r.succeeded())
                return std::nullopt;
            if (r.error().kind() == ApiError::Kind::NotFound && r.attempts() > 1) {
                r.setOutcome(true, {});
                return std::nullopt;
            }
            if (r.error().kind() != ApiError::Kind::InvalidState)
                return std::nullopt;
            *refused = r.error();
            return check;
        }
        QString error;
        const auto in =
            r.succeeded() ? codec::decodeInstance(r.body().value("instance"_L1), &error) : std::nullopt;
        const InstanceState state = in ? in->status.state() : InstanceState::Unknown;
        if (state == InstanceState::Releasing || state == InstanceState::Released ||
            state == InstanceState::Terminated)
            r.setOutcome(true, {});
        else
            r.setOutcome(false, {}, **refused);
        return std::nullopt;
    };
    return call<Done>(release, context, std::nullopt, noPayload, std::move(handler), continuation);
}

ApiRequest *GlowsClient::listSpecs(const QString &regionName, QObject *context,
                                   Handler<QList<GpuSpec>> handler)
{
    QUrlQuery query;
    if (!regionName.isEmpty())
        query.addQueryItem(u"region_name"_s, regionName);
    return call<QList<GpuSpec>>(ApiRequest::Spec::get(endpoint(u"/spec/list"_s, query)), context,
                                Feature::Catalogue, codec::decodeSpecs, std::move(handler));
}

ApiRequest *GlowsClient::takeSnapshot(const QString &instanceId, const QString &name, bool autoRelease,
                                      QObject *context, Handler<Snapshot> handler)
{
    const QJsonObject body{
        {"instance_id"_L1, instanceId}, {"name"_L1, name}, {"auto_release"_L1, autoRelease}};
    return call<Snapshot>(ApiRequest::Spec::post(endpoint(u"/snapshot"_s), body), context, Feature::Snapshots,
                          field<Snapshot>("snapshot"_L1, codec::decodeSnapshot), std::move(handler));
}

ApiRequest *GlowsClient::listSnapshots(QObject *context, Handler<QList<Snapshot>> handler)
{
    return call<QList<Snapshot>>(ApiRequest::Spec::get(endpoint(u"/snapshot/list"_s)), context,
                                 Feature::Snapshots, codec::decodeSnapshotList, std::move(handler));
}

ApiRequest *GlowsClient::renameSnapshot(const QString &snapId, const QString &name, QObject *context,
                                        Handler<Done> handler)
{
    const QJsonObject body{{"snap_id"_L1, snapId}, {"name"_L1, name}};
    return call<Done>(ApiRequest::Spec::put(endpoint(u"/snapshot"_s), body), context, Feature::Snapshots,
                      noPayload, std::move(handler));
}

ApiRequest *GlowsClient::deleteSnapshot(const QString &snapId, QObject *context, Handler<Done> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"snap_id"_s, snapId);
    return call<Done>(ApiRequest::Spec::del(endpoint(u"/snapshot"_s, query)), context, Feature::Snapshots,
                      noPayload, std::move(handler), deleteLandedEarlier);
}

ApiRequest *GlowsClient::addPortForward(const QString &instanceId, int port, const QString &protocol,
                                        QObject *context, Handler<Access> handler)
{
    const QJsonObject body{{"request_id"_L1, instanceId}, {"port"_L1, port}, {"protocol"_L1, protocol}};
    return call<Access>(ApiRequest::Spec::post(endpoint(u"/instance/port"_s), body), context,
                        Feature::PortForwards, field<Access>("access"_L1, codec::decodeAccess),
                        std::move(handler));
}

ApiRequest *GlowsClient::editPortForward(const QString &instanceId, const QString &accessId, int port,
                                         const QString &protocol, QObject *context, Handler<Access> handler)
{
    const QJsonObject body{{"request_id"_L1, instanceId},
                           {"access_id"_L1, accessId},
                           {"port"_L1, port},
                           {"protocol"_L1, protocol}};
    return call<Access>(ApiRequest::Spec::put(endpoint(u"/instance/port"_s), body), context,
                        Feature::PortForwards, field<Access>("access"_L1, codec::decodeAccess),
                        std::move(handler));
}

ApiRequest *GlowsClient::deletePortForward(const QString &instanceId, const QString &accessId,
                                           QObject *context, Handler<Done> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"request_id"_s, instanceId);
    query.addQueryItem(u"access_id"_s, accessId);
    return call<Done>(ApiRequest::Spec::del(endpoint(u"/instance/port"_s, query)), context,
                      Feature::PortForwards, noPayload, std::move(handler), deleteLandedEarlier);
}

ApiRequest *GlowsClient::metrics(const QString &instanceId, qint64 since, QObject *context,
                                 Handler<MetricSeries> handler, codec::MetricFieldSet fields)
{
    QUrlQuery query;
    query.addQueryItem(u"request_id"_s, instanceId);
    query.addQueryItem(u"since"_s, QString::number(since));
    if (fields != codec::kAllMetricFields)
        query.addQueryItem(u"fields"_s, codec::metricFieldsParameter(fields));
    return call<MetricSeries>(ApiRequest::Spec::get(endpoint(u"/instance/metrics"_s, query)), context,
                              Feature::Metrics, codec::decodeMetrics, std::move(handler));
}

ApiRequest *GlowsClient::billing(const QString &instanceId, QObject *context,
                                 Handler<QList<BillingRecord>> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"request_id"_s, instanceId);
    return call<QList<BillingRecord>>(ApiRequest::Spec::get(endpoint(u"/instance/billing"_s, query)), context,
                                      Feature::Billing, codec::decodeBilling, std::move(handler));
}

ApiRequest *GlowsClient::balance(QObject *context, Handler<AccountBalance> handler)
{
    return call<AccountBalance>(ApiRequest::Spec::get(endpoint(u"/account/balance"_s)), context,
                                Feature::Balance, codec::decodeBalance, std::move(handler));
}

ApiRequest *GlowsClient::listNetworkGroups(QObject *context, Handler<QList<NetworkGroup>> handler)
{
    return call<QList<NetworkGroup>>(ApiRequest::Spec::get(endpoint(u"/network/group/list"_s)), context,
                                     Feature::NetworkGroups, codec::decodeNetworkGroups, std::move(handler));
}

ApiRequest *GlowsClient::createNetworkGroup(const QString &name, const QString &regionName, int capacity,
                                            QObject *context, Handler<NetworkGroup> handler)
{
    const QJsonObject body{{"name"_L1, name}, {"region_name"_L1, regionName}, {"capacity"_L1, capacity}};
    return call<NetworkGroup>(ApiRequest::Spec::post(endpoint(u"/network/group"_s), body), context,
                              Feature::NetworkGroups,
                              field<NetworkGroup>("group"_L1, codec::decodeNetworkGroup), std::move(handler));
}

ApiRequest *GlowsClient::deleteNetworkGroup(const QString &groupId, QObject *context, Handler<Done> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"group_id"_s, groupId);
    return call<Done>(ApiRequest::Spec::del(endpoint(u"/network/group"_s, query)), context,
                      Feature::NetworkGroups, noPayload, std::move(handler), deleteLandedEarlier);
}

ApiRequest *GlowsClient::addGroupMember(const QString &groupId, const QString &instanceId, QObject *context,
                                        Handler<NetworkGroup> handler)
{
    const QJsonObject body{{"group_id"_L1, groupId}, {"instance_id"_L1, instanceId}};
    return call<NetworkGroup>(ApiRequest::Spec::post(endpoint(u"/network/group/member"_s), body), context,
                              Feature::NetworkGroups,
                              field<NetworkGroup>("group"_L1, codec::decodeNetworkGroup), std::move(handler));
}

ApiRequest *GlowsClient::removeGroupMember(const QString &groupId, const QString &instanceId,
                                           QObject *context, Handler<Done> handler)
{
    QUrlQuery query;
    query.addQueryItem(u"group_id"_s, groupId);
    query.addQueryItem(u"instance_id"_s, instanceId);
    return call<Done>(ApiRequest::Spec::del(endpoint(u"/network/group/member"_s, query)), context,
                      Feature::NetworkGroups, noPayload, std::move(handler), deleteLandedEarlier);
}

ApiRequest *GlowsClient::listImages(QObject *context, Handler<QList<ImageInfo>> handler)
{
    return call<QList<ImageInfo>>(ApiRequest::Spec::get(endpoint(u"/image/list"_s)), context,
                                  Feature::Catalogue, codec::decodeImages, std::move(handler));
}

} // namespace glows
