// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace glows::ui {

// One local forward as the tunnels list shows it.
struct TunnelRow
{
    enum class State
    {
        Starting,
        Open,
        Failed,
    };

    quint64 id = 0;
    QString instanceId;
    QString instanceName;
    int remotePort = 0;
    QString localHost;   // "127.0.0.1"
    int localPort = 0;   // 0 until listening
    qint64 bytesIn = 0;  // from the instance to the local client
    qint64 bytesOut = 0; // from the local client to the instance
    State state = State::Starting;
    QString error; // why it failed, one translated line
    bool operator==(const TunnelRow &) const = default;

    QString localAddress() const;
};

// Every tunnel of the app, one row each, keyed by tunnel ID. Rows are inserted, updated in place (traffic
// changes only its two cells) and removed; never reset.
class TunnelsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        InstanceColumn,
        RemotePortColumn,
        LocalAddressColumn,
        InColumn,
        OutColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        TunnelIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit TunnelsModel(QObject *parent = nullptr);

    // Adds the tunnel, or updates the row with its ID.
    void upsert(const TunnelRow &tunnel);
    void remove(quint64 id);
    void clear();
    int rowOf(quint64 id) const;
    const TunnelRow *tunnel(quint64 id) const;
    const TunnelRow &tunnelAt(int row) const { return m_rows.at(row); }
    const QList<TunnelRow> &tunnels() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TunnelRow> m_rows;
};

} // namespace glows::ui
