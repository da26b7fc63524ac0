// SPDX-License-Identifier: Apache-2.0
#include "core/guard/runway.h"

namespace glows {

MilliCredits guardBurnRatePerHour(const QList<Instance> &instances, int *running)
{
    MilliCredits burn = 0;
    int count = 0;
    for (const Instance &instance : instances) {
        if (instance.status.state() != InstanceState::Running)
            continue;
        burn += burnRatePerHour(instance.priceCent);
        ++count;
    }
    if (running)
        *running = count;
    return burn;
}

Runway computeRunway(std::optional<MilliCredits> balance, MilliCredits burnPerHour, int running)
{
    Runway runway;
    runway.burnPerHour = burnPerHour;
    runway.runningInstances = running;
    if (!balance)
        return runway;
    runway.known = true;
    runway.balance = *balance;
    if (burnPerHour <= 0)
        return runway;
    runway.seconds = *balance <= 0 ? 0 : (*balance * 3600) / burnPerHour;
    return runway;
}

Runway computeRunway(std::optional<MilliCredits> balance, const QList<Instance> &instances)
{
    int running = 0;
    const MilliCredits burn = guardBurnRatePerHour(instances, &running);
    return computeRunway(balance, burn, running);
}

} // namespace glows
