// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/guard/guardengine.h"
#include "guard/guardhistory.h"

#include <QCoreApplication>
#include <QString>

namespace glows {

// The guard's decisions in words, shared by the app (notifications, history view, header) and glows-cli.
// Instance names are server text: callers put them in plain-text labels or through terminalSafe().
class GuardText final
{
    Q_DECLARE_TR_FUNCTIONS(GuardText)
public:
    // "5 h 10 min", "45 min", "2 d 3 h", "less than a minute".
    static QString duration(qint64 seconds);
    // "Balance lasts about 5 h 10 min", or why it cannot be said.
    static QString runway(const Runway &runway);
    static QString ruleName(GuardRule rule);
    // One sentence: what was decided and why.
    static QString describe(const GuardDecision &decision);
    static QString describe(const GuardHistoryEntry &entry);
    // "needs GPU metrics: not available for this account"
    static QString metricsUnavailable();
};

// The enums back from their stable keys (the history stores keys).
std::optional<GuardRule> guardRuleFromKey(const QString &key);
std::optional<GuardDecisionKind> guardDecisionFromKey(const QString &key);
std::optional<GuardReason> guardReasonFromKey(const QString &key);

} // namespace glows
