// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "core/domain.h"
#include "core/instance.h"
#include "core/names.h"
#include "sandbox/outcome.h"
#include "sandbox/records.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"

#include <QHash>
#include <QRandomGenerator64>
#include <QSet>
#include <QStringList>
#include <functional>
#include <set>
#include <utility>

namespace glows::sandbox {

// The simulated cloud's state and rules, free of HTTP so it can be unit-tested. All times come from the
// clock. Transitions are evaluated lazily: advance() replays every due event in time order, each at its own
// simulated time, so billing stays exact however late it is called. Every public operation advances first.
// Not thread-safe: the server calls it from one thread only, which also makes racing requests serial.
class SandboxEngine final
{
public:
    explicit SandboxEngine(SandboxClock *clock, StepDurations steps = {}, SandboxLimits limits = {},
                           quint64 rngSeed = 0);

    SandboxClock *clock() const { return m_clock; }
    const StepDurations &steps() const { return m_steps; }
    const SandboxLimits &limits() const { return m_limits; }
    void setLimits(const SandboxLimits &limits) { m_limits = limits; }

    // Applies everything due up to the clock's now.
    void advance();

    // ---- State and persistence
    const EngineState &state() const { return m_state; }
    void restore(EngineState state); // replaces everything and rebuilds the indexes
    // After a restart: the cloud was paused while the sandbox was down. Timers move by the gap, and a
    // running instance's billing record is closed at `lastSimNowMs` and a new one opened now, so the
    // downtime is never billed. A clock behind `lastSimNowMs` (an earlier run was faster) jumps forward.
    void resumeAfter(qint64 lastSimNowMs);
    struct Changes
    {
        QSet<QString> instances;
        QSet<QString> snapshots;
        QSet<QString> groups;
        bool account = false;
        bool isEmpty() const
        {
            return instances.isEmpty() && snapshots.isEmpty() && groups.isEmpty() && !account;
        }
    };
    bool hasChanges() const { return !m_changes.isEmpty(); }
    Changes takeChanges();

    // ---- Seeding
    void seedDemoData(qint64 initialCreditMilli, int extraInstances = 0);
    // Inserts a record as it is (seeds, tests and benchmarks). Replaces one with the same ID.
    void insertRecord(InstanceRec rec);
    void setCreditMilli(qint64 credited);
    QString newInstanceId();

    // ---- Instances (public SDK)
    QList<Instance> instances(); // creation order, live fields filled in
    // The same page without copying anything: each record with its live cost and progress. The pointers
    // stay valid until the next call into the engine.
    struct PageItem
    {
        const InstanceRec *rec = nullptr;
        qint64 costMilli = 0;
        std::optional<int> progress;
    };
    struct PageView
    {
        QList<PageItem> items;
        int total = 0;
    };
    PageView instancePageView(int page, int perPage);
    int instanceCount() const { return int(m_state.instanceOrder.size()); }
    std::optional<Instance> instance(const QString &id);
    std::optional<Instance> instanceByMetaKey(const QString &metaKey);
    // Exactly one of the two must be non-empty.
    Outcome<Instance> find(const QString &requestId, const QString &metaKey);
    // A second create with the same custom_meta_key returns the existing instance (*existed = true).
    Outcome<Instance> create(const CreateInstanceRequest &request, bool *existed = nullptr);
    Outcome<Instance> release(const QString &requestId, const QString &metaKey = {});

    // ---- Snapshots (extension)
    Outcome<Snapshot> takeSnapshot(const QString &instanceId, const QString &name, bool autoRelease);
    QList<Snapshot> snapshots(); // creation order, those still being saved included
    Outcome<Snapshot> renameSnapshot(const QString &snapId, const QString &name);
    Outcome<Done> deleteSnapshot(const QString &snapId);

    // ---- Port forwards (extension)
    Outcome<Access> addPortForward(const QString &instanceId, int port, const QString &protocol);
    Outcome<Access> editPortForward(const QString &instanceId, const QString &accessId, int port,
                                    const QString &protocol);
    Outcome<Done> deletePortForward(const QString &instanceId, const QString &accessId);

    // ---- Monitor, billing and account (extension)
    Outcome<MetricSeries> metrics(const QString &instanceId, qint64 since);
    // Sandbox only: the instance's simulated GPU load from now on, "idle" (0-2 %) or "busy".
    Outcome<Done> setLoad(const QString &instanceId, const QString &load);
    Outcome<QList<BillingRecord>> billing(const QString &instanceId); // newest first
    struct Account
    {
        qint64 balanceMilli = 0;
        qint64 creditedMilli = 0;
        qint64 spentMilli = 0;
        qint64 burnRateMilliPerHour = 0; // of the instances running now
        int runningInstances = 0;
    };
    Account account();
    Outcome<Account> topUp(qint64 amountMilli);

    // ---- Network groups (extension)
    QList<NetworkGroup> groups();
    Outcome<NetworkGroup> createGroup(const QString &name, const QString &regionName, int capacity);
    Outcome<Done> deleteGroup(const QString &groupId);
    Outcome<NetworkGroup> addGroupMember(const QString &groupId, const QString &instanceId);
    Outcome<NetworkGroup> removeGroupMember(const QString &groupId, const QString &instanceId);

    // ---- Catalogue (extension)
    QList<GpuSpec> specs(const QString &regionName); // empty region: all; availability reflects use
    QList<ImageInfo> images() const;

    // ---- SSH endpoints (sandbox --ssh; engine_ssh.cpp)
    // Called whenever an instance starts (or resumes) Running, and when a forward of port 8888 gets its URL
    // while it runs: it may give the record a host key and returns the URL of its SSH endpoint, which
    // replaces the simulated one of its ssh access, and that of the loopback page behind its HTTP forward of
    // port 8888. Empty: the simulated URL stays.
    struct LocalUrls
    {
        QString ssh;
        QString jupyter;
    };
    using SshEndpointHook = std::function<LocalUrls(InstanceRec &)>;
    void setSshEndpointHook(SshEndpointHook hook) { m_sshHook = std::move(hook); }
    // Runs the hook for an instance that is Running already (after a restart, or when the hook was set).
    void attachSshEndpoint(const QString &instanceId);
    // Adds a public key line to the instance's authorized keys; false when it was there already or the
    // instance is unknown.
    bool addAuthorizedKey(const QString &instanceId, const QString &keyLine);

private:
    void applySshEndpoint(InstanceRec &rec);
    qint64 nowMs() const { return m_clock->wallMs(); }
    qint64 nowSecs() const { return m_clock->wallSecs(); }

    InstanceRec *record(const QString &id);
    Outcome<InstanceRec *> lookup(const QString &requestId, const QString &metaKey = {});
    Instance live(const InstanceRec &rec, qint64 atMs) const;
    NetworkGroup liveGroup(const GroupRec &rec) const;
    Snapshot liveSnapshot(const SnapshotRec &rec, qint64 atMs) const;
    std::optional<int> progressAt(const InstanceRec &rec, qint64 atMs) const;

    void touch(InstanceRec &rec);
    void touchSnapshot(const QString &snapId) { m_changes.snapshots.insert(snapId); }
    void touchGroup(const QString &groupId) { m_changes.groups.insert(groupId); }
    void reschedule(const InstanceRec &rec);
    void rebuildIndexes();

    // Transitions.
    void processDue(InstanceRec &rec, qint64 atMs);
    void finishPhase(InstanceRec &rec, qint64 atMs);
    void setStatus(InstanceRec &rec, InstanceState state, qint64 atMs, qint64 phaseMs);
    void openBilling(InstanceRec &rec, qint64 atMs);
    void closeBilling(InstanceRec &rec, qint64 atMs);
    void beginSnapshot(InstanceRec &rec, SnapshotRec snap, bool autoRelease, qint64 atMs);
    void leaveGroup(InstanceRec &rec);
    void depleteAt(qint64 atMs);
    void settle(qint64 atMs);
    qint64 balanceAt(qint64 atSecs) const;
    qint64 snapshotUsageMB() const;

    QString randomToken(int length);
    QString uniqueSnapshotId();
    int allocateExternalPort();
    QString accessHost(const QString &regionName) const;
    QString accessUrl(const QString &protocol, const QString &regionName, int externalPort) const;
    QString nextAccessId(const InstanceRec &rec) const;

    SandboxClock *m_clock;
    StepDurations m_steps;
    SandboxLimits m_limits;
    QRandomGenerator64 m_rng;
    EngineState m_state;
    Changes m_changes;

    // Derived indexes, rebuilt by restore().
    QHash<QString, QString> m_byMetaKey;
    std::set<std::pair<qint64, QString>> m_schedule;
    QHash<QString, qint64> m_scheduledAt;
    QSet<QString> m_running;
    qint64 m_closedSpendMilli = 0; // cost of every closed billing segment
    qint64 m_depletionAtMs = 0;    // when the balance reaches zero at the current burn rate; 0 = never
    bool m_depletionDirty = true;
    SshEndpointHook m_sshHook;
};

// Validation shared by the engine and the routes: a required display name (snapshot, network group).
Outcome<Done> validateName(const QString &name, const QString &what, int maxLength = kMaxNameLength);

} // namespace glows::sandbox
