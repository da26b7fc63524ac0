// SPDX-License-Identifier: Apache-2.0
#include "guard/guardtext.h"

#include "core/cost.h"

namespace glows {

namespace {

QString nameOf(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

} // namespace

QString GuardText::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("less than a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return minutes % 60 == 0 ? tr("%n h", nullptr, int(hours))
                                 : tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return hours % 24 == 0 ? tr("%n d", nullptr, int(hours / 24))
                           : tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString GuardText::runway(const Runway &runway)
{
    if (!runway.known)
        return tr("Balance not known");
    if (!runway.seconds)
        return tr("Nothing running: the balance is not being spent");
    if (*runway.seconds <= 0)
        return tr("The balance is spent");
    return tr("Balance lasts about %1").arg(duration(*runway.seconds));
}

QString GuardText::ruleName(GuardRule rule)
{
    switch (rule) {
    case GuardRule::Idle:
        return tr("Idle GPU");
    case GuardRule::SpendCap:
        return tr("Spend cap");
    case GuardRule::TimeCap:
        return tr("Time cap");
    case GuardRule::Runway:
        return tr("Balance runway");
    case GuardRule::Ready:
        return tr("Ready");
    case GuardRule::DailyReminder:
        return tr("Daily reminder");
    }
    return QString();
}

QString GuardText::metricsUnavailable()
{
    return tr("needs GPU metrics: not available for this account");
}

QString GuardText::describe(const GuardDecision &d)
{
    const QString name = nameOf(d.instanceName, d.instanceId);
    const qint64 left = d.deadline - d.serverTime;
    QString why;
    switch (d.reason) {
    case GuardReason::IdleGpu:
        why = tr("GPU below %1 % for %2").arg(d.threshold).arg(duration(d.value));
        break;
    case GuardReason::SpendCapReached:
        why = tr("cost %1 reached the cap of %2 credits")
                  .arg(formatMilliCredits(d.value), formatMilliCredits(d.threshold));
        break;
    case GuardReason::TimeCapReached:
        why = tr("running for %1 (cap %2)").arg(duration(d.value), duration(d.threshold));
        break;
    default:
        break;
    }
    switch (d.kind) {
    case GuardDecisionKind::Notify:
        return tr("%1: %2.").arg(name, why);
    case GuardDecisionKind::Arm:
        return tr("%1: %2. Snapshot & release in %3 unless you answer.").arg(name, why, duration(left));
    case GuardDecisionKind::Act:
        return d.reason == GuardReason::UserRequested
                   ? tr("%1: snapshot & release, as you asked.").arg(name)
                   : tr("%1: no answer within the grace period; taking a snapshot, then releasing.")
                         .arg(name);
    case GuardDecisionKind::Cancel:
        switch (d.reason) {
        case GuardReason::ConditionCleared:
            return tr("%1: the GPU is busy again; the countdown is cancelled.").arg(name);
        case GuardReason::ReleasedElsewhere:
            return tr("%1: released by someone else; the countdown is dropped.").arg(name);
        case GuardReason::AccountChanged:
            return tr("%1: another account is in use; the countdown is dropped.").arg(name);
        case GuardReason::UserCancelled:
            return tr("%1: countdown cancelled.").arg(name);
        case GuardReason::NoMetrics:
            return tr("%1: GPU metrics are no longer available; the countdown is cancelled.").arg(name);
        default:
            return tr("%1: the rule changed; the countdown is cancelled.").arg(name);
        }
    case GuardDecisionKind::WaitingOffline:
        switch (d.reason) {
        case GuardReason::WrongAccount:
            return tr("%1: waiting: the data is of another account.").arg(name);
        case GuardReason::NotRunning:
            return tr("%1: waiting: the instance is not Running.").arg(name);
        default:
            return tr("%1: waiting: offline (no fresh data from the server).").arg(name);
        }
    case GuardDecisionKind::Snoozed:
        return tr("%1: kept running for %2.").arg(name, duration(d.deadline - d.serverTime));
    case GuardDecisionKind::RunwayAlert:
        return tr("The balance lasts about %1 at the current burn rate (below %2).")
            .arg(duration(d.value), duration(d.threshold));
    case GuardDecisionKind::Ready:
        return tr("%1 is ready.").arg(name);
    case GuardDecisionKind::DailyReminder:
        return tr("%n instance(s) running, burning %1 credits per hour.", nullptr, int(d.value))
            .arg(formatMilliCredits(d.threshold));
    case GuardDecisionKind::MetricsUnavailable:
        return tr("Idle GPU rule off: %1.").arg(metricsUnavailable());
    }
    return QString();
}

QString GuardText::describe(const GuardHistoryEntry &entry)
{
    const QString name = nameOf(entry.instanceName, entry.instanceId);
    if (entry.kind == QLatin1String(GuardHistory::kActionDone))
        return tr("%1: the server took the snapshot request; it releases the instance once the snapshot is "
                  "saved.")
            .arg(name);
    if (entry.kind == QLatin1String(GuardHistory::kActionFailed))
        return tr("%1: snapshot & release refused: %2").arg(name, entry.detail);
    GuardDecision d;
    d.kind = guardDecisionFromKey(entry.kind).value_or(GuardDecisionKind::Notify);
    d.rule = guardRuleFromKey(entry.rule).value_or(GuardRule::Idle);
    d.reason = guardReasonFromKey(entry.reason).value_or(GuardReason::None);
    d.instanceId = entry.instanceId;
    d.instanceName = entry.instanceName;
    d.serverTime = entry.serverTime;
    d.deadline = entry.deadline;
    d.value = entry.value;
    d.threshold = entry.threshold;
    return describe(d);
}

std::optional<GuardRule> guardRuleFromKey(const QString &key)
{
    for (int i = 0; i <= int(GuardRule::DailyReminder); ++i) {
        if (guardRuleKey(GuardRule(i)) == key)
            return GuardRule(i);
    }
    return std::nullopt;
}

std::optional<GuardDecisionKind> guardDecisionFromKey(const QString &key)
{
    for (int i = 0; i <= int(GuardDecisionKind::MetricsUnavailable); ++i) {
        if (guardDecisionKey(GuardDecisionKind(i)) == key)
            return GuardDecisionKind(i);
    }
    return std::nullopt;
}

std::optional<GuardReason> guardReasonFromKey(const QString &key)
{
    for (int i = 0; i <= int(GuardReason::UserRequested); ++i) {
        if (guardReasonKey(GuardReason(i)) == key)
            return GuardReason(i);
    }
    return std::nullopt;
}

} // namespace glows
