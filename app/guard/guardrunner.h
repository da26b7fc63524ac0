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
    // How many instances' samples one poll fetches at once.
    static constexpr int kConcurrentSampleFetches = 4;
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

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
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
    std::optional<MilliCredits> m_balance;
    bool m_metricsUnavailable = false;
    QHash<QString, QList<GuardSample>> m_newSamples;
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
