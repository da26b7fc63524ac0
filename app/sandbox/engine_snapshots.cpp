// SPDX-License-Identifier: Apache-2.0
// Take Snapshot (Running -> Suspending -> Paused -> Running or released), the snapshot list, and what
// happens when the balance runs out (every running instance is snapshotted and released).
#include "sandbox/metrics.h"
#include "sandbox/sandboxengine.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace glows::sandbox {

Snapshot SandboxEngine::liveSnapshot(const SnapshotRec &rec, qint64 atMs) const
{
    Snapshot out = rec.pub;
    if (out.status != "Available"_L1) {
        // While saving, progress follows the source instance's phases.
        for (const InstanceRec &in : std::as_const(m_state.instances)) {
            if (in.snapId == out.snapID) {
                out.progress = progressAt(in, atMs).value_or(out.progress);
                break;
            }
        }
    }
    return out;
}

QString SandboxEngine::uniqueSnapshotId()
{
    // Snapshot IDs are bare hashes on the real service (e.g. "6ypgvgpw").
    for (;;) {
        const QString id = randomToken(8);
        if (!m_state.snapshots.contains(id))
            return id;
    }
}

qint64 SandboxEngine::snapshotUsageMB() const
{
    qint64 used = 0;
    for (const SnapshotRec &s : std::as_const(m_state.snapshots))
        used += qMax(s.pub.sizeMB, s.estimatedSizeMB);
    return used;
}

void SandboxEngine::beginSnapshot(InstanceRec &rec, SnapshotRec snap, bool autoRelease, qint64 atMs)
{
    closeBilling(rec, atMs);
    const QString snapId = snap.pub.snapID;
    snap.seq = m_state.nextSeq++;
    m_state.snapshots.insert(snapId, std::move(snap));
    m_state.snapshotOrder.append(snapId);
    touchSnapshot(snapId);
    rec.snapId = snapId;
    rec.autoRelease = autoRelease;
    setStatus(rec, InstanceState::Suspending, atMs, m_steps.suspendingMs);
}

Outcome<Snapshot> SandboxEngine::takeSnapshot(const QString &instanceId, const QString &name,
                                              bool autoRelease)
{
    advance();
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return Failure{codes::UnknownId, u"no instance with ID '%1'"_s.arg(instanceId.trimmed())};
    if (const auto valid = validateName(name, u"snapshot name"_s); !valid.ok())
        return valid.error();
    const QString trimmed = name.trimmed();
    if (rec->state() != InstanceState::Running)
        return Failure{codes::InvalidState,
                       u"instance %1 is %2; only a Running instance can be snapshotted"_s.arg(
                           rec->pub.instanceID, rec->pub.status.raw())};
    for (const SnapshotRec &s : std::as_const(m_state.snapshots)) {
        if (s.pub.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Failure{codes::Duplicate, u"a snapshot named '%1' already exists"_s.arg(s.pub.name)};
    }
    const qint64 sizeMB = metrics::diskUsedGB(*rec) * 1024;
    if (snapshotUsageMB() + sizeMB > m_limits.snapshotQuotaMB)
        return Failure{codes::QuotaOrBalance,
                       u"not enough snapshot space: %1 MB needed, %2 MB free"_s.arg(sizeMB).arg(
                           qMax<qint64>(0, m_limits.snapshotQuotaMB - snapshotUsageMB()))};

    const qint64 now = nowMs();
    SnapshotRec snap;
    snap.pub.snapID = uniqueSnapshotId();
    snap.pub.name = trimmed;
    snap.pub.status = u"Saving"_s;
    snap.pub.createTime = now / 1000;
    snap.pub.sourceInstanceID = rec->pub.instanceID;
    snap.pub.regionName = rec->pub.regionName;
    snap.pub.excludedPath = QString(kExcludedPath);
    snap.baseImage = rec->pub.baseImage;
    snap.estimatedSizeMB = sizeMB;
    const QString snapId = snap.pub.snapID;
    beginSnapshot(*rec, std::move(snap), autoRelease, now);
    settle(now);
    return liveSnapshot(m_state.snapshots[snapId], now);
}

QList<Snapshot> SandboxEngine::snapshots()
{
    advance();
    const qint64 now = nowMs();
    QList<Snapshot> out;
    out.reserve(m_state.snapshotOrder.size());
    for (const QString &id : std::as_const(m_state.snapshotOrder))
        out.append(liveSnapshot(m_state.snapshots[id], now));
    return out;
}

Outcome<Snapshot> SandboxEngine::renameSnapshot(const QString &snapId, const QString &name)
{
    advance();
    const auto it = m_state.snapshots.find(snapId.trimmed());
    if (it == m_state.snapshots.end())
        return Failure{codes::UnknownId, u"no snapshot with ID '%1'"_s.arg(snapId.trimmed())};
    if (const auto valid = validateName(name, u"snapshot name"_s); !valid.ok())
        return valid.error();
    const QString trimmed = name.trimmed();
    for (const SnapshotRec &s : std::as_const(m_state.snapshots)) {
        if (s.pub.snapID != it->pub.snapID && s.pub.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Failure{codes::Duplicate, u"a snapshot named '%1' already exists"_s.arg(s.pub.name)};
    }
    it->pub.name = trimmed;
    touchSnapshot(it->pub.snapID);
    // Instances started from it show the new name too.
    for (InstanceRec &rec : m_state.instances) {
        if (rec.pub.baseSnap && rec.pub.baseSnap->snapID == it->pub.snapID) {
            rec.pub.baseSnap->snapName = trimmed;
            m_changes.instances.insert(rec.pub.instanceID);
        }
    }
    return liveSnapshot(*it, nowMs());
}

Outcome<Done> SandboxEngine::deleteSnapshot(const QString &snapId)
{
    advance();
    const auto it = m_state.snapshots.find(snapId.trimmed());
    if (it == m_state.snapshots.end())
        return Failure{codes::UnknownId, u"no snapshot with ID '%1'"_s.arg(snapId.trimmed())};
    if (it->pub.status != "Available"_L1)
        return Failure{codes::InvalidState,
                       u"snapshot '%1' is still being saved and cannot be deleted yet"_s.arg(it->pub.snapID)};
    const QString id = it->pub.snapID;
    m_state.snapshots.erase(it);
    m_state.snapshotOrder.removeOne(id);
    touchSnapshot(id);
    return Done{};
}

void SandboxEngine::depleteAt(qint64 atMs)
{
    // As on the console: with no credit left, running instances are snapshotted and shut down.
    m_depletionAtMs = 0;
    const QString stamp = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(u"yyyyMMdd-HHmmss"_s);
    QStringList running(m_running.cbegin(), m_running.cend());
    running.sort();
    for (const QString &id : running) {
        InstanceRec *rec = record(id);
        if (!rec || rec->state() != InstanceState::Running)
            continue;
        SnapshotRec snap;
        snap.pub.snapID = uniqueSnapshotId();
        snap.pub.name = u"auto-%1-%2"_s.arg(rec->pub.instanceID, stamp);
        snap.pub.status = u"Saving"_s;
        snap.pub.createTime = atMs / 1000;
        snap.pub.sourceInstanceID = rec->pub.instanceID;
        snap.pub.regionName = rec->pub.regionName;
        snap.pub.excludedPath = QString(kExcludedPath);
        snap.baseImage = rec->pub.baseImage;
        snap.estimatedSizeMB = metrics::diskUsedGB(*rec) * 1024;
        beginSnapshot(*rec, std::move(snap), true, atMs);
    }
    m_depletionDirty = true;
}

} // namespace glows::sandbox
