// SPDX-License-Identifier: Apache-2.0
#include "core/instance.h"

using namespace Qt::StringLiterals;

namespace glows {

QString normalizeInstanceId(const QString &id)
{
    // Hot path when diffing large lists: an already canonical ID is returned without allocating.
    if (id.startsWith("ins-"_L1) && !id.isEmpty() && !id.back().isSpace())
        return id;
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith("ins-"_L1))
        return trimmed;
    return "ins-"_L1 + trimmed;
}

QString Instance::normalizedId() const
{
    return normalizeInstanceId(instanceID);
}

QString Instance::displayName() const
{
    if (!remark.trimmed().isEmpty())
        return remark;
    if (!hardware.gpuName.isEmpty())
        return hardware.gpuName;
    return instanceID;
}

} // namespace glows
