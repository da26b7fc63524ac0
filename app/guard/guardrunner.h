// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "core/clock.h"
#include "core/guard/guardengine.h"
#include "guard/gpusamplesource.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

namespace glows {

class GlowsClient;
class GuardHistory;
class ReadinessProber;

// The guard at work (docs/guard.md): polls the list, the balance and the GPU samples of the Running
// instances, feeds GuardEngine, records every decision in GuardHistory, carries out the actions (always the
// server's snapshot with auto-release) and reports through signals, for the app's notifications and rows and
// for glows-cli guard --watch. Never blocks: every call is the client's, every probe is asynchronous.
class GuardRunner final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollIntervalMs = 10000;
    // How many instances' samples one poll fetches at once: background work, so it leaves room for the
    // window's own calls (the Monitor's hour, say) and for the server's rate limit.
    static constexpr int kConcurrentSampleFetches = 2;
    // Samples held between evaluations (16 bytes each). A first poll of hundreds of Running instances
    // brings ~2,000 a piece; past this many the engine takes what has come before the rest is fetched.
    static constexpr qsizetype kMaxBufferedSamples = 64 * 1024;
    static constexpr qint64 kFirstFetchMarginSecs = 5 * 60;

    // `history` may be null (nothing recorded). Neither is owned.
    // The clock gives the local time and durations; the server's own clock comes from its answers.
    GuardRunner(GlowsClient *client, GuardHistory *history, QObject *parent = nullptr,
                const Clock &clock = systemClock());
    ~GuardRunner() override;

    // The account now in use (AccountStore's ID). A different one drops everything of the previous one.
    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }
    void setRules(const GuardAccountRules &rules);
    const GuardAccountRules &rules() const { return m_rules; }
    // Not owned; nullptr returns to the server's metrics extension (with the fallback, if any).
    void setSampleSource(GpuSampleSource *source);
    // Not owned: where samples come from while the account's server has no metrics extension (metrics over
    // SSH); nullptr: nowhere, and the idle rule is off there.
    void setFallbackSampleSource(GpuSampleSource *fallback);
    // Where the idle rule's samples come from now; None while the rule is unavailable.
    GpuSampleSource::Origin sampleOrigin() const { return m_origin; }
    void setPollIntervalMs(int ms);
    int pollIntervalMs() const { return m_pollMs; }

    // Another poll of the same list feeds this runner (offerInstances: the app's window). Then the runner
    // fetches no list at start or after an account switch but waits up to one interval for that list, and
    // fetches its own only when the offered lists stop coming (a window hidden in the tray polls slowly).
    void setSharesList(bool shares) { m_sharesList = shares; }
    // A list of the account now in use, just fetched by someone else. A poll that begins within one
    // interval uses it instead of fetching; one begins on the next turn of the event loop if the last
    // began an interval ago.
    void offerInstances(const QList<Instance> &instances);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // A poll is under way (its calls in flight or its samples still being fetched).
    bool isPolling() const { return m_busy; }
    // One poll now (if none is in flight); evaluation follows when it completes.
    void pollNow();

    // Answers from a notification.
    void snooze(const QString &instanceId);             // "Keep running for 1 h"
    void snapshotAndRelease(const QString &instanceId); // "Snapshot & Release": at once, the user asked
    void cancelPending(const QString &instanceId);

    QList<GuardPending> pending() const { return m_pending; }
    std::optional<GuardPending> pendingFor(const QString &instanceId) const;
    Runway runway() const { return m_runway; }
    bool idleRuleAvailable() const { return m_idleAvailable; }
    bool safeToAct() const { return m_safe; }
    // The server's clock as best known: the newest sample's time plus the local time since it arrived.
    qint64 serverNow() const;
    const GuardState &state() const { return m_engine.state(); }
    int evaluations() const { return m_evaluations; }

signals:
    // Every decision, in order (already recorded in the history).
    void decided(const glows::GuardDecision &decision);
    // The snapshot-with-release call of an Act ended: ok means the server accepted it.
    void actionFinished(const QString &instanceId, bool ok, const QString &message);
    void pendingChanged(const QList<glows::GuardPending> &pending);
    void runwayChanged(const glows::Runway &runway);
    void idleRuleAvailabilityChanged(bool available);
    void sampleOriginChanged(glows::GpuSampleSource::Origin origin);
    void pollFailed(const glows::ApiError &error);
    // After every evaluation.
    void evaluated();

private:
    void onAccountChanged();
    void dropAccountState();
    void finishOne(quint64 generation);
    void applyList(quint64 generation, const QString &account, const QList<Instance> &instances,
                   qint64 fetchedAtMs);
    void fetchSamples(quint64 generation);
    void fetchNextSamples(quint64 generation);
    qint64 sampleSince(const QString &instanceId) const;
    void observeServerTime(qint64 t);
    void evaluate();
    void handle(const GuardDecision &decision);
    void act(const QString &instanceId, const QString &instanceName, GuardRule rule);
    void record(const GuardDecision &decision, const QString &detail = QString());
    GpuSampleSource *source() const;

    const Clock &m_clock;
    QPointer<GlowsClient> m_client;
    QPointer<GuardHistory> m_history;
    std::unique_ptr<GpuSampleSource> m_serverSource;
    std::unique_ptr<FallbackSampleSource> m_defaultSource; // the server's, else the fallback
    GpuSampleSource *m_source = nullptr;
    ReadinessProber *m_prober;
    GuardEngine m_engine;
    GuardAccountRules m_rules;
    QString m_accountId;
    QTimer m_timer;
    int m_pollMs = kDefaultPollIntervalMs;

    // The data of the current account, as of the last poll.
    QList<Instance> m_instances;
    QString m_dataAccountId;
    bool m_sharesList = false;
    QList<Instance> m_offered;
    qint64 m_offeredAtMs = -1;   // monotonic; -1: nothing offered for this account
    qint64 m_pollStartedMs = -1; // monotonic; -1: no poll yet for this account
    std::optional<MilliCredits> m_balance;
    bool m_metricsUnavailable = false;
    QHash<QString, QList<GuardSample>> m_newSamples;
    qsizetype m_bufferedSamples = 0;
    QHash<QString, qint64> m_since;
    QStringList m_sampleQueue;     // Running instances whose samples this poll still has to fetch
    QSet<QString> m_unboundedNext; // their first, bounded fetch found nothing: fetch from the start
    QHash<QString, GuardReadiness> m_readiness;
    qint64 m_lastSuccessMs = -1;
    qint64 m_observedServerT = 0;
    qint64 m_observedAtMs = 0;
    qint64 m_pollMaxT = 0;

    quint64 m_generation = 0;
    int m_outstanding = 0;
    bool m_busy = false;
    QSet<QString> m_acting;

    QList<GuardPending> m_pending;
    Runway m_runway;
    bool m_idleAvailable = true;
    GpuSampleSource::Origin m_origin = GpuSampleSource::Origin::Server;
    bool m_safe = false;
    int m_evaluations = 0;
};

} // namespace glows
