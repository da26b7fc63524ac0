// SPDX-License-Identifier: Apache-2.0
#include "core/cost.h"

#include "core/instance.h"

namespace glows {

MilliCredits costForSeconds(qint64 seconds, int priceCent)
{
    if (seconds <= 0 || priceCent <= 0)
        return 0;
    // priceCent/100 credits per 3600 s = priceCent / 360 milli-credits per second.
    const qint64 numerator = seconds * qint64(priceCent);
    return (numerator + 180) / 360;
}

bool costIsEstimate(const Instance &instance)
{
    return !instance.costMilliCredit && instance.status.isBilled();
}

MilliCredits estimatedCost(const Instance &instance, qint64 nowEpochSeconds)
{
    if (!instance.status.isBilled())
        return 0;
    const qint64 since = instance.statusTime.value_or(instance.createTime);
    return since > 0 ? costForSeconds(nowEpochSeconds - since, instance.priceCent) : 0;
}

MilliCredits projectedCost(MilliCredits accruedAtSync, qint64 secondsSinceSync, int priceCent, bool billed)
{
    if (!billed || secondsSinceSync <= 0)
        return accruedAtSync;
    return accruedAtSync + costForSeconds(secondsSinceSync, priceCent);
}

QString formatMilliCredits(MilliCredits value)
{
    const bool negative = value < 0;
    const qint64 abs = negative ? -value : value;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 1000)
        .arg(abs % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace glows
