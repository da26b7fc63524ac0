// SPDX-License-Identifier: Apache-2.0
#include "core/instancefilter.h"

namespace glows {

bool InstanceFilter::matches(const Instance &instance) const
{
    return instance.status.group() == m_group && matchesSearch(instance);
}

bool InstanceFilter::matchesSearch(const Instance &instance) const
{
    if (m_search.isEmpty())
        return true;
    return instance.instanceID.contains(m_search, Qt::CaseInsensitive) ||
           instance.remark.contains(m_search, Qt::CaseInsensitive) ||
           instance.hardware.gpuName.contains(m_search, Qt::CaseInsensitive);
}

} // namespace glows
