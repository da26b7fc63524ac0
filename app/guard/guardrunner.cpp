// SPDX-License-Identifier: Apache-2.0
#include "guard/guardrunner.h"

#include "api/glowsclient.h"
#include "core/logging.h"
#include "guard/gpusamplesource.h"
#include "guard/guardhistory.h"
#include "guard/readinessprober.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace glows {
namespace {
// The name an instance had in the last list, for the history and the notifications; empty when unknown.
QString displayNameOf(const QList<Instance> &instances, const QString &instanceId)
{
    for (const Instance &instance : instances) {
        if (instance.instanceID == instanceId)
            return instance.displayName();
    }
    return {};
}
} // namespace

GuardRunner::GuardRunner(GlowsClient *client, GuardHistory *history, QObject *parent, const Clock &clock)
    : QObject(parent), m_clock(clock), m_client(client), m_history(history),
      m_serverSource(std::make_unique<ServerMetricsSource>(client)),
      m_defaultSource(std::make_unique<FallbackSampleSource>(m_serverSource.get(), nullptr)),
      m_prober(new ReadinessProber(this))
{
    m_timer.setInterval(m_pollMs);
    connect(&m_timer, &QTimer::timeout, this, &GuardRunner::pollNow);
    if (client)
        connect(client, &GlowsClient::accountChanged, this, &GuardRunner::onAccountChanged);
    connect(
        m_prober, &ReadinessProber::probed, this,
        [this](const QString &id, const GuardReadiness &readiness) { m_readiness.insert(id, readiness); });
}

GuardRunner::~GuardRunner() = default;

GpuSampleSource *GuardRunner::source() const
{
    return m_source ? m_source : m_defaultSource.get();
}

void GuardRunner::setAccountId(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    dropAccountState();
    m_accountId = accountId;
}

void GuardRunner::setRules(const GuardAccountRules &rules)
{
    m_rules = rules;
}

void GuardRunner::setSampleSource(GpuSampleSource *source)
{
    m_source = source;
    m_since.clear();
    m_unboundedNext.clear();
}

void GuardRunner::setFallbackSampleSource(GpuSampleSource *fallback)
{
    m_defaultSource->setFallback(fallback);
    m_since.clear();
    m_unboundedNext.clear();
}

void GuardRunner::setPollIntervalMs(int ms)
{
    m_pollMs = qMax(100, ms);
    m_timer.setInterval(m_pollMs);
}

void GuardRunner::start()
{
    m_timer.start();
    if (!m_sharesList)
        pollNow();
}

void GuardRunner::offerInstances(const QList<Instance> &instances)
{
    m_offered = instances;
    m_offeredAtMs = m_clock.monotonicMs();
    // On the next turn: the window paints the list before the guard's calls go out.
    if (isRunning() && !m_busy && (m_pollStartedMs < 0 || m_offeredAtMs - m_pollStartedMs >= m_pollMs))
        QTimer::singleShot(0, this, &GuardRunner::pollNow);
}

void GuardRunner::stop()
{
    m_timer.stop();
    ++m_generation;
    m_busy = false;
}

void GuardRunner::onAccountChanged()
{
    dropAccountState();
    if (!isRunning())
        return;
    if (m_sharesList)
        m_timer.start(); // a full interval for the new account's first list to be offered
    else
        QTimer::singleShot(0, this, &GuardRunner::pollNow);
}

// Nothing of the previous account may lead to an action: its countdowns end (and the history says so),
// its data, samples and probes are forgotten, and calls still in flight are ignored when they answer.
void GuardRunner::dropAccountState()
{
    ++m_generation;
    m_busy = false;
    m_outstanding = 0;
    for (const GuardPending &pending : m_engine.pending()) {
        GuardDecision decision;
        decision.kind = GuardDecisionKind::Cancel;
        decision.rule = pending.rule;
        decision.reason = GuardReason::AccountChanged;
        decision.instanceId = pending.instanceId;
        decision.serverTime = serverNow();
        decision.deadline = pending.deadline;
        record(decision);
        emit decided(decision);
    }
    m_engine.reset();
    m_instances.clear();
    m_dataAccountId.clear();
    m_offered.clear();
    m_offeredAtMs = -1;
    m_pollStartedMs = -1;
    m_balance.reset();
    m_metricsUnavailable = false;
    m_newSamples.clear();
    m_bufferedSamples = 0;
    m_sampleQueue.clear();
    m_since.clear();
    m_unboundedNext.clear();
    m_readiness.clear();
    m_lastSuccessMs = -1;
    m_observedServerT = 0;
    m_acting.clear();
    m_prober->reset();
    source()->reset();
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        emit pendingChanged(m_pending);
    }
}

qint64 GuardRunner::serverNow() const
{
    if (m_observedServerT <= 0)
        return m_clock.wallSecs();
    return m_observedServerT + (m_clock.monotonicMs() - m_observedAtMs) / 1000;
}

void GuardRunner::observeServerTime(qint64 t)
{
    m_pollMaxT = qMax(m_pollMaxT, t);
}

void GuardRunner::pollNow()
{
    if (m_busy || !m_client)
        return;
    m_busy = true;
    const quint64 generation = ++m_generation;
    const QString account = m_accountId;
    m_pollMaxT = 0;
    const qint64 now = m_clock.monotonicMs();
    m_pollStartedMs = now;
    if (m_timer.isActive())
        m_timer.start(); // the next poll of its own is one interval after this one, whoever began it
    const bool withBalance = m_client->isAvailable(Feature::Balance);
    m_outstanding = withBalance ? 2 : 1;
    if (withBalance) {
        m_client->balance(this, [this, generation](const ApiResult<AccountBalance> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                m_balance = result.value().balanceMilliCredit;
            finishOne(generation);
        });
    }
    if (m_offeredAtMs >= 0 && now - m_offeredAtMs < m_pollMs) {
        applyList(generation, account, std::exchange(m_offered, {}), m_offeredAtMs);
        m_offeredAtMs = -1;
        finishOne(generation);
        return;
    }
    m_client->listInstances(this, [this, generation, account](const ApiResult<QList<Instance>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            applyList(generation, account, result.value(), m_clock.monotonicMs());
        } else {
            qCInfo(lcGuard) << "guard: list failed" << result.error().detail();
            emit pollFailed(result.error());
        }
        finishOne(generation);
    });
}

void GuardRunner::applyList(quint64 generation, const QString &account, const QList<Instance> &instances,
                            qint64 fetchedAtMs)
{
    m_instances = instances;
    m_dataAccountId = account;
    QSet<QString> listed;
    for (const Instance &instance : std::as_const(m_instances))
        listed.insert(instance.instanceID);
    m_since.removeIf([&listed](QHash<QString, qint64>::iterator it) { return !listed.contains(it.key()); });
    m_readiness.removeIf(
        [&listed](QHash<QString, GuardReadiness>::iterator it) { return !listed.contains(it.key()); });
    source()->instancesListed(m_instances);
    m_lastSuccessMs = fetchedAtMs;
    qint64 newestStatus = 0;
    for (const Instance &instance : std::as_const(m_instances))
        newestStatus = qMax(newestStatus, instance.statusTime.value_or(0));
    // A status that began later than we think the server's clock is proves the clock is later.
    if (newestStatus > serverNow())
        observeServerTime(newestStatus);
    fetchSamples(generation);
}

void GuardRunner::fetchSamples(quint64 generation)
{
    GpuSampleSource *samples = source();
    if (samples->isUnavailable()) {
        m_metricsUnavailable = true;
        return;
    }
    m_sampleQueue.clear();
    for (const Instance &instance : std::as_const(m_instances)) {
        if (instance.status.state() == InstanceState::Running &&
            m_rules.rulesFor(instance.instanceID).idleEnabled)
            m_sampleQueue.append(instance.instanceID);
    }
    // A few at a time: an account with hundreds of Running instances would otherwise hold every one's
    // pages in memory at once, and flood the server.
    m_outstanding += int(m_sampleQueue.size());
    for (int i = 0; i < kConcurrentSampleFetches; ++i)
        fetchNextSamples(generation);
}

qint64 GuardRunner::sampleSince(const QString &instanceId) const
{
    if (const auto it = m_since.constFind(instanceId); it != m_since.cend())
        return *it;
    // The first fetch: the idle rule looks back idleMinutes, so older samples cannot change a decision and
    // are not fetched (an hour of 1 Hz samples of hundreds of instances would be held at once). The margin
    // covers a local clock somewhat off the server's; one that is further off gets no sample, and the next
    // poll then fetches from the start (since 0).
    if (m_unboundedNext.contains(instanceId))
        return 0;
    const qint64 window = qint64(m_rules.rulesFor(instanceId).idleMinutes) * 60 + kFirstFetchMarginSecs;
    return qMax<qint64>(0, serverNow() - window);
}

void GuardRunner::fetchNextSamples(quint64 generation)
{
    if (generation != m_generation || m_sampleQueue.isEmpty())
        return;
    const QString id = m_sampleQueue.takeFirst();
    source()->fetch(id, sampleSince(id), this, [this, generation, id](const GpuSampleSource::Result &r) {
        if (generation != m_generation)
            return;
        if (r.unavailable)
            m_metricsUnavailable = true;
        if (r.ok && r.samples.isEmpty() && !m_since.contains(id))
            m_unboundedNext.insert(id);
        if (!r.samples.isEmpty()) {
            m_unboundedNext.remove(id);
            m_since.insert(id, r.samples.constLast().t);
            m_newSamples[id].append(r.samples);
            m_bufferedSamples += r.samples.size();
            observeServerTime(r.samples.constLast().t);
            m_metricsUnavailable = false;
        }
        if (m_bufferedSamples >= kMaxBufferedSamples && m_outstanding > 1)
            evaluate(); // the poll goes on; the next evaluation takes the samples still to come
        fetchNextSamples(generation);
        finishOne(generation);
    });
}

void GuardRunner::finishOne(quint64 generation)
{
    if (generation != m_generation || --m_outstanding > 0)
        return;
    m_busy = false;
    if (m_pollMaxT > 0) {
        m_observedServerT = m_pollMaxT;
        m_observedAtMs = m_clock.monotonicMs();
    }
    evaluate();
}

void GuardRunner::evaluate()
{
    GuardInput input;
    input.accountId = m_accountId;
    input.dataAccountId = m_dataAccountId;
    input.instances = m_instances;
    input.gpuSamples = std::exchange(m_newSamples, {});
    m_bufferedSamples = 0;
    input.metricsAvailable = !m_metricsUnavailable;
    input.balance = m_balance;
    input.rules = m_rules;
    input.readiness = m_readiness;
    input.serverNow = serverNow();
    input.localNowMs = m_clock.monotonicMs();
    input.lastSuccessfulPollMs = m_lastSuccessMs;
    input.pollIntervalMs = m_pollMs;
    input.localNow = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs());
    const GuardOutput out = m_engine.evaluate(input);
    ++m_evaluations;

    for (const GuardDecision &decision : out.decisions)
        handle(decision);
    for (const QString &id : out.probeReadiness) {
        for (const Instance &instance : std::as_const(m_instances)) {
            if (instance.instanceID == id) {
                m_prober->probe(instance);
                break;
            }
        }
    }
    if (out.pending != m_pending) {
        m_pending = out.pending;
        emit pendingChanged(m_pending);
    }
    if (out.runway != m_runway) {
        m_runway = out.runway;
        emit runwayChanged(m_runway);
    }
    if (out.idleRuleAvailable != m_idleAvailable) {
        m_idleAvailable = out.idleRuleAvailable;
        emit idleRuleAvailabilityChanged(m_idleAvailable);
    }
    const GpuSampleSource::Origin origin =
        m_idleAvailable ? source()->origin() : GpuSampleSource::Origin::None;
    if (origin != m_origin) {
        m_origin = origin;
        emit sampleOriginChanged(m_origin);
    }
    m_safe = out.safeToAct;
    emit evaluated();
}

void GuardRunner::record(const GuardDecision &decision, const QString &detail)
{
    if (m_history)
        m_history->record(m_accountId, decision, detail);
}

void GuardRunner::handle(const GuardDecision &decision)
{
    qCInfo(lcGuard) << "guard:" << guardDecisionKey(decision.kind) << guardRuleKey(decision.rule)
                    << decision.instanceId << guardReasonKey(decision.reason);
    record(decision);
    emit decided(decision);
    if (decision.kind == GuardDecisionKind::Act)
        act(decision.instanceId, decision.instanceName, decision.rule);
}

// Always the server's snapshot-then-release: the release happens only once the snapshot has succeeded, so
// the guard never deletes a disk.
void GuardRunner::act(const QString &instanceId, const QString &instanceName, GuardRule rule)
{
    if (!m_client || m_acting.contains(instanceId))
        return;
    m_acting.insert(instanceId);
    const quint64 generation = m_generation;
    const QString account = m_accountId;
    const qint64 when = serverNow();
    const QString name = u"guard-%1-%2"_s.arg(
        instanceId, QDateTime::fromSecsSinceEpoch(when, Qt::UTC).toString(u"yyyyMMdd-HHmmss"_s));
    m_client->takeSnapshot(
        instanceId, name, true, this,
        [this, generation, account, instanceId, instanceName, rule, when](const ApiResult<Snapshot> &result) {
            m_acting.remove(instanceId);
            const bool ok = result.ok();
            const QString message = ok ? result.value().snapID : result.error().userMessage();
            if (m_history)
                m_history->recordAction(account, instanceId, instanceName, rule, ok, when, message);
            if (!ok && generation == m_generation)
                m_engine.actionFailed(instanceId);
            emit actionFinished(instanceId, ok, message);
        });
}

std::optional<GuardPending> GuardRunner::pendingFor(const QString &instanceId) const
{
    for (const GuardPending &pending : m_pending) {
        if (pending.instanceId == instanceId)
            return pending;
    }
    return std::nullopt;
}

void GuardRunner::snooze(const QString &instanceId)
{
    GuardDecision decision = m_engine.snooze(instanceId, serverNow());
    decision.instanceName = displayNameOf(m_instances, instanceId);
    handle(decision);
    m_pending = m_engine.pending();
    emit pendingChanged(m_pending);
}

void GuardRunner::cancelPending(const QString &instanceId)
{
    if (const auto decision = m_engine.cancelPending(instanceId, serverNow())) {
        handle(*decision);
        m_pending = m_engine.pending();
        emit pendingChanged(m_pending);
    }
}

void GuardRunner::snapshotAndRelease(const QString &instanceId)
{
    const QString name = displayNameOf(m_instances, instanceId);
    GuardRule rule = GuardRule::Idle;
    if (const auto pending = pendingFor(instanceId))
        rule = pending->rule;
    m_engine.cancelPending(instanceId, serverNow());
    GuardDecision decision;
    decision.kind = GuardDecisionKind::Act;
    decision.rule = rule;
    decision.reason = GuardReason::UserRequested;
    decision.instanceId = instanceId;
    decision.instanceName = name;
    decision.serverTime = serverNow();
    handle(decision);
    m_pending = m_engine.pending();
    emit pendingChanged(m_pending);
}

} // namespace glows
