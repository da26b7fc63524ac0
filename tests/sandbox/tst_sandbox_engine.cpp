// SPDX-License-Identifier: Apache-2.0
// The simulated cloud's rules without HTTP: lifecycle transitions and refusals, billing arithmetic,
// snapshots, create validation and idempotency, balance depletion. Manual clock only: no sleeps.
#include "core/cost.h"
#include "sandbox/sandboxengine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000; // a whole second, so billing seconds line up with the steps
const QString kRtx4090 = u"NVIDIA GeForce RTX 4090"_s;

CreateInstanceRequest request(const QString &metaKey, const QString &gpu = kRtx4090,
                              const QString &region = u"TW-03"_s)
{
    CreateInstanceRequest r;
    r.fromImageId = u"img-87p9kq26"_s;
    r.gpuName = gpu;
    r.regionName = region;
    r.customMetaKey = metaKey;
    r.remark = u"test"_s;
    return r;
}

} // namespace

class TestSandboxEngine final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void seedHasEveryState();
    void idleNotebookStaysIdleAndLoadCanBeSet();
    void createGoesThroughQueuedAndPending();
    void lateEvaluationAppliesEachStepAtItsOwnTime();
    void releaseFromRunningQueuedAndPending();
    void releasedIsFinal();
    void snapshotReturnsToRunning();
    void snapshotWithAutoRelease();
    void snapshottingInstanceRefusesActions();
    void snapshotValidationAndQuota();
    void renameAndDeleteSnapshots();
    void createFromSnapshot();
    void createValidation_data();
    void createValidation();
    void createQuotas();
    void idempotentCreateByMetaKey();
    void findByIdMetaKeyAndLegacyId();
    void billingArithmeticToTheCent_data();
    void billingArithmeticToTheCent();
    void billingRecordsAndInstanceCost();
    void depletionSnapshotsAndReleasesRunningInstances();
    void topUpRestoresCreate();

private:
    Instance createRunning(const QString &metaKey);
    Failure failureOf(const auto &outcome) { return outcome.ok() ? Failure{0, QString()} : outcome.error(); }

    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxEngine> m_engine;
};

void TestSandboxEngine::init()
{
    m_clock = std::make_unique<SandboxClock>(SandboxClock::Mode::Manual);
    m_clock->setNowMs(kT0);
    m_engine = std::make_unique<SandboxEngine>(m_clock.get(), StepDurations{}, SandboxLimits{}, 42);
    m_engine->setCreditMilli(1'000'000);
}

void TestSandboxEngine::cleanup()
{
    m_engine.reset();
    m_clock.reset();
}

Instance TestSandboxEngine::createRunning(const QString &metaKey)
{
    const auto created = m_engine->create(request(metaKey));
    if (!created.ok())
        qFatal("create failed: %s", qPrintable(created.error().msg));
    const StepDurations s = m_engine->steps();
    m_clock->advance(s.schedQueuedMs + s.pendingMs);
    return *m_engine->instance(created.value().instanceID);
}

void TestSandboxEngine::seedHasEveryState()
{
    SandboxEngine engine(m_clock.get(), {}, {}, 7);
    engine.seedDemoData(500'000);
    const QList<Instance> all = engine.instances();
    QVERIFY(all.size() >= 5);
    QSet<QString> runningGpus;
    int released = 0;
    int snapshotting = 0;
    for (const Instance &in : all) {
        QVERIFY(in.simulated);
        QVERIFY(in.instanceID.startsWith("ins-"_L1));
        QVERIFY(in.costMilliCredit.has_value());
        if (in.status.state() == InstanceState::Running)
            runningGpus.insert(in.hardware.gpuName);
        released += in.status.state() == InstanceState::Released ? 1 : 0;
        snapshotting += in.status.group() == StatusGroup::Snapshotting ? 1 : 0;
    }
    QVERIFY2(runningGpus.size() >= 3, "several Running instances on different GPUs");
    QVERIFY(released >= 2);
    QCOMPARE(snapshotting, 1);
    QSet<InstanceState> states;
    for (const Instance &in : all)
        states.insert(in.status.state());
    QVERIFY(states.contains(InstanceState::SchedQueued)); // becomes Pending, then Running, within seconds
    QVERIFY(states.contains(InstanceState::Releasing));   // becomes Released within seconds
    QVERIFY(states.contains(InstanceState::Paused));

    const auto boy = engine.instance(u"ins-boyqp4g8"_s);
    QVERIFY(boy);
    QCOMPARE(boy->status.state(), InstanceState::Released);
    QCOMPARE(boy->hardware.gpuName, kRtx4090);
    QCOMPARE(boy->metaKey, u"order.123456"_s);

    const QList<Snapshot> snaps = engine.snapshots();
    QVERIFY(std::count_if(snaps.cbegin(), snaps.cend(),
                          [](const Snapshot &s) { return s.status == "Available"_L1; }) >= 3);
    QCOMPARE(std::count_if(snaps.cbegin(), snaps.cend(),
                           [](const Snapshot &s) { return s.status == "Saving"_L1; }),
             1);
    for (const Snapshot &s : snaps)
        QCOMPARE(s.excludedPath, u"/datadrive"_s);
    QCOMPARE(engine.groups().size(), 1);
    QCOMPARE(engine.groups().first().members.size(), 2);
    const auto history = engine.billing(u"ins-k2m8q4rz"_s);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 2);
    QVERIFY(!history.value().first().endTime.has_value()); // newest first, still running
    const auto account = engine.account();
    QVERIFY(account.balanceMilli > 0 && account.balanceMilli < 500'000);
    QCOMPARE(account.runningInstances, 5); // four busy, and idle-notebook (the guard's demo)
}

void TestSandboxEngine::idleNotebookStaysIdleAndLoadCanBeSet()
{
    SandboxEngine engine(m_clock.get(), {}, {}, 7);
    engine.seedDemoData(500'000);
    const QString idle = u"ins-e6n2t4kb"_s;
    const auto notebook = engine.instance(idle);
    QVERIFY(notebook);
    QCOMPARE(notebook->remark, u"idle-notebook"_s);
    QCOMPARE(notebook->status.state(), InstanceState::Running);
    m_clock->advance(120'000);
    const auto quiet = engine.metrics(idle, 0);
    QVERIFY(quiet.ok());
    QVERIFY(quiet.value().samples.size() >= 100);
    for (const MetricSample &s : quiet.value().samples)
        QVERIFY2(s.gpuUtil >= 0 && s.gpuUtil <= 2.0, qPrintable(QString::number(s.gpuUtil)));
    // Every other Running instance is busy well above the guard's default 5 %.
    for (const Instance &in : engine.instances()) {
        if (in.instanceID == idle || in.status.state() != InstanceState::Running)
            continue;
        const auto busy = engine.metrics(in.instanceID, 0);
        QVERIFY(busy.ok());
        for (const MetricSample &s : busy.value().samples)
            QVERIFY2(s.gpuUtil > 5.0, qPrintable(in.remark));
    }

    // The sandbox-only load switch: busy from now on, the past stays as it was.
    const qint64 switchedAt = m_clock->wallMs() / 1000;
    QVERIFY(engine.setLoad(idle, u"busy"_s).ok());
    m_clock->advance(60'000);
    const auto later = engine.metrics(idle, switchedAt - 10);
    QVERIFY(later.ok());
    for (const MetricSample &s : later.value().samples)
        QVERIFY(s.t < switchedAt ? s.gpuUtil <= 2.0 : s.gpuUtil > 5.0);
    QCOMPARE(engine.setLoad(idle, u"sleepy"_s).error().code, codes::Validation);
    QCOMPARE(engine.setLoad(u"ins-zzzzzzzz"_s, u"idle"_s).error().code, codes::UnknownId);
}

void TestSandboxEngine::createGoesThroughQueuedAndPending()
{
    const StepDurations s = m_engine->steps();
    const auto created = m_engine->create(request(u"k1"_s));
    QVERIFY(created.ok());
    const Instance queued = created.value();
    QCOMPARE(queued.status.state(), InstanceState::SchedQueued);
    QCOMPARE(queued.priceCent, 0); // as in the SDK's sample: nothing is known before placement
    QCOMPARE(queued.hardware.gpuRamMB, 0);
    QCOMPARE(queued.hardware.gpuName, kRtx4090);
    QCOMPARE(queued.accesses.size(), 2);
    QVERIFY(queued.accesses.at(0).url.isEmpty());
    QCOMPARE(queued.sourceType, u"SourceSDK"_s);
    QCOMPARE(*queued.statusTime, kT0 / 1000);

    m_clock->advance(s.schedQueuedMs - 1);
    QCOMPARE(m_engine->instance(queued.instanceID)->status.state(), InstanceState::SchedQueued);
    m_clock->advance(1);
    QCOMPARE(m_engine->instance(queued.instanceID)->status.state(), InstanceState::Pending);
    m_clock->advance(s.pendingMs);
    const Instance running = *m_engine->instance(queued.instanceID);
    QCOMPARE(running.status.state(), InstanceState::Running);
    QCOMPARE(running.priceCent, 49);
    QCOMPARE(running.hardware.gpuRamMB, 24564);
    QVERIFY(running.accesses.at(0).url.startsWith("ssh://"_L1));
    QVERIFY(running.accesses.at(1).url.startsWith("https://"_L1));
    QCOMPARE(*running.costMilliCredit, 0);
    const auto records = m_engine->billing(queued.instanceID);
    QCOMPARE(records.value().size(), 1);
    QCOMPARE(records.value().first().startTime, (kT0 + s.schedQueuedMs + s.pendingMs) / 1000);
}

void TestSandboxEngine::lateEvaluationAppliesEachStepAtItsOwnTime()
{
    const StepDurations s = m_engine->steps();
    const auto created = m_engine->create(request(u"late"_s));
    // Nobody looks for an hour; the first read must still bill from the moment it began running.
    m_clock->advance(3'600'000);
    const Instance in = *m_engine->instance(created.value().instanceID);
    QCOMPARE(in.status.state(), InstanceState::Running);
    const qint64 runningSince = (kT0 + s.schedQueuedMs + s.pendingMs) / 1000;
    QCOMPARE(*in.statusTime, runningSince);
    QCOMPARE(*in.costMilliCredit, costForSeconds(kT0 / 1000 + 3600 - runningSince, 49));
}

void TestSandboxEngine::releaseFromRunningQueuedAndPending()
{
    const StepDurations s = m_engine->steps();
    const Instance running = createRunning(u"r1"_s);
    m_clock->advance(60'000);
    const auto releasing = m_engine->release(running.instanceID);
    QVERIFY(releasing.ok());
    QCOMPARE(releasing.value().status.state(), InstanceState::Releasing);
    const qint64 costAtRelease = *releasing.value().costMilliCredit;
    QCOMPARE(costAtRelease, costForSeconds(60, 49));
    m_clock->advance(s.releasingMs);
    const Instance released = *m_engine->instance(running.instanceID);
    QCOMPARE(released.status.state(), InstanceState::Released);
    m_clock->advance(3'600'000);
    QCOMPARE(*m_engine->instance(running.instanceID)->costMilliCredit,
             costAtRelease); // no charge when released

    const auto queued = m_engine->create(request(u"r2"_s));
    QVERIFY(m_engine->release(queued.value().instanceID).ok());
    const auto pending = m_engine->create(request(u"r3"_s));
    m_clock->advance(s.schedQueuedMs);
    QCOMPARE(m_engine->instance(pending.value().instanceID)->status.state(), InstanceState::Pending);
    QVERIFY(m_engine->release(pending.value().instanceID).ok());
    m_clock->advance(s.releasingMs);
    QCOMPARE(m_engine->instance(queued.value().instanceID)->status.state(), InstanceState::Released);
    QCOMPARE(m_engine->instance(pending.value().instanceID)->status.state(), InstanceState::Released);
    QCOMPARE(*m_engine->instance(pending.value().instanceID)->costMilliCredit, 0); // never ran
}

void TestSandboxEngine::releasedIsFinal()
{
    const Instance in = createRunning(u"final"_s);
    QVERIFY(m_engine->release(in.instanceID).ok());
    QCOMPARE(failureOf(m_engine->release(in.instanceID)).code, codes::InvalidState); // Releasing
    m_clock->advance(m_engine->steps().releasingMs);
    QCOMPARE(failureOf(m_engine->release(in.instanceID)).code, codes::InvalidState); // Released
    QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, u"s"_s, false)).code, codes::InvalidState);
    QCOMPARE(failureOf(m_engine->addPortForward(in.instanceID, 9000, u"tcp"_s)).code, codes::InvalidState);
    QCOMPARE(m_engine->instance(in.instanceID)->status.state(), InstanceState::Released);
}

void TestSandboxEngine::snapshotReturnsToRunning()
{
    const StepDurations s = m_engine->steps();
    const Instance in = createRunning(u"snap"_s);
    m_clock->advance(100'000);
    const auto taken = m_engine->takeSnapshot(in.instanceID, u"  my env  "_s, false);
    QVERIFY(taken.ok());
    const Snapshot snap = taken.value();
    QCOMPARE(snap.name, u"my env"_s);
    QCOMPARE(snap.status, u"Saving"_s);
    QCOMPARE(snap.sizeMB, 0);
    QCOMPARE(snap.excludedPath, u"/datadrive"_s);
    QCOMPARE(snap.sourceInstanceID, in.instanceID);
    QCOMPARE(m_engine->instance(in.instanceID)->status.state(), InstanceState::Suspending);
    QCOMPARE(*m_engine->instance(in.instanceID)->progress, 0);

    m_clock->advance(s.suspendingMs);
    QCOMPARE(m_engine->instance(in.instanceID)->status.state(), InstanceState::Paused);
    QCOMPARE(*m_engine->instance(in.instanceID)->progress, 10);
    m_clock->advance(s.pausedMs / 2);
    const int half = *m_engine->instance(in.instanceID)->progress;
    QVERIFY(half > 10 && half < 99);
    QCOMPARE(m_engine->snapshots().last().progress, half);
    m_clock->advance(s.pausedMs - s.pausedMs / 2);
    const Instance back = *m_engine->instance(in.instanceID);
    QCOMPARE(back.status.state(), InstanceState::Running);
    QVERIFY(!back.progress.has_value());
    const Snapshot saved = m_engine->snapshots().last();
    QCOMPARE(saved.status, u"Available"_s);
    QCOMPARE(saved.progress, 100);
    QVERIFY(saved.sizeMB > 0);
    QCOMPARE(saved.createTime, (kT0 + s.schedQueuedMs + s.pendingMs + 100'000) / 1000);

    // Nothing is charged while snapshotting: two records, with the gap between them.
    const auto records = m_engine->billing(in.instanceID).value();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).durationSeconds, 100);
    QCOMPARE(records.at(0).startTime - *records.at(1).endTime, (s.suspendingMs + s.pausedMs) / 1000);
}

void TestSandboxEngine::snapshotWithAutoRelease()
{
    const StepDurations s = m_engine->steps();
    const Instance in = createRunning(u"auto"_s);
    QVERIFY(m_engine->takeSnapshot(in.instanceID, u"final"_s, true).ok());
    m_clock->advance(s.suspendingMs + s.pausedMs);
    QCOMPARE(m_engine->instance(in.instanceID)->status.state(), InstanceState::Releasing);
    QCOMPARE(m_engine->snapshots().last().status, u"Available"_s);
    m_clock->advance(s.releasingMs);
    QCOMPARE(m_engine->instance(in.instanceID)->status.state(), InstanceState::Released);
    QCOMPARE(m_engine->billing(in.instanceID).value().size(), 1);
}

void TestSandboxEngine::snapshottingInstanceRefusesActions()
{
    const Instance in = createRunning(u"busy"_s);
    QVERIFY(m_engine->createGroup(u"g"_s, u"TW-03"_s, 4).ok());
    const QString groupId = m_engine->groups().first().groupID;
    QVERIFY(m_engine->takeSnapshot(in.instanceID, u"one"_s, false).ok());
    for (int phase = 0; phase < 2; ++phase) {
        QCOMPARE(failureOf(m_engine->release(in.instanceID)).code, codes::InvalidState);
        QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, u"two"_s, false)).code, codes::InvalidState);
        QCOMPARE(failureOf(m_engine->addPortForward(in.instanceID, 9000, u"tcp"_s)).code,
                 codes::InvalidState);
        QCOMPARE(failureOf(m_engine->addGroupMember(groupId, in.instanceID)).code, codes::InvalidState);
        m_clock->advance(m_engine->steps().suspendingMs); // now Paused: same answers
    }
    QCOMPARE(m_engine->snapshots().size(), 1);
}

void TestSandboxEngine::snapshotValidationAndQuota()
{
    const Instance in = createRunning(u"val"_s);
    QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, u"   "_s, false)).code, codes::Validation);
    QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, QString(65, u'x'), false)).code,
             codes::Validation);
    // The one name rule (core/names.h): a bidi override is refused; "a/b" or Japanese would be accepted.
    QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, u"a\u202eb"_s, false)).code, codes::Validation);
    QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, u"tab\there"_s, false)).code, codes::Validation);
    QCOMPARE(failureOf(m_engine->takeSnapshot(u"ins-nothere0"_s, u"ok"_s, false)).code, codes::UnknownId);
    SandboxLimits limits;
    limits.snapshotQuotaMB = 1024;
    m_engine->setLimits(limits);
    QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, u"big"_s, false)).code, codes::QuotaOrBalance);
    m_engine->setLimits({});
    QVERIFY(m_engine->takeSnapshot(in.instanceID, u"Env"_s, false).ok());
    m_clock->advance(60'000);
    QCOMPARE(failureOf(m_engine->takeSnapshot(in.instanceID, u"env"_s, false)).code, codes::Duplicate);
    QCOMPARE(m_engine->instance(in.instanceID)->status.state(), InstanceState::Running);
}

void TestSandboxEngine::renameAndDeleteSnapshots()
{
    const Instance in = createRunning(u"ren"_s);
    const QString first = m_engine->takeSnapshot(in.instanceID, u"first"_s, false).value().snapID;
    QCOMPARE(failureOf(m_engine->deleteSnapshot(first)).code, codes::InvalidState); // still saving
    m_clock->advance(60'000);
    const QString second = m_engine->takeSnapshot(in.instanceID, u"second"_s, false).value().snapID;
    m_clock->advance(60'000);

    const auto renamed = m_engine->renameSnapshot(first, u"renamed"_s);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value().name, u"renamed"_s);
    QCOMPARE(failureOf(m_engine->renameSnapshot(first, u"SECOND"_s)).code, codes::Duplicate);
    QVERIFY(m_engine->renameSnapshot(first, u"renamed"_s).ok()); // its own name is no duplicate
    QCOMPARE(failureOf(m_engine->renameSnapshot(first, u""_s)).code, codes::Validation);
    QCOMPARE(failureOf(m_engine->renameSnapshot(u"nosuch00"_s, u"x"_s)).code, codes::UnknownId);

    QVERIFY(m_engine->deleteSnapshot(second).ok());
    QCOMPARE(failureOf(m_engine->deleteSnapshot(second)).code, codes::UnknownId);
    const QList<Snapshot> left = m_engine->snapshots();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, u"renamed"_s);
}

void TestSandboxEngine::createFromSnapshot()
{
    const Instance source = createRunning(u"src"_s);
    const QString snapId = m_engine->takeSnapshot(source.instanceID, u"base"_s, false).value().snapID;
    CreateInstanceRequest r = request(u"from-snap"_s, u"NVIDIA L40S PCIe"_s, u"TW-04"_s);
    r.fromImageId.clear();
    r.fromSnapId = snapId;
    QCOMPARE(failureOf(m_engine->create(r)).code, codes::InvalidState); // not saved yet
    m_clock->advance(60'000);
    const auto created = m_engine->create(r);
    QVERIFY(created.ok());
    QCOMPARE(created.value().baseSnap->snapID, snapId);
    QCOMPARE(created.value().baseSnap->snapName, u"base"_s);
    QCOMPARE(created.value().baseImage->imageID, u"img-87p9kq26"_s);
    QCOMPARE(created.value().regionName, u"TW-04"_s); // snapshots work across regions
    r.customMetaKey = u"other"_s;
    r.fromSnapId = u"nosuch00"_s;
    QCOMPARE(failureOf(m_engine->create(r)).code, codes::UnknownId);
}

void TestSandboxEngine::createValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    QTest::newRow("no meta key") << u"meta"_s << QString() << codes::Validation;
    QTest::newRow("long meta key") << u"meta"_s << QString(65, u'k') << codes::Validation;
    QTest::newRow("both sources") << u"snap"_s << u"6ypgvgpw"_s << codes::Validation;
    QTest::newRow("no source") << u"image"_s << QString() << codes::Validation;
    QTest::newRow("unknown image") << u"image"_s << u"img-zzzzzzzz"_s << codes::UnknownId;
    QTest::newRow("no region") << u"region"_s << QString() << codes::Validation;
    QTest::newRow("unknown region") << u"region"_s << u"US-01"_s << codes::Validation;
    QTest::newRow("no gpu") << u"gpu"_s << QString() << codes::Validation;
    QTest::newRow("gpu not in region") << u"gpu"_s << u"NVIDIA H100 80GB HBM3"_s << codes::Validation;
    QTest::newRow("bad category") << u"category"_s << u"bare-metal"_s << codes::Validation;
    QTest::newRow("long remark") << u"remark"_s << QString(129, u'r') << codes::Validation;
    QTest::newRow("port 0") << u"port"_s << u"0"_s << codes::Validation;
    QTest::newRow("port 65536") << u"port"_s << u"65536"_s << codes::Validation;
    // The default SSH port listed again with its own protocol is accepted (tst_sandbox_compat); as HTTP it is
    // not.
    QTest::newRow("port 22 as http") << u"http-port"_s << u"22"_s << codes::Validation;
    QTest::newRow("protocol 3") << u"protocol"_s << u"3"_s << codes::Validation;
}

void TestSandboxEngine::createValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, code);
    CreateInstanceRequest r = request(u"valid"_s);
    if (field == "meta"_L1)
        r.customMetaKey = value;
    else if (field == "snap"_L1)
        r.fromSnapId = value;
    else if (field == "image"_L1)
        r.fromImageId = value;
    else if (field == "region"_L1)
        r.regionName = value;
    else if (field == "gpu"_L1)
        r.gpuName = value;
    else if (field == "category"_L1)
        r.instanceCategory = value;
    else if (field == "remark"_L1)
        r.remark = value;
    else if (field == "port"_L1)
        r.ports = {{value.toInt(), 1}};
    else if (field == "http-port"_L1)
        r.ports = {{value.toInt(), 2}};
    else if (field == "protocol"_L1)
        r.ports = {{7000, value.toInt()}};
    const auto result = m_engine->create(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().msg.isEmpty());
    QCOMPARE(m_engine->instanceCount(), 0);
}

void TestSandboxEngine::createQuotas()
{
    QCOMPARE(failureOf(m_engine->create(request(u"sold-out"_s, u"NVIDIA H100 80GB HBM3"_s, u"JP-01"_s))).code,
             codes::QuotaOrBalance);
    SandboxLimits limits;
    limits.maxActiveInstances = 2;
    m_engine->setLimits(limits);
    QVERIFY(m_engine->create(request(u"q1"_s)).ok());
    QVERIFY(m_engine->create(request(u"q2"_s)).ok());
    QCOMPARE(failureOf(m_engine->create(request(u"q3"_s))).code, codes::QuotaOrBalance);
    // Units of a spec run out too: JP-01 has 6 RTX 4090s.
    m_engine->setLimits({});
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_engine->create(request(u"jp%1"_s.arg(i), kRtx4090, u"JP-01"_s)).ok());
    QCOMPARE(failureOf(m_engine->create(request(u"jp6"_s, kRtx4090, u"JP-01"_s))).code,
             codes::QuotaOrBalance);
    const QList<GpuSpec> jp = m_engine->specs(u"JP-01"_s);
    const auto it =
        std::find_if(jp.cbegin(), jp.cend(), [](const GpuSpec &s) { return s.gpuName == kRtx4090; });
    QCOMPARE(it->availableUnits, 0);
}

void TestSandboxEngine::idempotentCreateByMetaKey()
{
    bool existed = true;
    const auto first = m_engine->create(request(u"order.42"_s), &existed);
    QVERIFY(first.ok());
    QVERIFY(!existed);
    CreateInstanceRequest again = request(u"order.42"_s, u"NVIDIA L40S PCIe"_s); // even with other fields
    const auto second = m_engine->create(again, &existed);
    QVERIFY(second.ok());
    QVERIFY(existed);
    QCOMPARE(second.value().instanceID, first.value().instanceID);
    QCOMPARE(second.value().hardware.gpuName, kRtx4090);
    QCOMPARE(m_engine->instanceCount(), 1);
    // Still the same after release: the key is unique for good.
    QVERIFY(m_engine->release(first.value().instanceID).ok());
    QCOMPARE(m_engine->create(again).value().instanceID, first.value().instanceID);
}

void TestSandboxEngine::findByIdMetaKeyAndLegacyId()
{
    const Instance in = createRunning(u"meta.find"_s);
    QCOMPARE(m_engine->find(in.instanceID, {}).value().instanceID, in.instanceID);
    QCOMPARE(m_engine->find(in.instanceID.mid(4), {}).value().instanceID, in.instanceID);
    QCOMPARE(m_engine->find({}, u"meta.find"_s).value().instanceID, in.instanceID);
    QCOMPARE(failureOf(m_engine->find({}, {})).code, codes::Validation);
    QCOMPARE(failureOf(m_engine->find(in.instanceID, u"meta.find"_s)).code, codes::Validation);
    QCOMPARE(failureOf(m_engine->find(u"ins-zzzzzzzz"_s, {})).code, codes::UnknownId);
    QCOMPARE(failureOf(m_engine->find({}, u"nope"_s)).code, codes::UnknownId);
}

void TestSandboxEngine::billingArithmeticToTheCent_data()
{
    QTest::addColumn<int>("priceCent");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<qint64>("milli");
    QTest::newRow("4090 one hour") << 49 << qint64(3600) << qint64(490);     // 0.490 Credits
    QTest::newRow("4090 1h30m45s") << 49 << qint64(5445) << qint64(741);     // 266805/360 = 741.1
    QTest::newRow("H100 one second") << 296 << qint64(1) << qint64(1);       // 0.82 -> 1
    QTest::newRow("4090 three seconds") << 49 << qint64(3) << qint64(0);     // 0.41 -> 0
    QTest::newRow("4090 four seconds") << 49 << qint64(4) << qint64(1);      // 0.54 -> 1
    QTest::newRow("H100 24 hours") << 296 << qint64(86400) << qint64(71040); // 71.040 Credits
    QTest::newRow("L40S 7210 s") << 83 << qint64(7210) << qint64(1662);      // 1662.3
    QTest::newRow("half up") << 180 << qint64(1) << qint64(1);               // exactly 0.5 -> 1
}

void TestSandboxEngine::billingArithmeticToTheCent()
{
    QFETCH(int, priceCent);
    QFETCH(qint64, seconds);
    QFETCH(qint64, milli);
    QCOMPARE(costForSeconds(seconds, priceCent), milli);
    BillingSegment segment;
    segment.start = 1000;
    segment.end = 1000 + seconds;
    segment.priceCent = priceCent;
    QCOMPARE(segment.costAt(0), milli);
    QCOMPARE(segment.recordAt(0).durationSeconds, seconds);
    QCOMPARE(discountedCost(seconds, priceCent, 0), milli);
    QCOMPARE(discountedCost(3600, 100, 10), 900); // 1.000 Credit less 10 %
    QCOMPARE(discountedCost(3600, 49, 15), 417);  // 490 * 0.85 = 416.5 -> 417
}

void TestSandboxEngine::billingRecordsAndInstanceCost()
{
    const Instance in = createRunning(u"bill"_s);
    m_clock->advance(3'600'000);
    QVERIFY(m_engine->takeSnapshot(in.instanceID, u"b"_s, false).ok());
    const StepDurations s = m_engine->steps();
    m_clock->advance(s.suspendingMs + s.pausedMs + 1'800'000);
    const auto records = m_engine->billing(in.instanceID).value();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).durationSeconds, 3600);
    QCOMPARE(records.at(1).costMilliCredit, 490);
    QCOMPARE(records.at(1).priceCent, 49);
    QCOMPARE(records.at(1).billingMethod, u"Pay-as-you-go"_s);
    QCOMPARE(records.at(1).discountPercent, 0);
    QVERIFY(!records.at(0).endTime);
    QCOMPARE(records.at(0).durationSeconds, 1800);
    QCOMPARE(records.at(0).costMilliCredit, 245);
    QCOMPARE(*m_engine->instance(in.instanceID)->costMilliCredit, 735);
    QCOMPARE(formatMilliCredits(735), u"0.735"_s);
    const auto account = m_engine->account();
    QCOMPARE(account.spentMilli, 735);
    QCOMPARE(account.balanceMilli, 1'000'000 - 735);
    QCOMPARE(account.burnRateMilliPerHour, 490);
    QCOMPARE(failureOf(m_engine->billing(u"ins-nothere0"_s)).code, codes::UnknownId);
}

void TestSandboxEngine::depletionSnapshotsAndReleasesRunningInstances()
{
    m_engine->setCreditMilli(490); // one hour of one RTX 4090
    const Instance in = createRunning(u"poor"_s);
    const qint64 runningAt = m_clock->wallMs();
    m_clock->advance(2 * 3'600'000);
    const Instance after = *m_engine->instance(in.instanceID);
    QCOMPARE(after.status.state(), InstanceState::Released); // snapshotted, then released
    const auto records = m_engine->billing(in.instanceID).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(*records.first().endTime, runningAt / 1000 + 3600); // stopped exactly when the credit ran out
    QCOMPARE(records.first().costMilliCredit, 490);
    QCOMPARE(m_engine->account().balanceMilli, 0);
    const Snapshot autoSnap = m_engine->snapshots().last();
    QVERIFY(autoSnap.name.startsWith("auto-"_L1));
    QCOMPARE(autoSnap.status, u"Available"_s);
    QCOMPARE(failureOf(m_engine->create(request(u"broke"_s))).code, codes::QuotaOrBalance);
}

void TestSandboxEngine::topUpRestoresCreate()
{
    m_engine->setCreditMilli(0);
    QCOMPARE(failureOf(m_engine->create(request(u"t1"_s))).code, codes::QuotaOrBalance);
    QCOMPARE(failureOf(m_engine->topUp(0)).code, codes::Validation);
    const auto topped = m_engine->topUp(10'000);
    QVERIFY(topped.ok());
    QCOMPARE(topped.value().balanceMilli, 10'000);
    QVERIFY(m_engine->create(request(u"t1"_s)).ok());
}

QTEST_GUILESS_MAIN(TestSandboxEngine)
#include "tst_sandbox_engine.moc"
