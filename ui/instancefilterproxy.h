// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instancefilter.h"

#include <QSortFilterProxyModel>

namespace glows::ui {

class InstanceModel;

// Thin proxy: the rule itself is glows::InstanceFilter in core. Sorting uses InstanceModel::SortRole.
class InstanceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InstanceFilterProxy(InstanceModel *source, QObject *parent = nullptr);

    void setGroup(StatusGroup group);
    void setSearchText(const QString &text);
    const InstanceFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    InstanceModel *m_source;
    InstanceFilter m_filter;
};

} // namespace glows::ui
