// SPDX-License-Identifier: Apache-2.0
// The client against a real sandbox over loopback HTTP: no fake network layer.
#include "api/glowsclient.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestClientSandbox final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsSeededInstances();
    void getsOneInstanceByIdAndLegacyId();
    void unknownIdIsNotFound();
    void badTokenAsksToSignInAgain();
    void plainHttpToRemoteHostIsRefused();

private:
    template<typename T>
    ApiResult<T> wait(std::function<void(GlowsClient::Handler<T>)> start);

    testing::SandboxFixture m_sandbox;
};

template<typename T>
ApiResult<T> TestClientSandbox::wait(std::function<void(GlowsClient::Handler<T>)> start)
{
    return testing::waitForOneResult<T>(std::move(start), 10000);
}

void TestClientSandbox::init()
{
    QVERIFY(m_sandbox.start());
}

void TestClientSandbox::cleanup()
{
    m_sandbox.stop();
}

void TestClientSandbox::listsSeededInstances()
{
    const auto result = wait<QList<Instance>>([this](auto h) { m_sandbox.client->listInstances(this, h); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().size(), m_sandbox.server->engine().instanceCount());
    QVERIFY(result.value().size() >= 5);
    int running = 0;
    for (const Instance &in : result.value()) {
        QVERIFY(in.instanceID.startsWith("ins-"_L1));
        QVERIFY(in.simulated);
        running += in.status.state() == InstanceState::Running ? 1 : 0;
    }
    QVERIFY(running >= 2);
}

void TestClientSandbox::getsOneInstanceByIdAndLegacyId()
{
    const auto byId =
        wait<Instance>([this](auto h) { m_sandbox.client->getInstance(u"ins-boyqp4g8"_s, this, h); });
    QVERIFY(byId.ok());
    QCOMPARE(byId.value().instanceID, u"ins-boyqp4g8"_s);
    QCOMPARE(byId.value().hardware.gpuName, u"NVIDIA GeForce RTX 4090"_s);
    const auto legacy =
        wait<Instance>([this](auto h) { m_sandbox.client->getInstance(u"boyqp4g8"_s, this, h); });
    QVERIFY(legacy.ok());
    QCOMPARE(legacy.value().instanceID, u"ins-boyqp4g8"_s);
}

void TestClientSandbox::unknownIdIsNotFound()
{
    const auto result =
        wait<Instance>([this](auto h) { m_sandbox.client->getInstance(u"ins-nothere0"_s, this, h); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::NotFound);
}

void TestClientSandbox::badTokenAsksToSignInAgain()
{
    GlowsClient bad(m_sandbox.nam.get(), QUrl(m_sandbox.server->baseUrl()), u"wrong"_s);
    QSignalSpy authFailed(&bad, &GlowsClient::authenticationFailed);
    std::optional<ApiResult<QList<Instance>>> out;
    bad.listInstances(this, [&](const auto &r) { out.emplace(r); });
    QTRY_VERIFY(out.has_value());
    QVERIFY(!out->ok());
    QVERIFY(out->error().needsSignIn());
    QCOMPARE(authFailed.count(), 1);
    QVERIFY(!out->error().userMessage().isEmpty());
}

void TestClientSandbox::plainHttpToRemoteHostIsRefused()
{
    GlowsClient remote(m_sandbox.nam.get(), QUrl(u"http://example.invalid/sdk/v1"_s), u"t"_s);
    QVERIFY(!remote.transportAllowed());
    std::optional<ApiResult<QList<Instance>>> out;
    remote.listInstances(this, [&](const auto &r) { out.emplace(r); });
    QTRY_VERIFY(out.has_value());
    QCOMPARE(out->error().kind(), ApiError::Kind::InsecureTransport);
}

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_client_sandbox.moc"
