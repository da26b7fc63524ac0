// SPDX-License-Identifier: Apache-2.0
#include "ui/instancemodel.h"

#include "core/cost.h"
#include "ui/formatting.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace glows::ui {

InstanceModel::InstanceModel(QObject *parent) : KeyedTableModel(parent)
{
    m_syncMs = nowMs();
    m_syncEpoch = m_clock->wallSecs();
}

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 InstanceModel::nowMs() const
{
    return m_clock->monotonicMs();
}

void InstanceModel::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_syncMs = nowMs();
}

qint64 InstanceModel::secondsSinceSync() const
{
    return qMax<qint64>(0, nowMs() - m_syncMs) / 1000;
}

qint64 InstanceModel::currentCost(const Instance &in) const
{
    const MilliCredits base = in.costMilliCredit ? *in.costMilliCredit : estimatedCost(in, m_syncEpoch);
    return projectedCost(base, secondsSinceSync(), in.priceCent, in.status.isBilled());
}

int InstanceModel::unitCount(const Instance &in)
{
    // The public instance object has no unit quantity; its GPU count is the closest figure (one GPU per unit
    // for the console's single-GPU machines), and a CPU machine is one unit.
    return qMax(1, in.hardware.gpuNum);
}

qint64 InstanceModel::uptimeSeconds(const Instance &in) const
{
    if (!in.status.isBilled())
        return 0;
    const qint64 since = in.statusTime.value_or(in.createTime);
    return since > 0 ? qMax<qint64>(0, m_syncEpoch + secondsSinceSync() - since) : 0;
}

QVariant InstanceModel::displayData(const Instance &in, int column) const
{
    switch (column) {
    case IdColumn:
        return in.instanceID;
    case NameColumn:
        return in.displayName();
    case CostColumn:
        // Without the server's accrued cost the figure is the client's estimate: it must not look billed.
        return in.costMilliCredit ? formatCredits(currentCost(in))
                                  : tr("≈ %1", "estimated cost").arg(formatCredits(currentCost(in)));
    case ActionColumn:
        return QVariant();
    case RegionColumn:
        return in.regionName;
    case GpuColumn:
        return in.hardware.gpuNum > 1 ? u"%1 × %2"_s.arg(in.hardware.gpuNum).arg(in.hardware.gpuName)
                                      : in.hardware.gpuName;
    case StatusColumn:
        return statusText(in.status);
    case UptimeColumn:
        return in.status.isBilled() ? formatDuration(uptimeSeconds(in)) : QString();
    default:
        return {};
    }
}

QVariant InstanceModel::sortData(const Instance &in, int column) const
{
    switch (column) {
    case CostColumn:
        return currentCost(in);
    case UptimeColumn:
        return uptimeSeconds(in);
    case StatusColumn:
        return int(in.status.state());
    case ActionColumn:
        return int(in.status.canTakeSnapshot()) + int(in.status.canRelease());
    default:
        return displayData(in, column);
    }
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &in = m_rows.at(index.row()).instance;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(in, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CostColumn && !in.costMilliCredit)
            return tr("Estimated from the hourly price and the time since the instance started: this server "
                      "does not report accrued cost. The console's Billing page has the billed amount.");
        if (index.column() == NameColumn)
            return literalRichText(
                u"%1 · #%2 · %3"_s.arg(in.hardware.gpuName).arg(unitCount(in)).arg(statusText(in.status)));
        return {};
    case Qt::AccessibleTextRole:
        // The Name and Action cells are painted; screen readers get their content in words.
        if (index.column() == NameColumn) {
            const QString text =
                tr("%1, %2, %3")
                    .arg(in.displayName(), statusText(in.status), displayData(in, GpuColumn).toString());
            const GuardRow guard = m_guard.value(m_rows.at(index.row()).key);
            if (guard.countdownSeconds >= 0)
                return tr("%1, guard: snapshot and release in %2")
                    .arg(text, formatDuration(guard.countdownSeconds));
            if (guard.waiting)
                return tr("%1, guard: action waiting for fresh data").arg(text);
            if (guard.mark == GuardMark::Armed)
                return tr("%1, guard armed").arg(text);
            if (guard.mark == GuardMark::Watched)
                return tr("%1, guard watching").arg(text);
            return text;
        }
        if (index.column() == ActionColumn) {
            if (in.status.canTakeSnapshot() && in.status.canRelease())
                return tr("Actions: Take Snapshot, Release");
            if (in.status.canRelease())
                return tr("Actions: Release");
            return tr("No actions available");
        }
        return displayData(in, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn || index.column() == UptimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortData(in, index.column());
    case InstanceIdRole:
        return in.instanceID;
    case StatusGroupRole:
        return int(in.status.group());
    case CanSnapshotRole:
        return in.status.canTakeSnapshot();
    case CanReleaseRole:
        return in.status.canRelease();
    case CostMilliRole:
        return currentCost(in);
    case StateRole:
        return int(in.status.state());
    case StatusTextRole:
        return statusText(in.status);
    case HardwareRole:
        return displayData(in, GpuColumn);
    case ProgressRole:
        return in.status.group() == StatusGroup::Snapshotting && in.progress ? *in.progress : -1;
    case UnitCountRole:
        return unitCount(in);
    case GuardRole:
        return int(m_guard.value(m_rows.at(index.row()).key).mark);
    case GuardCountdownRole:
        return m_guard.value(m_rows.at(index.row()).key).countdownSeconds;
    case GuardWaitingRole:
        return m_guard.value(m_rows.at(index.row()).key).waiting;
    default:
        return {};
    }
}

QVariant InstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant((section == CostColumn || section == UptimeColumn ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case CostColumn:
        return tr("Cost");
    case ActionColumn:
        return tr("Action");
    case RegionColumn:
        return tr("Region");
    case GpuColumn:
        return tr("GPU");
    case StatusColumn:
        return tr("Status");
    case UptimeColumn:
        return tr("Uptime");
    default:
        return {};
    }
}

struct InstanceModel::DiffHooks
{
    InstanceModel *model;
    bool settleNew; // a transition under way in a row that first arrives is not news (see
                    // instanceStateChanged)
    QList<StateMove> moved;

    static QString key(const Instance &in) { return in.normalizedId(); }
    static const QString &rowKey(const Row &row) { return row.key; }
    bool update(Row &row, const Instance &fresh)
    {
        if (fresh == row.instance)
            return false;
        if (row.instance.status.state() != fresh.status.state())
            moved.append({row.instance.instanceID, row.instance.status.state(), fresh.status.state()});
        row.instance = fresh;
        return true;
    }
    Row make(const Instance &in, QString key) const
    {
        if (settleNew && in.status.isTransitional())
            model->m_settling.insert(key);
        return Row{in, std::move(key)};
    }
    void removed(const Row &row) const { model->m_settling.remove(row.key); }
    void finish()
    {
        model->recount();
        for (const auto &[id, from, to] : std::as_const(moved))
            model->announceMove(id, from, to);
    }
};

int InstanceModel::applySnapshot(const QList<Instance> &instances)
{
    // Everything since the last sync is folded into the server's fresh figures.
    m_syncMs = nowMs();
    m_syncEpoch = m_clock->wallSecs();
    DiffHooks hooks{this, true, {}};
    const int changed = applyDiff(instances, hooks);
    hooks.finish();
    return changed;
}

void InstanceModel::applyOne(const Instance &instance)
{
    // A row that arrives this way answers the user's own action: it is no baseline to settle.
    DiffHooks hooks{this, false, {}};
    if (KeyedTableModel::applyOne(instance, hooks))
        hooks.finish();
}

void InstanceModel::announceMove(const QString &id, InstanceState from, InstanceState to)
{
    const QString key = normalizeInstanceId(id);
    if (m_settling.contains(key)) {
        if (!InstanceStatus(to).isTransitional())
            m_settling.remove(key);
        return;
    }
    emit instanceStateChanged(id, from, to);
}

void InstanceModel::recount()
{
    std::array<int, 3> counts{};
    for (const Row &r : m_rows)
        ++counts[size_t(r.instance.status.group())];
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}

const Instance *InstanceModel::instance(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row).instance;
}

const Instance *InstanceModel::instanceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).instance : nullptr;
}

int InstanceModel::rowOf(const QString &id) const
{
    return rowOfKey(normalizeInstanceId(id));
}

int InstanceModel::countInGroup(StatusGroup group) const
{
    return m_counts.at(size_t(group));
}

qint64 InstanceModel::burnRateCentPerHour() const
{
    qint64 sum = 0;
    for (const Row &r : m_rows)
        sum += r.instance.status.isBilled() ? r.instance.priceCent : 0;
    return sum;
}

int InstanceModel::billedCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.instance.status.isBilled() ? 1 : 0;
    return n;
}

bool InstanceModel::anyTransitional() const
{
    for (const Row &r : m_rows) {
        if (r.instance.status.isTransitional())
            return true;
    }
    return false;
}

bool InstanceModel::anyCostEstimated() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.instance.status.isBilled() && !r.instance.costMilliCredit;
    });
}

void InstanceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void InstanceModel::tick()
{
    // One signal per contiguous run of billed rows: Snapshotting and Released rows never tick. Past a few
    // dozen runs a single range is cheaper for views and sorting proxies than thousands of signals.
    constexpr int kMaxRuns = 32;
    const QList<int> roles{Qt::DisplayRole, SortRole, CostMilliRole};
    QList<std::pair<int, int>> runs;
    int runStart = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        const bool billed = row < m_rows.size() && m_rows.at(row).instance.status.isBilled();
        if (billed && runStart < 0)
            runStart = row;
        if (!billed && runStart >= 0) {
            runs.append({runStart, row - 1});
            runStart = -1;
        }
    }
    if (runs.size() > kMaxRuns)
        runs = {{runs.first().first, runs.last().second}};
    for (const auto &[first, last] : runs)
        emit dataChanged(index(first, CostColumn), index(last, UptimeColumn), roles);
}

} // namespace glows::ui

namespace glows::ui {

void InstanceModel::setGuardRows(const QHash<QString, GuardRow> &rows)
{
    QHash<QString, GuardRow> next;
    next.reserve(rows.size());
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        if (!(it.value() == GuardRow()))
            next.insert(normalizeInstanceId(it.key()), it.value());
    }
    QSet<QString> changed;
    for (auto it = next.constBegin(); it != next.constEnd(); ++it) {
        if (!(m_guard.value(it.key()) == it.value()))
            changed.insert(it.key());
    }
    for (auto it = m_guard.constBegin(); it != m_guard.constEnd(); ++it) {
        if (!next.contains(it.key()))
            changed.insert(it.key());
    }
    m_guard = std::move(next);
    QList<int> changedRows;
    changedRows.reserve(changed.size());
    for (const QString &key : std::as_const(changed)) {
        if (const int row = m_index.value(key, -1); row >= 0)
            changedRows.append(row);
    }
    std::sort(changedRows.begin(), changedRows.end());
    // One signal per run of neighbouring rows: the first list marks every Running row at once.
    for (qsizetype i = 0; i < changedRows.size();) {
        qsizetype j = i;
        while (j + 1 < changedRows.size() && changedRows.at(j + 1) == changedRows.at(j) + 1)
            ++j;
        emit dataChanged(index(changedRows.at(i), NameColumn), index(changedRows.at(j), NameColumn),
                         guardRoles());
        i = j + 1;
    }
}

InstanceModel::GuardRow InstanceModel::guardRow(const QString &id) const
{
    return m_guard.value(normalizeInstanceId(id));
}

} // namespace glows::ui
