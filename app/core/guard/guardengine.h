// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/guard/guardrules.h"
#include "core/guard/runway.h"
#include "core/instance.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace glows {

// The guard's pure engine (docs/guard.md): instances, GPU samples, balance, rules and clocks in; decisions
// out. No I/O, no timers, no text: GuardRunner (app/guard) feeds it and carries out what it decides, the app
// and glows-cli put its decisions into words.
//
// Two clocks. Rule durations (idle time, time cap, grace period, snooze) are measured on the SERVER's clock:
// sample timestamps and `serverNow`, so a sandbox at --speed 60 runs a 10-minute rule in 10 s. Freshness of
// the data (the safety condition) is a local matter: the local monotonic milliseconds of the last
// successful poll against the poll interval.

enum class GuardRule
{
    Idle,
    SpendCap,
    TimeCap,
    Runway,
    Ready,
    DailyReminder,
};

enum class GuardDecisionKind
{
    Notify,         // a rule triggered; notify only (automatic action off)
    Arm,            // a rule triggered and its automatic action is armed: the grace countdown started
    Act,            // the countdown ran out and the safety conditions hold: snapshot with auto-release now
    Cancel,         // a pending countdown was dropped (see the reason)
    WaitingOffline, // the countdown ran out but a safety condition fails: the guard waits and says so
    Snoozed,        // "Keep running for 1 h"
    RunwayAlert,    // the runway fell below a threshold
    Ready,          // Running, SSH accepts a connection, 8888 answers if forwarded
    DailyReminder,  // summary of what runs
    MetricsUnavailable, // the idle rule is off: this account's server has no GPU metrics
};

enum class GuardReason
{
    None,
    IdleGpu,           // value: idle seconds, threshold: percent
    SpendCapReached,   // value: cost (milli-credits), threshold: cap
    TimeCapReached,    // value: running seconds, threshold: cap seconds
    GraceExpired,      // Act
    ConditionCleared,  // Cancel: the GPU is busy again
    StatusChanged,     // Cancel: the instance left Running (paused, snapshotting, ...)
    ReleasedElsewhere, // Cancel: released or gone, not by the guard
    UserSnoozed,       // Cancel / Snoozed
    UserCancelled,     // Cancel
    RulesChanged,      // Cancel: the rule was switched off or its automatic action turned off
    AccountChanged,    // Cancel: another account is in use
    StaleData,         // WaitingOffline: last successful poll older than two poll intervals
    NotRunning,        // WaitingOffline: latest status is not Running
    WrongAccount,      // WaitingOffline: data came from another account
    RunwayBelow,       // value: runway seconds, threshold: threshold seconds
    InstanceReady,
    Reminder, // value: running instances, threshold: burn per hour
    NoMetrics,
    UserRequested, // Act: "Snapshot & Release" chosen in the notification
};

struct GuardDecision
{
    GuardDecisionKind kind = GuardDecisionKind::Notify;
    GuardRule rule = GuardRule::Idle;
    GuardReason reason = GuardReason::None;
    QString instanceId;   // empty for account-wide decisions (runway, reminder, metrics)
    QString instanceName; // Instance::displayName() at the time
    qint64 serverTime = 0;
    qint64 deadline = 0;  // Arm / WaitingOffline: server time at which the action is due
    qint64 value = 0;     // see GuardReason
    qint64 threshold = 0; // see GuardReason
    bool operator==(const GuardDecision &) const = default;
};

// A countdown armed for an instance, for the row and the notification.
struct GuardPending
{
    QString instanceId;
    GuardRule rule = GuardRule::Idle;
    qint64 armedAt = 0;  // server time
    qint64 deadline = 0; // server time
    bool waitingOffline = false;
    bool operator==(const GuardPending &) const = default;
};

// A GPU sample as the idle rule needs it: 16 bytes instead of MetricSample's 88, so ten samples of 10,000
// instances stay in the cache during an evaluation (docs/perf.md, figure 7).
struct GuardSample
{
    qint64 t = 0; // server epoch seconds
    double gpuUtil = 0;
    bool operator==(const GuardSample &) const = default;
};

// Readiness probe results for one instance (the probing is the runner's I/O).
struct GuardReadiness
{
    bool sshAccepts = false;
    bool jupyterForwarded = false;
    bool jupyterAnswers = false;
    bool isReady() const { return sshAccepts && (!jupyterForwarded || jupyterAnswers); }
};

struct GuardInput
{
    QString accountId;     // the account now in use
    QString dataAccountId; // the account the instances, samples and balance came from
    QList<Instance> instances;
    // Samples per instance ID, oldest first; samples already seen (t <= the last one seen) are skipped, so
    // a window may be passed again.
    QHash<QString, QList<MetricSample>> samples;
    // The same in the compact form (what GuardRunner passes); an instance may appear in either or both.
    QHash<QString, QList<GuardSample>> gpuSamples;
    bool metricsAvailable = true; // false: this server has no metrics extension, the idle rule is off
    std::optional<MilliCredits> balance;
    GuardAccountRules rules;
    QHash<QString, GuardReadiness> readiness;

    qint64 serverNow = 0; // server epoch seconds
    // Freshness, on the local monotonic clock (ms): the last successful poll of this account.
    qint64 localNowMs = 0;
    qint64 lastSuccessfulPollMs = -1; // -1: never
    qint64 pollIntervalMs = 10000;
    QDateTime localNow; // for the daily reminder; invalid: no reminder
};

// Everything the engine remembers about an instance between evaluations.
struct GuardInstanceState
{
    InstanceState lastStatus = InstanceState::Unknown;
    qint64 runningSince = 0; // server time the current Running run began (statusTime when known)
    qint64 lastSampleT = 0;
    qint64 sampleInterval = 0; // smallest positive gap between samples seen
    qint64 idleSince = 0;      // 0: not idle
    qint64 idleSeconds = 0;    // idle time accumulated in the current idle run
    bool idleFired = false;
    bool spendFired = false;
    bool timeFired = false;
    qint64 snoozedUntil = 0; // server time
    std::optional<GuardPending> pending;
    bool actionSent = false; // Act decided; waiting for the instance to leave Running
    bool awaitingReady = false;
    bool readyFired = false;
    bool operator==(const GuardInstanceState &) const = default;
};

struct GuardState
{
    QString accountId;
    bool started = false; // one evaluation done: later Running transitions are "became Running"
    qint64 lastServerNow = 0;
    QHash<QString, GuardInstanceState> instances;
    QList<qint64> runwayFired; // thresholds alerted and not yet re-armed
    QDate lastReminderDate;
    bool metricsUnavailableReported = false;
    bool operator==(const GuardState &) const = default;
};

struct GuardOutput
{
    QList<GuardDecision> decisions;
    QList<GuardPending> pending; // every armed countdown, for the rows
    Runway runway;
    bool idleRuleAvailable = true;
    // Running instances whose Ready notification waits for a probe: the runner probes these.
    QStringList probeReadiness;
    bool safeToAct = false; // freshness and account conditions (the status is per instance)
};

class GuardEngine final
{
public:
    // A countdown advances at most this much server time per evaluation, so a jump of the server's clock
    // (or a machine waking from sleep) never fires an action without a fresh look first.
    static constexpr qint64 kMaxStepSeconds = 300;
    // Idle time does not advance across a gap of more than this many sample intervals.
    static constexpr int kMaxGapIntervals = 3;
    static constexpr qint64 kSnoozeSeconds = 3600;

    GuardEngine() = default;
    explicit GuardEngine(GuardState state) : m_state(std::move(state)) {}

    GuardOutput evaluate(const GuardInput &input);

    // "Keep running for 1 h": cancels the instance's countdown; rules 1-3 stay quiet until then.
    GuardDecision snooze(const QString &instanceId, qint64 serverNow, qint64 seconds = kSnoozeSeconds);
    // The user dismissed the countdown; the rule stays fired (no new notification until it clears).
    std::optional<GuardDecision> cancelPending(const QString &instanceId, qint64 serverNow);
    // The action failed (e.g. the snapshot was refused): the instance may be guarded again.
    void actionFailed(const QString &instanceId);

    const GuardState &state() const { return m_state; }
    void setState(GuardState state) { m_state = std::move(state); }
    void reset() { m_state = GuardState(); }
    QList<GuardPending> pending() const;

private:
    GuardState m_state;
};

// Stable names for JSON output and the history file ("idle", "arm", "released-elsewhere", ...).
QString guardRuleKey(GuardRule rule);
QString guardDecisionKey(GuardDecisionKind kind);
QString guardReasonKey(GuardReason reason);

} // namespace glows
