// SPDX-License-Identifier: Apache-2.0
#include "guardenginefixture.h"

#include <QTest>

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
    void rulesChangedCancelsCountdown();
    void failedActionDoesNotLoop();
    void stateIsAValue();
    void secondRuleNotifiesDuringCountdown();
    void snoozeBeforeFirstLookIsNotReadyNews();
    void compactSamplesCountTheSame();
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

void TestGuardEngine::secondRuleNotifiesDuringCountdown()
{
    Fixture f;
    f.input.rules.defaults.spendCapEnabled = true;
    f.input.rules.defaults.spendCapAutoAct = true;
    f.input.rules.defaults.spendCap = 1'000'000;
    const QString id = u"ins-idle0001"_s;
    Instance in = running(id);
    in.costMilliCredit = 10;
    f.input.instances = {in};
    f.feed(id, kT0, kT0 + 10 * 60, 0.5); // the idle countdown
    in.costMilliCredit = 1'000'000;
    f.input.instances = {in};
    const GuardOutput out = f.feed(id, kT0 + 11 * 60, kT0 + 11 * 60, 0.5);
    QCOMPARE(kinds(out.decisions), QList<GuardDecisionKind>{GuardDecisionKind::Notify});
    QCOMPARE(out.decisions.first().rule, GuardRule::SpendCap);
    QCOMPARE(out.pending.size(), 1);
    QCOMPARE(out.pending.first().rule, GuardRule::Idle);
}

void TestGuardEngine::snoozeBeforeFirstLookIsNotReadyNews()
{
    Fixture f;
    const QString id = u"ins-late0001"_s;
    f.at(kT0);
    f.engine.snooze(id, kT0 + 1);
    f.input.instances = {running(id)};
    const GuardOutput out = f.at(kT0 + 60);
    QVERIFY(out.probeReadiness.isEmpty());
    QVERIFY(out.decisions.isEmpty());
}

void TestGuardEngine::compactSamplesCountTheSame()
{
    Fixture f;
    const QString id = u"ins-idle0001"_s;
    f.input.instances = {running(id)};
    QList<GuardDecision> all;
    for (qint64 t = kT0; t <= kT0 + 10 * 60; t += 60) {
        QList<GuardSample> compact;
        for (const MetricSample &s : samples(t - 59, t, 0.5))
            compact.append(GuardSample{s.t, s.gpuUtil});
        f.input.gpuSamples[id] = compact;
        all.append(f.at(t).decisions);
    }
    const GuardDecision *arm = find(all, GuardDecisionKind::Arm);
    QVERIFY(arm);
    QCOMPARE(arm->serverTime, kT0 + 10 * 60);
}

QTEST_GUILESS_MAIN(TestGuardEngine)
#include "tst_guard_engine.moc"
