// SPDX-License-Identifier: Apache-2.0
#include "ui/snapshots/snapshotmodel.h"

#include "ui/formatting.h"

namespace glows::ui {

SnapshotModel::SnapshotModel(QObject *parent) : KeyedTableModel(parent) {}

int SnapshotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot &s = m_rows.at(index.row());
    if (role == SnapIdRole)
        return s.snapID;
    if (role == SortRole) {
        switch (index.column()) {
        case SizeColumn:
            return s.sizeMB;
        case CreatedColumn:
            return s.createTime;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !s.excludedPath.isEmpty())
        return literalRichText(tr("Everything except %1 was saved.").arg(s.excludedPath));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return s.snapID;
    case NameColumn:
        return s.name;
    case SizeColumn:
        return s.sizeMB > 0 ? formatMegabytes(s.sizeMB) : QString();
    case StatusColumn:
        if (s.status == QLatin1StringView("Available"))
            return tr("Available");
        if (s.status == QLatin1StringView("Saving"))
            return tr("Saving (%1%)").arg(s.progress);
        return serverValueText(s.status);
    case CreatedColumn:
        return formatDateTime(s.createTime);
    case SourceColumn:
        return s.sourceInstanceID;
    default:
        return {};
    }
}

QVariant SnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case SourceColumn:
        return tr("Source instance");
    default:
        return {};
    }
}

struct SnapshotModel::DiffHooks
{
    static const QString &key(const Snapshot &s) { return s.snapID; }
    static const QString &rowKey(const Snapshot &s) { return s.snapID; }
    static bool update(Snapshot &row, const Snapshot &fresh)
    {
        if (row == fresh)
            return false;
        row = fresh;
        return true;
    }
    static Snapshot make(const Snapshot &s, const QString &) { return s; }
    static void removed(const Snapshot &) {}
};

void SnapshotModel::applySnapshot(const QList<Snapshot> &snapshots)
{
    applyDiff(snapshots, DiffHooks{});
}

void SnapshotModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const Snapshot *SnapshotModel::snapshotAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const Snapshot *SnapshotModel::snapshot(const QString &snapId) const
{
    return snapshotAt(rowOfKey(snapId));
}

} // namespace glows::ui
