// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"
#include "core/instance.h"

#include <QList>
#include <optional>

namespace glows {

// How long the balance lasts at the current burn rate. Text-free: the header and glows-cli format it.
struct Runway
{
    bool known = false; // a balance was available
    MilliCredits balance = 0;
    MilliCredits burnPerHour = 0; // sum of the Running instances' hourly prices
    int runningInstances = 0;
    // nullopt while nothing burns (the balance lasts indefinitely); 0 once the balance is spent.
    std::optional<qint64> seconds;

    bool operator==(const Runway &) const = default;
};

MilliCredits guardBurnRatePerHour(const QList<Instance> &instances, int *running = nullptr);
Runway computeRunway(std::optional<MilliCredits> balance, const QList<Instance> &instances);
Runway computeRunway(std::optional<MilliCredits> balance, MilliCredits burnPerHour, int running);

} // namespace glows
