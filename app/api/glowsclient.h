// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/codec.h"
#include "core/domain.h"
#include "core/instance.h"

#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;

namespace glows {

// Extension features a server may lack; the public SDK calls are always assumed present.
enum class Feature
{
    Snapshots,
    PortForwards,
    Metrics,
    Billing,
    NetworkGroups,
    Balance,
    Catalogue,
};

// The one way the app, its tests and glows-cli talk to a Glows server (real SDK endpoint or sandbox).
// Every call returns at once with its ApiRequest (one per call, even when the call needs several HTTP
// exchanges); the handler runs exactly once on the context's thread, with a value or an ApiError
// (Cancelled after ApiRequest::cancel()). If the context is destroyed first, the call is cancelled and the
// handler does not run. At most kMaxInFlight calls run at a time per client (one client per server and
// account); the rest queue in order. Keep the returned pointer in a QPointer: it deletes itself when done.
class GlowsClient final : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Handler = ResultHandler<T, ApiError>;
    static constexpr int kMaxInFlight = 4;
    // Overall deadlines of a call, all its exchanges, retries and waits included (docs/api.md).
    static constexpr int kDefaultDeadlineMs = 30000;
    static constexpr int kDefaultPagedDeadlineMs = 120000;

    // baseUrl ends in /sdk/v1. The token lives in memory only; callers fetch it from the keychain.
    GlowsClient(QNetworkAccessManager *nam, QUrl baseUrl, QString token, QObject *parent = nullptr);
    // Outstanding calls end with Cancelled, so every handler whose context is alive still runs once.
    ~GlowsClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // Points the client at another account. Every call of the old account ends first, before anything else
    // happens: queued ones are never sent, in-flight ones are aborted, and each handler gets Cancelled (a
    // call made from such a handler is cancelled too). Only then do the new server and token take effect,
    // capabilities are forgotten and accountChanged() is emitted. So no request built for one account is
    // sent with another's token or to another's server, and no answer of the old account reaches a view.
    void switchAccount(const QUrl &baseUrl, const QString &token);
    // The same account signed in again: takes effect for every call not sent yet, queued ones included.
    void setToken(const QString &token);
    bool isAvailable(Feature feature) const { return !m_unavailable.contains(feature); }
    bool transportAllowed() const;
    int inFlight() const { return m_inFlight; }
    int queued() const;
    // Per-exchange timeout for control calls (default 15 s); tests shorten it.
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Deadlines for calls not started yet: one for single-exchange calls, one for lists that page.
    void setDeadlines(int callMs, int pagedCallMs)
    {
        m_deadlineMs = callMs;
        m_pagedDeadlineMs = pagedCallMs;
    }
    int deadlineMs() const { return m_deadlineMs; }
    int pagedDeadlineMs() const { return m_pagedDeadlineMs; }

    // One cheap call that proves the server and token work (list page 1 with one item).
    ApiRequest *verifyToken(QObject *context, Handler<Done> handler);

    // Public SDK.
    ApiRequest *listInstances(QObject *context, Handler<QList<Instance>> handler);
    ApiRequest *getInstance(const QString &instanceId, QObject *context, Handler<Instance> handler);
    ApiRequest *getInstanceByMetaKey(const QString &metaKey, QObject *context, Handler<Instance> handler);
    // Retries after a lost response look the instance up by its meta key, so one request never makes two.
    ApiRequest *createInstance(CreateInstanceRequest request, QObject *context, Handler<Instance> handler);
    ApiRequest *releaseInstance(const QString &instanceId, QObject *context, Handler<Done> handler);
    ApiRequest *listSpecs(const QString &regionName, QObject *context, Handler<QList<GpuSpec>> handler);

    // Extensions (docs/api.md).
    ApiRequest *takeSnapshot(const QString &instanceId, const QString &name, bool autoRelease,
                             QObject *context, Handler<Snapshot> handler);
    ApiRequest *listSnapshots(QObject *context, Handler<QList<Snapshot>> handler);
    ApiRequest *renameSnapshot(const QString &snapId, const QString &name, QObject *context,
                               Handler<Done> handler);
    ApiRequest *deleteSnapshot(const QString &snapId, QObject *context, Handler<Done> handler);
    ApiRequest *addPortForward(const QString &instanceId, int port, const QString &protocol, QObject *context,
                               Handler<Access> handler);
    ApiRequest *editPortForward(const QString &instanceId, const QString &accessId, int port,
                                const QString &protocol, QObject *context, Handler<Access> handler);
    ApiRequest *deletePortForward(const QString &instanceId, const QString &accessId, QObject *context,
                                  Handler<Done> handler);
    // `fields`: the sample fields wanted besides `t` (the extension's `fields`); the others read as 0.
    ApiRequest *metrics(const QString &instanceId, qint64 since, QObject *context,
                        Handler<MetricSeries> handler,
                        codec::MetricFieldSet fields = codec::kAllMetricFields);
    ApiRequest *billing(const QString &instanceId, QObject *context, Handler<QList<BillingRecord>> handler);
    ApiRequest *balance(QObject *context, Handler<AccountBalance> handler);
    ApiRequest *listNetworkGroups(QObject *context, Handler<QList<NetworkGroup>> handler);
    ApiRequest *createNetworkGroup(const QString &name, const QString &regionName, int capacity,
                                   QObject *context, Handler<NetworkGroup> handler);
    ApiRequest *deleteNetworkGroup(const QString &groupId, QObject *context, Handler<Done> handler);
    ApiRequest *addGroupMember(const QString &groupId, const QString &instanceId, QObject *context,
                               Handler<NetworkGroup> handler);
    ApiRequest *removeGroupMember(const QString &groupId, const QString &instanceId, QObject *context,
                                  Handler<Done> handler);
    ApiRequest *listImages(QObject *context, Handler<QList<ImageInfo>> handler);

signals:
    // switchAccount() ended every call of the previous account; views drop what they show and fetch anew.
    void accountChanged();
    // A bad-token answer: the UI asks the user to sign in again.
    void authenticationFailed(const glows::ApiError &error);
    void featureUnavailable(glows::Feature feature);
    // Every request's outcome, for the connection banner: ok=false only for transport-level failures.
    void reachabilityChanged(bool reachable, const glows::ApiError &error);

private:
    using BodyHandler = std::function<void(ApiRequest *)>;
    enum class Length
    {
        Single,
        Paged,
    };

    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    ApiRequest *send(ApiRequest::Spec spec, QObject *context, std::optional<Feature> feature,
                     BodyHandler done, ApiRequest::Continuation continuation = {},
                     Length length = Length::Single);
    void pump();
    void onRequestFinished(ApiRequest *request, std::optional<Feature> feature);

    template<typename T, typename Decode>
    ApiRequest *call(ApiRequest::Spec spec, QObject *context, std::optional<Feature> feature, Decode decode,
                     Handler<T> handler, ApiRequest::Continuation continuation = {},
                     Length length = Length::Single)
    {
        return send(
            std::move(spec), context, feature,
            [decode, handler](ApiRequest *request) {
                if (!request->succeeded()) {
                    handler(ApiResult<T>(request->error()));
                    return;
                }
                QString error;
                std::optional<T> value = decode(request->body(), &error);
                if (!value) {
                    handler(ApiResult<T>(ApiError(ApiError::Kind::Decode, error)));
                    return;
                }
                handler(ApiResult<T>(std::move(*value)));
            },
            std::move(continuation), length);
    }

    ApiRequest::Spec instancePageSpec(int page, int perPage) const;
    void cancelAll();

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    bool m_switching = false;
    int m_inFlight = 0;
    int m_timeoutMs = 15000;
    int m_deadlineMs = kDefaultDeadlineMs;
    int m_pagedDeadlineMs = kDefaultPagedDeadlineMs;
    QQueue<QPointer<ApiRequest>> m_queue;
    QSet<Feature> m_unavailable;
};

} // namespace glows
