// SPDX-License-Identifier: Apache-2.0
// The engine's core: scheduling, transitions, persistence hooks and the public SDK operations.
#include "sandbox/sandboxengine.h"

#include "sandbox/catalogue.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

Failure unknownInstance(const QString &id)
{
    return {codes::UnknownId, u"no instance with ID '%1'"_s.arg(id)};
}

quint64 seedOrEntropy(quint64 seed)
{
    return seed != 0 ? seed : QRandomGenerator::system()->generate64();
}

} // namespace

Outcome<Done> validateName(const QString &name, const QString &what, int maxLength)
{
    // The same rule as the app and glows-cli (core/names.h), so what they accept is what is stored.
    switch (checkName(name, NameRequirement::Required, maxLength)) {
    case NameProblem::None:
        return Done{};
    case NameProblem::Empty:
        return Failure{codes::Validation, u"%1 is required"_s.arg(what)};
    case NameProblem::TooLong:
        return Failure{codes::Validation, u"%1 is longer than %2 characters"_s.arg(what).arg(maxLength)};
    case NameProblem::ForbiddenCharacter:
        break;
    }
    return Failure{
        codes::Validation,
        u"%1 may not contain control characters or bidi override, isolate or mark characters"_s.arg(what)};
}

SandboxEngine::SandboxEngine(SandboxClock *clock, StepDurations steps, SandboxLimits limits, quint64 rngSeed)
    : m_clock(clock), m_steps(steps), m_limits(limits), m_rng(seedOrEntropy(rngSeed))
{}

// ---------------------------------------------------------------------------------------------------------
// Scheduling

void SandboxEngine::advance()
{
    const qint64 now = nowMs();
    for (;;) {
        const qint64 tInstance = m_schedule.empty() ? kNever : m_schedule.begin()->first;
        const qint64 tDepletion = m_depletionAtMs > 0 ? m_depletionAtMs : kNever;
        const qint64 t = qMin(tInstance, tDepletion);
        if (t > now)
            break;
        if (tDepletion <= tInstance) {
            depleteAt(tDepletion);
        } else {
            const QString id = m_schedule.begin()->second;
            m_schedule.erase(m_schedule.begin());
            m_scheduledAt.remove(id);
            if (InstanceRec *rec = record(id)) {
                processDue(*rec, t);
                reschedule(*rec);
            }
        }
        settle(t);
    }
    settle(now);
}

void SandboxEngine::reschedule(const InstanceRec &rec)
{
    const QString id = rec.pub.instanceID;
    if (const auto it = m_scheduledAt.constFind(id); it != m_scheduledAt.cend()) {
        m_schedule.erase({*it, id});
        m_scheduledAt.erase(it);
    }
    if (const qint64 next = rec.nextEventMs(); next > 0) {
        m_schedule.insert({next, id});
        m_scheduledAt.insert(id, next);
    }
}

void SandboxEngine::touch(InstanceRec &rec)
{
    m_changes.instances.insert(rec.pub.instanceID);
    reschedule(rec);
}

SandboxEngine::Changes SandboxEngine::takeChanges()
{
    return std::exchange(m_changes, Changes{});
}

void SandboxEngine::restore(EngineState state)
{
    m_state = std::move(state);
    rebuildIndexes();
}

void SandboxEngine::rebuildIndexes()
{
    m_byMetaKey.clear();
    m_schedule.clear();
    m_scheduledAt.clear();
    m_running.clear();
    m_closedSpendMilli = 0;
    for (const InstanceRec &rec : std::as_const(m_state.instances)) {
        if (!rec.pub.metaKey.isEmpty())
            m_byMetaKey.insert(rec.pub.metaKey, rec.pub.instanceID);
        reschedule(rec);
        for (const BillingSegment &s : rec.billing) {
            if (s.end)
                m_closedSpendMilli += s.costAt(*s.end);
            else
                m_running.insert(rec.pub.instanceID);
        }
    }
    m_depletionDirty = true;
}

void SandboxEngine::resumeAfter(qint64 lastSimNowMs)
{
    if (lastSimNowMs <= 0)
        return;
    const qint64 now = nowMs();
    if (now < lastSimNowMs) {
        m_clock->setNowMs(lastSimNowMs);
        return;
    }
    const qint64 gap = now - lastSimNowMs;
    if (gap < 1000)
        return;
    for (InstanceRec &rec : m_state.instances) {
        if (!rec.isActive())
            continue;
        bool changed = false;
        if (rec.phaseEndMs > 0) {
            rec.phaseStartMs += gap;
            rec.phaseEndMs += gap;
            changed = true;
        }
        for (PendingUrl &p : rec.pendingUrls) {
            if (p.readyMs > 0) {
                p.readyMs += gap;
                changed = true;
            }
        }
        if (!rec.billing.isEmpty() && !rec.billing.last().end) {
            BillingSegment next = rec.billing.last();
            rec.billing.last().end = lastSimNowMs / 1000;
            next.start = now / 1000;
            if (rec.billing.last().durationAt(0) == 0)
                rec.billing.removeLast();
            rec.billing.append(next);
            changed = true;
        }
        if (changed)
            m_changes.instances.insert(rec.pub.instanceID);
    }
    rebuildIndexes();
}

void SandboxEngine::settle(qint64 atMs)
{
    if (!m_depletionDirty)
        return;
    m_depletionDirty = false;
    m_depletionAtMs = 0;
    if (m_running.isEmpty())
        return;
    const qint64 atSecs = atMs / 1000;
    const qint64 balance = balanceAt(atSecs);
    if (balance <= 0) {
        m_depletionAtMs = atMs;
        return;
    }
    qint64 rate = 0; // credit-cents per hour = milli-credits per 360 s
    for (const QString &id : std::as_const(m_running))
        rate += m_state.instances.value(id).machinePriceCent;
    if (rate <= 0)
        return;
    const qint64 seconds = (balance * 360 + rate - 1) / rate;
    m_depletionAtMs = (atSecs + qMax<qint64>(1, seconds)) * 1000;
}

qint64 SandboxEngine::balanceAt(qint64 atSecs) const
{
    qint64 open = 0;
    for (const QString &id : std::as_const(m_running)) {
        const InstanceRec &rec = m_state.instances[id];
        if (!rec.billing.isEmpty())
            open += rec.billing.last().costAt(atSecs);
    }
    return m_state.creditedMilli - m_closedSpendMilli - open;
}

// ---------------------------------------------------------------------------------------------------------
// Transitions

void SandboxEngine::setStatus(InstanceRec &rec, InstanceState state, qint64 atMs, qint64 phaseMs)
{
    rec.pub.status = InstanceStatus(state);
    rec.pub.statusTime = atMs / 1000;
    rec.phaseStartMs = atMs;
    rec.phaseEndMs = phaseMs >= 0 ? atMs + phaseMs : 0;
    touch(rec);
}

void SandboxEngine::openBilling(InstanceRec &rec, qint64 atMs)
{
    BillingSegment s;
    s.start = atMs / 1000;
    s.priceCent = rec.machinePriceCent;
    rec.billing.append(s);
    m_running.insert(rec.pub.instanceID);
    m_depletionDirty = true;
}

void SandboxEngine::closeBilling(InstanceRec &rec, qint64 atMs)
{
    if (!rec.billing.isEmpty() && !rec.billing.last().end) {
        BillingSegment &s = rec.billing.last();
        s.end = qMax(s.start, atMs / 1000);
        m_closedSpendMilli += s.costAt(*s.end);
    }
    m_running.remove(rec.pub.instanceID);
    m_depletionDirty = true;
}

void SandboxEngine::processDue(InstanceRec &rec, qint64 atMs)
{
    if (rec.phaseEndMs > 0 && rec.phaseEndMs <= atMs)
        finishPhase(rec, rec.phaseEndMs);
    bool jupyterMapped = false;
    for (qsizetype i = rec.pendingUrls.size() - 1; i >= 0; --i) {
        const PendingUrl p = rec.pendingUrls.at(i);
        if (p.readyMs <= 0 || p.readyMs > atMs)
            continue;
        for (Access &a : rec.pub.accesses) {
            if (a.id == p.accessId) {
                a.url = p.url;
                jupyterMapped = jupyterMapped || isJupyterForward(a);
            }
        }
        rec.pendingUrls.removeAt(i);
        m_changes.instances.insert(rec.pub.instanceID);
    }
    if (jupyterMapped) // a forward of 8888 added while it runs points at the loopback page too
        applySshEndpoint(rec);
}

void SandboxEngine::finishPhase(InstanceRec &rec, qint64 atMs)
{
    switch (rec.state()) {
    case InstanceState::SchedQueued:
        setStatus(rec, InstanceState::Pending, atMs, m_steps.pendingMs);
        break;
    case InstanceState::Pending:
        // The machine is placed: hardware, price and the default accesses' URLs appear.
        rec.pub.hardware = rec.machine;
        rec.pub.priceCent = rec.machinePriceCent;
        for (PendingUrl &p : rec.pendingUrls) {
            if (p.readyMs == 0)
                p.readyMs = atMs;
        }
        setStatus(rec, InstanceState::Running, atMs, -1);
        openBilling(rec, atMs);
        processDue(rec, atMs);
        applySshEndpoint(rec);
        break;
    case InstanceState::Suspending:
        setStatus(rec, InstanceState::Paused, atMs, m_steps.pausedMs);
        break;
    case InstanceState::Paused: {
        auto snap = m_state.snapshots.find(rec.snapId);
        if (snap != m_state.snapshots.end()) {
            snap->pub.status = u"Available"_s;
            snap->pub.progress = 100;
            snap->pub.sizeMB = snap->estimatedSizeMB;
            touchSnapshot(snap->pub.snapID);
        }
        rec.snapId.clear();
        if (rec.autoRelease) {
            rec.autoRelease = false;
            setStatus(rec, InstanceState::Releasing, atMs, m_steps.releasingMs);
        } else {
            setStatus(rec, InstanceState::Running, atMs, -1);
            openBilling(rec, atMs);
            applySshEndpoint(rec);
        }
        break;
    }
    case InstanceState::Releasing:
        setStatus(rec, InstanceState::Released, atMs, -1);
        rec.pendingUrls.clear();
        leaveGroup(rec);
        touch(rec);
        break;
    default:
        rec.phaseEndMs = 0;
        touch(rec);
        break;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Reading

InstanceRec *SandboxEngine::record(const QString &id)
{
    const auto it = m_state.instances.find(normalizeInstanceId(id));
    return it == m_state.instances.end() ? nullptr : &*it;
}

Outcome<InstanceRec *> SandboxEngine::lookup(const QString &requestId, const QString &metaKey)
{
    if (requestId.trimmed().isEmpty() == metaKey.isEmpty())
        return Failure{codes::Validation, u"give exactly one of request_id or meta_key"_s};
    if (requestId.trimmed().isEmpty()) {
        const auto it = m_byMetaKey.constFind(metaKey);
        if (it == m_byMetaKey.cend())
            return Failure{codes::UnknownId, u"no instance with meta key '%1'"_s.arg(metaKey)};
        return record(*it);
    }
    if (InstanceRec *rec = record(requestId))
        return rec;
    return unknownInstance(requestId.trimmed());
}

std::optional<int> SandboxEngine::progressAt(const InstanceRec &rec, qint64 atMs) const
{
    const auto fraction = [&rec, atMs] {
        const qint64 span = qMax<qint64>(1, rec.phaseEndMs - rec.phaseStartMs);
        return double(qBound<qint64>(0, atMs - rec.phaseStartMs, span)) / double(span);
    };
    // Suspending covers 0-10 %, Paused (the image being written) 10-99 %; 100 once it is saved.
    if (rec.state() == InstanceState::Suspending)
        return int(10.0 * fraction());
    if (rec.state() == InstanceState::Paused)
        return qMin(99, 10 + int(89.0 * fraction()));
    return std::nullopt;
}

Instance SandboxEngine::live(const InstanceRec &rec, qint64 atMs) const
{
    Instance out = rec.pub;
    out.simulated = true;
    out.costMilliCredit = rec.costAt(atMs / 1000);
    out.progress = progressAt(rec, atMs);
    return out;
}

QList<Instance> SandboxEngine::instances()
{
    advance();
    const qint64 now = nowMs();
    QList<Instance> out;
    out.reserve(m_state.instanceOrder.size());
    for (const QString &id : std::as_const(m_state.instanceOrder))
        out.append(live(m_state.instances[id], now));
    return out;
}

SandboxEngine::PageView SandboxEngine::instancePageView(int page, int perPage)
{
    advance();
    const qint64 now = nowMs();
    PageView out;
    out.total = int(m_state.instanceOrder.size());
    const qsizetype begin = qsizetype(qMax(1, page) - 1) * qMax(1, perPage);
    const qsizetype end = qMin<qsizetype>(m_state.instanceOrder.size(), begin + qMax(1, perPage));
    if (begin < end)
        out.items.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const auto it = std::as_const(m_state.instances).find(m_state.instanceOrder.at(i));
        out.items.append(PageItem{&*it, it->costAt(now / 1000), progressAt(*it, now)});
    }
    return out;
}

std::optional<Instance> SandboxEngine::instance(const QString &id)
{
    const auto found = find(id, {});
    return found.ok() ? std::optional<Instance>(found.value()) : std::nullopt;
}

std::optional<Instance> SandboxEngine::instanceByMetaKey(const QString &metaKey)
{
    if (metaKey.isEmpty())
        return std::nullopt;
    const auto found = find({}, metaKey);
    return found.ok() ? std::optional<Instance>(found.value()) : std::nullopt;
}

Outcome<Instance> SandboxEngine::find(const QString &requestId, const QString &metaKey)
{
    advance();
    const auto rec = lookup(requestId, metaKey);
    if (!rec.ok())
        return rec.error();
    return live(*rec.value(), nowMs());
}

} // namespace glows::sandbox
