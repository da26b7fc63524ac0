// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"

namespace glows {

// The rule behind the status tabs and the search box. The view's proxy only holds one of these.
class InstanceFilter final
{
public:
    void setGroup(StatusGroup group) { m_group = group; }
    StatusGroup group() const { return m_group; }
    void setSearchText(const QString &text) { m_search = text.trimmed(); }
    QString searchText() const { return m_search; }

    bool matches(const Instance &instance) const;
    bool matchesSearch(const Instance &instance) const;

private:
    StatusGroup m_group = StatusGroup::Running;
    QString m_search;
};

} // namespace glows
