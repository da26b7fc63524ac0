// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace glows {

// The guard's rules (docs/guard.md). Pure values: the app's settings page, the detail pane's overrides and
// glows-cli all read and write these through GuardSettings (app/guard).

// The rules that apply to one instance (rules 1-3 and 5 of the issue, plus the grace period).
struct GuardInstanceRules
{
    // 1. Idle GPU: utilisation below idleBelowPercent for idleMinutes on a Running instance.
    bool idleEnabled = true;
    double idleBelowPercent = 5.0;
    int idleMinutes = 30;
    bool idleAutoAct = false;
    // 2. Spend cap: the instance's cost reaches spendCap.
    bool spendCapEnabled = false;
    MilliCredits spendCap = 0;
    bool spendCapAutoAct = false;
    // 3. Time cap: Running for timeCapMinutes.
    bool timeCapEnabled = false;
    int timeCapMinutes = 0;
    bool timeCapAutoAct = false;
    // 5. Ready notification.
    bool readyEnabled = true;
    // How long an armed automatic action waits for an answer before it snapshots and releases.
    int graceMinutes = 10;

    bool operator==(const GuardInstanceRules &) const = default;
};

// Per-instance overrides: each set field replaces the account default.
struct GuardOverride
{
    std::optional<bool> idleEnabled;
    std::optional<double> idleBelowPercent;
    std::optional<int> idleMinutes;
    std::optional<bool> idleAutoAct;
    std::optional<bool> spendCapEnabled;
    std::optional<MilliCredits> spendCap;
    std::optional<bool> spendCapAutoAct;
    std::optional<bool> timeCapEnabled;
    std::optional<int> timeCapMinutes;
    std::optional<bool> timeCapAutoAct;
    std::optional<bool> readyEnabled;
    std::optional<int> graceMinutes;

    bool isEmpty() const;
    GuardInstanceRules applyTo(GuardInstanceRules rules) const;
    bool operator==(const GuardOverride &) const = default;
};

// Everything stored for one account.
struct GuardAccountRules
{
    GuardInstanceRules defaults;
    // 4. Balance runway: one alert each time the runway falls below a threshold (seconds, any order).
    bool runwayEnabled = true;
    QList<qint64> runwayThresholdsSeconds{24 * 3600, 6 * 3600, 3600};
    // 6. Daily reminder at a local time, when anything runs. Off by default.
    bool dailyEnabled = false;
    int dailyMinuteOfDay = 21 * 60;
    // Keyed by instance ID as the server sends it.
    QHash<QString, GuardOverride> overrides;

    GuardInstanceRules rulesFor(const QString &instanceId) const;
    bool operator==(const GuardAccountRules &) const = default;
};

} // namespace glows
