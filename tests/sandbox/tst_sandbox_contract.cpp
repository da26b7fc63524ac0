// SPDX-License-Identifier: Apache-2.0
// The app's own client (GlowsClient and its codecs) against the sandbox for every endpoint: both sides must
// spell the contract the same way. Also the client's resilience against the sandbox's chaos.
#include "support/sandboxfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestSandboxContract final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void publicSdkCalls();
    void snapshotCalls();
    void portForwardCalls();
    void monitorBillingBalanceCatalogue();
    void networkGroupCalls();
    void errorsMapToKinds();
    void createSurvivesDroppedConnections();

private:
    template<typename T, typename Start>
    static ApiResult<T> wait(Start start)
    {
        return testing::waitForOneResult<T>(std::move(start));
    }

    testing::SandboxFixture m_sandbox;
};

void TestSandboxContract::init()
{
    ApiRequest::setRetryBaseDelayMs(5);
    QVERIFY(m_sandbox.start());
}

void TestSandboxContract::cleanup()
{
    m_sandbox.stop();
}

void TestSandboxContract::publicSdkCalls()
{
    const auto list = wait<QList<Instance>>([this](auto h) { m_sandbox.client->listInstances(this, h); });
    QVERIFY(list.ok());
    QCOMPARE(list.value(), m_sandbox.server->engine().instances());

    CreateInstanceRequest request;
    request.fromImageId = u"img-87p9kq26"_s;
    request.gpuName = u"NVIDIA L40S PCIe"_s;
    request.regionName = u"TW-04"_s;
    request.remark = u"contract"_s;
    request.ports = {{7890, 2}};
    const auto created = wait<Instance>([&](auto h) { m_sandbox.client->createInstance(request, this, h); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail()));
    QCOMPARE(created.value().status.state(), InstanceState::SchedQueued);
    QCOMPARE(created.value().accesses.size(), 3);
    QVERIFY(created.value().metaKey.startsWith("gd-"_L1)); // the client's own idempotency key

    m_sandbox.server->clock().advance(8000);
    const auto byId =
        wait<Instance>([&](auto h) { m_sandbox.client->getInstance(created.value().instanceID, this, h); });
    QCOMPARE(byId.value().status.state(), InstanceState::Running);
    QCOMPARE(byId.value(), *m_sandbox.server->engine().instance(created.value().instanceID));
    const auto byKey = wait<Instance>(
        [&](auto h) { m_sandbox.client->getInstanceByMetaKey(created.value().metaKey, this, h); });
    QCOMPARE(byKey.value().instanceID, created.value().instanceID);
    const auto released =
        wait<Done>([&](auto h) { m_sandbox.client->releaseInstance(created.value().instanceID, this, h); });
    QVERIFY(released.ok());
    const auto specs =
        wait<QList<GpuSpec>>([&](auto h) { m_sandbox.client->listSpecs(u"TW-04"_s, this, h); });
    QCOMPARE(specs.value(), m_sandbox.server->engine().specs(u"TW-04"_s));
}

void TestSandboxContract::snapshotCalls()
{
    const auto taken = wait<Snapshot>(
        [this](auto h) { m_sandbox.client->takeSnapshot(u"ins-a9c4e1tw"_s, u"eval env"_s, true, this, h); });
    QVERIFY(taken.ok());
    QCOMPARE(taken.value().status, u"Saving"_s);
    QCOMPARE(taken.value().excludedPath, u"/datadrive"_s);
    m_sandbox.server->clock().advance(11'000);
    const auto list = wait<QList<Snapshot>>([this](auto h) { m_sandbox.client->listSnapshots(this, h); });
    QCOMPARE(list.value(), m_sandbox.server->engine().snapshots());
    QVERIFY(wait<Done>([&](auto h) {
                m_sandbox.client->renameSnapshot(taken.value().snapID, u"eval env 2"_s, this, h);
            }).ok());
    QVERIFY(
        wait<Done>([&](auto h) { m_sandbox.client->deleteSnapshot(taken.value().snapID, this, h); }).ok());
    QCOMPARE(m_sandbox.server->engine().instance(u"ins-a9c4e1tw"_s)->status.state(),
             InstanceState::Releasing);
}

void TestSandboxContract::portForwardCalls()
{
    const auto added = wait<Access>(
        [this](auto h) { m_sandbox.client->addPortForward(u"ins-p7x3v9dn"_s, 6006, u"https"_s, this, h); });
    QVERIFY(added.ok());
    QVERIFY(added.value().isPending());
    QVERIFY(!added.value().id.isEmpty());
    const auto edited = wait<Access>([&](auto h) {
        m_sandbox.client->editPortForward(u"ins-p7x3v9dn"_s, added.value().id, 6007, u"tcp"_s, this, h);
    });
    QCOMPARE(edited.value().listenPort, 6007);
    m_sandbox.server->clock().advance(5000);
    const Instance in = *m_sandbox.server->engine().instance(u"ins-p7x3v9dn"_s);
    QVERIFY(in.accesses.last().url.startsWith("tcp://"_L1));
    QVERIFY(wait<Done>([&](auto h) {
                m_sandbox.client->deletePortForward(u"ins-p7x3v9dn"_s, added.value().id, this, h);
            }).ok());
}

void TestSandboxContract::monitorBillingBalanceCatalogue()
{
    m_sandbox.server->clock().advance(30'000);
    const auto series = wait<MetricSeries>([this](auto h) {
        m_sandbox.client->metrics(u"ins-k2m8q4rz"_s, m_sandbox.server->clock().wallSecs() - 30, this, h);
    });
    QVERIFY(series.ok());
    QVERIFY(series.value().simulated);
    QCOMPARE(series.value().samples.size(), 30);
    QCOMPARE(series.value().samples,
             m_sandbox.server->engine()
                 .metrics(u"ins-k2m8q4rz"_s, m_sandbox.server->clock().wallSecs() - 30)
                 .value()
                 .samples);
    const auto billing =
        wait<QList<BillingRecord>>([this](auto h) { m_sandbox.client->billing(u"ins-k2m8q4rz"_s, this, h); });
    QCOMPARE(billing.value(), m_sandbox.server->engine().billing(u"ins-k2m8q4rz"_s).value());
    const auto balance = wait<AccountBalance>([this](auto h) { m_sandbox.client->balance(this, h); });
    QVERIFY(balance.value().simulated);
    QCOMPARE(balance.value().balanceMilliCredit, m_sandbox.server->engine().account().balanceMilli);
    const auto images = wait<QList<ImageInfo>>([this](auto h) { m_sandbox.client->listImages(this, h); });
    QCOMPARE(images.value(), m_sandbox.server->engine().images());
}

void TestSandboxContract::networkGroupCalls()
{
    const auto group = wait<NetworkGroup>(
        [this](auto h) { m_sandbox.client->createNetworkGroup(u"jp"_s, u"JP-01"_s, 2, this, h); });
    QVERIFY(group.ok());
    const auto joined = wait<NetworkGroup>(
        [&](auto h) { m_sandbox.client->addGroupMember(group.value().groupID, u"ins-a9c4e1tw"_s, this, h); });
    QCOMPARE(joined.value().members.size(), 1);
    QCOMPARE(joined.value().members.first().ipCidr, u"192.168.2.2/24"_s);
    const auto groups =
        wait<QList<NetworkGroup>>([this](auto h) { m_sandbox.client->listNetworkGroups(this, h); });
    QCOMPARE(groups.value(), m_sandbox.server->engine().groups());
    QVERIFY(wait<Done>([&](auto h) {
                m_sandbox.client->removeGroupMember(group.value().groupID, u"ins-a9c4e1tw"_s, this, h);
            }).ok());
    QVERIFY(wait<Done>([&](auto h) {
                m_sandbox.client->deleteNetworkGroup(group.value().groupID, this, h);
            }).ok());
}

void TestSandboxContract::errorsMapToKinds()
{
    const auto unknown =
        wait<Instance>([this](auto h) { m_sandbox.client->getInstance(u"ins-zzzzzzzz"_s, this, h); });
    QCOMPARE(unknown.error().kind(), ApiError::Kind::NotFound);
    // Releasing an instance mid-snapshot is a state error. (Releasing one that is already released counts
    // as done on the client: the user's wish holds, and a lost first answer must not look like a failure.)
    const auto state =
        wait<Done>([this](auto h) { m_sandbox.client->releaseInstance(u"ins-r6b2n8hs"_s, this, h); });
    QVERIFY(!state.ok());
    QCOMPARE(state.error().kind(), ApiError::Kind::InvalidState);
    const auto invalid = wait<Access>(
        [this](auto h) { m_sandbox.client->addPortForward(u"ins-5y4p57y9"_s, 0, u"tcp"_s, this, h); });
    QCOMPARE(invalid.error().kind(), ApiError::Kind::Validation);
    const auto duplicate = wait<NetworkGroup>(
        [this](auto h) { m_sandbox.client->createNetworkGroup(u"llama-mesh"_s, u"TW-03"_s, 2, this, h); });
    QCOMPARE(duplicate.error().kind(), ApiError::Kind::Duplicate);
    const auto released = wait<Snapshot>(
        [this](auto h) { m_sandbox.client->takeSnapshot(u"ins-boyqp4g8"_s, u"x"_s, false, this, h); });
    QCOMPARE(released.error().kind(), ApiError::Kind::InvalidState);
}

void TestSandboxContract::createSurvivesDroppedConnections()
{
    // Half the answers are lost after the server acted: the client's lookup by meta key keeps it to one.
    sandbox::SandboxOptions options;
    options.chaos.drop = 0.5;
    options.chaosSeed = 4;
    QVERIFY(m_sandbox.start(options));
    const int before = m_sandbox.server->engine().instanceCount();
    int made = 0;
    QStringList returned;
    for (int i = 0; i < 6; ++i) {
        CreateInstanceRequest request;
        request.fromImageId = u"img-87p9kq26"_s;
        request.gpuName = u"NVIDIA GeForce RTX 4090"_s;
        request.regionName = u"TW-03"_s;
        const auto created =
            wait<Instance>([&](auto h) { m_sandbox.client->createInstance(request, this, h); });
        if (created.ok()) {
            ++made;
            returned.append(created.value().instanceID);
        }
    }
    QVERIFY(made >= 1);
    // Each call made at most one instance, however many attempts it took, and what it returned exists.
    QVERIFY2(m_sandbox.server->engine().instanceCount() - before <= 6, "no duplicates from retries");
    for (const QString &id : std::as_const(returned))
        QVERIFY(m_sandbox.server->engine().instance(id));
    QCOMPARE(QSet<QString>(returned.cbegin(), returned.cend()).size(), returned.size());
}

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandbox_contract.moc"
