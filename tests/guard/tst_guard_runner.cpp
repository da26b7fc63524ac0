// SPDX-License-Identifier: Apache-2.0
// GuardRunner against an in-process sandbox with a manual clock (no sleeps), its SQLite history, the rules
// store and the pluggable GPU sample source.
#include "api/glowsclient.h"
#include "core/clock.h"
#include "guard/gpusamplesource.h"
#include "guard/guardhistory.h"
#include "guard/guardrunner.h"
#include "guard/guardsettings.h"
#include "guard/guardtext.h"
#include "guard/readinessprober.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

const QString kIdle = u"ins-e6n2t4kb"_s;

// A source that has no samples for this account (a server without the metrics extension, say).
class NoSamples final : public GpuSampleSource
{
public:
    void fetch(const QString &, qint64, QObject *, Done done) override
    {
        Result r;
        r.unavailable = true;
        done(r);
    }
    bool isUnavailable() const override { return true; }
    void reset() override {}
    Origin origin() const override { return Origin::None; }
};

// A source with a long history for every instance: a first poll of a big account.
class LongHistory final : public GpuSampleSource
{
public:
    void fetch(const QString &, qint64 since, QObject *, Done done) override
    {
        Result r;
        r.ok = true;
        for (qint64 t = since + 1; t <= since + 40'000; ++t)
            r.samples.append(GuardSample{t, 50});
        done(r);
    }
    bool isUnavailable() const override { return false; }
    void reset() override {}
    Origin origin() const override { return Origin::Server; }
};

GuardAccountRules idleRules(bool autoAct, int graceMinutes = 1)
{
    GuardAccountRules rules;
    rules.defaults.idleMinutes = 10;
    rules.defaults.idleAutoAct = autoAct;
    rules.defaults.graceMinutes = graceMinutes;
    rules.defaults.readyEnabled = false;
    return rules;
}

} // namespace

class TestGuardRunner final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void idleNotebookNotifiesAndIsRecorded();
    void automaticActionIsTheServersSnapshotWithRelease();
    void accountSwitchDropsCountdowns();
    void snoozeIsRecordedWithTheName();
    void unavailableSamplesTurnIdleRuleOff();
    void runwayIsReported();
    void settingsRoundTrip();
    void historyIsSharedBetweenConnections();
    void textForEveryDecision();
    void readinessProbesSshAndJupyter();
    void offeredListReplacesItsOwnFetch();
    void bufferedSamplesAreBounded();

private:
    bool pollOnce(GuardRunner &runner);

    QTemporaryDir m_dir;
    testing::SandboxFixture m_sandbox;
    std::unique_ptr<GuardHistory> m_history;
    QString m_token;
};

void TestGuardRunner::init()
{
    sandbox::SandboxOptions options;
    m_token = options.token;
    QVERIFY(m_sandbox.start(options));
    m_history = std::make_unique<GuardHistory>(
        m_dir.filePath(u"history-%1.sqlite"_s.arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_history->open());
}

void TestGuardRunner::cleanup()
{
    m_history.reset();
    m_sandbox.stop();
}

bool TestGuardRunner::pollOnce(GuardRunner &runner)
{
    QSignalSpy evaluated(&runner, &GuardRunner::evaluated);
    runner.pollNow();
    return evaluated.count() > 0 || evaluated.wait(10000);
}

void TestGuardRunner::idleNotebookNotifiesAndIsRecorded()
{
    GuardRunner runner(m_sandbox.client.get(), m_history.get());
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(false));
    QSignalSpy decided(&runner, &GuardRunner::decided);
    QVERIFY(pollOnce(runner));
    // The last hour of idle-notebook's samples is enough on the first poll.
    QList<GuardDecision> decisions;
    for (const QList<QVariant> &args : decided)
        decisions.append(args.at(0).value<GuardDecision>());
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().kind, GuardDecisionKind::Notify);
    QCOMPARE(decisions.first().instanceId, kIdle);
    QCOMPARE(decisions.first().instanceName, u"idle-notebook"_s);
    QVERIFY(decisions.first().value >= 10 * 60);
    QVERIFY(runner.safeToAct());
    QVERIFY(runner.idleRuleAvailable());
    const QList<GuardHistoryEntry> entries = m_history->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, u"notify"_s);
    QCOMPARE(entries.first().reason, u"idle-gpu"_s);
    QCOMPARE(entries.first().accountId, u"sandbox"_s);
    QCOMPARE(entries.first().instanceId, kIdle);
    // Nothing new on the next poll.
    decided.clear();
    m_sandbox.server->clock().advance(30'000);
    QVERIFY(pollOnce(runner));
    QCOMPARE(decided.count(), 0);
}

void TestGuardRunner::bufferedSamplesAreBounded()
{
    GuardRunner runner(m_sandbox.client.get(), m_history.get());
    LongHistory samples;
    runner.setSampleSource(&samples);
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(false));
    QVERIFY(pollOnce(runner));
    // Several Running instances of 40,000 samples each: the engine took them in more than one evaluation,
    // so the poll never held all of them at once.
    QVERIFY2(runner.evaluations() >= 2, qPrintable(QString::number(runner.evaluations())));
    QVERIFY(!runner.isPolling());
    QVERIFY(runner.state().instances.value(kIdle).lastSampleT > 0); // its samples were taken in
}

void TestGuardRunner::offeredListReplacesItsOwnFetch()
{
    ManualClock clock;
    GuardRunner runner(m_sandbox.client.get(), m_history.get(), nullptr, clock);
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(false));
    runner.setSharesList(true);
    runner.start();
    // It waits for the window's list rather than fetching one of its own at the same time.
    QVERIFY(!runner.isPolling());
    // The window's list (here the server's, less idle-notebook): the first offer begins a poll with it.
    QList<Instance> listed = m_sandbox.server->engine().instances();
    listed.removeIf([](const Instance &in) { return in.instanceID == kIdle; });
    QSignalSpy evaluated(&runner, &GuardRunner::evaluated);
    QSignalSpy decided(&runner, &GuardRunner::decided);
    runner.offerInstances(listed);
    QTRY_VERIFY(runner.isPolling() || evaluated.count() > 0);
    QVERIFY(evaluated.count() > 0 || evaluated.wait(10000));
    QVERIFY(!runner.state().instances.isEmpty());
    QVERIFY(!runner.state().instances.contains(kIdle));
    QCOMPARE(decided.count(), 0);
    QVERIFY(runner.safeToAct());

    // An offer younger than one interval begins no second poll; the next poll uses it.
    clock.advance(runner.pollIntervalMs() / 2);
    runner.offerInstances(listed);
    QCoreApplication::processEvents();
    QVERIFY(!runner.isPolling());
    QVERIFY(pollOnce(runner));
    QVERIFY(!runner.state().instances.contains(kIdle));

    // Offers that stop coming: a poll an interval later fetches the list itself, idle-notebook included.
    runner.offerInstances(listed);
    clock.advance(runner.pollIntervalMs());
    QVERIFY(pollOnce(runner));
    QVERIFY(runner.state().instances.contains(kIdle));
    QCOMPARE(decided.count(), 1);
}

void TestGuardRunner::automaticActionIsTheServersSnapshotWithRelease()
{
    GuardRunner runner(m_sandbox.client.get(), m_history.get());
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(true, 1));
    QSignalSpy pendingChanged(&runner, &GuardRunner::pendingChanged);
    QSignalSpy finished(&runner, &GuardRunner::actionFinished);
    QVERIFY(pollOnce(runner));
    QCOMPARE(runner.pending().size(), 1);
    QCOMPARE(runner.pendingFor(kIdle)->rule, GuardRule::Idle);
    QVERIFY(pendingChanged.count() >= 1);
    QVERIFY(!runner.pendingFor(u"ins-5y4p57y9"_s));

    m_sandbox.server->clock().advance(90'000); // past the one-minute grace period, on the server's clock
    QVERIFY(pollOnce(runner));
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().at(0).toString(), kIdle);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    const auto rec = m_sandbox.server->engine().instance(kIdle);
    QVERIFY(rec);
    QVERIFY(rec->status.state() != InstanceState::Running); // snapshotting, then released by the server
    bool snapshotOfIdle = false;
    for (const Snapshot &s : m_sandbox.server->engine().snapshots())
        snapshotOfIdle = snapshotOfIdle || s.sourceInstanceID == kIdle;
    QVERIFY(snapshotOfIdle);
    const auto busy = m_sandbox.server->engine().instance(u"ins-5y4p57y9"_s);
    QCOMPARE(busy->status.state(), InstanceState::Running);
    QStringList kinds;
    for (const GuardHistoryEntry &e : m_history->entries())
        kinds.prepend(e.kind);
    QCOMPARE(kinds, (QStringList{u"arm"_s, u"act"_s, u"action-done"_s}));
}

void TestGuardRunner::snoozeIsRecordedWithTheName()
{
    GuardRunner runner(m_sandbox.client.get(), m_history.get());
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(true, 10));
    QVERIFY(pollOnce(runner));
    QCOMPARE(runner.pending().size(), 1);
    runner.snooze(kIdle); // the notification's "Keep running for 1 h"
    QVERIFY(runner.pending().isEmpty());
    const GuardHistoryEntry latest = m_history->entries().first();
    QCOMPARE(latest.kind, u"snoozed"_s);
    QCOMPARE(latest.instanceId, kIdle);
    QCOMPARE(latest.instanceName, u"idle-notebook"_s);
}

void TestGuardRunner::accountSwitchDropsCountdowns()
{
    GuardRunner runner(m_sandbox.client.get(), m_history.get());
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(true, 10));
    QVERIFY(pollOnce(runner));
    QCOMPARE(runner.pending().size(), 1);
    QSignalSpy pendingChanged(&runner, &GuardRunner::pendingChanged);
    m_sandbox.client->switchAccount(QUrl(m_sandbox.server->baseUrl()), m_token);
    runner.setAccountId(u"other-account"_s);
    QVERIFY(runner.pending().isEmpty());
    QVERIFY(pendingChanged.count() >= 1);
    QVERIFY(runner.state().instances.isEmpty());
    QCOMPARE(m_history->entries().first().reason, u"account-changed"_s);
    // The new account starts from nothing: its own idle time must pass before any countdown.
    QVERIFY(pollOnce(runner));
    QCOMPARE(runner.state().accountId, u"other-account"_s);
}

void TestGuardRunner::unavailableSamplesTurnIdleRuleOff()
{
    GuardRunner runner(m_sandbox.client.get(), m_history.get());
    NoSamples source;
    runner.setSampleSource(&source);
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(true));
    QSignalSpy availability(&runner, &GuardRunner::idleRuleAvailabilityChanged);
    QSignalSpy decided(&runner, &GuardRunner::decided);
    QVERIFY(pollOnce(runner));
    QVERIFY(!runner.idleRuleAvailable());
    QCOMPARE(availability.count(), 1);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.first().at(0).value<GuardDecision>().kind, GuardDecisionKind::MetricsUnavailable);
    QVERIFY(runner.pending().isEmpty());
    QCOMPARE(GuardText::describe(decided.first().at(0).value<GuardDecision>()),
             u"Idle GPU rule off: needs GPU metrics: not available for this account."_s);
}

void TestGuardRunner::runwayIsReported()
{
    GuardRunner runner(m_sandbox.client.get(), nullptr);
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(false));
    QSignalSpy runway(&runner, &GuardRunner::runwayChanged);
    QVERIFY(pollOnce(runner));
    QCOMPARE(runway.count(), 1);
    const Runway r = runner.runway();
    const auto account = m_sandbox.server->engine().account();
    QVERIFY(r.known);
    QCOMPARE(r.balance, account.balanceMilli);
    QCOMPARE(r.burnPerHour, account.burnRateMilliPerHour);
    QCOMPARE(r.runningInstances, account.runningInstances);
    QVERIFY(r.seconds && *r.seconds > 0);
    QVERIFY(GuardText::runway(r).startsWith(u"Balance lasts about "_s));
}

void TestGuardRunner::settingsRoundTrip()
{
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    GuardSettings store(&settings);
    const QString account = u"acc/with slash"_s;
    QCOMPARE(store.load(account), GuardAccountRules());
    GuardAccountRules rules;
    rules.defaults.idleMinutes = 45;
    rules.defaults.idleBelowPercent = 2.5;
    rules.defaults.idleAutoAct = true;
    rules.defaults.spendCapEnabled = true;
    rules.defaults.spendCap = 12'345;
    rules.defaults.graceMinutes = 3;
    rules.runwayThresholdsSeconds = {7200, 600};
    rules.dailyEnabled = true;
    rules.dailyMinuteOfDay = 8 * 60 + 30;
    GuardOverride o;
    o.idleEnabled = false;
    o.timeCapMinutes = 90;
    rules.overrides.insert(u"ins-abc/def"_s, o);
    store.save(account, rules);
    QCOMPARE(store.load(account), rules);
    QCOMPARE(store.load(u"acc"_s), GuardAccountRules()); // another account keeps the defaults
    store.removeOverride(account, u"ins-abc/def"_s);
    QVERIFY(store.load(account).overrides.isEmpty());
    store.saveOverride(account, u"ins-x"_s, GuardOverride());
    QVERIFY(store.load(account).overrides.isEmpty());
    QVERIFY(store.isEnabled(account));
    store.setEnabled(account, false);
    QVERIFY(!store.isEnabled(account));
}

void TestGuardRunner::historyIsSharedBetweenConnections()
{
    const QString path = m_dir.filePath(u"shared.sqlite"_s);
    GuardHistory writer(path);
    GuardHistory reader(path);
    QVERIFY(writer.open());
    QVERIFY(reader.open());
    QSignalSpy appended(&writer, &GuardHistory::appended);
    GuardDecision d;
    d.kind = GuardDecisionKind::RunwayAlert;
    d.rule = GuardRule::Runway;
    d.reason = GuardReason::RunwayBelow;
    d.value = 3000;
    d.threshold = 3600;
    QVERIFY(writer.record(u"a"_s, d));
    QVERIFY(writer.recordAction(u"b"_s, kIdle, u"idle-notebook"_s, GuardRule::Idle, false, 5, u"refused"_s));
    QCOMPARE(appended.count(), 2);
    QCOMPARE(reader.entries().size(), 2);
    QCOMPARE(reader.entries(10, u"a"_s).size(), 1);
    QCOMPARE(reader.entries(10, u"b"_s).first().kind, u"action-failed"_s);
    QCOMPARE(reader.entries(10, u"b"_s).first().detail, u"refused"_s);
    QVERIFY(writer.prune(1));
    QCOMPARE(reader.entries().size(), 2); // nothing older than a day
}

void TestGuardRunner::textForEveryDecision()
{
    for (int kind = 0; kind <= int(GuardDecisionKind::MetricsUnavailable); ++kind) {
        for (int reason = 0; reason <= int(GuardReason::UserRequested); ++reason) {
            GuardDecision d;
            d.kind = GuardDecisionKind(kind);
            d.reason = GuardReason(reason);
            d.instanceId = kIdle;
            d.value = 600;
            d.threshold = 5;
            QVERIFY(!GuardText::describe(d).isEmpty());
        }
    }
    QCOMPARE(GuardText::duration(5 * 3600 + 10 * 60), u"5 h 10 min"_s);
    QCOMPARE(GuardText::duration(45 * 60), u"45 min"_s);
    QCOMPARE(GuardText::duration(30), u"less than a minute"_s);
    QCOMPARE(GuardText::duration(3 * 86400 + 2 * 3600), u"3 d 2 h"_s);
    QCOMPARE(guardReasonFromKey(u"stale-data"_s), std::optional<GuardReason>(GuardReason::StaleData));
    QCOMPARE(guardDecisionFromKey(u"arm"_s), std::optional<GuardDecisionKind>(GuardDecisionKind::Arm));
    QCOMPARE(guardRuleFromKey(u"nope"_s), std::nullopt);
}

void TestGuardRunner::readinessProbesSshAndJupyter()
{
    QTcpServer ssh;
    QVERIFY(ssh.listen(QHostAddress::LocalHost, 0));
    // A minimal HTTP server for the forwarded 8888: any answer counts, a 302 to a login page included.
    QTcpServer jupyter;
    QVERIFY(jupyter.listen(QHostAddress::LocalHost, 0));
    connect(&jupyter, &QTcpServer::newConnection, this, [&jupyter] {
        QTcpSocket *socket = jupyter.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write(
                "HTTP/1.1 302 Found\r\nLocation: /login\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    Instance in;
    in.instanceID = u"ins-ready001"_s;
    in.status = InstanceStatus(InstanceState::Running);
    in.accesses = {Access{u"acc-1"_s, u"ssh"_s, 22, u"ssh://127.0.0.1:%1"_s.arg(ssh.serverPort())},
                   Access{u"acc-2"_s, u"http"_s, 8888, QString()}};
    ReadinessProber prober;
    QSignalSpy probed(&prober, &ReadinessProber::probed);
    prober.probe(in);
    QVERIFY(probed.count() == 1 || probed.wait(5000));
    GuardReadiness r = probed.takeFirst().at(1).value<GuardReadiness>();
    QVERIFY(r.sshAccepts);
    QVERIFY(r.jupyterForwarded);
    QVERIFY(!r.isReady()); // 8888 is forwarded but not mapped yet

    in.accesses[1].url = u"http://127.0.0.1:%1"_s.arg(jupyter.serverPort());
    prober.probe(in);
    QVERIFY(probed.count() == 1 || probed.wait(5000));
    r = probed.takeFirst().at(1).value<GuardReadiness>();
    QVERIFY(r.sshAccepts);
    QVERIFY(r.jupyterAnswers);
    QVERIFY(r.isReady());

    // Nothing listening: not ready, and no blocking while it finds out.
    const quint16 closed = ssh.serverPort();
    ssh.close();
    in.accesses = {Access{u"acc-1"_s, u"ssh"_s, 22, u"ssh://127.0.0.1:%1"_s.arg(closed)}};
    prober.probe(in);
    QVERIFY(prober.isProbing(in.instanceID));
    QVERIFY(probed.count() == 1 || probed.wait(5000));
    QVERIFY(!probed.takeFirst().at(1).value<GuardReadiness>().sshAccepts);
}

QTEST_GUILESS_MAIN(TestGuardRunner)
#include "tst_guard_runner.moc"
