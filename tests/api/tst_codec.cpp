// SPDX-License-Identifier: Apache-2.0
// The pure JSON decoders on the public SDK samples (../shared/docs/glows-sdk-v1.md) and on broken input.
#include "tst_codec.h"

#include "api/codec.h"

#include <QJsonDocument>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
// §2.1 "Query one instance", v1 sample; the stored copy ends in a cut-off marker, kept as an unknown field.
const QByteArray kQuerySample = R"({"code":0,"msg":"","instance":{
 "instanceID":"ins-boyqp4g8","category":"container","status":"Running","priceCent":65,
 "hardware":{"gpuName":"NVIDIA GeForce RTX 4090",
   "cpuName":"Intel(R) Xeon(R) Platinum 8352V CPU @ 2.10GHz",
   "gpuNum":1,"gpuRamMB":24564,"cpuCoresNum":10,"ramMB":43008,"diskGB":100},
 "baseImage":{"imageID":"img-87p9kq26","imageName":"Ubuntu20.04 CUDA12.2 Python3.9"},
 "baseSnap":null,
 "sshCred":{"user":"root","password":"example-password"},
 "accesses":[{"protocol":"ssh","listenPort":22,"url":"ssh://access.example.com:15692"}],
 "domain":0,"createTime":{"seconds":1726810944},"cmd":"","envs":"foo=bar",
 "remark":"this is from sdk","metaKey":"order.123456", "...": "sample cut off here in the stored copy"}})";

// §2.2 create response as described for 1.0.1: SchedQueued, zeroed hardware, empty URLs, legacy image ID.
const QByteArray kCreateSample = R"({"code":0,"msg":"","instance":{
 "instanceID":"boyqp4g8","category":"container","status":"SchedQueued","priceCent":0,
 "hardware":{"gpuName":"NVIDIA GeForce RTX 4090","cpuName":"","gpuNum":0,"gpuRamMB":0,"cpuCoresNum":0,
   "ramMB":0,"diskGB":0},
 "baseImage":{"imageID":"87p9kq26","imageName":"Ubuntu20.04 CUDA12.2 Python3.9"},"baseSnap":null,
 "sshCred":{"user":"root","password":""},
 "accesses":[{"protocol":"ssh","listenPort":22,"url":""},{"protocol":"http","listenPort":8888,"url":""},
             {"protocol":"http","listenPort":7890,"url":""}],
 "domain":2,"createTime":{"seconds":1726810944},"cmd":"","envs":"foo=bar","remark":"this is from sdk",
 "metaKey":"order.123456","sourceType":"SourceSDK","regionName":"TW-03"}})";

// §2.2 create request example from 1.0.1.
const QByteArray kCreateRequestSample = R"({"from_image_id":"87p9kq26","gpu_name":"NVIDIA GeForce RTX 4090",
 "custom_meta_key":"order.123456","instance_category":"container","region_name":"TW-03",
 "remark":"this is from sdk","envs":"foo=bar","ports":"[{\"port\":7890,\"protocol\":2}]"})";

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject withInstance(const QByteArray &instanceJson)
{
    return parse("{\"code\":0,\"instance\":" + instanceJson + "}");
}

// Runs every decoder on whatever the envelope decoder let through; none may crash or hang.
void runEveryDecoder(const QJsonObject &body)
{
    QString e;
    const QJsonValue v = body;
    (void)codec::decodeInstance(v, &e);
    (void)codec::decodeInstance(body.value("instance"_L1), &e);
    (void)codec::decodeInstancePage(body, &e);
    (void)codec::decodeAccess(v, &e);
    (void)codec::decodeAccess(body.value("access"_L1), &e);
    (void)codec::decodeSnapshot(v, &e);
    (void)codec::decodeSnapshot(body.value("snapshot"_L1), &e);
    (void)codec::decodeSnapshotList(body, &e);
    (void)codec::decodeMetrics(body, &e);
    (void)codec::decodeBilling(body, &e);
    (void)codec::decodeNetworkGroup(body.value("group"_L1), &e);
    (void)codec::decodeNetworkGroups(body, &e);
    (void)codec::decodeSpecs(body, &e);
    (void)codec::decodeImages(body, &e);
    (void)codec::decodeBalance(body, &e);
    (void)codec::decodeCreateRequest(body, &e);
}
} // namespace

void TestCodec::querySample()
{
    QString error;
    const auto env = codec::decodeEnvelope(kQuerySample, &error);
    QVERIFY2(env, qPrintable(error));
    QCOMPARE(env->code, 0);
    const auto in = codec::decodeInstance(env->body.value("instance"_L1), &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->instanceID, u"ins-boyqp4g8"_s);
    QCOMPARE(in->category, u"container"_s);
    QCOMPARE(in->status.state(), InstanceState::Running);
    QCOMPARE(in->priceCent, 65);
    QCOMPARE(in->hardware.gpuName, u"NVIDIA GeForce RTX 4090"_s);
    QCOMPARE(in->hardware.cpuName, u"Intel(R) Xeon(R) Platinum 8352V CPU @ 2.10GHz"_s);
    QCOMPARE(in->hardware.gpuNum, 1);
    QCOMPARE(in->hardware.gpuRamMB, 24564);
    QCOMPARE(in->hardware.cpuCoresNum, 10);
    QCOMPARE(in->hardware.ramMB, 43008);
    QCOMPARE(in->hardware.diskGB, 100);
    QVERIFY(in->baseImage);
    QCOMPARE(in->baseImage->imageID, u"img-87p9kq26"_s);
    QCOMPARE(in->baseImage->imageName, u"Ubuntu20.04 CUDA12.2 Python3.9"_s);
    QVERIFY(!in->baseSnap);
    QCOMPARE(in->sshCred.user, u"root"_s);
    QCOMPARE(in->accesses.size(), 1);
    QCOMPARE(in->accesses.at(0).protocol, u"ssh"_s);
    QCOMPARE(in->accesses.at(0).listenPort, 22);
    QCOMPARE(in->accesses.at(0).url, u"ssh://access.example.com:15692"_s);
    QVERIFY(!in->accesses.at(0).isPending());
    QCOMPARE(in->domain, 0);
    QCOMPARE(in->createTime, 1726810944);
    QCOMPARE(in->envs, u"foo=bar"_s);
    QCOMPARE(in->remark, u"this is from sdk"_s);
    QCOMPARE(in->metaKey, u"order.123456"_s);
    // Fields the sample does not carry keep their defaults; extension fields stay absent.
    QVERIFY(in->sourceType.isEmpty());
    QVERIFY(!in->costMilliCredit);
    QVERIFY(!in->statusTime);
    QVERIFY(!in->progress);
    QVERIFY(!in->simulated);
}

void TestCodec::createSample()
{
    QString error;
    const auto env = codec::decodeEnvelope(kCreateSample, &error);
    QVERIFY2(env, qPrintable(error));
    const auto in = codec::decodeInstance(env->body.value("instance"_L1), &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->instanceID, u"boyqp4g8"_s); // kept as sent
    QCOMPARE(in->normalizedId(), u"ins-boyqp4g8"_s);
    QCOMPARE(in->status.state(), InstanceState::SchedQueued);
    QVERIFY(in->status.isTransitional());
    QCOMPARE(in->priceCent, 0);
    QCOMPARE(in->hardware.gpuNum, 0);
    QVERIFY(in->hardware.cpuName.isEmpty());
    QCOMPARE(in->accesses.size(), 3);
    for (const Access &a : in->accesses)
        QVERIFY(a.isPending());
    QCOMPARE(in->accesses.at(2).listenPort, 7890);
    QCOMPARE(in->domain, 2);
    QCOMPARE(in->sourceType, u"SourceSDK"_s);
    QCOMPARE(in->regionName, u"TW-03"_s);
}

void TestCodec::createRequestSampleRoundTrip()
{
    QString error;
    const auto req = codec::decodeCreateRequest(parse(kCreateRequestSample), &error);
    QVERIFY2(req, qPrintable(error));
    QCOMPARE(req->fromImageId, u"87p9kq26"_s);
    QCOMPARE(req->gpuName, u"NVIDIA GeForce RTX 4090"_s);
    QCOMPARE(req->customMetaKey, u"order.123456"_s);
    QCOMPARE(req->instanceCategory, u"container"_s);
    QCOMPARE(req->regionName, u"TW-03"_s);
    QCOMPARE(req->ports.size(), 1);
    QCOMPARE(req->ports.at(0).port, 7890);
    QCOMPARE(req->ports.at(0).protocol, 2);
    // Encoding it again gives the documented wire form (ports as JSON text inside a string).
    const QJsonObject encoded = codec::encodeCreateRequest(*req);
    QCOMPARE(encoded.value("ports"_L1).toString(), u"[{\"port\":7890,\"protocol\":2}]"_s);
    QCOMPARE(encoded.value("from_image_id"_L1).toString(), u"87p9kq26"_s);
    QVERIFY(!encoded.contains("from_snap_id"_L1));
}

void TestCodec::rateLimitPlainTextIsNotAnEnvelope()
{
    QString error;
    QVERIFY(!codec::decodeEnvelope("Too Many Requests", &error));
    QVERIFY(!error.isEmpty());
}

void TestCodec::brokenEnvelopes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("decodes");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("whitespace") << QByteArray(" \r\n ") << false;
    QTest::newRow("truncated") << kQuerySample.left(kQuerySample.size() / 2) << false;
    QTest::newRow("truncated-in-string") << QByteArray(R"({"code":0,"msg":"hal)") << false;
    QTest::newRow("root-array") << QByteArray(R"([{"code":0}])") << false;
    QTest::newRow("root-string") << QByteArray(R"("ok")") << false;
    QTest::newRow("root-number") << QByteArray("0") << false;
    QTest::newRow("root-null") << QByteArray("null") << false;
    QTest::newRow("no-code") << QByteArray(R"({"msg":"fine","instance":{}})") << false;
    QTest::newRow("code-string-text") << QByteArray(R"({"code":"zero"})") << false;
    QTest::newRow("code-bool") << QByteArray(R"({"code":false})") << false;
    QTest::newRow("code-null") << QByteArray(R"({"code":null})") << false;
    QTest::newRow("code-object") << QByteArray(R"({"code":{"value":0}})") << false;
    QTest::newRow("code-huge") << QByteArray(R"({"code":1e300,"msg":"x"})") << true;
    QTest::newRow("code-overflow") << QByteArray(R"({"code":1e999})") << false;
    QTest::newRow("code-negative-huge") << QByteArray(R"({"code":-99999999999999999999})") << true;
    QTest::newRow("code-numeric-string") << QByteArray(R"({"code":"0","msg":""})") << true;
    QTest::newRow("msg-number") << QByteArray(R"({"code":7,"msg":12})") << true;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false;
    QTest::newRow("invalid-utf8") << QByteArray("{\"code\":0,\"msg\":\"\xff\xfe\"}") << false;
    QTest::newRow("nul-bytes") << QByteArray("{\"code\":0}\0\0\0", 13) << false;
    QTest::newRow("trailing-garbage") << QByteArray(R"({"code":0} {"code":1})") << false;
    QTest::newRow("duplicate-keys") << QByteArray(R"({"code":0,"code":5})") << true;
    QTest::newRow("deep-nesting") << QByteArray("{\"code\":0,\"x\":" + QByteArray(5000, '[') +
                                                QByteArray(5000, ']') + "}")
                                  << false;
    QTest::newRow("payload-wrong-types")
        << QByteArray(R"({"code":0,"instances":"many","snapshots":{},"samples":3,"records":null,"groups":true,
                          "specs":[1,"a",null],"images":[[]],"balanceMilliCredit":"lots","instance":[]})")
        << true;
}

void TestCodec::brokenEnvelopes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, decodes);
    QString error;
    const auto env = codec::decodeEnvelope(bytes, &error);
    QCOMPARE(bool(env), decodes);
    if (!env) {
        QVERIFY(!error.isEmpty());
        return;
    }
    if (QByteArray(QTest::currentDataTag()) == "code-huge")
        QCOMPARE(env->code, std::numeric_limits<int>::max());
    runEveryDecoder(env->body);
}

void TestCodec::brokenInstances_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("decodes");
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("string") << QByteArray(R"("ins-1")") << false;
    QTest::newRow("empty-object") << QByteArray("{}") << false;
    QTest::newRow("id-empty") << QByteArray(R"({"instanceID":""})") << false;
    QTest::newRow("id-null") << QByteArray(R"({"instanceID":null})") << false;
    QTest::newRow("id-number") << QByteArray(R"({"instanceID":12345678})") << true;
    QTest::newRow("legacy-id") << QByteArray(R"({"instanceID":"boyqp4g8","status":"Running"})") << true;
    QTest::newRow("unknown-status") << QByteArray(R"({"instanceID":"ins-a","status":"Hibernating"})") << true;
    QTest::newRow("status-number") << QByteArray(R"({"instanceID":"ins-a","status":3})") << true;
    QTest::newRow("status-missing") << QByteArray(R"({"instanceID":"ins-a"})") << true;
    QTest::newRow("basesnap-null") << QByteArray(R"({"instanceID":"ins-a","baseSnap":null,"baseImage":null})")
                                   << true;
    QTest::newRow("basesnap-string") << QByteArray(R"({"instanceID":"ins-a","baseSnap":"6ypgvgpw"})") << true;
    QTest::newRow("hardware-string") << QByteArray(R"({"instanceID":"ins-a","hardware":"big"})") << true;
    QTest::newRow("huge-numbers") << QByteArray(R"({"instanceID":"ins-a","priceCent":1e300,"domain":-1e300,
                          "hardware":{"gpuNum":1e20,"ramMB":1e300,"diskGB":"1e400"},"progress":250,
                          "costMilliCredit":9e99,"createTime":{"seconds":1e300}})")
                                  << true;
    QTest::newRow("numbers-as-strings")
        << QByteArray(R"({"instanceID":"ins-a","priceCent":"65","createTime":"1726810944","statusTime":"x"})")
        << true;
    QTest::newRow("accesses-object") << QByteArray(R"({"instanceID":"ins-a","accesses":{"protocol":"ssh"}})")
                                     << true;
    QTest::newRow("accesses-mixed")
        << QByteArray(
               R"({"instanceID":"ins-a","accesses":[null,"ssh",{"protocol":"http","listenPort":"8888","url":""},
                          {"protocol":7,"listenPort":null,"url":null}]})")
        << true;
    QTest::newRow("sshcred-array") << QByteArray(R"({"instanceID":"ins-a","sshCred":["root","pw"]})") << true;
    QTest::newRow("unknown-fields")
        << QByteArray(R"({"instanceID":"ins-a","gpuTemperature":80,"nested":{"a":[1,2,{"b":null}]},"":""})")
        << true;
    QTest::newRow("progress-negative") << QByteArray(R"({"instanceID":"ins-a","progress":-5})") << true;
    QTest::newRow("simulated-string") << QByteArray(R"({"instanceID":"ins-a","simulated":"yes"})") << true;
}

void TestCodec::brokenInstances()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, decodes);
    const QJsonObject body = withInstance(json);
    QString error;
    const auto in = codec::decodeInstance(body.value("instance"_L1), &error);
    QCOMPARE(bool(in), decodes);
    if (!in) {
        QVERIFY(!error.isEmpty());
        return;
    }
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "id-number")
        QCOMPARE(in->instanceID, u"12345678"_s);
    if (tag == "legacy-id")
        QCOMPARE(in->normalizedId(), u"ins-boyqp4g8"_s);
    if (tag == "unknown-status") {
        QCOMPARE(in->status.state(), InstanceState::Unknown);
        QCOMPARE(in->status.raw(), u"Hibernating"_s); // shown as "Unknown (Hibernating)"
        QCOMPARE(in->status.group(), StatusGroup::Running);
    }
    if (tag == "status-number")
        QCOMPARE(in->status.raw(), u"3"_s);
    if (tag == "basesnap-null" || tag == "basesnap-string")
        QVERIFY(!in->baseSnap);
    if (tag == "huge-numbers") {
        QCOMPARE(in->priceCent, std::numeric_limits<int>::max());
        QCOMPARE(in->domain, std::numeric_limits<int>::min());
        QCOMPARE(in->hardware.gpuNum, std::numeric_limits<int>::max());
        QVERIFY(in->hardware.ramMB > 0);
        QCOMPARE(*in->progress, 100);
        QVERIFY(*in->costMilliCredit > 0);
    }
    if (tag == "numbers-as-strings") {
        QCOMPARE(in->priceCent, 65);
        QCOMPARE(in->createTime, 1726810944);
    }
    if (tag == "accesses-mixed") {
        QCOMPARE(in->accesses.size(), 2);
        QCOMPARE(in->accesses.at(0).listenPort, 8888);
        QVERIFY(in->accesses.at(0).isPending());
    }
    if (tag == "progress-negative")
        QCOMPARE(*in->progress, 0);
}

void TestCodec::listTolerance()
{
    QString error;
    QVERIFY(!codec::decodeInstancePage(parse(R"({"code":0})"), &error));
    QVERIFY(!codec::decodeInstancePage(parse(R"({"code":0,"instances":{"a":1}})"), &error));
    // Broken items are skipped, the rest survive; `data` is accepted as the array's name.
    const auto page = codec::decodeInstancePage(
        parse(
            R"({"data":[{"instanceID":"ins-a"},null,{"status":"Running"},{"instanceID":"b"}],"total":"x"})"),
        &error);
    QVERIFY(page);
    QCOMPARE(page->instances.size(), 2);
    QCOMPARE(page->total, 2);
    QCOMPARE(codec::instanceArray(parse(R"({"list":[1,2,3]})")).size(), 3);
}

void TestCodec::extensionPayloadTolerance()
{
    QString error;
    const auto snaps = codec::decodeSnapshotList(
        parse(R"({"snapshots":[{"snapID":"6ypgvgpw","name":"n","sizeMB":"12","createTime":5,"progress":300},
                               {"name":"no id"},7]})"),
        &error);
    QVERIFY(snaps);
    QCOMPARE(snaps->size(), 1);
    QCOMPARE(snaps->at(0).snapID, u"6ypgvgpw"_s);
    QCOMPARE(snaps->at(0).progress, 100);

    const auto metrics =
        codec::decodeMetrics(parse(R"({"samples":[{"t":1,"gpuUtil":"NaN"},null,{"t":"2"}]})"), &error);
    QVERIFY(metrics);
    QCOMPARE(metrics->samples.size(), 2);
    QCOMPARE(metrics->samples.at(0).gpuUtil, 0.0);

    const auto billing = codec::decodeBilling(
        parse(R"({"records":[{"startTime":1,"endTime":null},{"endTime":5},"x"]})"), &error);
    QVERIFY(billing);
    QCOMPARE(billing->size(), 2);
    QVERIFY(!billing->at(0).endTime);
    QCOMPARE(*billing->at(1).endTime, 5);

    const auto groups = codec::decodeNetworkGroups(
        parse(
            R"({"groups":[{"groupID":"g1","members":[{"instanceID":"ins-a"},{"name":"x"},3]},{"name":"no id"}]})"),
        &error);
    QVERIFY(groups);
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->at(0).members.size(), 1);

    QVERIFY(!codec::decodeBalance(parse(R"({"balanceMilliCredit":"5"})"), &error));
    QVERIFY(codec::decodeBalance(parse(R"({"balanceMilliCredit":5000})"), &error));
    QVERIFY(!codec::decodeSpecs(parse(R"({"spec":[]})"), &error));
    const auto images =
        codec::decodeImages(parse(R"({"images":[{"imageID":""},{"imageID":"img-1"}]})"), &error);
    QVERIFY(images);
    QCOMPARE(images->size(), 1);
    QVERIFY(!codec::decodeAccess(QJsonValue(u"ssh"_s), &error));
}

void TestCodec::createRequestValidation()
{
    QString error;
    QVERIFY(!codec::decodeCreateRequest(parse(R"({"from_image_id":7})"), &error));
    QVERIFY(error.contains(u"from_image_id"_s));
    QVERIFY(!codec::decodeCreateRequest(parse(R"({"ports":"not json"})"), &error));
    QVERIFY(!codec::decodeCreateRequest(parse(R"({"ports":"{\"port\":1}"})"), &error));
    const auto defaults = codec::decodeCreateRequest(parse(R"({"from_snap_id":"6ypgvgpw"})"), &error);
    QVERIFY(defaults);
    QCOMPARE(defaults->instanceCategory, u"container"_s);
    QCOMPARE(defaults->fromSnapId, u"6ypgvgpw"_s);
}

void TestCodec::encodeDecodeRoundTrip()
{
    QString error;
    const auto env = codec::decodeEnvelope(kQuerySample, &error);
    QVERIFY(env);
    auto in = codec::decodeInstance(env->body.value("instance"_L1), &error);
    QVERIFY(in);
    in->costMilliCredit = 1234;
    in->statusTime = 1726810000;
    in->progress = 40;
    in->simulated = true;
    in->baseSnap = SnapRef{u"6ypgvgpw"_s, u"before upgrade"_s};
    const auto again = codec::decodeInstance(codec::encodeInstance(*in), &error);
    QVERIFY(again);
    QCOMPARE(*again, *in);

    Snapshot s{u"6ypgvgpw"_s, u"n"_s,     u"Available"_s,  2048, 1726810944,
               u"ins-a"_s,    u"TW-03"_s, u"/datadrive"_s, 100};
    QCOMPARE(*codec::decodeSnapshot(codec::encodeSnapshot(s), &error), s);
    NetworkGroup g{u"g1"_s,
                   u"mesh"_s,
                   u"TW-01"_s,
                   5,
                   {GroupMember{u"ins-a"_s, u"a"_s, u"192.168.3.2/24"_s, 100, u"Connected"_s}}};
    QCOMPARE(*codec::decodeNetworkGroup(codec::encodeNetworkGroup(g), &error), g);
}

QTEST_APPLESS_MAIN(TestCodec)
