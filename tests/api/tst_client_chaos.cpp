// SPDX-License-Identifier: Apache-2.0
// The client against a scripted misbehaving HTTP server on loopback: retries, timeouts, malformed bodies,
// dropped connections, idempotent create, cancel, the in-flight limit and the token-leak check.
#include "api/codec.h"
#include "api/glowsclient.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace glows;
using glows::test::Action;
using glows::test::HttpRequest;
using glows::test::ScriptedServer;

namespace {
const QString kToken = u"tok-SECRET-7f3a9c1e5b2d4a6f8e0c"_s;

QJsonObject instanceJson(const QString &id, const QString &metaKey = {}, const QString &status = u"Running"_s)
{
    Instance in;
    in.instanceID = id;
    in.metaKey = metaKey;
    in.status = InstanceStatus::fromString(status);
    return codec::encodeInstance(in);
}

Action listReply(const QStringList &ids, int total = -1)
{
    QJsonArray items;
    for (const QString &id : ids)
        items.append(instanceJson(id));
    return Action::ok({{"instances"_L1, items}, {"total"_L1, total < 0 ? int(ids.size()) : total}});
}

// Counts how often a handler ran and keeps the last result.
template<typename T>
struct Recorder
{
    int calls = 0;
    std::optional<ApiResult<T>> result;
    GlowsClient::Handler<T> handler()
    {
        return [this](const ApiResult<T> &r) {
            ++calls;
            result.emplace(r);
        };
    }
};

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableAllGlowsLogging(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "glows.", 6) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }
}
} // namespace

class TestClientChaos final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void retryAfterParsing();
    void retriesAfter429HonouringRetryAfter();
    void retries503ThenSucceeds();
    void gives503UpAfterMaxAttempts();
    void retriesTruncatedBody();
    void malformedBodyEndsInDecodeError();
    void retriesDroppedConnection();
    void stallTimesOutOncePerAttempt();
    void timeoutRestartsOnProgress();
    void nonZeroCodeOnHttp200IsAnError();
    void badTokenCodes_data();
    void badTokenCodes();
    void pagesAreOneCall();
    void postIsNotRetriedOn5xx();
    void deleteThatLandedBeforeTheDropSucceeds();
    void releaseThatLandedBeforeTheDropSucceeds();
    void releaseRefusedAtOnceStaysAnError();
    void createLostResponseIsLookedUpNotResent();
    void createResentOnlyWhenLookupSaysNotFound();
    void createDuplicateAfterResendIsLookedUp();
    void createValidationErrorIsFinal();
    void cancelQueuedInFlightAndWaiting();
    void cancelMultiStepCall();
    void inFlightLimitPerServer();
    void destroyedContextCancelsCall();
    void clientDestructionDeliversCancelled();
    void missingRouteMarksFeatureOnce();
    void everyCallEndsExactlyOnce();
    void tokenNeverReachesLogsOrDetails();

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GlowsClient> m_client;
};

void TestClientChaos::initTestCase()
{
    ApiRequest::setRetryBaseDelayMs(10);
}

void TestClientChaos::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GlowsClient>(m_nam.get(), QUrl(m_server->baseUrl()), kToken);
    m_client->setRequestTimeoutMs(5000);
}

void TestClientChaos::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestClientChaos::retryAfterParsing()
{
    const QDateTime now = QDateTime::fromString(u"Fri, 27 Nov 2026 10:00:00 +0000"_s, Qt::RFC2822Date);
    QVERIFY(now.isValid());
    QCOMPARE(ApiRequest::parseRetryAfterMs("2", now), 2000);
    QCOMPARE(ApiRequest::parseRetryAfterMs(" 0 ", now), 0);
    QCOMPARE(ApiRequest::parseRetryAfterMs("", now), -1);
    QCOMPARE(ApiRequest::parseRetryAfterMs("soon", now), -1);
    QCOMPARE(ApiRequest::parseRetryAfterMs("-5", now), -1);
    QCOMPARE(ApiRequest::parseRetryAfterMs("999999999", now), ApiRequest::kMaxRetryAfterMs);
    QCOMPARE(ApiRequest::parseRetryAfterMs("Fri, 27 Nov 2026 10:00:03 GMT", now), 3000);
    QCOMPARE(ApiRequest::parseRetryAfterMs("Fri, 27 Nov 2026 09:00:00 GMT", now), 0);
}

void TestClientChaos::retriesAfter429HonouringRetryAfter()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) {
        return ++n == 1 ? Action::text(429, "Too Many Requests", {{"Retry-After", "1"}})
                        : listReply({u"ins-a"_s});
    });
    Recorder<QList<Instance>> rec;
    QElapsedTimer clock;
    clock.start();
    QPointer<ApiRequest> request = m_client->listInstances(this, rec.handler());
    QSignalSpy retrying(request.data(), &ApiRequest::retrying);
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 10000);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(m_server->count(), 2);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(1).toInt(), 1000); // the server's delay, not the 10 ms test backoff
    QVERIFY(clock.elapsed() >= 900);
}

void TestClientChaos::retries503ThenSucceeds()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) {
        return ++n <= 2 ? Action::text(503, "busy") : listReply({u"ins-a"_s, u"ins-b"_s});
    });
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->ok());
    QCOMPARE(rec.result->value().size(), 2);
    QCOMPARE(m_server->count(), 3);
}

void TestClientChaos::gives503UpAfterMaxAttempts()
{
    m_server->setHandler([](const HttpRequest &) { return Action::text(503, "down"); });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QTest::qWait(50);
    QCOMPARE(rec.calls, 1);
    QVERIFY(!rec.result->ok());
    const ApiError &e = rec.result->error();
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.httpStatus(), 503);
    QVERIFY(e.isTransient());
    QCOMPARE(e.attempts(), 4);
    QCOMPARE(m_server->count(), 4);
    QVERIFY(e.details().contains(u"HTTP status: 503"_s));
    QVERIFY(e.details().contains(u"GET /sdk/v1/instance"_s));
    QVERIFY(!e.userMessage().isEmpty());
}

void TestClientChaos::retriesTruncatedBody()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) {
        return ++n == 1 ? Action::truncated(
                              QJsonObject{{"code"_L1, 0}, {"instance"_L1, instanceJson(u"ins-a"_s)}}, 20)
                        : Action::ok({{"instance"_L1, instanceJson(u"ins-a"_s)}});
    });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(rec.result->value().instanceID, u"ins-a"_s);
    QCOMPARE(m_server->count(), 2);
}

void TestClientChaos::malformedBodyEndsInDecodeError()
{
    m_server->setHandler([](const HttpRequest &) { return Action::text(200, "<html>oops</html>"); });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::Decode);
    QCOMPARE(m_server->count(), 4);

    // A well-formed envelope whose payload has the wrong shape is not retried: the server meant it.
    m_server->setHandler([](const HttpRequest &) { return Action::ok({{"instance"_L1, u"nope"_s}}); });
    Recorder<Instance> rec2;
    m_client->getInstance(u"ins-a"_s, this, rec2.handler());
    QTRY_COMPARE(rec2.calls, 1);
    QCOMPARE(rec2.result->error().kind(), ApiError::Kind::Decode);
    QCOMPARE(m_server->count(), 5);
}

void TestClientChaos::retriesDroppedConnection()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) { return ++n <= 2 ? Action::drop() : listReply({}); });
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->ok());
    QCOMPARE(m_server->count(), 3);
}

void TestClientChaos::stallTimesOutOncePerAttempt()
{
    m_client->setRequestTimeoutMs(200);
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 15000);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(rec.result->error().attempts(), 4);
    QCOMPARE(m_server->count(), 4);
    QCOMPARE(m_client->inFlight(), 0);
}

void TestClientChaos::timeoutRestartsOnProgress()
{
    // 8 chunks 150 ms apart take ~1.2 s in total, far beyond the 500 ms timeout, but bytes keep moving.
    m_client->setRequestTimeoutMs(500);
    m_server->setHandler([](const HttpRequest &) {
        return Action::drip(
            QJsonObject{{"code"_L1, 0}, {"msg"_L1, u""_s}, {"instance"_L1, instanceJson(u"ins-a"_s)}}, 8,
            150);
    });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 10000);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(m_server->count(), 1);
}

void TestClientChaos::nonZeroCodeOnHttp200IsAnError()
{
    m_server->setHandler([](const HttpRequest &) { return Action::envelope(40900, u"instance is busy"_s); });
    Recorder<Snapshot> rec;
    m_client->takeSnapshot(u"ins-a"_s, u"s"_s, false, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::InvalidState);
    QCOMPARE(rec.result->error().serverMessage(), u"instance is busy"_s);
    QCOMPARE(m_server->count(), 1);
}

void TestClientChaos::badTokenCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("glows-176") << 200 << 176;
    QTest::newRow("sandbox-40100") << 200 << 40100;
    QTest::newRow("http-401") << 401 << -1;
}

void TestClientChaos::badTokenCodes()
{
    QFETCH(int, status);
    QFETCH(int, code);
    m_server->setHandler([&](const HttpRequest &) {
        return code < 0 ? Action::text(status, "Unauthorized") : Action::envelope(code, u"token expired"_s);
    });
    QSignalSpy authFailed(m_client.get(), &GlowsClient::authenticationFailed);
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->error().needsSignIn());
    QCOMPARE(authFailed.count(), 1);
    QCOMPARE(m_server->count(), 1);
    QVERIFY(rec.result->error().userMessage().contains(u"sign in again"_s));
}

void TestClientChaos::pagesAreOneCall()
{
    m_server->setHandler([](const HttpRequest &r) {
        return r.query.queryItemValue(u"page"_s) == "1"_L1 ? listReply({u"ins-a"_s, u"ins-b"_s}, 3)
                                                           : listReply({u"ins-c"_s}, 3);
    });
    Recorder<QList<Instance>> rec;
    QPointer<ApiRequest> request = m_client->listInstances(this, rec.handler());
    QVERIFY(request);
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->ok());
    QCOMPARE(rec.result->value().size(), 3);
    QCOMPARE(rec.result->value().at(2).instanceID, u"ins-c"_s);
    QCOMPARE(m_server->count(), 2);
}

void TestClientChaos::postIsNotRetriedOn5xx()
{
    m_server->setHandler([](const HttpRequest &) { return Action::text(502, "bad gateway"); });
    Recorder<Snapshot> rec;
    m_client->takeSnapshot(u"ins-a"_s, u"snap"_s, false, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().httpStatus(), 502);
    QCOMPARE(m_server->count("POST", u"/snapshot"_s), 1);
}

void TestClientChaos::deleteThatLandedBeforeTheDropSucceeds()
{
    bool deleted = false;
    m_server->setHandler([&](const HttpRequest &) {
        if (!deleted) {
            deleted = true; // done, but the answer is cut off
            return Action::truncated(QJsonObject{{"code"_L1, 0}, {"msg"_L1, u""_s}}, 4);
        }
        return Action::envelope(40400, u"no snapshot with ID 'abc'"_s);
    });
    Recorder<Done> rec;
    m_client->deleteSnapshot(u"abc"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(m_server->count("DELETE", u"/snapshot"_s), 2);

    // Not found on the first attempt is a real error.
    Recorder<Done> first;
    m_client->deleteSnapshot(u"abc"_s, this, first.handler());
    QTRY_COMPARE(first.calls, 1);
    QCOMPARE(first.result->error().kind(), ApiError::Kind::NotFound);
}

void TestClientChaos::releaseThatLandedBeforeTheDropSucceeds()
{
    bool releasing = false;
    m_server->setHandler([&](const HttpRequest &r) {
        if (r.method == "GET")
            return Action::ok(
                {{"instance"_L1, instanceJson(u"ins-a"_s, {}, releasing ? u"Releasing"_s : u"Running"_s)}});
        if (!releasing) {
            releasing = true;
            return Action::drop();
        }
        return Action::envelope(40900, u"instance is Releasing"_s);
    });
    Recorder<Done> rec;
    m_client->releaseInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(m_server->count("DELETE", u"/instance"_s), 2); // the second is QNAM's own resend
    QCOMPARE(m_server->count("GET", u"/instance"_s), 1);
}

void TestClientChaos::releaseRefusedAtOnceStaysAnError()
{
    m_server->setHandler([](const HttpRequest &r) {
        return r.method == "GET"
                   ? Action::ok({{"instance"_L1, instanceJson(u"ins-a"_s, {}, u"Suspending"_s)}})
                   : Action::envelope(40900, u"instance is Suspending"_s);
    });
    Recorder<Done> rec;
    m_client->releaseInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::InvalidState);
    QCOMPARE(rec.result->error().serverMessage(), u"instance is Suspending"_s);
    QCOMPARE(m_server->count("DELETE", u"/instance"_s), 1);

    // After a retry, a refusal while the instance is still Running (e.g. snapshotting began) stays an error.
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &r) {
        if (r.method == "GET")
            return Action::ok({{"instance"_L1, instanceJson(u"ins-a"_s, {}, u"Suspending"_s)}});
        return ++n == 1 ? Action::text(503, "busy") : Action::envelope(40900, u"instance is Suspending"_s);
    });
    Recorder<Done> retried;
    m_client->releaseInstance(u"ins-a"_s, this, retried.handler());
    QTRY_COMPARE(retried.calls, 1);
    QCOMPARE(retried.result->error().kind(), ApiError::Kind::InvalidState);
    QCOMPARE(retried.result->error().serverMessage(), u"instance is Suspending"_s);
}

void TestClientChaos::createLostResponseIsLookedUpNotResent()
{
    // The server creates the instance but the connection drops before the answer arrives.
    QString created;
    m_server->setHandler([&](const HttpRequest &r) {
        if (r.method == "POST") {
            created = r.json().value("custom_meta_key"_L1).toString();
            return Action::drop();
        }
        const QString key = r.query.queryItemValue(u"meta_key"_s);
        if (!created.isEmpty() && key == created)
            return Action::ok({{"instance"_L1, instanceJson(u"ins-new1"_s, created, u"SchedQueued"_s)}});
        return Action::envelope(40400, u"no such instance"_s);
    });
    CreateInstanceRequest req;
    req.fromImageId = u"img-87p9kq26"_s;
    req.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    req.regionName = u"TW-03"_s;
    Recorder<Instance> rec;
    m_client->createInstance(req, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(rec.result->value().instanceID, u"ins-new1"_s);
    QVERIFY(created.startsWith("gd-"_L1));
    QCOMPARE(rec.result->value().metaKey, created);
    QCOMPARE(m_server->count("POST", u"/instance"_s), 1);
    QCOMPARE(m_server->count("GET", u"/instance"_s), 1);
}

void TestClientChaos::createResentOnlyWhenLookupSaysNotFound()
{
    // The first POST never reached the application (503); the lookup proves nothing exists, so it is resent.
    int posts = 0;
    QString metaKey;
    m_server->setHandler([&](const HttpRequest &r) {
        if (r.method == "POST") {
            metaKey = r.json().value("custom_meta_key"_L1).toString();
            if (++posts == 1)
                return Action::text(503, "maintenance");
            return Action::ok({{"instance"_L1, instanceJson(u"ins-new2"_s, metaKey, u"SchedQueued"_s)}});
        }
        return Action::envelope(40400, u"no such instance"_s);
    });
    CreateInstanceRequest req;
    req.fromImageId = u"img-87p9kq26"_s;
    req.customMetaKey = u"order.123456"_s;
    Recorder<Instance> rec;
    m_client->createInstance(req, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->ok());
    QCOMPARE(rec.result->value().instanceID, u"ins-new2"_s);
    QCOMPARE(metaKey, u"order.123456"_s);
    QCOMPARE(posts, 2);
    QCOMPARE(m_server->count("GET", u"/instance"_s), 1);
}

void TestClientChaos::createDuplicateAfterResendIsLookedUp()
{
    // POST 1 stalls past the timeout but is processed late; the lookup (too early) says not found, POST 2 is
    // refused as a duplicate meta key, and the second lookup finds the one instance.
    m_client->setRequestTimeoutMs(300);
    int posts = 0;
    int lookups = 0;
    int instancesCreated = 0;
    m_server->setHandler([&](const HttpRequest &r) {
        if (r.method == "POST") {
            if (++posts == 1) {
                ++instancesCreated; // created, but the answer never leaves
                return Action::stall();
            }
            return Action::envelope(40901, u"custom_meta_key already used"_s);
        }
        if (++lookups == 1)
            return Action::envelope(40400, u"no such instance"_s);
        return Action::ok({{"instance"_L1, instanceJson(u"ins-new3"_s, u"k-3"_s)}});
    });
    CreateInstanceRequest req;
    req.fromImageId = u"img-1"_s;
    req.customMetaKey = u"k-3"_s;
    Recorder<Instance> rec;
    m_client->createInstance(req, this, rec.handler());
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 10000);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(rec.result->value().instanceID, u"ins-new3"_s);
    QCOMPARE(instancesCreated, 1);
    QCOMPARE(posts, 2);
    QCOMPARE(lookups, 2);
}

void TestClientChaos::createValidationErrorIsFinal()
{
    m_server->setHandler(
        [](const HttpRequest &) { return Action::envelope(40001, u"gpu_name is required"_s); });
    Recorder<Instance> rec;
    m_client->createInstance(CreateInstanceRequest{}, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::Validation);
    QVERIFY(rec.result->error().userMessage().contains(u"gpu_name is required"_s));
    QCOMPARE(m_server->count(), 1);
}

void TestClientChaos::cancelQueuedInFlightAndWaiting()
{
    m_server->setHandler([](const HttpRequest &r) {
        return r.path == "/instance/list"_L1 ? Action::text(503, "busy") : Action::stall();
    });
    ApiRequest::setRetryBaseDelayMs(5000); // keeps the list call waiting between attempts
    Recorder<Instance> inFlight;
    Recorder<QList<Instance>> waiting;
    QPointer<ApiRequest> a = m_client->getInstance(u"ins-a"_s, this, inFlight.handler());
    QPointer<ApiRequest> b = m_client->listInstances(this, waiting.handler());
    QTRY_COMPARE(m_server->count(), 2);
    QTRY_VERIFY(b && b->attempts() == 1 && m_server->count("GET", u"/instance/list"_s) == 1);
    QTest::qWait(50);
    a->cancel();
    b->cancel();
    ApiRequest::setRetryBaseDelayMs(10);
    // cancel() delivers the Cancelled result before it returns.
    QCOMPARE(inFlight.calls, 1);
    QCOMPARE(waiting.calls, 1);
    QCOMPARE(inFlight.result->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(waiting.result->error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(inFlight.calls, 1);
    QCOMPARE(waiting.calls, 1);
    QCOMPARE(m_server->count("GET", u"/instance/list"_s), 1); // no retry after cancel
    QCOMPARE(m_client->inFlight(), 0);
}

void TestClientChaos::cancelMultiStepCall()
{
    // Cancelling a create during its meta-key lookup stops the call: no second POST ever goes out.
    m_server->setHandler(
        [](const HttpRequest &r) { return r.method == "POST" ? Action::drop() : Action::stall(); });
    Recorder<Instance> rec;
    QPointer<ApiRequest> request = m_client->createInstance(CreateInstanceRequest{}, this, rec.handler());
    QTRY_COMPARE(m_server->count("GET", u"/instance"_s), 1);
    QVERIFY(request);
    QCOMPARE(request->steps(), 2);
    request->cancel();
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(m_server->count("POST", u"/instance"_s), 1);
    QCOMPARE(rec.calls, 1);
}

void TestClientChaos::inFlightLimitPerServer()
{
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    constexpr int total = GlowsClient::kMaxInFlight + 3;
    std::vector<Recorder<Instance>> recs(total);
    QList<QPointer<ApiRequest>> requests;
    for (int i = 0; i < total; ++i)
        requests.append(m_client->getInstance(u"ins-%1"_s.arg(i), this, recs[size_t(i)].handler()));
    QTRY_COMPARE(m_server->count(), GlowsClient::kMaxInFlight);
    QTest::qWait(100);
    QCOMPARE(m_server->count(), GlowsClient::kMaxInFlight);
    QCOMPARE(m_client->inFlight(), GlowsClient::kMaxInFlight);
    QCOMPARE(m_client->queued(), 3);

    // Freeing one slot lets exactly the next queued call go out, in order.
    requests.at(0)->cancel();
    QTRY_COMPARE(m_server->count(), GlowsClient::kMaxInFlight + 1);
    QCOMPARE(m_server->requests().last().query.queryItemValue(u"request_id"_s),
             u"ins-%1"_s.arg(GlowsClient::kMaxInFlight));
    // Cancelling a queued call frees nothing and sends nothing.
    requests.at(total - 1)->cancel();
    QTest::qWait(50);
    QCOMPARE(m_server->count(), GlowsClient::kMaxInFlight + 1);
    for (const QPointer<ApiRequest> &r : std::as_const(requests)) {
        if (r)
            r->cancel();
    }
    for (auto &rec : recs)
        QTRY_COMPARE(rec.calls, 1);
    QTRY_COMPARE(m_client->inFlight(), 0);
}

void TestClientChaos::destroyedContextCancelsCall()
{
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    auto context = std::make_unique<QObject>();
    int calls = 0;
    QPointer<ApiRequest> request =
        m_client->getInstance(u"ins-a"_s, context.get(), [&](const auto &) { ++calls; });
    QTRY_COMPARE(m_client->inFlight(), 1);
    QTRY_COMPARE(m_server->count(), 1);
    context.reset();
    QTRY_VERIFY(!request);
    QCOMPARE(m_client->inFlight(), 0);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestClientChaos::clientDestructionDeliversCancelled()
{
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    Recorder<Instance> a;
    Recorder<Instance> b;
    for (int i = 0; i < GlowsClient::kMaxInFlight; ++i)
        m_client->getInstance(u"ins-x"_s, this, [](const auto &) {});
    m_client->getInstance(u"ins-a"_s, this, a.handler());
    m_client->getInstance(u"ins-b"_s, this, b.handler()); // still queued
    m_client.reset();
    QTRY_COMPARE(a.calls, 1);
    QTRY_COMPARE(b.calls, 1);
    QCOMPARE(a.result->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(b.result->error().kind(), ApiError::Kind::Cancelled);
}

void TestClientChaos::missingRouteMarksFeatureOnce()
{
    m_server->setHandler([](const HttpRequest &r) {
        return r.path.startsWith("/snapshot"_L1) ? Action::text(404, "Not Found") : listReply({});
    });
    QSignalSpy unavailable(m_client.get(), &GlowsClient::featureUnavailable);
    Recorder<QList<Snapshot>> first;
    m_client->listSnapshots(this, first.handler());
    QTRY_COMPARE(first.calls, 1);
    QCOMPARE(first.result->error().kind(), ApiError::Kind::Unsupported);
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(unavailable.at(0).at(0).value<Feature>(), Feature::Snapshots);
    QVERIFY(!m_client->isAvailable(Feature::Snapshots));

    Recorder<QList<Snapshot>> second;
    m_client->listSnapshots(this, second.handler());
    QTRY_COMPARE(second.calls, 1);
    QCOMPARE(second.result->error().kind(), ApiError::Kind::Unsupported);
    QCOMPARE(m_server->count(), 1); // refused locally, not asked again
    QCOMPARE(unavailable.count(), 1);

    // The public SDK keeps working.
    Recorder<QList<Instance>> list;
    m_client->listInstances(this, list.handler());
    QTRY_COMPARE(list.calls, 1);
    QVERIFY(list.result->ok());
    m_client->resetCapabilities();
    QVERIFY(m_client->isAvailable(Feature::Snapshots));
}

void TestClientChaos::everyCallEndsExactlyOnce()
{
    m_client->setRequestTimeoutMs(300);
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &r) {
        switch (++n % 7) {
        case 0:
            return Action::text(429, "slow down", {{"Retry-After", "0"}});
        case 1:
            return Action::text(503, "busy");
        case 2:
            return Action::drop();
        case 3:
            return Action::truncated(QJsonObject{{"code"_L1, 0}, {"instances"_L1, QJsonArray{}}}, 5);
        case 4:
            return n % 3 == 0 ? Action::stall() : Action::text(200, "garbage");
        default:
            return r.path == "/instance/list"_L1
                       ? listReply({u"ins-a"_s})
                       : Action::ok({{"instance"_L1, instanceJson(u"ins-a"_s, u"k"_s)}});
        }
    });
    constexpr int calls = 24;
    std::vector<Recorder<QList<Instance>>> lists(calls);
    std::vector<Recorder<Instance>> gets(calls);
    std::vector<Recorder<Instance>> creates(4);
    for (int i = 0; i < calls; ++i) {
        m_client->listInstances(this, lists[size_t(i)].handler());
        m_client->getInstance(u"ins-a"_s, this, gets[size_t(i)].handler());
    }
    for (auto &c : creates)
        m_client->createInstance(CreateInstanceRequest{}, this, c.handler());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(lists.begin(), lists.end(), [](auto &r) { return r.calls > 0; }) &&
            std::all_of(gets.begin(), gets.end(), [](auto &r) { return r.calls > 0; }) &&
            std::all_of(creates.begin(), creates.end(), [](auto &r) { return r.calls > 0; }),
        60000);
    QTest::qWait(200);
    for (auto &r : lists)
        QCOMPARE(r.calls, 1);
    for (auto &r : gets)
        QCOMPARE(r.calls, 1);
    for (auto &r : creates)
        QCOMPARE(r.calls, 1);
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_client->queued(), 0);
}

void TestClientChaos::tokenNeverReachesLogsOrDetails()
{
    // The server echoes the token everywhere it can: a 429 body, a 503 body, an error message.
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &r) {
        const QByteArray auth = r.headers.value("authorization");
        switch (++n) {
        case 1:
            return Action::text(429, "rate limited for " + auth, {{"Retry-After", "0"}});
        case 2:
            return Action::text(503, "backend rejected " + auth);
        default:
            return Action::envelope(40100, u"invalid token %1"_s.arg(QString::fromUtf8(auth)));
        }
    });
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    g_previousFilter = QLoggingCategory::installFilter(enableAllGlowsLogging);
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);

    QVERIFY(m_server->requests().first().headers.value("authorization").contains(kToken.toUtf8()));
    QCOMPARE(m_server->count(), 3);
    QVERIFY(rec.result->error().needsSignIn());
    QVERIFY2(g_log.size() >= 4, qPrintable(g_log.join(u'\n'))); // sends, retries and the failure were logged
    const QString all = g_log.join(u'\n');
    QVERIFY2(!all.contains(kToken), qPrintable(all));
    QVERIFY(all.contains(u"[redacted]"_s));
    const ApiError &e = rec.result->error();
    for (const QString &text : {e.details(), e.detail(), e.serverMessage(), e.userMessage()})
        QVERIFY2(!text.contains(kToken), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestClientChaos)
#include "tst_client_chaos.moc"
