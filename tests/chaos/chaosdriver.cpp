// SPDX-License-Identifier: Apache-2.0
#include "chaosdriver.h"

#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace glows::test {

QString ChaosDriver::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return u"create"_s;
    case Kind::Snapshot:
        return u"snapshot"_s;
    case Kind::SnapshotAndRelease:
        return u"snapshot+release"_s;
    case Kind::Release:
        return u"release"_s;
    case Kind::AddPort:
        return u"add-port"_s;
    case Kind::DeletePort:
        return u"delete-port"_s;
    case Kind::RenameSnapshot:
        return u"rename-snapshot"_s;
    case Kind::CreateGroup:
        return u"create-group"_s;
    case Kind::JoinGroup:
        return u"join-group"_s;
    case Kind::LeaveGroup:
        return u"leave-group"_s;
    case Kind::Refresh:
        return u"refresh"_s;
    }
    return {};
}

ChaosDriver::ChaosDriver(GlowsClient *client, Settings settings, QObject *parent)
    : QObject(parent), m_client(client), m_settings(std::move(settings)), m_lag(10, 50),
      m_rng(m_settings.seed), m_list(client)
{
    // Faster than the app's defaults so a run of a few hundred actions sees many refreshes.
    m_list.setIntervals({200, 1000, 60000});
    m_list.setCall<QList<Instance>>(
        [this](GlowsClient &c, QObject *context, GlowsClient::Handler<QList<Instance>> done) {
            return fetchList(c, context, std::move(done));
        },
        [this](const QList<Instance> &instances) {
            m_model.applySnapshot(instances);
            m_list.setTransitioning(m_model.anyTransitional());
        });
}

void ChaosDriver::start()
{
    m_outcomes.resize(m_settings.actions);
    m_lag.start();
    m_list.start();
    launchMore();
}

void ChaosDriver::stopPolling()
{
    m_list.stop();
    m_lag.stop();
}

ApiRequest *ChaosDriver::fetchList(GlowsClient &client, QObject *context,
                                   GlowsClient::Handler<QList<Instance>> done)
{
    auto calls = std::make_shared<int>(0);
    ApiRequest *request =
        client.listInstances(context, [this, calls, done](const ApiResult<QList<Instance>> &r) {
            if (++*calls > 1) {
                ++m_listRepeats;
                return;
            }
            // A list replaced by a newer one (the query cancels it) is no fetch of its own.
            if (r.ok() || r.error().kind() != ApiError::Kind::Cancelled) {
                ++m_fetches;
                m_lastFetchOk = r.ok();
                m_fetchFailures += r.ok() ? 0 : 1;
            }
            done(r);
        });
    if (request)
        connect(request, &ApiRequest::retrying, this, [this] { ++m_listRetries; });
    return request;
}

QString ChaosDriver::unsettled() const
{
    QStringList busy;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Instance *in = m_model.instanceAt(row);
        if (in->status.isTransitional())
            busy << u"%1 is %2"_s.arg(in->instanceID, in->status.raw());
        // Only a Running instance maps ports; one released with a mapping pending keeps it pending.
        for (const Access &a : in->accesses)
            if (a.isPending() && in->status.state() == InstanceState::Running)
                busy << u"%1 port %2 has no URL yet"_s.arg(in->instanceID).arg(a.listenPort);
    }
    if (!m_lastFetchOk)
        busy << u"the last list failed"_s;
    return busy.join(u"; "_s);
}

bool ChaosDriver::settle(int timeoutMs)
{
    // Refresh again whenever the previous answer is in and something is still in a transition.
    int before = m_fetches;
    m_list.refresh();
    return QTest::qWaitFor(
        [&] {
            if (m_fetches == before || m_list.isInFlight())
                return false;
            if (unsettled().isEmpty())
                return true;
            before = m_fetches;
            m_list.refresh();
            return false;
        },
        timeoutMs);
}

void ChaosDriver::launchMore()
{
    const int busy = m_launched - m_done;
    for (int i = busy; i < m_settings.concurrency && m_launched < m_settings.actions; ++i)
        launch(m_launched++);
}

QList<const Instance *> ChaosDriver::instancesIn(InstanceState state) const
{
    QList<const Instance *> out;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Instance *in = m_model.instanceAt(row);
        if (in->status.state() == state)
            out.append(in);
    }
    return out;
}

const Instance *ChaosDriver::pick(const QList<const Instance *> &from)
{
    return from.isEmpty() ? nullptr : from.at(int(m_rng.bounded(quint32(from.size()))));
}

ChaosDriver::Kind ChaosDriver::pickKind()
{
    // Weights per kind, roughly what a person does on the My Instance page under load.
    static constexpr std::pair<Kind, int> kWeights[] = {
        {Kind::Create, 14},        {Kind::Snapshot, 8},    {Kind::SnapshotAndRelease, 6},
        {Kind::Release, 8},        {Kind::AddPort, 14},    {Kind::DeletePort, 8},
        {Kind::RenameSnapshot, 8}, {Kind::CreateGroup, 4}, {Kind::JoinGroup, 8},
        {Kind::LeaveGroup, 6},     {Kind::Refresh, 6},
    };
    int total = 0;
    for (const auto &w : kWeights)
        total += w.second;
    int r = int(m_rng.bounded(quint32(total)));
    for (const auto &w : kWeights) {
        if (r < w.second)
            return w.first;
        r -= w.second;
    }
    return Kind::Refresh;
}

template<typename T>
GlowsClient::Handler<T> ChaosDriver::track(int index, std::function<void(const T &)> onSuccess)
{
    return [this, index, onSuccess](const ApiResult<T> &r) {
        Outcome &o = m_outcomes[index];
        if (++o.calls > 1)
            return; // counted; the checks fail on it
        o.ok = r.ok();
        if (r.ok()) {
            if (onSuccess)
                onSuccess(r.value());
            m_list.refresh();
        } else {
            o.error = r.error();
        }
        ++m_done;
        if (isFinished()) {
            // The lag figure covers the scripted run only, not the test's own waiting afterwards.
            m_lag.stop();
            emit finished();
        } else
            QTimer::singleShot(0, this, &ChaosDriver::launchMore);
    };
}

void ChaosDriver::watch(int index, ApiRequest *request)
{
    if (request)
        connect(request, &ApiRequest::retrying, this, [this, index] { ++m_outcomes[index].retries; });
}

void ChaosDriver::launch(int index)
{
    Outcome &o = m_outcomes[index];
    Kind kind = pickKind();
    const Instance *running = pick(instancesIn(InstanceState::Running));
    const auto fallback = [&] { kind = m_rng.bounded(2) ? Kind::Create : Kind::Refresh; };
    switch (kind) {
    case Kind::Snapshot:
    case Kind::SnapshotAndRelease:
    case Kind::Release:
    case Kind::AddPort:
    case Kind::CreateGroup:
        if (!running)
            fallback();
        break;
    case Kind::DeletePort:
        if (!running || std::none_of(running->accesses.begin(), running->accesses.end(),
                                     [](const Access &a) { return a.listenPort != 22; }))
            kind = running ? Kind::AddPort : Kind::Create;
        break;
    case Kind::RenameSnapshot:
        if (m_snapshots.isEmpty())
            kind = running ? Kind::Snapshot : Kind::Create;
        break;
    case Kind::JoinGroup:
        if (!running || m_groups.isEmpty() || m_memberships.contains(running->instanceID))
            kind = running ? Kind::CreateGroup : Kind::Create;
        break;
    case Kind::LeaveGroup:
        if (m_memberships.isEmpty())
            kind = running ? Kind::CreateGroup : Kind::Create;
        break;
    case Kind::Create:
    case Kind::Refresh:
        break;
    }
    o.kind = kind;
    ApiRequest *request = nullptr;
    switch (kind) {
    case Kind::Create: {
        CreateInstanceRequest req;
        req.fromImageId = m_settings.imageId;
        req.gpuName = m_settings.spec.gpuName;
        req.regionName = m_settings.spec.regionName;
        req.customMetaKey = o.key = u"chaos-%1-%2"_s.arg(m_settings.seed).arg(index);
        request =
            m_client->createInstance(req, this, track<Instance>(index, [this, index](const Instance &in) {
                                         m_outcomes[index].resultId = in.instanceID;
                                         m_model.applyOne(in);
                                     }));
        break;
    }
    case Kind::Snapshot:
    case Kind::SnapshotAndRelease: {
        // The trailing dot keeps prefixes unique (cs1. is no prefix of cs12.) across renames.
        o.key = u"cs%1."_s.arg(index);
        request = m_client->takeSnapshot(running->instanceID, o.key, kind == Kind::SnapshotAndRelease, this,
                                         track<Snapshot>(index, [this, index](const Snapshot &s) {
                                             m_outcomes[index].resultId = s.snapID;
                                             m_snapshots.append(s.snapID);
                                             m_snapshotKeys.insert(s.snapID, m_outcomes[index].key);
                                         }));
        break;
    }
    case Kind::Release:
        o.key = running->instanceID;
        request = m_client->releaseInstance(running->instanceID, this, track<Done>(index));
        break;
    case Kind::AddPort: {
        const int port = 1024 + int(m_rng.bounded(60000u));
        o.key = u"%1:%2"_s.arg(running->instanceID).arg(port);
        request = m_client->addPortForward(
            running->instanceID, port, m_rng.bounded(2) ? u"tcp"_s : u"https"_s, this,
            track<Access>(index, [this, index](const Access &a) { m_outcomes[index].resultId = a.id; }));
        break;
    }
    case Kind::DeletePort: {
        QList<Access> forwards;
        for (const Access &a : running->accesses)
            if (a.listenPort != 22)
                forwards.append(a);
        const Access access = forwards.at(int(m_rng.bounded(quint32(forwards.size()))));
        o.key = u"%1:%2"_s.arg(running->instanceID).arg(access.listenPort);
        request = m_client->deletePortForward(running->instanceID, access.id, this, track<Done>(index));
        break;
    }
    case Kind::RenameSnapshot: {
        const QString id = m_snapshots.at(int(m_rng.bounded(quint32(m_snapshots.size()))));
        o.key = id;
        // The new name keeps the snapshot request's prefix, so the final check still finds its origin.
        request = m_client->renameSnapshot(id, u"%1r%2."_s.arg(m_snapshotKeys.value(id)).arg(index), this,
                                           track<Done>(index));
        break;
    }
    case Kind::CreateGroup:
        o.key = u"cg%1."_s.arg(index);
        request =
            m_client->createNetworkGroup(o.key, running->regionName, 8, this,
                                         track<NetworkGroup>(index, [this, index](const NetworkGroup &g) {
                                             m_outcomes[index].resultId = g.groupID;
                                             m_groups.insert(g.groupID, g.regionName);
                                         }));
        break;
    case Kind::JoinGroup: {
        const QString group = m_groups.keys().at(int(m_rng.bounded(quint32(m_groups.size()))));
        const QString instance = running->instanceID;
        o.key = u"%1>%2"_s.arg(instance, group);
        request = m_client->addGroupMember(
            group, instance, this, track<NetworkGroup>(index, [this, instance, group](const NetworkGroup &) {
                m_memberships.insert(instance, group);
            }));
        break;
    }
    case Kind::LeaveGroup: {
        const QString instance = m_memberships.keys().at(int(m_rng.bounded(quint32(m_memberships.size()))));
        const QString group = m_memberships.value(instance);
        o.key = u"%1<%2"_s.arg(instance, group);
        request = m_client->removeGroupMember(
            group, instance, this,
            track<Done>(index, [this, instance](const Done &) { m_memberships.remove(instance); }));
        break;
    }
    case Kind::Refresh:
        o.key = u"refresh"_s;
        // The toolbar's Refresh: a list read; the model takes lists only through the scheduler, in order.
        request = m_client->listInstances(this, track<QList<Instance>>(index));
        break;
    }
    watch(index, request);
}

} // namespace glows::test
