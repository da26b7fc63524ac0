// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

namespace glows {

struct Instance;

// Money is kept as integer thousandths of a credit ("milli-credits"): the console shows three decimals,
// and integers keep per-second accrual exact to the cent.
using MilliCredits = qint64;

// Cost of running `seconds` at `priceCent` credit-cents per hour, rounded half up to a milli-credit.
MilliCredits costForSeconds(qint64 seconds, int priceCent);

// The cost the UI shows for an instance between two polls: the server's accrued cost plus local accrual
// since the response arrived, when the instance is billed.
MilliCredits projectedCost(MilliCredits accruedAtSync, qint64 secondsSinceSync, int priceCent, bool billed);

// Without the server's accrued cost (the public SDK has none) the client estimates it: the hourly price times
// the time since the instance's status began (or its creation), for an instance that bills; else 0.
bool costIsEstimate(const Instance &instance);
MilliCredits estimatedCost(const Instance &instance, qint64 nowEpochSeconds);

// Burn rate of a set of instances, in milli-credits per hour.
inline MilliCredits burnRatePerHour(int priceCent)
{
    return MilliCredits(priceCent) * 10;
}

// "84.750": three decimals in the C locale, for CLI and CSV output. The UI formats with QLocale.
QString formatMilliCredits(MilliCredits value);

} // namespace glows
