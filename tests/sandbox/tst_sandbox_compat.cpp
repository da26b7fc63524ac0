// SPDX-License-Identifier: Apache-2.0
// Bodies that public third-party clients of the Glows SDK send, byte for byte, which their authors report
// the real cloud accepts (docs/api.md, "Create an instance"). The sandbox must accept them too.
#include "httptestclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

class TestSandboxCompat final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultPortsListedAgainAndUnitQty();
    void defaultPortWithOtherProtocolIsRefused();
    void unitQtyGivesTheUnitCount();
    void unitQtyOutOfRangeIsRefused();

private:
    QJsonObject create(const QByteArray &body, int expectedCode);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestSandboxCompat::init()
{
    SandboxOptions options;
    options.manualClock = true;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_http = std::make_unique<HttpTestClient>(m_server->baseUrl(), options.token);
}

void TestSandboxCompat::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QJsonObject TestSandboxCompat::create(const QByteArray &body, int expectedCode)
{
    const HttpResult r = m_http->send("POST", u"/instance"_s, body);
    if (r.code() != expectedCode) {
        qWarning().noquote() << "expected code" << expectedCode << "got" << r.status << r.body;
        return {{"failed"_L1, true}};
    }
    return r.json().value("instance"_L1).toObject();
}

namespace {
// A create body for an RTX 4090 in TW-03 with its own meta key, plus `fields` (JSON members, comma first).
QByteArray createBody(const char *metaKey, const QByteArray &fields = {})
{
    return R"({"from_image_id":"img-87p9kq26","gpu_name":"NVIDIA GeForce RTX 4090","region_name":"TW-03",)"
           R"("custom_meta_key":")" +
           QByteArray(metaKey) + '"' + fields + '}';
}
} // namespace

void TestSandboxCompat::defaultPortsListedAgainAndUnitQty()
{
    // Exactly as the third-party client sends it.
    const QByteArray body =
        R"({"from_image_id":"img-87p9kq26","gpu_name":"NVIDIA GeForce RTX 4090","region_name":"TW-03",)"
        R"("custom_meta_key":"third-party-1","unit_qty":1,)"
        R"("ports":"[{\"port\":8888,\"protocol\":2},{\"port\":22,\"protocol\":1}]"})";
    const QJsonObject in = create(body, 0);
    QVERIFY(!in.contains("failed"_L1));
    int ssh = 0;
    int jupyter = 0;
    for (const QJsonValue &v : in.value("accesses"_L1).toArray()) {
        const int port = v.toObject().value("listenPort"_L1).toInt();
        ssh += port == 22;
        jupyter += port == 8888;
    }
    QCOMPARE(ssh, 1);
    QCOMPARE(jupyter, 1);
    QCOMPARE(in.value("accesses"_L1).toArray().size(), 2);
    // A port of its own still comes on top of the defaults; a port given twice is still an error.
    const QJsonObject more =
        create(createBody("third-party-2",
                          R"(,"ports":"[{\"port\":22,\"protocol\":1},{\"port\":7860,\"protocol\":2}]")"),
               0);
    QCOMPARE(more.value("accesses"_L1).toArray().size(), 3);
    const QByteArray twice = R"(,"ports":"[{\"port\":22,\"protocol\":1},{\"port\":22,\"protocol\":1}]")";
    QVERIFY(!create(createBody("third-party-3", twice), codes::Validation).contains("failed"_L1));
}

void TestSandboxCompat::defaultPortWithOtherProtocolIsRefused()
{
    const QByteArray ports = R"(,"ports":"[{\"port\":8888,\"protocol\":1}]")";
    QVERIFY(!create(createBody("third-party-4", ports), codes::Validation).contains("failed"_L1));
}

void TestSandboxCompat::unitQtyGivesTheUnitCount()
{
    const QJsonObject in = create(createBody("third-party-5", R"(,"unit_qty":2)"), 0);
    QVERIFY(!in.contains("failed"_L1));
    const QString id = in.value("instanceID"_L1).toString();
    m_server->clock().advance(60'000);
    const auto placed = m_server->engine().instance(id);
    QVERIFY(placed);
    QCOMPARE(placed->hardware.gpuNum, 2);
}

void TestSandboxCompat::unitQtyOutOfRangeIsRefused()
{
    for (const QByteArray qty : {"0", "9", "1.5", "\"1\""}) {
        const QJsonObject r = create(createBody("third-party-6", R"(,"unit_qty":)" + qty), codes::Validation);
        QVERIFY2(!r.contains("failed"_L1), qty.constData());
    }
}

QTEST_GUILESS_MAIN(TestSandboxCompat)
#include "tst_sandbox_compat.moc"
