// SPDX-License-Identifier: Apache-2.0
#include "core/guard/guardengine.h"

#include "core/cost.h"

#include <QSet>
#include <algorithm>

namespace glows {

namespace {

bool isGone(InstanceState state)
{
    return state == InstanceState::Released || state == InstanceState::Terminated ||
           state == InstanceState::Releasing;
}

// Leaving Running for one of these ends a run for good (a later Running is a new start worth a Ready).
bool isStopped(InstanceState state)
{
    return isGone(state) || state == InstanceState::Paused;
}

struct Context
{
    const GuardInput &input;
    GuardOutput &out;
    qint64 now;
    bool safe;
};

GuardDecision makeDecision(GuardDecisionKind kind, GuardRule rule, GuardReason reason,
                           const Instance *instance, qint64 now)
{
    GuardDecision decision;
    decision.kind = kind;
    decision.rule = rule;
    decision.reason = reason;
    decision.serverTime = now;
    if (instance) {
        decision.instanceId = instance->instanceID;
        decision.instanceName = instance->displayName();
    }
    return decision;
}

bool autoActFor(const GuardInstanceRules &rules, GuardRule rule)
{
    switch (rule) {
    case GuardRule::Idle:
        return rules.idleEnabled && rules.idleAutoAct;
    case GuardRule::SpendCap:
        return rules.spendCapEnabled && rules.spendCapAutoAct;
    case GuardRule::TimeCap:
        return rules.timeCapEnabled && rules.timeCapAutoAct;
    default:
        return false;
    }
}

void dropPending(Context &ctx, GuardInstanceState &st, const Instance *instance, const QString &id,
                 GuardReason reason)
{
    if (!st.pending)
        return;
    GuardDecision decision =
        makeDecision(GuardDecisionKind::Cancel, st.pending->rule, reason, instance, ctx.now);
    decision.instanceId = id;
    decision.deadline = st.pending->deadline;
    ctx.out.decisions.append(decision);
    st.pending.reset();
}

// Idle time from the samples not seen yet. A busy sample ends the idle run; so does a gap of more than
// kMaxGapIntervals sample intervals (the time in the gap is not known to be idle).
template<typename Sample>
void consumeSamples(Context &ctx, GuardInstanceState &st, const Instance &instance,
                    const QList<Sample> &samples, double belowPercent)
{
    for (const Sample &sample : samples) {
        if (sample.t <= st.lastSampleT)
            continue;
        const qint64 previous = st.lastSampleT;
        st.lastSampleT = sample.t;
        const qint64 gap = previous > 0 ? sample.t - previous : 0;
        if (gap > 0 && (st.sampleInterval == 0 || gap < st.sampleInterval))
            st.sampleInterval = gap;
        if (sample.gpuUtil >= belowPercent) {
            st.idleSince = 0;
            st.idleSeconds = 0;
            if (st.idleFired) {
                st.idleFired = false;
                if (st.pending && st.pending->rule == GuardRule::Idle)
                    dropPending(ctx, st, &instance, instance.instanceID, GuardReason::ConditionCleared);
            }
            continue;
        }
        const qint64 limit = GuardEngine::kMaxGapIntervals * std::max<qint64>(st.sampleInterval, 1);
        if (st.idleSince == 0 || gap <= 0 || gap > limit) {
            st.idleSince = sample.t;
            st.idleSeconds = 0;
        } else {
            st.idleSeconds += gap;
        }
    }
}

void trigger(Context &ctx, GuardInstanceState &st, const Instance &instance, const GuardInstanceRules &rules,
             GuardRule rule, GuardReason reason, qint64 value, qint64 threshold)
{
    if (autoActFor(rules, rule) && !st.pending) {
        GuardPending pending;
        pending.instanceId = instance.instanceID;
        pending.rule = rule;
        pending.armedAt = ctx.now;
        pending.deadline = ctx.now + qint64(std::max(0, rules.graceMinutes)) * 60;
        st.pending = pending;
        GuardDecision decision = makeDecision(GuardDecisionKind::Arm, rule, reason, &instance, ctx.now);
        decision.deadline = pending.deadline;
        decision.value = value;
        decision.threshold = threshold;
        ctx.out.decisions.append(decision);
        return;
    }
    // One countdown at a time: a second rule of an instance already counting down only notifies.
    GuardDecision decision = makeDecision(GuardDecisionKind::Notify, rule, reason, &instance, ctx.now);
    decision.value = value;
    decision.threshold = threshold;
    ctx.out.decisions.append(decision);
}

void evaluateRules(Context &ctx, GuardInstanceState &st, const Instance &instance,
                   const GuardInstanceRules &rules)
{
    if (st.snoozedUntil > 0) {
        if (ctx.now < st.snoozedUntil)
            return;
        st.snoozedUntil = 0;
        st.idleFired = st.spendFired = st.timeFired = false;
    }
    if (st.actionSent)
        return;
    const bool idleOn = rules.idleEnabled && ctx.input.metricsAvailable;
    if (idleOn && !st.idleFired && rules.idleMinutes >= 0 && st.idleSince > 0 &&
        st.idleSeconds >= qint64(rules.idleMinutes) * 60) {
        st.idleFired = true;
        trigger(ctx, st, instance, rules, GuardRule::Idle, GuardReason::IdleGpu, st.idleSeconds,
                qint64(rules.idleBelowPercent));
    }
    if (rules.spendCapEnabled && rules.spendCap > 0 && !st.spendFired) {
        const MilliCredits cost =
            instance.costMilliCredit ? *instance.costMilliCredit : estimatedCost(instance, ctx.now);
        if (cost >= rules.spendCap) {
            st.spendFired = true;
            trigger(ctx, st, instance, rules, GuardRule::SpendCap, GuardReason::SpendCapReached, cost,
                    rules.spendCap);
        }
    }
    if (rules.timeCapEnabled && rules.timeCapMinutes > 0 && !st.timeFired) {
        const qint64 running = ctx.now - st.runningSince;
        if (running >= qint64(rules.timeCapMinutes) * 60) {
            st.timeFired = true;
            trigger(ctx, st, instance, rules, GuardRule::TimeCap, GuardReason::TimeCapReached, running,
                    qint64(rules.timeCapMinutes) * 60);
        }
    }
}

// The countdown: rules switched off drop it; when it runs out the guard acts, if and only if it is safe.
void advancePending(Context &ctx, GuardInstanceState &st, const Instance &instance,
                    const GuardInstanceRules &rules)
{
    if (!st.pending)
        return;
    const bool idleGone = st.pending->rule == GuardRule::Idle && !ctx.input.metricsAvailable;
    if (!autoActFor(rules, st.pending->rule) || idleGone) {
        dropPending(ctx, st, &instance, instance.instanceID,
                    idleGone ? GuardReason::NoMetrics : GuardReason::RulesChanged);
        return;
    }
    if (ctx.now < st.pending->deadline)
        return;
    GuardReason unsafe = GuardReason::None;
    if (ctx.input.dataAccountId != ctx.input.accountId)
        unsafe = GuardReason::WrongAccount;
    else if (!ctx.safe)
        unsafe = GuardReason::StaleData;
    else if (instance.status.state() != InstanceState::Running)
        unsafe = GuardReason::NotRunning;
    if (unsafe != GuardReason::None) {
        if (!st.pending->waitingOffline) {
            st.pending->waitingOffline = true;
            GuardDecision decision =
                makeDecision(GuardDecisionKind::WaitingOffline, st.pending->rule, unsafe, &instance, ctx.now);
            decision.deadline = st.pending->deadline;
            ctx.out.decisions.append(decision);
        }
        return;
    }
    GuardDecision decision =
        makeDecision(GuardDecisionKind::Act, st.pending->rule, GuardReason::GraceExpired, &instance, ctx.now);
    decision.deadline = st.pending->deadline;
    ctx.out.decisions.append(decision);
    st.pending.reset();
    st.actionSent = true;
}

// The defaults by reference unless the instance overrides them: no copy per instance on every poll.
const GuardInstanceRules &rulesFor(const GuardAccountRules &rules, const QString &id,
                                   GuardInstanceRules &scratch)
{
    if (rules.overrides.isEmpty())
        return rules.defaults;
    const auto it = rules.overrides.constFind(id);
    if (it == rules.overrides.constEnd())
        return rules.defaults;
    scratch = it->applyTo(rules.defaults);
    return scratch;
}

void evaluateInstance(Context &ctx, GuardState &state, GuardInstanceState &st, const Instance &instance,
                      qint64 shift)
{
    GuardInstanceRules scratch;
    const GuardInstanceRules &rules = rulesFor(ctx.input.rules, instance.instanceID, scratch);
    const InstanceState status = instance.status.state();
    if (shift != 0) {
        if (st.pending)
            st.pending->deadline += shift;
        if (st.snoozedUntil > 0)
            st.snoozedUntil += shift;
    }

    if (status == InstanceState::Running) {
        if (st.lastStatus != InstanceState::Running) {
            st.runningSince = instance.statusTime.value_or(ctx.now);
            st.timeFired = false;
            st.idleSince = 0;
            st.idleSeconds = 0;
            if (state.started && !st.readyFired)
                st.awaitingReady = true;
        }
        st.lastStatus = status;
        if (!ctx.input.samples.isEmpty()) {
            const auto samples = ctx.input.samples.constFind(instance.instanceID);
            if (samples != ctx.input.samples.constEnd())
                consumeSamples(ctx, st, instance, *samples, rules.idleBelowPercent);
        }
        if (!ctx.input.gpuSamples.isEmpty()) {
            const auto samples = ctx.input.gpuSamples.constFind(instance.instanceID);
            if (samples != ctx.input.gpuSamples.constEnd())
                consumeSamples(ctx, st, instance, *samples, rules.idleBelowPercent);
        }
        evaluateRules(ctx, st, instance, rules);
    } else {
        st.lastStatus = status;
        st.idleSince = 0;
        st.idleSeconds = 0;
        st.awaitingReady = false;
        if (isStopped(status)) {
            st.readyFired = false;
            if (isGone(status) && !st.actionSent)
                dropPending(ctx, st, &instance, instance.instanceID, GuardReason::ReleasedElsewhere);
        }
    }

    advancePending(ctx, st, instance, rules);

    if (st.awaitingReady) {
        if (!rules.readyEnabled) {
            st.awaitingReady = false;
        } else {
            const auto probe = ctx.input.readiness.constFind(instance.instanceID);
            if (probe != ctx.input.readiness.constEnd() && probe->isReady()) {
                st.awaitingReady = false;
                st.readyFired = true;
                ctx.out.decisions.append(makeDecision(GuardDecisionKind::Ready, GuardRule::Ready,
                                                      GuardReason::InstanceReady, &instance, ctx.now));
            } else {
                ctx.out.probeReadiness.append(instance.instanceID);
            }
        }
    }
    if (st.pending)
        ctx.out.pending.append(*st.pending);
}

void evaluateRunway(Context &ctx, GuardState &state)
{
    const GuardAccountRules &rules = ctx.input.rules;
    const Runway &runway = ctx.out.runway;
    if (!runway.known)
        return;
    if (!runway.seconds) {
        state.runwayFired.clear();
        return;
    }
    const qint64 seconds = *runway.seconds;
    qint64 newest = -1;
    for (qint64 threshold : rules.runwayThresholdsSeconds) {
        const bool below = seconds < threshold;
        const bool fired = state.runwayFired.contains(threshold);
        if (!below) {
            if (fired)
                state.runwayFired.removeAll(threshold);
            continue;
        }
        if (fired)
            continue;
        state.runwayFired.append(threshold);
        if (newest < 0 || threshold < newest)
            newest = threshold;
    }
    if (newest < 0 || !rules.runwayEnabled)
        return;
    GuardDecision decision = makeDecision(GuardDecisionKind::RunwayAlert, GuardRule::Runway,
                                          GuardReason::RunwayBelow, nullptr, ctx.now);
    decision.value = seconds;
    decision.threshold = newest;
    ctx.out.decisions.append(decision);
}

void evaluateReminder(Context &ctx, GuardState &state)
{
    const GuardAccountRules &rules = ctx.input.rules;
    const QDateTime &local = ctx.input.localNow;
    if (!rules.dailyEnabled || !local.isValid())
        return;
    const QTime time = local.time();
    if (time.hour() * 60 + time.minute() < rules.dailyMinuteOfDay || state.lastReminderDate == local.date())
        return;
    state.lastReminderDate = local.date();
    if (ctx.out.runway.runningInstances == 0)
        return;
    GuardDecision decision = makeDecision(GuardDecisionKind::DailyReminder, GuardRule::DailyReminder,
                                          GuardReason::Reminder, nullptr, ctx.now);
    decision.value = ctx.out.runway.runningInstances;
    decision.threshold = ctx.out.runway.burnPerHour;
    ctx.out.decisions.append(decision);
}

} // namespace

GuardOutput GuardEngine::evaluate(const GuardInput &input)
{
    GuardOutput out;
    if (m_state.accountId != input.accountId) {
        // Nothing of the previous account survives: its countdowns end here, and say so.
        for (auto it = m_state.instances.cbegin(); it != m_state.instances.cend(); ++it) {
            if (!it->pending)
                continue;
            GuardDecision decision;
            decision.kind = GuardDecisionKind::Cancel;
            decision.rule = it->pending->rule;
            decision.reason = GuardReason::AccountChanged;
            decision.instanceId = it.key();
            decision.serverTime = m_state.lastServerNow;
            decision.deadline = it->pending->deadline;
            out.decisions.append(decision);
        }
        m_state = GuardState();
        m_state.accountId = input.accountId;
    }

    const qint64 now = input.serverNow;
    qint64 shift = 0;
    if (m_state.lastServerNow > 0) {
        const qint64 delta = now - m_state.lastServerNow;
        const qint64 step = std::clamp<qint64>(delta, 0, kMaxStepSeconds);
        shift = delta - step;
        if (delta < 0) {
            // The server's clock went back: samples restart from what the server now holds.
            for (GuardInstanceState &st : m_state.instances) {
                st.lastSampleT = 0;
                st.idleSince = 0;
                st.idleSeconds = 0;
            }
        }
    }
    m_state.lastServerNow = now;

    const bool fresh = input.lastSuccessfulPollMs >= 0 &&
                       input.localNowMs - input.lastSuccessfulPollMs < 2 * input.pollIntervalMs;
    out.safeToAct = fresh && input.dataAccountId == input.accountId;
    out.idleRuleAvailable = input.metricsAvailable;
    if (!input.metricsAvailable && !m_state.metricsUnavailableReported) {
        m_state.metricsUnavailableReported = true;
        out.decisions.append(makeDecision(GuardDecisionKind::MetricsUnavailable, GuardRule::Idle,
                                          GuardReason::NoMetrics, nullptr, now));
    } else if (input.metricsAvailable) {
        m_state.metricsUnavailableReported = false;
    }

    Context ctx{input, out, now, out.safeToAct};
    qsizetype matched = 0;
    for (const Instance &instance : input.instances) {
        auto it = m_state.instances.find(instance.instanceID);
        if (it == m_state.instances.end()) {
            if (isGone(instance.status.state()))
                continue;
            GuardInstanceState fresh;
            fresh.lastStatus = m_state.started ? InstanceState::Unknown : instance.status.state();
            if (fresh.lastStatus == InstanceState::Running)
                fresh.runningSince = instance.statusTime.value_or(now);
            it = m_state.instances.insert(instance.instanceID, fresh);
        }
        ++matched;
        evaluateInstance(ctx, m_state, *it, instance, shift);
        if (isGone(instance.status.state())) {
            m_state.instances.erase(it);
            --matched;
        }
    }
    if (matched < m_state.instances.size()) {
        // Gone from the list without passing Released: someone else released it.
        QSet<QString> listed;
        listed.reserve(input.instances.size());
        for (const Instance &instance : input.instances)
            listed.insert(instance.instanceID);
        for (auto it = m_state.instances.begin(); it != m_state.instances.end();) {
            if (listed.contains(it.key())) {
                ++it;
                continue;
            }
            if (!it->actionSent)
                dropPending(ctx, *it, nullptr, it.key(), GuardReason::ReleasedElsewhere);
            it = m_state.instances.erase(it);
        }
    }

    out.runway = computeRunway(input.balance, input.instances);
    evaluateRunway(ctx, m_state);
    evaluateReminder(ctx, m_state);
    m_state.started = true;
    return out;
}

GuardDecision GuardEngine::snooze(const QString &instanceId, qint64 serverNow, qint64 seconds)
{
    auto it = m_state.instances.find(instanceId);
    if (it == m_state.instances.end()) {
        // Snoozed before the engine saw it: it runs (nobody snoozes anything else), and it is not news.
        GuardInstanceState fresh;
        fresh.lastStatus = InstanceState::Running;
        fresh.runningSince = serverNow;
        fresh.readyFired = true;
        it = m_state.instances.insert(instanceId, fresh);
    }
    GuardInstanceState &st = *it;
    GuardDecision decision;
    decision.kind = GuardDecisionKind::Snoozed;
    decision.reason = GuardReason::UserSnoozed;
    decision.instanceId = instanceId;
    decision.serverTime = serverNow;
    decision.deadline = serverNow + seconds;
    if (st.pending)
        decision.rule = st.pending->rule;
    st.pending.reset();
    st.snoozedUntil = serverNow + seconds;
    return decision;
}

std::optional<GuardDecision> GuardEngine::cancelPending(const QString &instanceId, qint64 serverNow)
{
    auto it = m_state.instances.find(instanceId);
    if (it == m_state.instances.end() || !it->pending)
        return std::nullopt;
    GuardDecision decision;
    decision.kind = GuardDecisionKind::Cancel;
    decision.rule = it->pending->rule;
    decision.reason = GuardReason::UserCancelled;
    decision.instanceId = instanceId;
    decision.serverTime = serverNow;
    decision.deadline = it->pending->deadline;
    it->pending.reset();
    return decision;
}

void GuardEngine::actionFailed(const QString &instanceId)
{
    auto it = m_state.instances.find(instanceId);
    if (it != m_state.instances.end())
        it->actionSent = false;
}

QList<GuardPending> GuardEngine::pending() const
{
    QList<GuardPending> result;
    for (const GuardInstanceState &st : m_state.instances) {
        if (st.pending)
            result.append(*st.pending);
    }
    return result;
}

QString guardRuleKey(GuardRule rule)
{
    switch (rule) {
    case GuardRule::Idle:
        return QStringLiteral("idle");
    case GuardRule::SpendCap:
        return QStringLiteral("spend-cap");
    case GuardRule::TimeCap:
        return QStringLiteral("time-cap");
    case GuardRule::Runway:
        return QStringLiteral("runway");
    case GuardRule::Ready:
        return QStringLiteral("ready");
    case GuardRule::DailyReminder:
        return QStringLiteral("daily-reminder");
    }
    return QString();
}

QString guardDecisionKey(GuardDecisionKind kind)
{
    switch (kind) {
    case GuardDecisionKind::Notify:
        return QStringLiteral("notify");
    case GuardDecisionKind::Arm:
        return QStringLiteral("arm");
    case GuardDecisionKind::Act:
        return QStringLiteral("act");
    case GuardDecisionKind::Cancel:
        return QStringLiteral("cancel");
    case GuardDecisionKind::WaitingOffline:
        return QStringLiteral("waiting-offline");
    case GuardDecisionKind::Snoozed:
        return QStringLiteral("snoozed");
    case GuardDecisionKind::RunwayAlert:
        return QStringLiteral("runway-alert");
    case GuardDecisionKind::Ready:
        return QStringLiteral("ready");
    case GuardDecisionKind::DailyReminder:
        return QStringLiteral("daily-reminder");
    case GuardDecisionKind::MetricsUnavailable:
        return QStringLiteral("metrics-unavailable");
    }
    return QString();
}

QString guardReasonKey(GuardReason reason)
{
    static const char *const keys[] = {
        "",
        "idle-gpu",
        "spend-cap-reached",
        "time-cap-reached",
        "grace-expired",
        "condition-cleared",
        "status-changed",
        "released-elsewhere",
        "user-snoozed",
        "user-cancelled",
        "rules-changed",
        "account-changed",
        "stale-data",
        "not-running",
        "wrong-account",
        "runway-below",
        "instance-ready",
        "reminder",
        "no-metrics",
        "user-requested",
    };
    const int index = int(reason);
    return index >= 0 && index < int(std::size(keys)) ? QString::fromLatin1(keys[index]) : QString();
}

} // namespace glows
