// SPDX-License-Identifier: Apache-2.0
// Port forwards, Monitor metrics, network groups, the catalogue, the list writer and the chaos spec,
// without HTTP. Manual clock only.
#include "api/codec.h"
#include "sandbox/chaos.h"
#include "sandbox/fastjson.h"
#include "sandbox/metrics.h"
#include "sandbox/sandboxengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;

CreateInstanceRequest request(const QString &metaKey, const QString &region = u"TW-03"_s)
{
    CreateInstanceRequest r;
    r.fromImageId = u"87p9kq26"_s; // the legacy bare hash works too
    r.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    r.regionName = region;
    r.customMetaKey = metaKey;
    return r;
}

} // namespace

class TestSandboxFeatures final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void portForwardLifecycle();
    void portForwardRefusals();
    void pendingMappingAcrossSnapshotAndRelease();
    void metricsArePlausibleStableAndOnlyWhileRunning();
    void networkGroups();
    void networkGroupRefusals();
    void releasedInstanceLeavesItsGroup();
    void catalogue();

    void fastListWriterMatchesTheCodec();
    void fastMetricsWriterMatchesTheCodec();

    void chaosSpecParsing_data();
    void chaosSpecParsing();
    void chaosIsDeterministicPerSeed();

private:
    Instance createRunning(const QString &metaKey, const QString &region = u"TW-03"_s);
    static int codeOf(const auto &outcome) { return outcome.ok() ? 0 : outcome.error().code; }

    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxEngine> m_engine;
};

void TestSandboxFeatures::init()
{
    m_clock = std::make_unique<SandboxClock>(SandboxClock::Mode::Manual);
    m_clock->setNowMs(kT0);
    m_engine = std::make_unique<SandboxEngine>(m_clock.get(), StepDurations{}, SandboxLimits{}, 11);
    m_engine->setCreditMilli(1'000'000);
}

void TestSandboxFeatures::cleanup()
{
    m_engine.reset();
    m_clock.reset();
}

Instance TestSandboxFeatures::createRunning(const QString &metaKey, const QString &region)
{
    const auto created = m_engine->create(request(metaKey, region));
    if (!created.ok())
        qFatal("create failed: %s", qPrintable(created.error().msg));
    m_clock->advance(m_engine->steps().schedQueuedMs + m_engine->steps().pendingMs);
    return *m_engine->instance(created.value().instanceID);
}

void TestSandboxFeatures::portForwardLifecycle()
{
    const Instance in = createRunning(u"ports"_s);
    const auto added = m_engine->addPortForward(in.instanceID, 7860, u"HTTPS"_s);
    QVERIFY(added.ok());
    const Access access = added.value();
    QCOMPARE(access.protocol, u"https"_s);
    QCOMPARE(access.listenPort, 7860);
    QVERIFY(access.isPending());
    QVERIFY(!access.id.isEmpty());
    m_clock->advance(m_engine->steps().portMappingMs - 1);
    QVERIFY(m_engine->instance(in.instanceID)->accesses.last().url.isEmpty());
    m_clock->advance(1);
    QVERIFY(m_engine->instance(in.instanceID)->accesses.last().url.startsWith("https://"_L1));

    const auto edited = m_engine->editPortForward(in.instanceID, access.id, 7861, u"tcp"_s);
    QVERIFY(edited.ok());
    QCOMPARE(edited.value().listenPort, 7861);
    QVERIFY(edited.value().isPending()); // a new mapping comes up after the delay
    m_clock->advance(m_engine->steps().portMappingMs);
    QVERIFY(m_engine->instance(in.instanceID)->accesses.last().url.startsWith("tcp://"_L1));

    QVERIFY(m_engine->deletePortForward(in.instanceID, access.id).ok());
    QCOMPARE(m_engine->instance(in.instanceID)->accesses.size(), 2);
    // The JupyterLab access may be edited and removed; SSH may not.
    QVERIFY(m_engine->editPortForward(in.instanceID, u"acc-2"_s, 8889, u"https"_s).ok());
    QVERIFY(m_engine->deletePortForward(in.instanceID, u"acc-2"_s).ok());
    QCOMPARE(m_engine->instance(in.instanceID)->accesses.size(), 1);
}

void TestSandboxFeatures::pendingMappingAcrossSnapshotAndRelease()
{
    // A mapping still coming up when a snapshot pauses the instance is up once it runs again; one still
    // coming up when the instance is released never gets a URL (the chaos run saw such a row).
    const StepDurations steps = m_engine->steps();
    const Instance snapped = createRunning(u"pend-snap"_s);
    QVERIFY(m_engine->addPortForward(snapped.instanceID, 7001, u"tcp"_s).ok());
    QVERIFY(m_engine->takeSnapshot(snapped.instanceID, u"pend"_s, false).ok());
    m_clock->advance(steps.suspendingMs + steps.pausedMs + steps.portMappingMs + 1000);
    const Instance back = *m_engine->instance(snapped.instanceID);
    QCOMPARE(back.status.state(), InstanceState::Running);
    QVERIFY2(back.accesses.last().url.startsWith("tcp://"_L1), qPrintable(back.accesses.last().url));
    QCOMPARE(m_engine->state().instances.value(snapped.instanceID).nextEventMs(), qint64(0));

    const Instance released = createRunning(u"pend-rel"_s);
    QVERIFY(m_engine->addPortForward(released.instanceID, 7002, u"tcp"_s).ok());
    QVERIFY(m_engine->release(released.instanceID).ok());
    m_clock->advance(steps.releasingMs + steps.portMappingMs + 1000);
    const Instance gone = *m_engine->instance(released.instanceID);
    QCOMPARE(gone.status.state(), InstanceState::Released);
    QVERIFY(gone.accesses.last().url.isEmpty());
    QCOMPARE(m_engine->state().instances.value(released.instanceID).nextEventMs(), qint64(0));
}

void TestSandboxFeatures::portForwardRefusals()
{
    const Instance in = createRunning(u"refuse"_s);
    QCOMPARE(codeOf(m_engine->addPortForward(in.instanceID, 0, u"tcp"_s)), codes::Validation);
    QCOMPARE(codeOf(m_engine->addPortForward(in.instanceID, 65536, u"tcp"_s)), codes::Validation);
    QCOMPARE(codeOf(m_engine->addPortForward(in.instanceID, -5, u"tcp"_s)), codes::Validation);
    QCOMPARE(codeOf(m_engine->addPortForward(in.instanceID, 9000, u"udp"_s)), codes::Validation);
    QCOMPARE(codeOf(m_engine->addPortForward(in.instanceID, 8888, u"tcp"_s)), codes::Duplicate);
    QCOMPARE(codeOf(m_engine->addPortForward(u"ins-nothere0"_s, 9000, u"tcp"_s)), codes::UnknownId);
    QCOMPARE(codeOf(m_engine->editPortForward(in.instanceID, u"acc-99"_s, 9000, u"tcp"_s)), codes::UnknownId);
    QCOMPARE(codeOf(m_engine->editPortForward(in.instanceID, u"acc-1"_s, 2222, u"tcp"_s)), codes::Validation);
    QCOMPARE(codeOf(m_engine->deletePortForward(in.instanceID, u"acc-1"_s)), codes::Validation);
    QCOMPARE(codeOf(m_engine->deletePortForward(in.instanceID, u"acc-99"_s)), codes::UnknownId);
    QVERIFY(m_engine->addPortForward(in.instanceID, 9000, u"tcp"_s).ok());
    QCOMPARE(codeOf(m_engine->editPortForward(in.instanceID, u"acc-2"_s, 9000, u"tcp"_s)), codes::Duplicate);
    for (int port = 9001;
         m_engine->instance(in.instanceID)->accesses.size() < m_engine->limits().maxPortForwards; ++port)
        QVERIFY(m_engine->addPortForward(in.instanceID, port, u"tcp"_s).ok());
    QCOMPARE(codeOf(m_engine->addPortForward(in.instanceID, 10000, u"tcp"_s)), codes::QuotaOrBalance);
    // Not Running: refused with the state code, and nothing changes.
    const auto queued = m_engine->create(request(u"queued"_s));
    QCOMPARE(codeOf(m_engine->addPortForward(queued.value().instanceID, 9000, u"tcp"_s)),
             codes::InvalidState);
    QCOMPARE(codeOf(m_engine->deletePortForward(queued.value().instanceID, u"acc-2"_s)), codes::InvalidState);
    QCOMPARE(m_engine->instance(queued.value().instanceID)->accesses.size(), 2);
}

void TestSandboxFeatures::metricsArePlausibleStableAndOnlyWhileRunning()
{
    const Instance in = createRunning(u"mon"_s);
    const qint64 runningAt = m_clock->wallSecs();
    m_clock->advance(2 * 3'600'000);
    // The last hour, one per second, oldest first, in answers of at most kMetricsPageSamples.
    QList<MetricSample> all;
    qint64 since = 0;
    int answers = 0;
    for (bool more = true; more && answers < 20; ++answers) {
        const auto page = m_engine->metrics(in.instanceID, since);
        QVERIFY(page.ok());
        QVERIFY(page.value().simulated);
        QVERIFY(page.value().samples.size() <= kMetricsPageSamples);
        all.append(page.value().samples);
        more = page.value().more;
        since = all.last().t;
    }
    QCOMPARE(answers, int(3600 / kMetricsPageSamples));
    QCOMPARE(all.size(), 3600);
    QCOMPARE(all.last().t, m_clock->wallSecs());
    for (qsizetype i = 1; i < all.size(); ++i)
        QCOMPARE(all.at(i).t, all.at(i - 1).t + 1);
    for (const MetricSample &s : std::as_const(all)) {
        QVERIFY(s.gpuUtil >= 0 && s.gpuUtil <= 100);
        QVERIFY(s.cpuPct >= 0 && s.cpuPct <= 100);
        QVERIFY(s.gpuMemUsedMB > 0 && s.gpuMemUsedMB < s.gpuMemTotalMB);
        QCOMPARE(s.gpuMemTotalMB, 24564.0);
        QVERIFY(s.ramUsedMB > 0 && s.ramUsedMB < s.ramTotalMB);
        QVERIFY(s.diskUsedGB > 0 && s.diskUsedGB <= s.diskTotalGB);
        QVERIFY(s.netInKBps >= 0 && s.netOutKBps >= 0);
    }
    // Stable: asking again gives the same values; `since` cuts the front.
    const auto again = m_engine->metrics(in.instanceID, m_clock->wallSecs() - 10);
    QCOMPARE(again.value().samples.size(), 10);
    QVERIFY(!again.value().more);
    QCOMPARE(again.value().samples.last(), all.last());
    QCOMPARE(again.value().samples.first(), all.at(3590));
    // Snapshotting pauses the series; only Running seconds have samples.
    QVERIFY(m_engine->takeSnapshot(in.instanceID, u"m"_s, false).ok());
    const StepDurations s = m_engine->steps();
    m_clock->advance(s.suspendingMs + s.pausedMs + 5000);
    const auto gap = m_engine->metrics(in.instanceID, m_clock->wallSecs() - 60).value().samples;
    QCOMPARE(gap.size(), qsizetype(60 - (s.suspendingMs + s.pausedMs) / 1000));
    QVERIFY(gap.first().t > runningAt);
    // Another instance looks different.
    const Instance other = createRunning(u"mon2"_s);
    m_clock->advance(10'000);
    QVERIFY(m_engine->metrics(other.instanceID, 0).value().samples.last() !=
            m_engine->metrics(in.instanceID, m_clock->wallSecs() - 5).value().samples.last());
    QCOMPARE(codeOf(m_engine->metrics(u"ins-nothere0"_s, 0)), codes::UnknownId);
    QVERIFY(m_engine->metrics(in.instanceID, m_clock->wallSecs() + 100).value().samples.isEmpty());
}

void TestSandboxFeatures::networkGroups()
{
    const Instance a = createRunning(u"ga"_s);
    const Instance b = createRunning(u"gb"_s);
    const auto created = m_engine->createGroup(u" mesh "_s, u"TW-03"_s, 2);
    QVERIFY(created.ok());
    const NetworkGroup group = created.value();
    QVERIFY(group.groupID.startsWith("ng-"_L1));
    QCOMPARE(group.name, u"mesh"_s);
    QCOMPARE(group.capacity, 2);
    QVERIFY(group.members.isEmpty());

    QVERIFY(m_engine->addGroupMember(group.groupID, a.instanceID).ok());
    const auto two = m_engine->addGroupMember(group.groupID, b.instanceID.mid(4)); // legacy ID
    QVERIFY(two.ok());
    QCOMPARE(two.value().members.size(), 2);
    QCOMPARE(two.value().members.at(0).ipCidr, u"192.168.1.2/24"_s);
    QCOMPARE(two.value().members.at(1).ipCidr, u"192.168.1.3/24"_s);
    QCOMPARE(two.value().members.at(0).status, u"Connected"_s);
    QCOMPARE(two.value().members.at(0).bandwidthMbps, 100);
    QCOMPARE(two.value().members.at(0).name, u"NVIDIA GeForce RTX 4090"_s);

    const auto removed = m_engine->removeGroupMember(group.groupID, a.instanceID);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value().members.size(), 1);
    const auto readded = m_engine->addGroupMember(group.groupID, a.instanceID);
    QCOMPARE(readded.value().members.last().ipCidr, u"192.168.1.2/24"_s); // the lowest free address

    const auto second = m_engine->createGroup(u"other"_s, u"TW-03"_s, 1);
    QCOMPARE(second.value().members.size(), 0);
    QVERIFY(m_engine->deleteGroup(group.groupID).ok());
    QCOMPARE(m_engine->groups().size(), 1);
    QVERIFY(m_engine->addGroupMember(second.value().groupID, a.instanceID).ok()); // free again
    QCOMPARE(m_engine->groups().first().members.first().ipCidr, u"192.168.2.2/24"_s);
}

void TestSandboxFeatures::networkGroupRefusals()
{
    const Instance a = createRunning(u"ra"_s);
    const Instance b = createRunning(u"rb"_s);
    const Instance jp = createRunning(u"rjp"_s, u"JP-01"_s);
    QCOMPARE(codeOf(m_engine->createGroup(u""_s, u"TW-03"_s, 2)), codes::Validation);
    QCOMPARE(codeOf(m_engine->createGroup(u"g"_s, u"XX-01"_s, 2)), codes::Validation);
    QCOMPARE(codeOf(m_engine->createGroup(u"g"_s, u"TW-03"_s, 0)), codes::Validation);
    QCOMPARE(codeOf(m_engine->createGroup(u"g"_s, u"TW-03"_s, 33)), codes::Validation);
    const QString id = m_engine->createGroup(u"g"_s, u"TW-03"_s, 1).value().groupID;
    QCOMPARE(codeOf(m_engine->createGroup(u"G"_s, u"TW-04"_s, 1)), codes::Duplicate);
    QCOMPARE(codeOf(m_engine->addGroupMember(u"ng-nothere0"_s, a.instanceID)), codes::UnknownId);
    QCOMPARE(codeOf(m_engine->addGroupMember(id, u"ins-nothere0"_s)), codes::UnknownId);
    QCOMPARE(codeOf(m_engine->addGroupMember(id, jp.instanceID)), codes::Validation); // other region
    QVERIFY(m_engine->addGroupMember(id, a.instanceID).ok());
    QCOMPARE(codeOf(m_engine->addGroupMember(id, a.instanceID)), codes::Duplicate);
    QCOMPARE(codeOf(m_engine->addGroupMember(id, b.instanceID)), codes::QuotaOrBalance); // full
    const auto queued = m_engine->create(request(u"rq"_s));
    QCOMPARE(codeOf(m_engine->addGroupMember(id, queued.value().instanceID)), codes::InvalidState);
    QCOMPARE(codeOf(m_engine->removeGroupMember(id, b.instanceID)), codes::UnknownId);
    QCOMPARE(codeOf(m_engine->deleteGroup(u"ng-nothere0"_s)), codes::UnknownId);
    QCOMPARE(m_engine->groups().first().members.size(), 1);
}

void TestSandboxFeatures::releasedInstanceLeavesItsGroup()
{
    const Instance a = createRunning(u"leave"_s);
    const QString id = m_engine->createGroup(u"g"_s, u"TW-03"_s, 3).value().groupID;
    QVERIFY(m_engine->addGroupMember(id, a.instanceID).ok());
    QVERIFY(m_engine->takeSnapshot(a.instanceID, u"s"_s, false).ok());
    QCOMPARE(m_engine->groups().first().members.first().status, u"Suspended"_s);
    const StepDurations s = m_engine->steps();
    m_clock->advance(s.suspendingMs + s.pausedMs);
    QCOMPARE(m_engine->groups().first().members.first().status, u"Connected"_s);
    QVERIFY(m_engine->release(a.instanceID).ok());
    QCOMPARE(m_engine->groups().first().members.size(), 1); // still Releasing
    m_clock->advance(s.releasingMs);
    QVERIFY(m_engine->groups().first().members.isEmpty());
}

void TestSandboxFeatures::catalogue()
{
    const QList<ImageInfo> images = m_engine->images();
    QVERIFY(images.size() >= 3);
    for (const ImageInfo &i : images) {
        QVERIFY(i.imageID.startsWith("img-"_L1));
        QVERIFY(!i.imageName.isEmpty() && !i.description.isEmpty());
        QVERIFY(i.defaultPorts.contains("SSH/22"_L1));
    }
    QSet<QString> regions;
    for (const GpuSpec &s : m_engine->specs({})) {
        regions.insert(s.regionName);
        QVERIFY(s.priceCent > 0 && s.gpuRamMB > 0 && s.cpuCoresNum > 0 && s.ramMB > 0 && s.diskGB > 0);
    }
    QCOMPARE(regions, (QSet<QString>{u"TW-03"_s, u"TW-04"_s, u"JP-01"_s}));
    const QList<GpuSpec> tw03 = m_engine->specs(u"TW-03"_s);
    QVERIFY(!tw03.isEmpty());
    const int before = tw03.first().availableUnits;
    QVERIFY(m_engine->create(request(u"unit"_s)).ok());
    QCOMPARE(m_engine->specs(u"TW-03"_s).first().availableUnits, before - 1);
}

void TestSandboxFeatures::fastListWriterMatchesTheCodec()
{
    // The list is written by fastjson for speed; it must say exactly what codec::encodeInstance says.
    SandboxEngine engine(m_clock.get(), {}, {}, 3);
    engine.seedDemoData(500'000);
    QList<Instance> samples = engine.instances();
    Instance odd = samples.first();
    odd.remark =
        u"quote \" backslash \\ slash / tab \t newline \n nul "_s + QChar(0) + u" bell \x07 ü 漢字 😀"_s;
    odd.envs = u"A=1;B=\"two\""_s;
    odd.baseSnap = SnapRef{u"6ypgvgpw"_s, u"snap \u2028 name"_s};
    odd.progress = 42;
    odd.accesses.append(Access{QString(), u"http"_s, 7000, QString()}); // a public-SDK access without an ID
    samples.append(odd);
    for (const Instance &in : std::as_const(samples)) {
        QByteArray fast;
        fastjson::appendInstance(fast, in, in.costMilliCredit.value_or(0), in.progress);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(fast, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        Instance expected = in;
        expected.simulated = true;
        if (!expected.costMilliCredit)
            expected.costMilliCredit = 0;
        QCOMPARE(doc.object(), codec::encodeInstance(expected));
        QCOMPARE(fast, QJsonDocument(codec::encodeInstance(expected)).toJson(QJsonDocument::Compact));
    }
    QByteArray lone;
    const char16_t loneSurrogate[] = {u'a', char16_t(0xd800), u'b'};
    fastjson::appendString(lone, QStringView(loneSurrogate, 3));
    QCOMPARE(QJsonDocument::fromJson("[" + lone + "]").array().first().toString(), u"a\ufffdb"_s);
}

void TestSandboxFeatures::fastMetricsWriterMatchesTheCodec()
{
    // The Monitor's series is written by fastjson too; read back, it must equal what the codec encodes.
    MetricSeries series;
    series.simulated = true;
    series.samples.append(
        MetricSample{1'780'000'000, 73.25, 20480, 24576, 12.5, 30000.75, 65536, 120, 500, 0.1, 1e-7});
    series.samples.append(MetricSample{1'780'000'001, 0, 0, 0, 100, 1e15, 2e300, -3.5, 0, 123456.789, 0});
    QJsonArray samples;
    for (const MetricSample &s : std::as_const(series.samples))
        samples.append(codec::encodeMetricSample(s));
    series.more = true;
    QByteArray fast;
    fastjson::appendMetricsReply(fast, series);
    const QJsonObject expected{{"code"_L1, 0},
                               {"more"_L1, true},
                               {"msg"_L1, QString()},
                               {"samples"_L1, samples},
                               {"simulated"_L1, true}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(fast, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object(), expected);
    // Values survive the round trip through the client's decoder exactly.
    QString why;
    const std::optional<MetricSeries> decoded = codec::decodeMetrics(doc.object(), &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(decoded->samples, series.samples);
    QVERIFY(decoded->more);
    // A selection of fields (the `fields` parameter) agrees with the codec's too.
    const codec::MetricFieldSet some = codec::metricField("gpuUtil"_L1) | codec::metricField("ramUsedMB"_L1);
    QCOMPARE(codec::parseMetricFieldsParameter(codec::metricFieldsParameter(some)), some);
    QByteArray slim;
    fastjson::appendMetricsReply(slim, series, some);
    const QJsonArray slimSamples = QJsonDocument::fromJson(slim, &error).object()["samples"_L1].toArray();
    QCOMPARE(slimSamples.size(), 2);
    QCOMPARE(slimSamples.at(0).toObject(), codec::encodeMetricSample(series.samples.at(0), some));
    QCOMPARE(slimSamples.at(0).toObject().keys(), (QStringList{u"gpuUtil"_s, u"ramUsedMB"_s, u"t"_s}));
    // JSON has no NaN or infinity: they are written as null, as QJsonDocument does, and the text stays JSON.
    MetricSeries odd;
    odd.samples.append(MetricSample{1, std::numeric_limits<double>::quiet_NaN(),
                                    std::numeric_limits<double>::infinity(), 1, 2, 3, 4, 5, 6, 7, 8});
    QByteArray oddJson;
    fastjson::appendMetricsReply(oddJson, odd);
    const QJsonObject first = QJsonDocument::fromJson(oddJson, &error).object()["samples"_L1][0].toObject();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(first["gpuUtil"_L1].isNull());
    QVERIFY(first["gpuMemUsedMB"_L1].isNull());
    QCOMPARE(first["gpuMemTotalMB"_L1].toDouble(), 1.0);
    QVERIFY(oddJson.endsWith(R"(],"simulated":false})"));
}

void TestSandboxFeatures::chaosSpecParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("full") << u"errors=0.2,429=0.1,latency=0.1:2000,malformed=0.05,drop=0.05"_s << true;
    QTest::newRow("spaces") << u" errors = 1 , drop=0 "_s << true;
    QTest::newRow("latency without delay") << u"latency=0.5"_s << true;
    QTest::newRow("rate above 1") << u"errors=1.5"_s << false;
    QTest::newRow("negative") << u"drop=-0.1"_s << false;
    QTest::newRow("not a number") << u"429=lots"_s << false;
    QTest::newRow("unknown key") << u"explode=0.1"_s << false;
    QTest::newRow("no value") << u"errors"_s << false;
    QTest::newRow("bad delay") << u"latency=0.1:soon"_s << false;
}

void TestSandboxFeatures::chaosSpecParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto spec = ChaosSpec::parse(text, &error);
    QCOMPARE(spec.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (spec && !text.isEmpty()) {
        const auto again = ChaosSpec::parse(spec->toString(), nullptr);
        QVERIFY(again);
        QCOMPARE(again->toString(), spec->toString());
    }
    if (text.startsWith("errors=0.2"_L1)) {
        QCOMPARE(spec->errors, 0.2);
        QCOMPARE(spec->tooMany, 0.1);
        QCOMPARE(spec->latency, 0.1);
        QCOMPARE(spec->latencyMs, 2000);
        QCOMPARE(spec->malformed, 0.05);
        QCOMPARE(spec->drop, 0.05);
    }
}

void TestSandboxFeatures::chaosIsDeterministicPerSeed()
{
    const ChaosSpec spec =
        *ChaosSpec::parse(u"errors=0.2,429=0.2,latency=0.3:10,malformed=0.2,drop=0.2"_s, nullptr);
    Chaos a(spec, 99);
    Chaos b(spec, 99);
    Chaos c(spec, 100);
    int differences = 0;
    int errors = 0;
    int tooMany = 0;
    int delayed = 0;
    int malformed = 0;
    int dropped = 0;
    for (int i = 0; i < 2000; ++i) {
        const Chaos::Decision da = a.next();
        const Chaos::Decision db = b.next();
        const Chaos::Decision dc = c.next();
        QCOMPARE(da.error, db.error);
        QCOMPARE(da.tooMany, db.tooMany);
        QCOMPARE(da.delayMs, db.delayMs);
        QCOMPARE(da.malformed, db.malformed);
        QCOMPARE(da.drop, db.drop);
        differences += (da.error != dc.error || da.drop != dc.drop) ? 1 : 0;
        QVERIFY(!(da.error && da.tooMany) && !(da.drop && da.malformed) && !(da.drop && da.error));
        errors += da.error;
        tooMany += da.tooMany;
        delayed += da.delayMs > 0;
        malformed += da.malformed;
        dropped += da.drop;
    }
    QVERIFY(differences > 0);
    // Rates land near what was asked (2000 draws; wide bounds keep this deterministic check meaningful).
    QVERIFY(tooMany > 300 && tooMany < 500);
    QVERIFY(delayed > 500 && delayed < 700);
    QVERIFY(errors > 220 && errors < 420);
    QVERIFY(dropped > 180 && dropped < 340);
    QVERIFY(malformed > 120 && malformed < 290);
    Chaos never(ChaosSpec{}, 1);
    Chaos always(*ChaosSpec::parse(u"errors=1"_s, nullptr), 1);
    for (int i = 0; i < 100; ++i) {
        QVERIFY(!never.next().any());
        QVERIFY(always.next().error);
    }
}

QTEST_GUILESS_MAIN(TestSandboxFeatures)
#include "tst_sandbox_features.moc"
