// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/tunnelsmodel.h"

#include "ui/formatting.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

QString stateText(const TunnelRow &tunnel)
{
    switch (tunnel.state) {
    case TunnelRow::State::Starting:
        return TunnelsModel::tr("Starting");
    case TunnelRow::State::Open:
        return TunnelsModel::tr("Open");
    case TunnelRow::State::Failed:
        return TunnelsModel::tr("Failed");
    }
    return {};
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString TunnelRow::localAddress() const
{
    return localPort > 0 ? u"%1:%2"_s.arg(localHost).arg(localPort) : QString();
}

TunnelsModel::TunnelsModel(QObject *parent) : QAbstractTableModel(parent) {}

int TunnelsModel::rowOf(quint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

const TunnelRow *TunnelsModel::tunnel(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void TunnelsModel::upsert(const TunnelRow &tunnel)
{
    const int row = rowOf(tunnel.id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(tunnel);
        endInsertRows();
        return;
    }
    const TunnelRow old = m_rows.at(row);
    if (old == tunnel)
        return;
    m_rows[row] = tunnel;
    const bool onlyTraffic = old.state == tunnel.state && old.error == tunnel.error &&
                             old.localPort == tunnel.localPort && old.instanceName == tunnel.instanceName;
    if (onlyTraffic)
        emit dataChanged(index(row, InColumn), index(row, OutColumn));
    else
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TunnelsModel::remove(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TunnelsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void TunnelsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int TunnelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TunnelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TunnelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TunnelRow &t = m_rows.at(index.row());
    if (role == TunnelIdRole)
        return t.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            index.column() == RemotePortColumn || index.column() == InColumn || index.column() == OutColumn;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn && !t.error.isEmpty())
            return literalRichText(t.error);
        if (index.column() == InstanceColumn)
            return literalRichText(t.instanceId);
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case RemotePortColumn:
            return t.remotePort;
        case LocalAddressColumn:
            return t.localPort;
        case InColumn:
            return t.bytesIn;
        case OutColumn:
            return t.bytesOut;
        case StateColumn:
            return int(t.state);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case InstanceColumn:
        return t.instanceName.isEmpty() || t.instanceName == t.instanceId
                   ? t.instanceId
                   : tr("%1 (%2)").arg(t.instanceName, t.instanceId);
    case RemotePortColumn:
        return t.remotePort;
    case LocalAddressColumn:
        return t.localPort > 0 ? t.localAddress() : tr("—");
    case InColumn:
        return bytesText(t.bytesIn);
    case OutColumn:
        return bytesText(t.bytesOut);
    case StateColumn:
        return t.state == TunnelRow::State::Failed && !t.error.isEmpty() ? tr("Failed: %1").arg(t.error)
                                                                         : stateText(t);
    default:
        return {};
    }
}

QVariant TunnelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case RemotePortColumn:
        return tr("Remote Port");
    case LocalAddressColumn:
        return tr("Local Address");
    case InColumn:
        return tr("Received");
    case OutColumn:
        return tr("Sent");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace glows::ui
