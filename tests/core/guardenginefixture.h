// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the guard engine's tests: instances, samples and a harness that evaluates with fresh data.
#include "core/guard/guardengine.h"

#include <QList>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace glows;

namespace guardtest {

inline constexpr qint64 kT0 = 1'800'000'000;

inline Instance running(const QString &id, int priceCent = 100, qint64 since = kT0 - 3600)
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

inline Instance withStatus(Instance instance, InstanceState state)
{
    instance.status = InstanceStatus(state);
    return instance;
}

// One sample a second from `from` to `to` inclusive.
inline QList<MetricSample> samples(qint64 from, qint64 to, double util, qint64 step = 1)
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
    GuardOutput feed(const QString &id, qint64 from, qint64 to, double util,
                     QList<GuardDecision> *all = nullptr)
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

inline QList<GuardDecisionKind> kinds(const QList<GuardDecision> &decisions)
{
    QList<GuardDecisionKind> result;
    for (const GuardDecision &d : decisions)
        result.append(d.kind);
    return result;
}

inline const GuardDecision *find(const QList<GuardDecision> &decisions, GuardDecisionKind kind)
{
    for (const GuardDecision &d : decisions) {
        if (d.kind == kind)
            return &d;
    }
    return nullptr;
}

} // namespace guardtest

using namespace guardtest;
