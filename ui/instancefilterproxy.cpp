// SPDX-License-Identifier: Apache-2.0
#include "ui/instancefilterproxy.h"

#include "ui/instancemodel.h"

namespace glows::ui {

InstanceFilterProxy::InstanceFilterProxy(InstanceModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(InstanceModel::SortRole);
    setDynamicSortFilter(true);
}

void InstanceFilterProxy::setGroup(StatusGroup group)
{
    if (m_filter.group() == group)
        return;
    m_filter.setGroup(group);
    invalidateFilter();
}

void InstanceFilterProxy::setSearchText(const QString &text)
{
    m_filter.setSearchText(text);
    invalidateFilter();
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Instance *in = m_source->instanceAt(sourceRow);
    return in && m_filter.matches(*in);
}

} // namespace glows::ui
