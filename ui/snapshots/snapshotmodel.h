// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"

#include "ui/keyedtablemodel.h"

namespace glows::ui {

// The account's snapshots keyed by snapshot ID; each refresh is applied as a diff, never a reset.
class SnapshotModel final : public KeyedTableModel<Snapshot>
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        NameColumn,
        SizeColumn,
        StatusColumn,
        CreatedColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SnapIdRole
    };

    explicit SnapshotModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void applySnapshot(const QList<Snapshot> &snapshots);
    // After a language switch: the headers and the translated cells (status, sizes, dates) read anew.
    void retranslate();
    const Snapshot *snapshotAt(int row) const;
    const Snapshot *snapshot(const QString &snapId) const;

private:
    struct DiffHooks;
};

} // namespace glows::ui
