// SPDX-License-Identifier: Apache-2.0
#include "ui/snapshots/snapshotmodel.h"

#include "ui/formatting.h"

#include <vector>

namespace glows::ui {

SnapshotModel::SnapshotModel(QObject *parent) : QAbstractTableModel(parent) {}

int SnapshotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

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

void SnapshotModel::applySnapshot(const QList<Snapshot> &snapshots)
{
    std::vector<bool> seen(size_t(m_rows.size()), false);
    QList<const Snapshot *> added;
    for (const Snapshot &s : snapshots) {
        const int row = m_index.value(s.snapID, -1);
        if (row < 0) {
            added.append(&s);
            continue;
        }
        seen[size_t(row)] = true;
        if (m_rows.at(row) == s)
            continue;
        m_rows[row] = s;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (seen[size_t(row)])
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).snapID, i);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Snapshot *s : added) {
            m_index.insert(s->snapID, int(m_rows.size()));
            m_rows.append(*s);
        }
        endInsertRows();
    }
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
    return snapshotAt(m_index.value(snapId, -1));
}

} // namespace glows::ui
