// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "core/instance.h"
#include "ui/keyedtablemodel.h"

#include <QHash>
#include <QSet>
#include <array>

namespace glows::ui {

struct InstanceRow
{
    Instance instance;
    QString key; // normalized ID, computed once
};

// All instances of the account, one row each, keyed by instance ID. A refresh is applied as a diff: rows are
// inserted or removed and dataChanged is emitted only for rows whose data changed; the model is never reset.
class InstanceModel final : public KeyedTableModel<InstanceRow>
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        NameColumn,
        CostColumn,
        ActionColumn,
        RegionColumn,
        GpuColumn,
        StatusColumn,
        UptimeColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: numbers for cost and uptime
        InstanceIdRole,
        StatusGroupRole,
        CanSnapshotRole,
        CanReleaseRole,
        CostMilliRole,
        StateRole,          // int(InstanceState), for the delegate's status colour
        StatusTextRole,     // translated state name
        HardwareRole,       // "NVIDIA GeForce RTX 4090" or "2 × NVIDIA L40S PCIe"
        ProgressRole,       // snapshot progress 0-100 while Snapshotting, -1 otherwise
        UnitCountRole,      // the "#1" of the console's Name sub-line
        GuardRole,          // int(GuardMark): what the guard does for this row (the delegate's indicator)
        GuardCountdownRole, // seconds until the guard's automatic action, -1 when none is pending
        GuardWaitingRole,   // the action is due but waits for fresh data (offline)
    };
    // The guard's mark on a row.
    enum class GuardMark
    {
        None,
        Watched, // a rule watches this instance and will notify
        Armed,   // a rule with the automatic action (snapshot, then release) watches it
    };
    struct GuardRow
    {
        GuardMark mark = GuardMark::None;
        qint64 countdownSeconds = -1;
        bool waiting = false;
        bool operator==(const GuardRow &) const = default;
    };

    explicit InstanceModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Applies a fresh server list. Returns the number of rows whose data changed (inserted rows included).
    int applySnapshot(const QList<Instance> &instances);
    // Applies one instance (e.g. the answer to an action) without touching the others.
    void applyOne(const Instance &instance);

    const Instance *instance(const QString &id) const;
    const Instance *instanceAt(int row) const;
    int rowOf(const QString &id) const;
    int countInGroup(StatusGroup group) const;
    // Sum of priceCent over billed instances, and how many there are.
    qint64 burnRateCentPerHour() const;
    int billedCount() const;
    bool anyTransitional() const;
    // A billed row whose cost is the client's estimate (the server reports no accrued cost).
    bool anyCostEstimated() const;

    // Seconds since the last sync, used for local cost ticking.
    qint64 secondsSinceSync() const;
    // The clock for cost ticking (the system's by default); it must outlive the model.
    void setClock(const Clock &clock);
    // After a language switch: headers and every formatted cell change.
    void retranslate();
    // Re-emits dataChanged for the Cost to Uptime columns of billed rows only.
    void tick();
    // The guard's state per instance ID (rows not named have none). Emits dataChanged for the Name cell of
    // the rows whose state changed, nothing else.
    void setGuardRows(const QHash<QString, GuardRow> &rows);
    // The roles setGuardRows() changes: the indicator on the Name cell's first line, nothing the column's
    // width depends on.
    static QList<int> guardRoles()
    {
        return {GuardRole, GuardCountdownRole, GuardWaitingRole, Qt::AccessibleTextRole};
    }
    GuardRow guardRow(const QString &id) const;

signals:
    // The per-tab counts changed (rows came, went or moved between tabs).
    void countsChanged();
    // A refresh moved an instance to another state; the tray notifies about finished actions from this.
    // Not emitted for a transition that was already under way when the row first arrived (the first poll
    // after start or an account switch is the baseline): its end is not news to announce.
    void instanceStateChanged(const QString &instanceId, glows::InstanceState from, glows::InstanceState to);

private:
    using Row = InstanceRow;
    QVariant displayData(const Instance &in, int column) const;
    QVariant sortData(const Instance &in, int column) const;
    qint64 currentCost(const Instance &in) const;
    qint64 uptimeSeconds(const Instance &in) const;
    static int unitCount(const Instance &in);
    void announceMove(const QString &id, InstanceState from, InstanceState to);
    struct StateMove
    {
        QString id;
        InstanceState from;
        InstanceState to;
    };
    struct DiffHooks;
    void recount();
    qint64 nowMs() const;

    QSet<QString> m_settling;         // keys in a transition that began before the row arrived
    QHash<QString, GuardRow> m_guard; // by normalized ID
    std::array<int, 3> m_counts{};
    const Clock *m_clock = &systemClock();
    qint64 m_syncMs = 0;
    qint64 m_syncEpoch = 0;
};

} // namespace glows::ui
