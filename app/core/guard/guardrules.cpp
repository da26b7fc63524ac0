// SPDX-License-Identifier: Apache-2.0
#include "core/guard/guardrules.h"

namespace glows {

bool GuardOverride::isEmpty() const
{
    return *this == GuardOverride();
}

GuardInstanceRules GuardOverride::applyTo(GuardInstanceRules rules) const
{
    auto take = [](auto &target, const auto &value) {
        if (value)
            target = *value;
    };
    take(rules.idleEnabled, idleEnabled);
    take(rules.idleBelowPercent, idleBelowPercent);
    take(rules.idleMinutes, idleMinutes);
    take(rules.idleAutoAct, idleAutoAct);
    take(rules.spendCapEnabled, spendCapEnabled);
    take(rules.spendCap, spendCap);
    take(rules.spendCapAutoAct, spendCapAutoAct);
    take(rules.timeCapEnabled, timeCapEnabled);
    take(rules.timeCapMinutes, timeCapMinutes);
    take(rules.timeCapAutoAct, timeCapAutoAct);
    take(rules.readyEnabled, readyEnabled);
    take(rules.graceMinutes, graceMinutes);
    return rules;
}

GuardInstanceRules GuardAccountRules::rulesFor(const QString &instanceId) const
{
    if (overrides.isEmpty())
        return defaults;
    const auto it = overrides.constFind(instanceId);
    return it == overrides.constEnd() ? defaults : it->applyTo(defaults);
}

} // namespace glows
