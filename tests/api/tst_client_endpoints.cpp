// SPDX-License-Identifier: Apache-2.0
// Every client call against a real in-process sandbox over loopback HTTP. The sandbox serves every route the
// client knows; one answering "no such route" fails its function with the route named.
#include "api/glowsclient.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

#define VERIFY_ROUTE(result, route)                                                                          \
    QVERIFY2((result).ok() || (result).error().kind() != ApiError::Kind::Unsupported,                        \
             "the sandbox does not serve " route " (no such route)")

#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().details()))

class TestClientEndpoints final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createIsIdempotentByMetaKey();
    void releaseEndsInReleased();
    void snapshotLifecycle();
    void snapshotWithAutoRelease();
    void portForwarding();
    void metricsAndBilling();
    void balance();
    void networkGroups();
    void catalogue();
    void extensionsCheckTheToken();

private:
    template<typename T, typename Start>
    ApiResult<T> run(Start start);
    QString runningInstance();
    InstanceState stateAfter(const QString &id, qint64 advanceMs);

    testing::SandboxFixture m_sandbox;
};

template<typename T, typename Start>
ApiResult<T> TestClientEndpoints::run(Start start)
{
    return testing::waitForOneResult<T>(std::move(start), 20000);
}

void TestClientEndpoints::init()
{
    ApiRequest::setRetryBaseDelayMs(10);
    QVERIFY(m_sandbox.start());
}

void TestClientEndpoints::cleanup()
{
    m_sandbox.stop();
}

QString TestClientEndpoints::runningInstance()
{
    const auto list = run<QList<Instance>>([&](auto h) { m_sandbox.client->listInstances(this, h); });
    for (const Instance &in : list.ok() ? list.value() : QList<Instance>{}) {
        if (in.status.state() == InstanceState::Running)
            return in.instanceID;
    }
    return {};
}

InstanceState TestClientEndpoints::stateAfter(const QString &id, qint64 advanceMs)
{
    m_sandbox.server->clock().advance(advanceMs);
    const auto in = run<Instance>([&](auto h) { m_sandbox.client->getInstance(id, this, h); });
    return in.ok() ? in.value().status.state() : InstanceState::Unknown;
}

void TestClientEndpoints::createIsIdempotentByMetaKey()
{
    CreateInstanceRequest req;
    req.fromImageId = u"img-87p9kq26"_s;
    req.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    req.regionName = u"TW-03"_s;
    req.customMetaKey = u"order.e2e-1"_s;
    req.remark = u"endpoint test"_s;
    req.ports = {{7890, 2}};
    const auto created = run<Instance>([&](auto h) { m_sandbox.client->createInstance(req, this, h); });
    VERIFY_ROUTE(created, "POST /sdk/v1/instance");
    VERIFY_OK(created);
    QVERIFY(created.value().instanceID.startsWith("ins-"_L1));
    QCOMPARE(created.value().metaKey, u"order.e2e-1"_s);
    QVERIFY(created.value().status.isTransitional());
    const auto found =
        run<Instance>([&](auto h) { m_sandbox.client->getInstanceByMetaKey(u"order.e2e-1"_s, this, h); });
    VERIFY_OK(found);
    QCOMPARE(found.value().instanceID, created.value().instanceID);
    // One meta key, one instance: a repeated create either answers with the same instance or is refused as
    // a duplicate (which the client resolves by a lookup). It never makes a second one.
    const int before = m_sandbox.server->engine().instanceCount();
    const auto again = run<Instance>([&](auto h) { m_sandbox.client->createInstance(req, this, h); });
    if (again.ok())
        QCOMPARE(again.value().instanceID, created.value().instanceID);
    else
        QCOMPARE(again.error().kind(), ApiError::Kind::Duplicate);
    QCOMPARE(m_sandbox.server->engine().instanceCount(), before);
}

void TestClientEndpoints::releaseEndsInReleased()
{
    const QString id = runningInstance();
    QVERIFY(!id.isEmpty());
    const auto released = run<Done>([&](auto h) { m_sandbox.client->releaseInstance(id, this, h); });
    VERIFY_ROUTE(released, "DELETE /sdk/v1/instance");
    VERIFY_OK(released);
    const InstanceState state = stateAfter(id, 3600 * 1000);
    QVERIFY2(state == InstanceState::Released || state == InstanceState::Terminated,
             qPrintable(canonicalStatusName(state)));
}

void TestClientEndpoints::snapshotLifecycle()
{
    const QString id = runningInstance();
    const auto snap = run<Snapshot>(
        [&](auto h) { m_sandbox.client->takeSnapshot(id, u"before upgrade"_s, false, this, h); });
    VERIFY_ROUTE(snap, "POST /sdk/v1/snapshot");
    VERIFY_OK(snap);
    QVERIFY(!snap.value().snapID.isEmpty());
    QCOMPARE(snap.value().name, u"before upgrade"_s);
    QCOMPARE(snap.value().sourceInstanceID, id);
    QCOMPARE(stateAfter(id, 0) == InstanceState::Running, false); // Suspending/Paused while saving
    QCOMPARE(stateAfter(id, 3600 * 1000), InstanceState::Running);

    const auto list = run<QList<Snapshot>>([&](auto h) { m_sandbox.client->listSnapshots(this, h); });
    VERIFY_OK(list);
    QVERIFY(std::any_of(list.value().begin(), list.value().end(), [&](const Snapshot &s) {
        return s.snapID == snap.value().snapID && s.status == "Available"_L1;
    }));
    VERIFY_OK(run<Done>(
        [&](auto h) { m_sandbox.client->renameSnapshot(snap.value().snapID, u"renamed"_s, this, h); }));
    const auto renamed = run<QList<Snapshot>>([&](auto h) { m_sandbox.client->listSnapshots(this, h); });
    QVERIFY(std::any_of(renamed.value().begin(), renamed.value().end(),
                        [&](const Snapshot &s) { return s.name == "renamed"_L1; }));
    VERIFY_OK(run<Done>([&](auto h) { m_sandbox.client->deleteSnapshot(snap.value().snapID, this, h); }));
    const auto unknown =
        run<Done>([&](auto h) { m_sandbox.client->deleteSnapshot(u"nosuchsnap"_s, this, h); });
    QCOMPARE(unknown.error().kind(), ApiError::Kind::NotFound);
}

void TestClientEndpoints::snapshotWithAutoRelease()
{
    const QString id = runningInstance();
    const auto snap =
        run<Snapshot>([&](auto h) { m_sandbox.client->takeSnapshot(id, u"last"_s, true, this, h); });
    VERIFY_ROUTE(snap, "POST /sdk/v1/snapshot");
    VERIFY_OK(snap);
    const InstanceState state = stateAfter(id, 3600 * 1000);
    QVERIFY2(state == InstanceState::Released || state == InstanceState::Terminated,
             qPrintable(canonicalStatusName(state)));
}

void TestClientEndpoints::portForwarding()
{
    const QString id = runningInstance();
    const auto added =
        run<Access>([&](auto h) { m_sandbox.client->addPortForward(id, 7860, u"https"_s, this, h); });
    VERIFY_ROUTE(added, "POST /sdk/v1/instance/port");
    VERIFY_OK(added);
    QVERIFY(!added.value().id.isEmpty());
    QCOMPARE(added.value().listenPort, 7860);
    const auto edited = run<Access>(
        [&](auto h) { m_sandbox.client->editPortForward(id, added.value().id, 7861, u"tcp"_s, this, h); });
    VERIFY_OK(edited);
    QCOMPARE(edited.value().listenPort, 7861);
    VERIFY_OK(run<Done>([&](auto h) { m_sandbox.client->deletePortForward(id, added.value().id, this, h); }));
    const auto in = run<Instance>([&](auto h) { m_sandbox.client->getInstance(id, this, h); });
    for (const Access &a : in.value().accesses)
        QVERIFY(a.id != added.value().id);
}

void TestClientEndpoints::metricsAndBilling()
{
    const QString id = runningInstance();
    const qint64 since = m_sandbox.server->clock().wallSecs() - 600;
    const auto metrics = run<MetricSeries>([&](auto h) { m_sandbox.client->metrics(id, since, this, h); });
    VERIFY_ROUTE(metrics, "GET /sdk/v1/instance/metrics");
    VERIFY_OK(metrics);
    QVERIFY(metrics.value().simulated);
    QVERIFY(!metrics.value().samples.isEmpty());
    // Only GPU utilisation (the guard's fetch): the same values, the other fields absent and read as 0.
    const auto gpu = run<MetricSeries>(
        [&](auto h) { m_sandbox.client->metrics(id, since, this, h, codec::metricField("gpuUtil"_L1)); });
    VERIFY_OK(gpu);
    QCOMPARE(gpu.value().samples.size(), metrics.value().samples.size());
    QCOMPARE(gpu.value().samples.last().gpuUtil, metrics.value().samples.last().gpuUtil);
    QCOMPARE(gpu.value().samples.last().t, metrics.value().samples.last().t);
    QCOMPARE(gpu.value().samples.last().ramTotalMB, 0.0);
    QVERIFY(metrics.value().samples.last().ramTotalMB > 0);
    const auto billing = run<QList<BillingRecord>>([&](auto h) { m_sandbox.client->billing(id, this, h); });
    VERIFY_ROUTE(billing, "GET /sdk/v1/instance/billing");
    VERIFY_OK(billing);
    QVERIFY(!billing.value().isEmpty());
    QVERIFY(std::any_of(billing.value().begin(), billing.value().end(),
                        [](const BillingRecord &r) { return !r.endTime; })); // the running segment
}

void TestClientEndpoints::balance()
{
    const auto b = run<AccountBalance>([&](auto h) { m_sandbox.client->balance(this, h); });
    VERIFY_ROUTE(b, "GET /sdk/v1/account/balance");
    VERIFY_OK(b);
    QVERIFY(b.value().simulated);
}

void TestClientEndpoints::networkGroups()
{
    const auto existing =
        run<QList<NetworkGroup>>([&](auto h) { m_sandbox.client->listNetworkGroups(this, h); });
    VERIFY_ROUTE(existing, "GET /sdk/v1/network/group/list");
    VERIFY_OK(existing);
    // A Running instance in no group yet; the new group is made in its region.
    QSet<QString> members;
    for (const NetworkGroup &g : existing.value()) {
        for (const GroupMember &m : g.members)
            members.insert(m.instanceID);
    }
    const auto instances = run<QList<Instance>>([&](auto h) { m_sandbox.client->listInstances(this, h); });
    VERIFY_OK(instances);
    QString id;
    QString region;
    for (const Instance &in : instances.value()) {
        if (in.status.state() == InstanceState::Running && !members.contains(in.instanceID)) {
            id = in.instanceID;
            region = in.regionName;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    const auto group = run<NetworkGroup>(
        [&](auto h) { m_sandbox.client->createNetworkGroup(u"mesh"_s, region, 5, this, h); });
    VERIFY_ROUTE(group, "POST /sdk/v1/network/group");
    VERIFY_OK(group);
    const QString gid = group.value().groupID;
    const auto withMember =
        run<NetworkGroup>([&](auto h) { m_sandbox.client->addGroupMember(gid, id, this, h); });
    VERIFY_OK(withMember);
    QVERIFY(std::any_of(withMember.value().members.begin(), withMember.value().members.end(),
                        [&](const GroupMember &m) { return m.instanceID == id; }));
    const auto list = run<QList<NetworkGroup>>([&](auto h) { m_sandbox.client->listNetworkGroups(this, h); });
    VERIFY_OK(list);
    QVERIFY(std::any_of(list.value().begin(), list.value().end(),
                        [&](const NetworkGroup &g) { return g.groupID == gid; }));
    VERIFY_OK(run<Done>([&](auto h) { m_sandbox.client->removeGroupMember(gid, id, this, h); }));
    VERIFY_OK(run<Done>([&](auto h) { m_sandbox.client->deleteNetworkGroup(gid, this, h); }));
}

void TestClientEndpoints::catalogue()
{
    const auto specs = run<QList<GpuSpec>>([&](auto h) { m_sandbox.client->listSpecs(u"TW-03"_s, this, h); });
    VERIFY_ROUTE(specs, "GET /sdk/v1/spec/list");
    VERIFY_OK(specs);
    QVERIFY(!specs.value().isEmpty());
    const auto images = run<QList<ImageInfo>>([&](auto h) { m_sandbox.client->listImages(this, h); });
    VERIFY_ROUTE(images, "GET /sdk/v1/image/list");
    VERIFY_OK(images);
    QVERIFY(!images.value().isEmpty());
}

void TestClientEndpoints::extensionsCheckTheToken()
{
    GlowsClient bad(m_sandbox.nam.get(), QUrl(m_sandbox.server->baseUrl()), u"wrong"_s);
    const auto r = run<QList<Snapshot>>([&](auto h) { bad.listSnapshots(this, h); });
    VERIFY_ROUTE(r, "GET /sdk/v1/snapshot/list");
    QVERIFY(r.error().needsSignIn());
}

QTEST_GUILESS_MAIN(TestClientEndpoints)
#include "tst_client_endpoints.moc"
