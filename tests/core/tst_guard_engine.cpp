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

QTEST_GUILESS_MAIN(TestGuardEngine)
#include "tst_guard_engine.moc"
