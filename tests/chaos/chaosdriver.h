// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plays a scripted series of user actions through the app's own client and models against a sandbox in
// chaos mode, the way the main window does: InstanceModel fed by listInstances through a LiveQuery,
// and the actions the window and detail pane offer. Every action's outcome is recorded for the checks.
#include "api/glowsclient.h"
#include "api/livequery.h"
#include "core/lagmonitor.h"
#include "ui/instancemodel.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>

namespace glows::test {

class ChaosDriver final : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Create,
        Snapshot,
        SnapshotAndRelease,
        Release,
        AddPort,
        DeletePort,
        RenameSnapshot,
        CreateGroup,
        JoinGroup,
        LeaveGroup,
        Refresh,
    };
    static QString kindName(Kind kind);

    struct Outcome
    {
        Kind kind = Kind::Refresh;
        QString key;   // meta key, snapshot name prefix, group name, "instance:port" ...
        int calls = 0; // how often the handler ran: must be exactly 1
        bool ok = false;
        ApiError error; // when !ok
        int retries = 0;
        QString resultId; // instance, snapshot, access or group ID on success
    };

    struct Settings
    {
        int actions = 220;
        int concurrency = 4;
        quint32 seed = 12;
        GpuSpec spec; // what creates ask for
        QString imageId;
    };

    ChaosDriver(GlowsClient *client, Settings settings, QObject *parent = nullptr);

    // Starts polling and the action script; finished() once every action has its outcome.
    void start();
    bool isFinished() const { return m_done == m_settings.actions; }
    // Refreshes until one fetch succeeds with nothing in transition (or the time runs out).
    bool settle(int timeoutMs);
    // Why the model is not quiet yet (instances in transition, ports without URL), empty when it is.
    QString unsettled() const;
    void stopPolling();

    const QList<Outcome> &outcomes() const { return m_outcomes; }
    ui::InstanceModel &model() { return m_model; }
    const LagMonitor &lag() const { return m_lag; }
    int listFetches() const { return m_fetches; }
    int listFailures() const { return m_fetchFailures; }
    int listRetries() const { return m_listRetries; }
    int listHandlerRepeats() const { return m_listRepeats; }

signals:
    void finished();

private:
    ApiRequest *fetchList(GlowsClient &client, QObject *context, GlowsClient::Handler<QList<Instance>> done);
    void launchMore();
    void launch(int index);
    Kind pickKind();
    template<typename T>
    GlowsClient::Handler<T> track(int index, std::function<void(const T &)> onSuccess = {});
    void watch(int index, ApiRequest *request);
    QList<const Instance *> instancesIn(InstanceState state) const;
    const Instance *pick(const QList<const Instance *> &from);

    GlowsClient *m_client;
    Settings m_settings;
    ui::InstanceModel m_model;
    LagMonitor m_lag;
    QRandomGenerator m_rng;
    LiveQuery m_list;
    QList<Outcome> m_outcomes;
    int m_launched = 0;
    int m_done = 0;
    int m_fetches = 0;
    int m_fetchFailures = 0;
    int m_listRetries = 0;
    int m_listRepeats = 0;
    bool m_lastFetchOk = false;
    QStringList m_snapshots;                // IDs of snapshots taken in this run
    QHash<QString, QString> m_snapshotKeys; // snapshot ID -> the name prefix of the request that took it
    QMap<QString, QString> m_groups;        // group ID -> region, groups created in this run
    QHash<QString, QString> m_memberships;  // instance ID -> group ID, joined in this run
};

} // namespace glows::test
