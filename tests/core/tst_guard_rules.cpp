// SPDX-License-Identifier: Apache-2.0
// The guard engine's other rules: spend and time caps, runway, ready, daily reminder, overrides, no metrics.
#include "guardenginefixture.h"

#include <QSet>
#include <QTest>

class TestGuardRules final : public QObject
{
    Q_OBJECT
private slots:
    void spendCapNotifiesOnce();
    void spendCapEstimatesWithoutServerCost();
    void timeCapArmsAutomaticAction();
    void runwayAlertsOncePerCrossing();
    void runwayNumbers();
    void readyWaitsForProbes();
    void dailyReminderOncePerDay();
    void overrideAppliesPerInstance();
    void keysAreStableAndUnique();
    void noMetricsTurnsIdleRuleOff();
};

void TestGuardRules::spendCapNotifiesOnce()
{
    Fixture f;
    f.input.rules.defaults.idleEnabled = false;
    f.input.rules.defaults.spendCapEnabled = true;
    f.input.rules.defaults.spendCap = 5'000;
    Instance in = running(u"ins-spend001"_s);
    in.costMilliCredit = 4'999;
    f.input.instances = {in};
    QVERIFY(f.at(kT0).decisions.isEmpty());
    in.costMilliCredit = 5'000;
    f.input.instances = {in};
    const GuardOutput out = f.at(kT0 + 60);
    QCOMPARE(kinds(out.decisions), QList<GuardDecisionKind>{GuardDecisionKind::Notify});
    QCOMPARE(out.decisions.first().rule, GuardRule::SpendCap);
    QCOMPARE(out.decisions.first().value, 5'000);
    QCOMPARE(out.decisions.first().threshold, 5'000);
    in.costMilliCredit = 9'000;
    f.input.instances = {in};
    QVERIFY(f.at(kT0 + 120).decisions.isEmpty());
}

void TestGuardRules::spendCapEstimatesWithoutServerCost()
{
    Fixture f;
    f.input.rules.defaults.idleEnabled = false;
    f.input.rules.defaults.spendCapEnabled = true;
    f.input.rules.defaults.spendCap = 2'000; // 2 credits at 1 credit per hour: two hours
    f.input.instances = {running(u"ins-spend001"_s, 100, kT0)};
    QVERIFY(f.at(kT0 + 7190).decisions.isEmpty());
    QVERIFY(find(f.at(kT0 + 7200).decisions, GuardDecisionKind::Notify));
}

void TestGuardRules::timeCapArmsAutomaticAction()
{
    Fixture f;
    f.input.rules.defaults.idleEnabled = false;
    f.input.rules.defaults.timeCapEnabled = true;
    f.input.rules.defaults.timeCapMinutes = 120;
    f.input.rules.defaults.timeCapAutoAct = true;
    f.input.rules.defaults.graceMinutes = 5;
    f.input.instances = {running(u"ins-time0001"_s, 100, kT0)};
    QVERIFY(f.at(kT0 + 119 * 60).decisions.isEmpty());
    const GuardOutput armed = f.at(kT0 + 120 * 60);
    const GuardDecision *arm = find(armed.decisions, GuardDecisionKind::Arm);
    QVERIFY(arm);
    QCOMPARE(arm->rule, GuardRule::TimeCap);
    QCOMPARE(arm->deadline, kT0 + 125 * 60);
    QCOMPARE(armed.pending.size(), 1);
    QVERIFY(!find(f.at(kT0 + 124 * 60).decisions, GuardDecisionKind::Act));
    QVERIFY(find(f.at(kT0 + 125 * 60).decisions, GuardDecisionKind::Act));
}

void TestGuardRules::runwayAlertsOncePerCrossing()
{
    Fixture f;
    f.input.rules.defaults.idleEnabled = false;
    f.input.instances = {running(u"ins-burn0001"_s, 100)}; // 1 credit (1000 milli) per hour
    auto alerts = [&](MilliCredits balance, qint64 now) {
        f.input.balance = balance;
        QList<qint64> thresholds;
        for (const GuardDecision &d : f.at(now).decisions) {
            if (d.kind == GuardDecisionKind::RunwayAlert)
                thresholds.append(d.threshold);
        }
        return thresholds;
    };
    QCOMPARE(alerts(30'000, kT0), QList<qint64>{});               // 30 h
    QCOMPARE(alerts(20'000, kT0 + 60), QList<qint64>{24 * 3600}); // 20 h
    QCOMPARE(alerts(19'000, kT0 + 120), QList<qint64>{});         // still below 24 h: once
    QCOMPARE(alerts(5'000, kT0 + 180), QList<qint64>{6 * 3600});  // 5 h
    QCOMPARE(alerts(30'000, kT0 + 240), QList<qint64>{});         // topped up: re-armed
    QCOMPARE(alerts(500, kT0 + 300), QList<qint64>{3600});        // one alert, the most urgent
    QCOMPARE(alerts(400, kT0 + 360), QList<qint64>{});
    f.input.rules.runwayEnabled = false;
    QCOMPARE(alerts(30'000, kT0 + 420), QList<qint64>{});
    QCOMPARE(alerts(500, kT0 + 480), QList<qint64>{});
}

void TestGuardRules::runwayNumbers()
{
    QList<Instance> list{running(u"ins-a"_s, 49), running(u"ins-b"_s, 296),
                         withStatus(running(u"ins-c"_s, 120), InstanceState::Paused)};
    const Runway r = computeRunway(MilliCredits(34'500), list);
    QVERIFY(r.known);
    QCOMPARE(r.burnPerHour, 3'450);
    QCOMPARE(r.runningInstances, 2);
    QCOMPARE(r.seconds, std::optional<qint64>(36'000));
    QVERIFY(!computeRunway(std::nullopt, list).known);
    QCOMPARE(computeRunway(MilliCredits(1000), QList<Instance>{}).seconds, std::nullopt);
    QCOMPARE(computeRunway(MilliCredits(-3), list).seconds, std::optional<qint64>(0));
}

void TestGuardRules::readyWaitsForProbes()
{
    Fixture f;
    f.input.rules.defaults.idleEnabled = false;
    const QString old = u"ins-old00001"_s;
    const QString fresh = u"ins-new00001"_s;
    f.input.instances = {running(old), withStatus(running(fresh), InstanceState::Pending)};
    GuardOutput out = f.at(kT0);
    QVERIFY(out.probeReadiness.isEmpty()); // what already ran at start is not "ready" news
    f.input.instances = {running(old), running(fresh, 100, kT0 + 5)};
    out = f.at(kT0 + 10);
    QCOMPARE(out.probeReadiness, QStringList{fresh});
    GuardReadiness probe;
    probe.sshAccepts = true;
    probe.jupyterForwarded = true; // 8888 forwarded but not answering yet
    f.input.readiness.insert(fresh, probe);
    out = f.at(kT0 + 20);
    QVERIFY(!find(out.decisions, GuardDecisionKind::Ready));
    QCOMPARE(out.probeReadiness, QStringList{fresh});
    probe.jupyterAnswers = true;
    f.input.readiness.insert(fresh, probe);
    out = f.at(kT0 + 30);
    const GuardDecision *ready = find(out.decisions, GuardDecisionKind::Ready);
    QVERIFY(ready);
    QCOMPARE(ready->instanceId, fresh);
    QVERIFY(out.probeReadiness.isEmpty());
    QVERIFY(!find(f.at(kT0 + 40).decisions, GuardDecisionKind::Ready));
}

void TestGuardRules::dailyReminderOncePerDay()
{
    Fixture f;
    f.input.rules.defaults.idleEnabled = false;
    f.input.instances = {running(u"ins-a"_s, 100), running(u"ins-b"_s, 50)};
    const QDate day(2026, 11, 29);
    f.input.localNow = QDateTime(day, QTime(21, 30));
    QVERIFY(!find(f.at(kT0).decisions, GuardDecisionKind::DailyReminder)); // off by default
    f.input.rules.dailyEnabled = true;
    f.input.rules.dailyMinuteOfDay = 21 * 60;
    f.engine.reset();
    f.input.localNow = QDateTime(day, QTime(20, 59));
    QVERIFY(!find(f.at(kT0).decisions, GuardDecisionKind::DailyReminder));
    f.input.localNow = QDateTime(day, QTime(21, 0));
    const GuardOutput out = f.at(kT0 + 60);
    const GuardDecision *reminder = find(out.decisions, GuardDecisionKind::DailyReminder);
    QVERIFY(reminder);
    QCOMPARE(reminder->value, 2);
    QCOMPARE(reminder->threshold, 1'500);
    f.input.localNow = QDateTime(day, QTime(23, 0));
    QVERIFY(!find(f.at(kT0 + 120).decisions, GuardDecisionKind::DailyReminder));
    f.input.localNow = QDateTime(day.addDays(1), QTime(21, 5));
    QVERIFY(find(f.at(kT0 + 180).decisions, GuardDecisionKind::DailyReminder));
    f.input.instances = {};
    f.input.localNow = QDateTime(day.addDays(2), QTime(21, 5));
    QVERIFY(!find(f.at(kT0 + 240).decisions, GuardDecisionKind::DailyReminder)); // nothing running
}

void TestGuardRules::overrideAppliesPerInstance()
{
    Fixture f;
    f.input.rules.defaults.idleAutoAct = false;
    GuardOverride keep;
    keep.idleEnabled = false;
    f.input.rules.overrides.insert(u"ins-keep0001"_s, keep);
    GuardOverride quick;
    quick.idleMinutes = 2;
    quick.idleAutoAct = true;
    f.input.rules.overrides.insert(u"ins-fast0001"_s, quick);
    QCOMPARE(f.input.rules.rulesFor(u"ins-fast0001"_s).idleMinutes, 2);
    QCOMPARE(f.input.rules.rulesFor(u"ins-other001"_s).idleMinutes, 10);
    f.input.instances = {running(u"ins-keep0001"_s), running(u"ins-fast0001"_s), running(u"ins-other001"_s)};
    QList<GuardDecision> all;
    for (qint64 t = kT0; t <= kT0 + 11 * 60; t += 60) {
        for (const Instance &in : std::as_const(f.input.instances))
            f.input.samples[in.instanceID] = samples(t - 59, t, 0.0);
        all.append(f.at(t).decisions);
    }
    QSet<QString> seen;
    for (const GuardDecision &d : all) {
        QVERIFY(d.instanceId != "ins-keep0001"_L1);
        if (d.instanceId == "ins-fast0001"_L1 && d.kind == GuardDecisionKind::Arm)
            QCOMPARE(d.serverTime, kT0 + 2 * 60);
        seen.insert(d.instanceId + u':' + guardDecisionKey(d.kind));
    }
    QVERIFY(seen.contains(u"ins-fast0001:arm"_s));
    QVERIFY(seen.contains(u"ins-other001:notify"_s));
    QVERIFY(GuardOverride().isEmpty());
    QVERIFY(!quick.isEmpty());
}

void TestGuardRules::keysAreStableAndUnique()
{
    QSet<QString> reasons;
    for (int i = 1; i <= int(GuardReason::UserRequested); ++i) {
        const QString key = guardReasonKey(GuardReason(i));
        QVERIFY(!key.isEmpty());
        reasons.insert(key);
    }
    QCOMPARE(reasons.size(), int(GuardReason::UserRequested));
    QCOMPARE(guardReasonKey(GuardReason::IdleGpu), u"idle-gpu"_s);
    QCOMPARE(guardDecisionKey(GuardDecisionKind::WaitingOffline), u"waiting-offline"_s);
    QCOMPARE(guardRuleKey(GuardRule::SpendCap), u"spend-cap"_s);
}

void TestGuardRules::noMetricsTurnsIdleRuleOff()
{
    Fixture f;
    f.input.metricsAvailable = false;
    f.input.rules.defaults.spendCapEnabled = true;
    f.input.rules.defaults.spendCap = 1;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    QList<GuardDecision> all;
    const GuardOutput first = f.feed(id, kT0, kT0 + 60 * 60, 0.0, &all);
    QVERIFY(!first.idleRuleAvailable);
    int unavailable = 0;
    for (const GuardDecision &d : all) {
        QVERIFY(d.rule != GuardRule::Idle || d.kind == GuardDecisionKind::MetricsUnavailable);
        unavailable += d.kind == GuardDecisionKind::MetricsUnavailable ? 1 : 0;
    }
    QCOMPARE(unavailable, 1);
    QVERIFY(find(all, GuardDecisionKind::Notify)); // the spend cap still works
    QCOMPARE(find(all, GuardDecisionKind::Notify)->rule, GuardRule::SpendCap);
}

QTEST_GUILESS_MAIN(TestGuardRules)
#include "tst_guard_rules.moc"
