// SPDX-License-Identifier: Apache-2.0
// The sandbox over real loopback HTTP: every endpoint's envelope and shape, auth, unknown routes, bad input
// (the server keeps running and nothing changes), racing clients, every chaos option and the rate limit.
#include "httptestclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;

QJsonObject createBody(const QString &metaKey)
{
    return {{"from_image_id"_L1, u"img-87p9kq26"_s},
            {"gpu_name"_L1, u"NVIDIA GeForce RTX 4090"_s},
            {"custom_meta_key"_L1, metaKey},
            {"instance_category"_L1, u"container"_s},
            {"region_name"_L1, u"TW-03"_s},
            {"remark"_L1, u"from the test"_s},
            {"envs"_L1, u"foo=bar"_s},
            {"ports"_L1, u"[{\"port\":7890,\"protocol\":2}]"_s}};
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestSandboxHttp final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void instanceLifecycleOverHttp();
    void extensionsOverHttp();
    void listPaging();
    void idempotentCreateOverHttp();
    void authHeaderOnly();
    void unknownRoutesAnswer404();
    void badInput_data();
    void badInput();
    void bodyOverOneMebibyte();
    void racingClientsOneWins();
    void chaosErrors();
    void chaos429();
    void chaosLatency();
    void chaosMalformed();
    void chaosDrop();
    void chaosIsRepeatableWithASeed();
    void rateLimit();

private:
    void start(SandboxOptions options = {});
    QByteArray fingerprint();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestSandboxHttp::init()
{
    start();
}

void TestSandboxHttp::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxHttp::start(SandboxOptions options)
{
    m_http.reset();
    m_server.reset();
    options.manualClock = true;
    options.clockStartMs = kT0;
    options.rngSeed = 1234;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_http = std::make_unique<HttpTestClient>(m_server->baseUrl(), options.token);
}

QByteArray TestSandboxHttp::fingerprint()
{
    // The whole observable state; the manual clock does not move, so equal bytes mean nothing changed.
    return m_http->get(u"/instance/list?per_page=1000"_s).body + m_http->get(u"/snapshot/list"_s).body +
           m_http->get(u"/network/group/list"_s).body + m_http->get(u"/account/balance"_s).body;
}

void TestSandboxHttp::instanceLifecycleOverHttp()
{
    const HttpResult created = m_http->post(u"/instance"_s, createBody(u"order.7"_s));
    QCOMPARE(created.status, 200);
    QVERIFY(created.contentType.startsWith("application/json"));
    QCOMPARE(created.code(), 0);
    QVERIFY(created.json().contains("msg"_L1));
    const QJsonObject in = created.json().value("instance"_L1).toObject();
    // The public VisibleInstance field names, exactly, plus the documented extensions.
    QCOMPARE(keys(in),
             (QStringList{u"accesses"_s,   u"baseImage"_s,       u"baseSnap"_s,   u"category"_s,
                          u"cmd"_s,        u"costMilliCredit"_s, u"createTime"_s, u"domain"_s,
                          u"envs"_s,       u"hardware"_s,        u"instanceID"_s, u"metaKey"_s,
                          u"priceCent"_s,  u"regionName"_s,      u"remark"_s,     u"simulated"_s,
                          u"sourceType"_s, u"sshCred"_s,         u"status"_s,     u"statusTime"_s}));
    QCOMPARE(in.value("status"_L1).toString(), u"SchedQueued"_s);
    QVERIFY(in.value("createTime"_L1).toObject().value("seconds"_L1).isDouble());
    QCOMPARE(keys(in.value("hardware"_L1).toObject()),
             (QStringList{u"cpuCoresNum"_s, u"cpuName"_s, u"diskGB"_s, u"gpuName"_s, u"gpuNum"_s,
                          u"gpuRamMB"_s, u"ramMB"_s}));
    const QJsonArray accesses = in.value("accesses"_L1).toArray();
    QCOMPARE(accesses.size(), 3);
    QCOMPARE(accesses.at(2).toObject().value("protocol"_L1).toString(), u"http"_s);
    QCOMPARE(accesses.at(2).toObject().value("listenPort"_L1).toInt(), 7890);
    const QString id = in.value("instanceID"_L1).toString();

    m_server->clock().advance(8000);
    const HttpResult byId = m_http->get(u"/instance?request_id="_s + id);
    QCOMPARE(byId.json().value("instance"_L1).toObject().value("status"_L1).toString(), u"Running"_s);
    const HttpResult byKey = m_http->get(u"/instance?meta_key=order.7"_s);
    QCOMPARE(byKey.json().value("instance"_L1).toObject().value("instanceID"_L1).toString(), id);
    const HttpResult legacy = m_http->get(u"/instance?request_id="_s + id.mid(4));
    QCOMPARE(legacy.json().value("instance"_L1).toObject().value("instanceID"_L1).toString(), id);

    const HttpResult released = m_http->del(u"/instance?request_id="_s + id);
    QCOMPARE(released.code(), 0);
    QCOMPARE(released.json().value("instance"_L1).toObject().value("status"_L1).toString(), u"Releasing"_s);
    const HttpResult again = m_http->del(u"/instance?request_id="_s + id);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.code(), codes::InvalidState);
    QVERIFY(!again.msg().isEmpty());
    m_server->clock().advance(3000);
    QCOMPARE(m_http->get(u"/instance?request_id="_s + id)
                 .json()
                 .value("instance"_L1)
                 .toObject()
                 .value("status"_L1)
                 .toString(),
             u"Released"_s);
    // Cancel by meta key too, as in the 1.0.0 contract.
    QCOMPARE(m_http->del(u"/instance?meta_key=demo.q8w2e4r6"_s).code(), 0);
    QVERIFY(!m_http->get(u"/instance/list"_s).header("Server-Timing").isEmpty());
}

void TestSandboxHttp::extensionsOverHttp()
{
    const QString id = u"ins-5y4p57y9"_s;
    // Port forwards.
    const HttpResult added = m_http->post(
        u"/instance/port"_s, {{"request_id"_L1, id}, {"port"_L1, 7860}, {"protocol"_L1, u"https"_s}});
    QCOMPARE(added.code(), 0);
    const QJsonObject access = added.json().value("access"_L1).toObject();
    QCOMPARE(keys(access), (QStringList{u"accessID"_s, u"listenPort"_s, u"protocol"_s, u"url"_s}));
    QCOMPARE(access.value("url"_L1).toString(), QString()); // pending
    const QString accessId = access.value("accessID"_L1).toString();
    const HttpResult edited = m_http->put(
        u"/instance/port"_s,
        {{"request_id"_L1, id}, {"access_id"_L1, accessId}, {"port"_L1, 7861}, {"protocol"_L1, u"tcp"_s}});
    QCOMPARE(edited.json().value("access"_L1).toObject().value("listenPort"_L1).toInt(), 7861);
    QCOMPARE(m_http->del(u"/instance/port?request_id=%1&access_id=%2"_s.arg(id, accessId)).code(), 0);
    // Metrics and billing.
    m_server->clock().advance(5000);
    const HttpResult metrics =
        m_http->get(u"/instance/metrics?request_id=%1&since=%2"_s.arg(id).arg(kT0 / 1000));
    QCOMPARE(metrics.code(), 0);
    QVERIFY(metrics.json().value("simulated"_L1).toBool());
    const QJsonArray samples = metrics.json().value("samples"_L1).toArray();
    QCOMPARE(samples.size(), 5);
    QCOMPARE(keys(samples.first().toObject()),
             (QStringList{u"cpuPct"_s, u"diskTotalGB"_s, u"diskUsedGB"_s, u"gpuMemTotalMB"_s,
                          u"gpuMemUsedMB"_s, u"gpuUtil"_s, u"netInKBps"_s, u"netOutKBps"_s, u"ramTotalMB"_s,
                          u"ramUsedMB"_s, u"t"_s}));
    // The fields extension: only those asked for, besides t.
    const HttpResult slim = m_http->get(
        u"/instance/metrics?request_id=%1&since=%2&fields=gpuUtil,cpuPct"_s.arg(id).arg(kT0 / 1000));
    const QJsonArray slimSamples = slim.json().value("samples"_L1).toArray();
    QCOMPARE(slimSamples.size(), 5);
    QCOMPARE(keys(slimSamples.first().toObject()), (QStringList{u"cpuPct"_s, u"gpuUtil"_s, u"t"_s}));
    QCOMPARE(slimSamples.last()["gpuUtil"_L1], samples.last()["gpuUtil"_L1]);
    const HttpResult billing = m_http->get(u"/instance/billing?request_id="_s + id);
    const QJsonObject record = billing.json().value("records"_L1).toArray().first().toObject();
    QCOMPARE(keys(record), (QStringList{u"billingMethod"_s, u"costMilliCredit"_s, u"discountPercent"_s,
                                        u"durationSeconds"_s, u"endTime"_s, u"priceCent"_s, u"startTime"_s}));
    QVERIFY(record.value("endTime"_L1).isNull());
    // Snapshots.
    const HttpResult snap = m_http->post(
        u"/snapshot"_s, {{"instance_id"_L1, id}, {"name"_L1, u"env"_s}, {"auto_release"_L1, false}});
    QCOMPARE(snap.code(), 0);
    const QJsonObject snapshot = snap.json().value("snapshot"_L1).toObject();
    QCOMPARE(keys(snapshot),
             (QStringList{u"createTime"_s, u"excludedPath"_s, u"name"_s, u"progress"_s, u"regionName"_s,
                          u"sizeMB"_s, u"snapID"_s, u"sourceInstanceID"_s, u"status"_s}));
    const QString snapId = snapshot.value("snapID"_L1).toString();
    QCOMPARE(m_http->del(u"/snapshot?snap_id="_s + snapId).code(), codes::InvalidState);
    m_server->clock().advance(11'000);
    const QJsonArray snaps = m_http->get(u"/snapshot/list"_s).json().value("snapshots"_L1).toArray();
    QCOMPARE(snaps.last().toObject().value("status"_L1).toString(), u"Available"_s);
    QCOMPARE(m_http->put(u"/snapshot"_s, {{"snap_id"_L1, snapId}, {"name"_L1, u"env2"_s}})
                 .json()
                 .value("snapshot"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"env2"_s);
    QCOMPARE(m_http->del(u"/snapshot?snap_id="_s + snapId).code(), 0);
    // Network groups.
    const HttpResult group = m_http->post(
        u"/network/group"_s, {{"name"_L1, u"g2"_s}, {"region_name"_L1, u"TW-03"_s}, {"capacity"_L1, 3}});
    QCOMPARE(group.code(), 0);
    const QString groupId = group.json().value("group"_L1).toObject().value("groupID"_L1).toString();
    QCOMPARE(keys(group.json().value("group"_L1).toObject()),
             (QStringList{u"capacity"_s, u"groupID"_s, u"members"_s, u"name"_s, u"regionName"_s}));
    const HttpResult member =
        m_http->post(u"/network/group/member"_s, {{"group_id"_L1, groupId}, {"instance_id"_L1, id}});
    QCOMPARE(member.code(), codes::Duplicate); // already in the seeded llama-mesh
    QCOMPARE(m_http->del(u"/network/group/member?group_id=ng-7f3k9q2m&instance_id="_s + id).code(), 0);
    const QJsonObject joined =
        m_http->post(u"/network/group/member"_s, {{"group_id"_L1, groupId}, {"instance_id"_L1, id}})
            .json()
            .value("group"_L1)
            .toObject();
    const QJsonObject m = joined.value("members"_L1).toArray().first().toObject();
    QCOMPARE(keys(m),
             (QStringList{u"bandwidthMbps"_s, u"instanceID"_s, u"ipCidr"_s, u"name"_s, u"status"_s}));
    QCOMPARE(m_http->get(u"/network/group/list"_s).json().value("groups"_L1).toArray().size(), 2);
    QCOMPARE(m_http->del(u"/network/group?group_id="_s + groupId).code(), 0);
    // Account and catalogue.
    const HttpResult balance = m_http->get(u"/account/balance"_s);
    QVERIFY(balance.json().value("balanceMilliCredit"_L1).isDouble());
    QVERIFY(balance.json().value("simulated"_L1).toBool());
    const qint64 before = qint64(balance.json().value("balanceMilliCredit"_L1).toDouble());
    const HttpResult topped = m_http->post(u"/account/topup"_s, {{"amountMilliCredit"_L1, 10000}});
    QCOMPARE(qint64(topped.json().value("balanceMilliCredit"_L1).toDouble()), before + 10000);
    const QJsonArray specs =
        m_http->get(u"/spec/list?region_name=JP-01"_s).json().value("specs"_L1).toArray();
    QVERIFY(!specs.isEmpty());
    for (const QJsonValue &s : specs)
        QCOMPARE(s.toObject().value("regionName"_L1).toString(), u"JP-01"_s);
    QCOMPARE(keys(specs.first().toObject()),
             (QStringList{u"availableUnits"_s, u"cpuCoresNum"_s, u"cpuName"_s, u"diskGB"_s, u"gpuName"_s,
                          u"gpuRamMB"_s, u"priceCent"_s, u"ramMB"_s, u"regionName"_s, u"specID"_s}));
    QVERIFY(m_http->get(u"/spec/list"_s).json().value("specs"_L1).toArray().size() > specs.size());
    const QJsonArray images = m_http->get(u"/image/list"_s).json().value("images"_L1).toArray();
    QCOMPARE(keys(images.first().toObject()),
             (QStringList{u"defaultPorts"_s, u"description"_s, u"imageID"_s, u"imageName"_s}));
}

void TestSandboxHttp::listPaging()
{
    const int total = m_server->engine().instanceCount();
    const HttpResult first = m_http->get(u"/instance/list?page=1&per_page=4"_s);
    QCOMPARE(first.json().value("total"_L1).toInt(), total);
    QCOMPARE(first.json().value("page"_L1).toInt(), 1);
    QCOMPARE(first.json().value("per_page"_L1).toInt(), 4);
    QCOMPARE(first.json().value("instances"_L1).toArray().size(), 4);
    const HttpResult third = m_http->get(u"/instance/list?page=3&per_page=4"_s);
    QCOMPARE(third.json().value("instances"_L1).toArray().size(), total - 8);
    QVERIFY(
        m_http->get(u"/instance/list?page=9&per_page=4"_s).json().value("instances"_L1).toArray().isEmpty());
    QCOMPARE(m_http->get(u"/instance/list"_s).json().value("per_page"_L1).toInt(), 20); // the default
}

void TestSandboxHttp::idempotentCreateOverHttp()
{
    const int before = m_server->engine().instanceCount();
    const HttpResult a = m_http->post(u"/instance"_s, createBody(u"retry.1"_s));
    const HttpResult b = m_http->post(u"/instance"_s, createBody(u"retry.1"_s));
    QCOMPARE(a.code(), 0);
    QCOMPARE(b.code(), 0);
    QCOMPARE(b.json().value("instance"_L1).toObject().value("instanceID"_L1),
             a.json().value("instance"_L1).toObject().value("instanceID"_L1));
    QCOMPARE(m_server->engine().instanceCount(), before + 1);
}

void TestSandboxHttp::authHeaderOnly()
{
    const QByteArray state = fingerprint();
    // Only the header: a token in the URL is what a web page (or a log) can carry.
    QCOMPARE(m_http->send("GET", u"/instance/list?Authorization=sandbox-token"_s, {}, false).code(),
             codes::BadToken);
    QCOMPARE(m_http->send("GET", u"/instance/list?Authorization=Bearer%20sandbox-token"_s, {}, false).code(),
             codes::BadToken);
    const HttpResult missing = m_http->send("GET", u"/instance/list"_s, {}, false);
    QCOMPARE(missing.status, 200);
    QCOMPARE(missing.code(), codes::BadToken);
    m_http->setToken(u"wrong"_s);
    QCOMPARE(m_http->get(u"/instance/list"_s).code(), codes::BadToken);
    QCOMPARE(m_http->post(u"/instance"_s, createBody(u"sneaky"_s)).code(), codes::BadToken);
    QCOMPARE(m_http->del(u"/instance?request_id=ins-5y4p57y9"_s).code(), codes::BadToken);
    m_http->setToken(u"sandbox-token"_s);
    QCOMPARE(fingerprint(), state);
}

void TestSandboxHttp::unknownRoutesAnswer404()
{
    for (const QString &path : {u"/nothing"_s, u"/instance/list/extra"_s, u"/instances"_s}) {
        const HttpResult r = m_http->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), codes::NoSuchRoute);
        QVERIFY(r.msg().contains(path));
    }
    const HttpResult outside = m_http->send("GET", u"/../../other"_s, {}, false);
    QCOMPARE(outside.status, 404);
    const HttpResult wrongMethod = m_http->send("PATCH", u"/instance"_s, "{}");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.code(), codes::NoSuchRoute);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET, POST, DELETE"));
}

void TestSandboxHttp::badInput_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    const auto row = [](const char *name, const char *verb, const QString &path, const QByteArray &body,
                        int code) { QTest::newRow(name) << QByteArray(verb) << path << body << code; };
    const QByteArray create = QJsonDocument(createBody(u"bad.1"_s)).toJson();
    const auto createWith = [](const char *key, const QJsonValue &value) {
        QJsonObject o = createBody(u"bad.2"_s);
        if (value.isUndefined())
            o.remove(QLatin1StringView(key));
        else
            o.insert(QLatin1StringView(key), value);
        return QJsonDocument(o).toJson();
    };
    row("malformed JSON", "POST", u"/instance"_s, create.left(create.size() / 2), codes::Validation);
    row("JSON array", "POST", u"/instance"_s, "[1,2]", codes::Validation);
    row("JSON null", "POST", u"/instance"_s, "null", codes::Validation);
    row("empty body", "POST", u"/instance"_s, "", codes::Validation);
    row("binary body", "POST", u"/instance"_s, QByteArray("\x00\xff\xfe{", 4), codes::Validation);
    row("meta key not a string", "POST", u"/instance"_s, createWith("custom_meta_key", 5), codes::Validation);
    row("missing gpu", "POST", u"/instance"_s, createWith("gpu_name", QJsonValue::Undefined),
        codes::Validation);
    row("missing meta key", "POST", u"/instance"_s, createWith("custom_meta_key", QJsonValue::Undefined),
        codes::Validation);
    row("meta key too long", "POST", u"/instance"_s, createWith("custom_meta_key", QString(65, u'k')),
        codes::Validation);
    row("remark too long", "POST", u"/instance"_s, createWith("remark", QString(5000, u'r')),
        codes::Validation);
    row("ports not JSON text", "POST", u"/instance"_s, createWith("ports", u"7890"_s), codes::Validation);
    row("ports as array", "POST", u"/instance"_s, createWith("ports", QJsonArray{1}), codes::Validation);
    row("port out of range", "POST", u"/instance"_s,
        createWith("ports", u"[{\"port\":70000,\"protocol\":1}]"_s), codes::Validation);
    row("unknown image", "POST", u"/instance"_s, createWith("from_image_id", u"img-zzzzzzzz"_s),
        codes::UnknownId);
    row(
        "unknown snapshot", "POST", u"/instance"_s,
        [] {
            QJsonObject o = createBody(u"bad.3"_s);
            o.remove("from_image_id"_L1);
            o.insert("from_snap_id"_L1, u"zzzzzzzz"_s);
            return QJsonDocument(o).toJson();
        }(),
        codes::UnknownId);
    row("snapshot name not a string", "POST", u"/snapshot"_s, R"({"instance_id":"ins-5y4p57y9","name":123})",
        codes::Validation);
    row("auto_release not a bool", "POST", u"/snapshot"_s,
        R"({"instance_id":"ins-5y4p57y9","name":"x","auto_release":"yes"})", codes::Validation);
    row("snapshot of unknown instance", "POST", u"/snapshot"_s,
        R"({"instance_id":"ins-zzzzzzzz","name":"x"})", codes::UnknownId);
    row("snapshot of released instance", "POST", u"/snapshot"_s,
        R"({"instance_id":"ins-boyqp4g8","name":"x"})", codes::InvalidState);
    row("rename without id", "PUT", u"/snapshot"_s, R"({"name":"x"})", codes::Validation);
    row("rename unknown", "PUT", u"/snapshot"_s, R"({"snap_id":"zzzzzzzz","name":"x"})", codes::UnknownId);
    row("rename duplicate", "PUT", u"/snapshot"_s, R"({"snap_id":"6ypgvgpw","name":"sd-webui-ready"})",
        codes::Duplicate);
    row("delete snapshot without id", "DELETE", u"/snapshot"_s, {}, codes::Validation);
    row("delete unknown snapshot", "DELETE", u"/snapshot?snap_id=zzzzzzzz"_s, {}, codes::UnknownId);
    row("port as string", "POST", u"/instance/port"_s, R"({"request_id":"ins-5y4p57y9","port":"8080"})",
        codes::Validation);
    row("port fractional", "POST", u"/instance/port"_s, R"({"request_id":"ins-5y4p57y9","port":8080.5})",
        codes::Validation);
    row("port 0", "POST", u"/instance/port"_s, R"({"request_id":"ins-5y4p57y9","port":0})",
        codes::Validation);
    row("port 70000", "POST", u"/instance/port"_s, R"({"request_id":"ins-5y4p57y9","port":70000})",
        codes::Validation);
    row("port huge", "POST", u"/instance/port"_s, R"({"request_id":"ins-5y4p57y9","port":1e300})",
        codes::Validation);
    row("protocol udp", "POST", u"/instance/port"_s,
        R"({"request_id":"ins-5y4p57y9","port":9000,"protocol":"udp"})", codes::Validation);
    row("port on released", "POST", u"/instance/port"_s, R"({"request_id":"ins-boyqp4g8","port":9000})",
        codes::InvalidState);
    row("port already used", "POST", u"/instance/port"_s, R"({"request_id":"ins-5y4p57y9","port":8888})",
        codes::Duplicate);
    row("edit unknown access", "PUT", u"/instance/port"_s,
        R"({"request_id":"ins-5y4p57y9","access_id":"acc-99","port":9000})", codes::UnknownId);
    row("delete port without access", "DELETE", u"/instance/port?request_id=ins-5y4p57y9"_s, {},
        codes::Validation);
    row("query without id", "GET", u"/instance"_s, {}, codes::Validation);
    row("query with both", "GET", u"/instance?request_id=ins-5y4p57y9&meta_key=x"_s, {}, codes::Validation);
    row("query id too long", "GET", u"/instance?request_id="_s + QString(65, u'a'), {}, codes::Validation);
    row("query unknown", "GET", u"/instance?request_id=ins-zzzzzzzz"_s, {}, codes::UnknownId);
    row("release unknown", "DELETE", u"/instance?request_id=ins-zzzzzzzz"_s, {}, codes::UnknownId);
    row("release snapshotting", "DELETE", u"/instance?request_id=ins-r6b2n8hs"_s, {}, codes::InvalidState);
    row("page 0", "GET", u"/instance/list?page=0"_s, {}, codes::Validation);
    row("per_page text", "GET", u"/instance/list?per_page=abc"_s, {}, codes::Validation);
    row("per_page too big", "GET", u"/instance/list?per_page=5000"_s, {}, codes::Validation);
    row("since text", "GET", u"/instance/metrics?request_id=ins-5y4p57y9&since=yesterday"_s, {},
        codes::Validation);
    row("fields unknown", "GET", u"/instance/metrics?request_id=ins-5y4p57y9&fields=gpuUtil,temperature"_s,
        {}, codes::Validation);
    row("metrics unknown", "GET", u"/instance/metrics?request_id=ins-zzzzzzzz"_s, {}, codes::UnknownId);
    row("billing without id", "GET", u"/instance/billing"_s, {}, codes::Validation);
    row("capacity as string", "POST", u"/network/group"_s,
        R"({"name":"n","region_name":"TW-03","capacity":"3"})", codes::Validation);
    row("capacity 0", "POST", u"/network/group"_s, R"({"name":"n","region_name":"TW-03","capacity":0})",
        codes::Validation);
    row("group without name", "POST", u"/network/group"_s, R"({"region_name":"TW-03","capacity":2})",
        codes::Validation);
    row("group duplicate", "POST", u"/network/group"_s,
        R"({"name":"LLAMA-mesh","region_name":"TW-03","capacity":2})", codes::Duplicate);
    row("member of unknown group", "POST", u"/network/group/member"_s,
        R"({"group_id":"ng-zzzzzzzz","instance_id":"ins-a9c4e1tw"})", codes::UnknownId);
    row("delete unknown group", "DELETE", u"/network/group?group_id=ng-zzzzzzzz"_s, {}, codes::UnknownId);
    row("unknown region", "GET", u"/spec/list?region_name=XX-99"_s, {}, codes::Validation);
    row("negative top-up", "POST", u"/account/topup"_s, R"({"amountMilliCredit":-5})", codes::Validation);
}

void TestSandboxHttp::badInput()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    const QByteArray before = fingerprint();
    const HttpResult r = m_http->send(verb, path, body);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.isJson(), r.body.constData());
    QCOMPARE(r.code(), code);
    QVERIFY2(!r.msg().isEmpty(), "every refusal says why");
    QCOMPARE(fingerprint(), before); // the server is still there, and nothing changed
}

void TestSandboxHttp::bodyOverOneMebibyte()
{
    const QByteArray before = fingerprint();
    QJsonObject body = createBody(u"huge"_s);
    body.insert("remark"_L1, QString(1024 * 1024, u'x'));
    const HttpResult r = m_http->post(u"/instance"_s, body);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), codes::BodyTooLarge);
    QCOMPARE(fingerprint(), before);
    // Exactly at the limit is still read (and then refused for its content, not its size).
    QByteArray atLimit = R"({"name":")" + QByteArray(kMaxBodyBytes - 32, 'n');
    atLimit += QByteArray(kMaxBodyBytes - atLimit.size() - 2, 'n') + "\"}";
    QCOMPARE(atLimit.size(), kMaxBodyBytes);
    QCOMPARE(m_http->send("POST", u"/network/group"_s, atLimit).code(), codes::Validation);
}

void TestSandboxHttp::racingClientsOneWins()
{
    // Two independent clients act on one instance at the same moment: one wins, the other gets 40900.
    QNetworkAccessManager a;
    QNetworkAccessManager b;
    const auto fire = [this](QNetworkAccessManager &nam, const QByteArray &verb, const QString &path,
                             const QByteArray &body) {
        QNetworkRequest req(QUrl(m_server->baseUrl() + path));
        req.setRawHeader("Authorization", "Bearer sandbox-token");
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return nam.sendCustomRequest(req, verb, body);
    };
    const auto codeOf = [](QNetworkReply *r) {
        return QJsonDocument::fromJson(r->readAll()).object().value("code"_L1).toInt(-1);
    };
    for (int round = 0; round < 3; ++round) {
        const QString id = round == 0   ? u"ins-5y4p57y9"_s
                           : round == 1 ? u"ins-p7x3v9dn"_s
                                        : u"ins-a9c4e1tw"_s;
        QNetworkReply *r1 = nullptr;
        QNetworkReply *r2 = nullptr;
        if (round == 0) {
            r1 = fire(a, "DELETE", u"/instance?request_id="_s + id, {});
            r2 = fire(b, "DELETE", u"/instance?request_id="_s + id, {});
        } else if (round == 1) {
            const QByteArray snap = R"({"instance_id":")" + id.toUtf8() + R"(","name":"race-)" +
                                    QByteArray::number(round) + "\"}";
            r1 = fire(a, "POST", u"/snapshot"_s, snap);
            r2 = fire(b, "POST", u"/snapshot"_s, QByteArray(snap).replace("race-", "race2-"));
        } else {
            r1 = fire(a, "DELETE", u"/instance?request_id="_s + id, {});
            r2 = fire(b, "POST", u"/snapshot"_s, R"({"instance_id":")" + id.toUtf8() + R"(","name":"late"})");
        }
        QVERIFY(QTest::qWaitFor([&] { return r1->isFinished() && r2->isFinished(); }, 10000));
        QList<int> results{codeOf(r1), codeOf(r2)};
        std::sort(results.begin(), results.end());
        QCOMPARE(results, (QList<int>{0, codes::InvalidState}));
        r1->deleteLater();
        r2->deleteLater();
    }
    QCOMPARE(m_http->get(u"/instance/list"_s).code(), 0);
}

void TestSandboxHttp::chaosErrors()
{
    SandboxOptions o;
    o.chaos.errors = 1.0;
    start(o);
    const int before = m_server->engine().instanceCount();
    const HttpResult r = m_http->post(u"/instance"_s, createBody(u"chaos.e"_s));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.code(), codes::Internal);
    QCOMPARE(m_server->engine().instanceCount(), before); // nothing was done
    QCOMPARE(m_http->get(u"/instance/list"_s).status, 500);
}

void TestSandboxHttp::chaos429()
{
    SandboxOptions o;
    o.chaos.tooMany = 1.0;
    start(o);
    const int before = m_server->engine().instanceCount();
    const HttpResult r = m_http->post(u"/instance"_s, createBody(u"chaos.429"_s));
    QCOMPARE(r.status, 429);
    QVERIFY(r.contentType.startsWith("text/plain"));
    QVERIFY(!r.isJson());
    QVERIFY(r.body.contains("42900"));
    QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    QCOMPARE(m_server->engine().instanceCount(), before);
}

void TestSandboxHttp::chaosLatency()
{
    SandboxOptions o;
    o.chaos.latency = 1.0;
    o.chaos.latencyMs = 400;
    start(o);
    const HttpResult r = m_http->get(u"/instance/list"_s);
    QCOMPARE(r.code(), 0);
    QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs))); // held back, then answered
    // A client that gives up early leaves the server unharmed.
    const HttpResult impatient = m_http->send("GET", u"/instance/list"_s, {}, true, 100);
    QCOMPARE(impatient.status, 0);
    // The next answer is held back as long, so the abandoned one comes due (and finds no connection) first.
    QCOMPARE(m_http->get(u"/account/balance"_s).code(), 0);
}

void TestSandboxHttp::chaosMalformed()
{
    SandboxOptions o;
    o.chaos.malformed = 1.0;
    start(o);
    const int before = m_server->engine().instanceCount();
    const HttpResult r = m_http->post(u"/instance"_s, createBody(u"chaos.m"_s));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.isJson());
    QVERIFY(!r.body.isEmpty());
    QCOMPARE(m_server->engine().instanceCount(), before + 1); // carried out; only the answer is broken
    QVERIFY(m_server->engine().instanceByMetaKey(u"chaos.m"_s));
}

void TestSandboxHttp::chaosDrop()
{
    SandboxOptions o;
    o.chaos.drop = 1.0;
    start(o);
    const int before = m_server->engine().instanceCount();
    const HttpResult r = m_http->post(u"/instance"_s, createBody(u"chaos.d"_s));
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(m_server->engine().instanceCount(), before + 1); // the answer was lost, the create was not
    QVERIFY(m_server->engine().instanceByMetaKey(u"chaos.d"_s));
}

void TestSandboxHttp::chaosIsRepeatableWithASeed()
{
    const auto outcomes = [this](quint64 seed) {
        SandboxOptions o;
        o.chaos = *ChaosSpec::parse(u"errors=0.3,429=0.3,malformed=0.2"_s, nullptr);
        o.chaosSeed = seed;
        start(o);
        QList<int> seen;
        for (int i = 0; i < 30; ++i) {
            const HttpResult r = m_http->get(u"/account/balance"_s);
            seen.append(r.status * 10 + (r.isJson() ? 1 : 0));
        }
        return seen;
    };
    const QList<int> first = outcomes(77);
    QCOMPARE(outcomes(77), first);
    QVERIFY(outcomes(78) != first);
    QVERIFY(first.contains(500 * 10 + 1));
    QVERIFY(first.contains(429 * 10));
    QVERIFY(first.contains(200 * 10));     // malformed
    QVERIFY(first.contains(200 * 10 + 1)); // untouched
}

void TestSandboxHttp::rateLimit()
{
    SandboxOptions o;
    o.rateLimitPerSecond = 2;
    start(o);
    int limited = 0;
    for (int i = 0; i < 10; ++i) {
        const HttpResult r = m_http->get(u"/account/balance"_s);
        if (r.status == 429) {
            ++limited;
            QVERIFY(r.contentType.startsWith("text/plain"));
            QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        } else {
            QCOMPARE(r.code(), 0);
        }
    }
    QVERIFY(limited >= 1);
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
