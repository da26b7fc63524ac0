// SPDX-License-Identifier: Apache-2.0
// What the client makes of outcomes it cannot see directly: a create whose answer was lost is looked up by
// meta key and never sent twice, a delete or release that landed before the connection dropped counts as
// done, a multi-step call cancels as one, and a missing extension route is marked once.
#include "clienttesthelpers.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::test;

class TestClientRecovery final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void postIsNotRetriedOn5xx();
    void deleteThatLandedBeforeTheDropSucceeds();
    void releaseThatLandedBeforeTheDropSucceeds();
    void releaseRefusedAtOnceStaysAnError();
    void createLostResponseIsLookedUpNotResent();
    void createResentOnlyWhenLookupSaysNotFound();
    void createDuplicateAfterResendIsLookedUp();
    void createValidationErrorIsFinal();
    void createThatNeverLandsReportsThePostError();
    void cancelMultiStepCall();
    void missingRouteMarksFeatureOnce();
    void pagesAreOneCall();

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GlowsClient> m_client;
};

void TestClientRecovery::initTestCase()
{
    ApiRequest::setRetryBaseDelayMs(10);
}

void TestClientRecovery::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GlowsClient>(m_nam.get(), QUrl(m_server->baseUrl()), kToken);
    m_client->setRequestTimeoutMs(5000);
}

void TestClientRecovery::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestClientRecovery::postIsNotRetriedOn5xx()
{
    m_server->setHandler([](const HttpRequest &) { return Action::text(502, "bad gateway"); });
    Recorder<Snapshot> rec;
    m_client->takeSnapshot(u"ins-a"_s, u"snap"_s, false, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().httpStatus(), 502);
    QCOMPARE(m_server->count("POST", u"/snapshot"_s), 1);
}

void TestClientRecovery::deleteThatLandedBeforeTheDropSucceeds()
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

void TestClientRecovery::releaseThatLandedBeforeTheDropSucceeds()
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

void TestClientRecovery::releaseRefusedAtOnceStaysAnError()
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

void TestClientRecovery::createLostResponseIsLookedUpNotResent()
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

void TestClientRecovery::createResentOnlyWhenLookupSaysNotFound()
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

void TestClientRecovery::createDuplicateAfterResendIsLookedUp()
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

void TestClientRecovery::createThatNeverLandsReportsThePostError()
{
    // Every POST fails before the application (503) and every lookup proves nothing was created: the call
    // ends with the POST's error, not with the lookup's "not found".
    int posts = 0;
    m_server->setHandler([&](const HttpRequest &r) {
        if (r.method == "POST") {
            ++posts;
            return Action::text(503, "maintenance");
        }
        return Action::envelope(40400, u"no instance with that meta key"_s);
    });
    CreateInstanceRequest req;
    req.fromImageId = u"img-1"_s;
    Recorder<Instance> rec;
    m_client->createInstance(req, this, rec.handler());
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 10000);
    QVERIFY(!rec.result->ok());
    QCOMPARE(posts, 4);
    QVERIFY2(rec.result->error().kind() != ApiError::Kind::NotFound,
             qPrintable(rec.result->error().details()));
    QCOMPARE(rec.result->error().httpStatus(), 503);
    QVERIFY(!rec.result->error().userMessage().isEmpty());
}

void TestClientRecovery::createValidationErrorIsFinal()
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

void TestClientRecovery::cancelMultiStepCall()
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
    // The whole call is gone, every step of it: no second POST and no second result can come.
    QTRY_VERIFY(!request && rec.released());
    QCOMPARE(m_server->count("POST", u"/instance"_s), 1);
    QCOMPARE(rec.calls, 1);
}

void TestClientRecovery::missingRouteMarksFeatureOnce()
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
    // Another account may run another server: what this one lacked is forgotten.
    m_client->switchAccount(m_client->baseUrl(), u"another-token"_s);
    QVERIFY(m_client->isAvailable(Feature::Snapshots));
}

void TestClientRecovery::pagesAreOneCall()
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

QTEST_GUILESS_MAIN(TestClientRecovery)
#include "tst_client_recovery.moc"
