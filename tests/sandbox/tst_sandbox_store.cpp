// SPDX-License-Identifier: Apache-2.0
// Persistence: the SQLite store across restarts, the pause while the sandbox is down, --reset, the file lock,
// the in-memory defaults for tests, and the embedded sandbox on its own thread. Manual clock where possible.
#include "httptestclient.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;

CreateInstanceRequest request(const QString &metaKey)
{
    CreateInstanceRequest r;
    r.fromImageId = u"img-87p9kq26"_s;
    r.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    r.regionName = u"TW-03"_s;
    r.customMetaKey = metaKey;
    return r;
}

SandboxOptions persistentOptions(const QString &path, qint64 startMs)
{
    SandboxOptions o;
    o.manualClock = true;
    o.clockStartMs = startMs;
    o.dataPath = path;
    o.rngSeed = 5;
    return o;
}

} // namespace

class TestSandboxStore final : public QObject
{
    Q_OBJECT
private slots:
    void persistenceAcrossRestart();
    void downtimeIsNotBilledAndTimersPause();
    void fasterEarlierRunMovesTheClockForward();
    void resetStartsAgain();
    void dataFileIsExclusive();
    void staleLockOfADeadProcessIsTakenOver();
    void unusableExplicitFileIsAnError();
    void manualClockAndTestModeStayInMemory();
    void embeddedSandboxKeepsItsStateOnItsThread();
    void recordsRoundTripThroughJson();
};

void TestSandboxStore::persistenceAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state/sandbox.sqlite"_s);
    QList<Instance> before;
    QList<Snapshot> snapsBefore;
    QList<NetworkGroup> groupsBefore;
    qint64 simEnd = 0;
    QString created;
    {
        SandboxServer server(persistentOptions(path, kT0));
        QVERIFY2(server.open(), qPrintable(server.errorString()));
        QVERIFY(server.isPersistent());
        QCOMPARE(server.dataPath(), path);
        SandboxEngine &e = server.engine();
        created = e.create(request(u"persist"_s)).value().instanceID;
        server.clock().advance(60'000);
        QVERIFY(e.addPortForward(created, 7000, u"tcp"_s).ok());
        QVERIFY(e.takeSnapshot(u"ins-5y4p57y9"_s, u"kept"_s, false).ok());
        QVERIFY(e.renameSnapshot(u"6ypgvgpw"_s, u"renamed base"_s).ok());
        QVERIFY(e.deleteSnapshot(u"q4n7c2vz"_s).ok());
        QVERIFY(e.createGroup(u"second"_s, u"TW-04"_s, 3).ok());
        QVERIFY(e.release(u"ins-a9c4e1tw"_s).ok());
        before = e.instances();
        snapsBefore = e.snapshots();
        groupsBefore = e.groups();
        simEnd = server.clock().wallMs();
    } // destroyed: everything is saved
    QVERIFY(QFile::exists(path));

    SandboxServer again(persistentOptions(path, simEnd)); // restarted at once: no downtime
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    QCOMPARE(again.engine().instances(), before);
    QCOMPARE(again.engine().snapshots(), snapsBefore);
    QCOMPARE(again.engine().groups(), groupsBefore);
    QCOMPARE(again.engine().account().balanceMilli, [&] {
        qint64 spent = 0;
        for (const Instance &in : before)
            spent += *in.costMilliCredit;
        return 500'000 - spent;
    }());
    // Idempotent create still finds the stored key, and the lifecycle goes on.
    QCOMPARE(again.engine().create(request(u"persist"_s)).value().instanceID, created);
    again.clock().advance(10'000);
    QCOMPARE(again.engine().instance(u"ins-a9c4e1tw"_s)->status.state(), InstanceState::Released);
}

void TestSandboxStore::downtimeIsNotBilledAndTimersPause()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    QString queued;
    qint64 costAtStop = 0;
    qint64 stoppedAt = 0;
    {
        SandboxServer server(persistentOptions(path, kT0));
        QVERIFY(server.open());
        queued = server.engine().create(request(u"q"_s)).value().instanceID;
        server.clock().advance(1000); // SchedQueued for 1 of its 3 seconds
        costAtStop = *server.engine().instance(u"ins-5y4p57y9"_s)->costMilliCredit;
        stoppedAt = server.clock().wallMs();
    }
    const qint64 downtime = 10 * 3'600'000;
    SandboxServer again(persistentOptions(path, stoppedAt + downtime));
    QVERIFY(again.open());
    SandboxEngine &e = again.engine();
    QCOMPARE(*e.instance(u"ins-5y4p57y9"_s)->costMilliCredit, costAtStop); // the ten hours are not billed
    QCOMPARE(e.instance(queued)->status.state(), InstanceState::SchedQueued);
    again.clock().advance(1999);
    QCOMPARE(e.instance(queued)->status.state(), InstanceState::SchedQueued);
    again.clock().advance(1);
    QCOMPARE(e.instance(queued)->status.state(), InstanceState::Pending);
    // The running instance's billing resumes from the restart, as a new record.
    again.clock().advance(3'600'000);
    const auto records = e.billing(u"ins-5y4p57y9"_s).value();
    QCOMPARE(records.first().startTime, (stoppedAt + downtime) / 1000);
    QCOMPARE(*records.at(1).endTime, stoppedAt / 1000);
    QCOMPARE(*e.instance(u"ins-5y4p57y9"_s)->costMilliCredit, costAtStop + costForSeconds(3602, 49));
}

void TestSandboxStore::fasterEarlierRunMovesTheClockForward()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    qint64 stoppedAt = 0;
    {
        SandboxServer server(persistentOptions(path, kT0));
        QVERIFY(server.open());
        server.clock().advance(5 * 3'600'000); // e.g. a --speed run that got ahead of the wall clock
        server.engine().advance();
        stoppedAt = server.clock().wallMs();
    }
    SandboxServer again(persistentOptions(path, kT0 + 1000));
    QVERIFY(again.open());
    QCOMPARE(again.clock().wallMs(), stoppedAt);
}

void TestSandboxStore::resetStartsAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    {
        SandboxServer server(persistentOptions(path, kT0));
        QVERIFY(server.open());
        QVERIFY(server.engine().create(request(u"gone"_s)).ok());
    }
    SandboxOptions options = persistentOptions(path, kT0);
    options.reset = true;
    SandboxServer fresh(options);
    QVERIFY(fresh.open());
    QVERIFY(!fresh.engine().instanceByMetaKey(u"gone"_s));
    QVERIFY(fresh.engine().instance(u"ins-boyqp4g8"_s)); // seeded again
    options.reset = false;
    options.seed = false;
    QTemporaryDir emptyDir;
    options.dataPath = emptyDir.filePath(u"e.sqlite"_s);
    SandboxServer empty(options);
    QVERIFY(empty.open());
    QCOMPARE(empty.engine().instanceCount(), 0);
    QCOMPARE(empty.engine().account().balanceMilli, options.initialCreditMilli);
}

void TestSandboxStore::dataFileIsExclusive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    SandboxServer first(persistentOptions(path, kT0));
    QVERIFY(first.open());
    SandboxServer second(persistentOptions(path, kT0));
    QVERIFY(!second.open());
    QVERIFY2(second.errorString().contains(u"in use by process %1"_s.arg(QCoreApplication::applicationPid())),
             qPrintable(second.errorString()));
    QCOMPARE(second.listen(), quint16(0));
    QVERIFY(QFile::exists(path + ".lock"_L1));
}

void TestSandboxStore::staleLockOfADeadProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    {
        SandboxServer server(persistentOptions(path, kT0));
        QVERIFY(server.open());
        QVERIFY(server.engine().create(request(u"kept"_s)).ok());
    }
    // What a crashed sandbox leaves behind: a lock file naming a process that no longer exists.
    QFile lock(path + ".lock"_L1);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483646\nglows-sandbox\n\n");
    lock.close();
    SandboxServer next(persistentOptions(path, kT0));
    QVERIFY2(next.open(), qPrintable(next.errorString()));
    QVERIFY(next.engine().instanceByMetaKey(u"kept"_s));
}

void TestSandboxStore::unusableExplicitFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    SandboxServer server(persistentOptions(path, kT0));
    QVERIFY(!server.open());
    QVERIFY2(!server.errorString().isEmpty(), "the reason is reported");
    QCOMPARE(QFile(path).size(), 4096); // an explicitly named file is never touched
}

void TestSandboxStore::manualClockAndTestModeStayInMemory()
{
    SandboxOptions manual;
    manual.manualClock = true;
    QCOMPARE(SandboxServer::resolveDataPath(manual), u":memory:"_s);
    SandboxOptions real;
    QVERIFY(SandboxServer::resolveDataPath(real).endsWith("/sandbox.sqlite"_L1));
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(SandboxServer::resolveDataPath(real), u":memory:"_s);
    QStandardPaths::setTestModeEnabled(false);
    real.dataPath = u"/tmp/x.sqlite"_s;
    QCOMPARE(SandboxServer::resolveDataPath(real), u"/tmp/x.sqlite"_s);
    SandboxServer memory(manual);
    QVERIFY(memory.open());
    QVERIFY(!memory.isPersistent());
    QCOMPARE(memory.dataPath(), u":memory:"_s);
}

void TestSandboxStore::embeddedSandboxKeepsItsStateOnItsThread()
{
    // The app's way: the server, its SQLite connection and its socket live on a thread of their own.
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataPath = dir.filePath(u"embedded.sqlite"_s);
    {
        EmbeddedSandbox sandbox(options);
        QVERIFY(sandbox.start());
        QCOMPARE(sandbox.dataPath(), options.dataPath);
        HttpTestClient http(sandbox.baseUrl().toString(), sandbox.token());
        QCOMPARE(http.post(u"/network/group"_s,
                           {{"name"_L1, u"embedded"_s}, {"region_name"_L1, u"TW-04"_s}, {"capacity"_L1, 2}})
                     .code(),
                 0);
        EmbeddedSandbox second(options);
        QVERIFY(!second.start()); // the file is in use
        QVERIFY(second.errorString().contains("in use"_L1));
    } // stopped: saved on its own thread
    EmbeddedSandbox again(options);
    QVERIFY(again.start());
    HttpTestClient http(again.baseUrl().toString(), again.token());
    QCOMPARE(http.get(u"/network/group/list"_s).json().value("groups"_L1).toArray().size(), 2);
    again.stop();
}

void TestSandboxStore::recordsRoundTripThroughJson()
{
    SandboxClock clock(SandboxClock::Mode::Manual);
    clock.setNowMs(kT0);
    SandboxEngine engine(&clock, {}, {}, 3);
    engine.seedDemoData(500'000);
    for (const InstanceRec &rec : engine.state().instances) {
        const auto back = instanceFromJson(instanceToJson(rec));
        QVERIFY(back);
        QCOMPARE(*back, rec);
    }
    for (const SnapshotRec &rec : engine.state().snapshots)
        QCOMPARE(*snapshotFromJson(snapshotToJson(rec)), rec);
    for (const GroupRec &rec : engine.state().groups)
        QCOMPARE(*groupFromJson(groupToJson(rec)), rec);
    QVERIFY(!instanceFromJson(QJsonObject{{"instance"_L1, 5}}));
}

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandbox_store.moc"
