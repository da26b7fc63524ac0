// SPDX-License-Identifier: Apache-2.0
#include "core/guard/guardengine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

constexpr qint64 kT0 = 1'800'000'000;

Instance running(const QString &id, int priceCent = 100, qint64 since = kT0 - 3600)
{
    Instance instance;
    instance.instanceID = id;
    instance.remark = id;
    instance.status = InstanceStatus(InstanceState::Running);
    instance.priceCent = priceCent;
    instance.statusTime = since;
    instance.createTime = since;
    return instance;
}

Instance withStatus(Instance instance, InstanceState state)
{
    instance.status = InstanceStatus(state);
    return instance;
}

// One sample a second from `from` to `to` inclusive.
QList<MetricSample> samples(qint64 from, qint64 to, double util, qint64 step = 1)
{
    QList<MetricSample> list;
    for (qint64 t = from; t <= to; t += step) {
        MetricSample s;
        s.t = t;
        s.gpuUtil = util;
        list.append(s);
    }
    return list;
}

// A harness: fresh data, one account, idle rule on with automatic action unless a test changes it.
struct Fixture
{
    GuardEngine engine;
    GuardInput input;
    qint64 localMs = 1'000'000;

    Fixture()
    {
        input.accountId = u"acc"_s;
        input.dataAccountId = u"acc"_s;
        input.pollIntervalMs = 2000;
        input.rules.defaults.idleMinutes = 10;
        input.rules.defaults.idleBelowPercent = 5;
        input.rules.defaults.idleAutoAct = true;
        input.rules.defaults.graceMinutes = 10;
        input.rules.runwayEnabled = true;
        input.balance = 1'000'000;
    }

    // Evaluate at server time `now` with fresh data.
    GuardOutput at(qint64 now, bool fresh = true)
    {
        localMs += 2000;
        input.serverNow = now;
        input.localNowMs = localMs;
        if (fresh)
            input.lastSuccessfulPollMs = localMs;
        return engine.evaluate(input);
    }

    // Feed idle or busy samples for instance `id` from `from` to `to` in one-minute polls.
    GuardOutput feed(const QString &id, qint64 from, qint64 to, double util, QList<GuardDecision> *all = nullptr)
    {
        GuardOutput out;
        for (qint64 t = from; t <= to; t += 60) {
            input.samples[id] = samples(t - 59, t, util);
            out = at(t);
            if (all)
                all->append(out.decisions);
        }
        return out;
    }
};

QList<GuardDecisionKind> kinds(const QList<GuardDecision> &decisions)
{
    QList<GuardDecisionKind> result;
    for (const GuardDecision &d : decisions)
        result.append(d.kind);
    return result;
}

const GuardDecision *find(const QList<GuardDecision> &decisions, GuardDecisionKind kind)
{
    for (const GuardDecision &d : decisions) {
        if (d.kind == kind)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestGuardEngine final : public QObject
{
    Q_OBJECT
private slots:
    void idleArmsThenActsAfterGrace();
    void idleNotifiesOnlyWithoutAutoAct();
    void releasedElsewhereDropsPending();
    void idleIgnoresBusyGpu();
    void busySampleCancelsCountdown();
    void gapRestartsIdleTimer();
    void shortGapIsTolerated();
    void spendCapNotifiesOnce();
    void spendCapEstimatesWithoutServerCost();
    void timeCapArmsAutomaticAction();
    void snoozePostponesTheAction();
    void userCancelKeepsRuleQuiet();
    void staleDataWaitsOffline();
    void wrongAccountNeverActs();
    void notRunningAtDeadlineWaits();
    void statusFlappingNotifiesOnce();
    void vanishedInstanceDropsPending();
    void accountSwitchDropsEverything();
    void clockJumpForwardDoesNotFireAtOnce();
    void clockJumpBackwardKeepsRemainingTime();
    void noMetricsTurnsIdleRuleOff();
    void runwayAlertsOncePerCrossing();
    void runwayNumbers();
    void readyWaitsForProbes();
    void dailyReminderOncePerDay();
    void overrideAppliesPerInstance();
    void rulesChangedCancelsCountdown();
    void failedActionDoesNotLoop();
    void stateIsAValue();
    void keysAreStableAndUnique();
};

void TestGuardEngine::idleArmsThenActsAfterGrace()
{
    Fixture f;
    f.input.instances = {running(u"ins-idle0001"_s)};
    QList<GuardDecision> all;
    f.feed(u"ins-idle0001"_s, kT0, kT0 + 9 * 60, 1.0, &all);
    QVERIFY2(!find(all, GuardDecisionKind::Arm), "armed before ten idle minutes");
    f.feed(u"ins-idle0001"_s, kT0 + 10 * 60, kT0 + 10 * 60, 1.0, &all);
    const GuardDecision *arm = find(all, GuardDecisionKind::Arm);
    QVERIFY(arm);
    QCOMPARE(arm->rule, GuardRule::Idle);
    QCOMPARE(arm->deadline, kT0 + 20 * 60);
    QCOMPARE(f.engine.pending().size(), 1);
    all.clear();
    f.feed(u"ins-idle0001"_s, kT0 + 11 * 60, kT0 + 19 * 60, 1.0, &all);
    QVERIFY(!find(all, GuardDecisionKind::Act));
    f.feed(u"ins-idle0001"_s, kT0 + 20 * 60, kT0 + 20 * 60, 1.0, &all);
    const GuardDecision *act = find(all, GuardDecisionKind::Act);
    QVERIFY(act);
    QCOMPARE(act->instanceId, u"ins-idle0001"_s);
    QCOMPARE(act->reason, GuardReason::GraceExpired);
    QVERIFY(f.engine.pending().isEmpty());
}

void TestGuardEngine::idleNotifiesOnlyWithoutAutoAct()
{
    Fixture f;
    f.input.rules.defaults.idleAutoAct = false;
    f.input.instances = {running(u"ins-idle0001"_s)};
    QList<GuardDecision> all;
    f.feed(u"ins-idle0001"_s, kT0, kT0 + 60 * 60, 0.0, &all);
    QCOMPARE(kinds(all), QList<GuardDecisionKind>{GuardDecisionKind::Notify});
    QCOMPARE(all.first().reason, GuardReason::IdleGpu);
    QCOMPARE(all.first().threshold, 5);
    QVERIFY(all.first().value >= 600);
}

void TestGuardEngine::releasedElsewhereDropsPending()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 1.0);
    QCOMPARE(f.engine.pending().size(), 1);
    f.input.instances = {withStatus(running(id), InstanceState::Released)};
    f.input.samples.clear();
    const GuardOutput out = f.at(kT0 + 11 * 60);
    const GuardDecision *cancel = find(out.decisions, GuardDecisionKind::Cancel);
    QVERIFY(cancel);
    QCOMPARE(cancel->reason, GuardReason::ReleasedElsewhere);
    QVERIFY(f.engine.pending().isEmpty());
    QVERIFY(!find(f.at(kT0 + 30 * 60).decisions, GuardDecisionKind::Act));
}

void TestGuardEngine::idleIgnoresBusyGpu()
{
    Fixture f;
    f.input.instances = {running(u"ins-busy0001"_s)};
    QList<GuardDecision> all;
    f.feed(u"ins-busy0001"_s, kT0, kT0 + 60 * 60, 5.0, &all); // at the threshold is not below it
    QVERIFY(all.isEmpty());
}

void TestGuardEngine::busySampleCancelsCountdown()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5);
    QCOMPARE(f.engine.pending().size(), 1);
    QList<GuardDecision> all;
    f.feed(id, kT0 + 11 * 60, kT0 + 30 * 60, 60.0, &all);
    QCOMPARE(kinds(all), QList<GuardDecisionKind>{GuardDecisionKind::Cancel});
    QCOMPARE(all.first().reason, GuardReason::ConditionCleared);
    QVERIFY(f.engine.pending().isEmpty());
    // Idle again: a new ten minutes are needed, then it arms again.
    all.clear();
    f.feed(id, kT0 + 31 * 60, kT0 + 40 * 60, 0.5, &all);
    QVERIFY(!find(all, GuardDecisionKind::Arm));
    f.feed(id, kT0 + 41 * 60, kT0 + 42 * 60, 0.5, &all);
    QVERIFY(find(all, GuardDecisionKind::Arm));
}

void TestGuardEngine::gapRestartsIdleTimer()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    QList<GuardDecision> all;
    f.feed(id, kT0, kT0 + 6 * 60, 0.5, &all);
    // Two minutes without a sample (the metrics were not reachable): not known to be idle.
    f.input.samples[id] = samples(kT0 + 8 * 60 + 1, kT0 + 9 * 60, 0.5);
    all.append(f.at(kT0 + 9 * 60).decisions);
    f.feed(id, kT0 + 10 * 60, kT0 + 18 * 60, 0.5, &all);
    QVERIFY2(!find(all, GuardDecisionKind::Arm), "idle time counted across a gap");
    f.feed(id, kT0 + 19 * 60, kT0 + 20 * 60, 0.5, &all);
    QVERIFY(find(all, GuardDecisionKind::Arm));
    QCOMPARE(f.engine.state().instances.value(id).sampleInterval, 1);
}

void TestGuardEngine::shortGapIsTolerated()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    // Every third second missing: within three sample intervals... of the smallest gap seen (1 s).
    QList<MetricSample> list = samples(kT0, kT0 + 5, 0.5);
    list += samples(kT0 + 8, kT0 + 11 * 60, 0.5, 3);
    f.input.samples[id] = list;
    const GuardOutput out = f.at(kT0 + 11 * 60);
    QVERIFY(find(out.decisions, GuardDecisionKind::Arm));
}

void TestGuardEngine::spendCapNotifiesOnce()
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

void TestGuardEngine::spendCapEstimatesWithoutServerCost()
{
    Fixture f;
    f.input.rules.defaults.idleEnabled = false;
    f.input.rules.defaults.spendCapEnabled = true;
    f.input.rules.defaults.spendCap = 2'000; // 2 credits at 1 credit per hour: two hours
    f.input.instances = {running(u"ins-spend001"_s, 100, kT0)};
    QVERIFY(f.at(kT0 + 7190).decisions.isEmpty());
    QVERIFY(find(f.at(kT0 + 7200).decisions, GuardDecisionKind::Notify));
}

void TestGuardEngine::timeCapArmsAutomaticAction()
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

void TestGuardEngine::snoozePostponesTheAction()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5);
    QCOMPARE(f.engine.pending().size(), 1);
    const GuardDecision snoozed = f.engine.snooze(id, kT0 + 11 * 60);
    QCOMPARE(snoozed.kind, GuardDecisionKind::Snoozed);
    QCOMPARE(snoozed.rule, GuardRule::Idle);
    QCOMPARE(snoozed.deadline, kT0 + 71 * 60);
    QVERIFY(f.engine.pending().isEmpty());
    QList<GuardDecision> all;
    f.feed(id, kT0 + 11 * 60, kT0 + 70 * 60, 0.5, &all);
    QVERIFY2(all.isEmpty(), "the rule spoke during the hour it was asked to keep quiet");
    // After the hour, still idle: it asks again.
    f.feed(id, kT0 + 71 * 60, kT0 + 72 * 60, 0.5, &all);
    QVERIFY(find(all, GuardDecisionKind::Arm));
}

void TestGuardEngine::userCancelKeepsRuleQuiet()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5);
    const auto cancel = f.engine.cancelPending(id, kT0 + 10 * 60 + 1);
    QVERIFY(cancel);
    QCOMPARE(cancel->reason, GuardReason::UserCancelled);
    QVERIFY(!f.engine.cancelPending(id, kT0 + 10 * 60 + 2));
    QList<GuardDecision> all;
    f.feed(id, kT0 + 11 * 60, kT0 + 40 * 60, 0.5, &all);
    QVERIFY(all.isEmpty());
}

void TestGuardEngine::staleDataWaitsOffline()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 19 * 60, 0.5);
    // The last successful poll is now older than two poll intervals.
    f.input.samples.clear();
    f.localMs += 10'000;
    const GuardOutput out = f.at(kT0 + 20 * 60, false);
    QVERIFY(!out.safeToAct);
    const GuardDecision *waiting = find(out.decisions, GuardDecisionKind::WaitingOffline);
    QVERIFY(waiting);
    QCOMPARE(waiting->reason, GuardReason::StaleData);
    QVERIFY(!find(out.decisions, GuardDecisionKind::Act));
    QVERIFY(f.engine.pending().first().waitingOffline);
    // Said once, not at every poll.
    QVERIFY(f.at(kT0 + 21 * 60, false).decisions.isEmpty());
    // Fresh again: it acts.
    QVERIFY(find(f.at(kT0 + 21 * 60 + 5).decisions, GuardDecisionKind::Act));
}

void TestGuardEngine::wrongAccountNeverActs()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 19 * 60, 0.5);
    f.input.dataAccountId = u"other"_s;
    const GuardOutput out = f.at(kT0 + 20 * 60);
    QVERIFY(!out.safeToAct);
    const GuardDecision *waiting = find(out.decisions, GuardDecisionKind::WaitingOffline);
    QVERIFY(waiting);
    QCOMPARE(waiting->reason, GuardReason::WrongAccount);
    QVERIFY(!find(f.at(kT0 + 40 * 60).decisions, GuardDecisionKind::Act));
}

void TestGuardEngine::notRunningAtDeadlineWaits()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 19 * 60, 0.5);
    f.input.instances = {withStatus(running(id), InstanceState::Pending)};
    f.input.samples.clear();
    const GuardOutput out = f.at(kT0 + 20 * 60);
    const GuardDecision *waiting = find(out.decisions, GuardDecisionKind::WaitingOffline);
    QVERIFY(waiting);
    QCOMPARE(waiting->reason, GuardReason::NotRunning);
    QVERIFY(!find(out.decisions, GuardDecisionKind::Act));
    // Back to Running and still idle: the countdown that ran out goes ahead.
    f.input.instances = {running(id)};
    f.input.samples[id] = samples(kT0 + 20 * 60 + 1, kT0 + 21 * 60, 0.5);
    QVERIFY(find(f.at(kT0 + 21 * 60).decisions, GuardDecisionKind::Act));
}

void TestGuardEngine::statusFlappingNotifiesOnce()
{
    Fixture f;
    f.input.rules.defaults.idleAutoAct = false;
    const QString id = u"ins-flap0001"_s;
    f.input.instances = {running(id)};
    f.at(kT0 - 60);
    QList<GuardDecision> all;
    for (int cycle = 0; cycle < 6; ++cycle) {
        const qint64 base = kT0 + cycle * 15 * 60;
        f.input.instances = {running(id)};
        f.feed(id, base, base + 12 * 60, 0.5, &all);
        f.input.instances = {withStatus(running(id), InstanceState::Pending)};
        f.input.samples.clear();
        all.append(f.at(base + 13 * 60).decisions);
    }
    int notifies = 0;
    int readies = 0;
    for (const GuardDecision &d : all) {
        notifies += d.kind == GuardDecisionKind::Notify ? 1 : 0;
        readies += d.kind == GuardDecisionKind::Ready ? 1 : 0;
    }
    QCOMPARE(notifies, 1);
    QCOMPARE(readies, 0); // no probe ever answered
}

void TestGuardEngine::vanishedInstanceDropsPending()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id), running(u"ins-other001"_s)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5);
    QCOMPARE(f.engine.pending().size(), 1);
    f.input.instances = {running(u"ins-other001"_s)};
    f.input.samples.clear();
    const GuardOutput out = f.at(kT0 + 11 * 60);
    const GuardDecision *cancel = find(out.decisions, GuardDecisionKind::Cancel);
    QVERIFY(cancel);
    QCOMPARE(cancel->instanceId, id);
    QCOMPARE(cancel->reason, GuardReason::ReleasedElsewhere);
    QVERIFY(!f.engine.state().instances.contains(id));
}

void TestGuardEngine::accountSwitchDropsEverything()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5);
    QCOMPARE(f.engine.pending().size(), 1);
    f.input.accountId = u"acc2"_s;
    f.input.dataAccountId = u"acc2"_s;
    f.input.instances = {};
    f.input.samples.clear();
    const GuardOutput out = f.at(kT0 + 11 * 60);
    const GuardDecision *cancel = find(out.decisions, GuardDecisionKind::Cancel);
    QVERIFY(cancel);
    QCOMPARE(cancel->reason, GuardReason::AccountChanged);
    QVERIFY(f.engine.pending().isEmpty());
    QVERIFY(f.engine.state().instances.isEmpty());
    QCOMPARE(f.engine.state().accountId, u"acc2"_s);
}

void TestGuardEngine::clockJumpForwardDoesNotFireAtOnce()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5); // armed, due at +20 min
    f.input.samples.clear();
    // The server's clock leaps two days: the countdown advances by at most kMaxStepSeconds.
    GuardOutput out = f.at(kT0 + 2 * 86400);
    QVERIFY(!find(out.decisions, GuardDecisionKind::Act));
    QCOMPARE(out.pending.size(), 1);
    QCOMPARE(out.pending.first().deadline - (kT0 + 2 * 86400), 600 - GuardEngine::kMaxStepSeconds);
    out = f.at(kT0 + 2 * 86400 + 299);
    QVERIFY(!find(out.decisions, GuardDecisionKind::Act));
    QVERIFY(find(f.at(kT0 + 2 * 86400 + 300).decisions, GuardDecisionKind::Act));
}

void TestGuardEngine::clockJumpBackwardKeepsRemainingTime()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5); // armed, ten minutes left
    f.input.samples.clear();
    GuardOutput out = f.at(kT0 - 3600);
    QVERIFY(!find(out.decisions, GuardDecisionKind::Act));
    QCOMPARE(out.pending.first().deadline, kT0 - 3600 + 600);
    QVERIFY(!find(f.at(kT0 - 3600 + 300).decisions, GuardDecisionKind::Act));
    QVERIFY(!find(f.at(kT0 - 3600 + 599).decisions, GuardDecisionKind::Act));
    QVERIFY(find(f.at(kT0 - 3600 + 600).decisions, GuardDecisionKind::Act));
}

void TestGuardEngine::noMetricsTurnsIdleRuleOff()
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

void TestGuardEngine::runwayAlertsOncePerCrossing()
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
    QCOMPARE(alerts(30'000, kT0), QList<qint64>{});                 // 30 h
    QCOMPARE(alerts(20'000, kT0 + 60), QList<qint64>{24 * 3600});    // 20 h
    QCOMPARE(alerts(19'000, kT0 + 120), QList<qint64>{});            // still below 24 h: once
    QCOMPARE(alerts(5'000, kT0 + 180), QList<qint64>{6 * 3600});     // 5 h
    QCOMPARE(alerts(30'000, kT0 + 240), QList<qint64>{});            // topped up: re-armed
    QCOMPARE(alerts(500, kT0 + 300), QList<qint64>{3600});           // one alert, the most urgent
    QCOMPARE(alerts(400, kT0 + 360), QList<qint64>{});
    f.input.rules.runwayEnabled = false;
    QCOMPARE(alerts(30'000, kT0 + 420), QList<qint64>{});
    QCOMPARE(alerts(500, kT0 + 480), QList<qint64>{});
}

void TestGuardEngine::runwayNumbers()
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

void TestGuardEngine::readyWaitsForProbes()
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

void TestGuardEngine::dailyReminderOncePerDay()
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

void TestGuardEngine::overrideAppliesPerInstance()
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

void TestGuardEngine::rulesChangedCancelsCountdown()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5);
    f.input.rules.defaults.idleAutoAct = false;
    const GuardOutput out = f.feed(id, kT0 + 11 * 60, kT0 + 11 * 60, 0.5);
    const GuardDecision *cancel = find(out.decisions, GuardDecisionKind::Cancel);
    QVERIFY(cancel);
    QCOMPARE(cancel->reason, GuardReason::RulesChanged);
    QVERIFY(out.pending.isEmpty());
}

void TestGuardEngine::failedActionDoesNotLoop()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 20 * 60, 0.5);
    QVERIFY(f.engine.state().instances.value(id).actionSent);
    f.engine.actionFailed(id);
    QList<GuardDecision> all;
    f.feed(id, kT0 + 21 * 60, kT0 + 50 * 60, 0.5, &all);
    QVERIFY2(all.isEmpty(), "a refused snapshot was retried without the user");
}

void TestGuardEngine::stateIsAValue()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5);
    const GuardState saved = f.engine.state();
    GuardEngine restored(saved);
    QCOMPARE(restored.state(), saved);
    QCOMPARE(restored.pending(), f.engine.pending());
    f.engine = restored;
    QList<GuardDecision> all;
    f.feed(id, kT0 + 11 * 60, kT0 + 20 * 60, 0.5, &all);
    QVERIFY(find(all, GuardDecisionKind::Act));
}

void TestGuardEngine::keysAreStableAndUnique()
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

QTEST_GUILESS_MAIN(TestGuardEngine)
#include "tst_guard_engine.moc"
