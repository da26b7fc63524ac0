// SPDX-License-Identifier: Apache-2.0
// Port forwards, the Monitor series, billing records and the account balance.
#include "sandbox/metrics.h"
#include "sandbox/sandboxengine.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

Failure unknownInstance(const QString &id)
{
    return {codes::UnknownId, u"no instance with ID '%1'"_s.arg(id.trimmed())};
}

Outcome<Done> validatePort(int port, const QString &protocol)
{
    if (port < 1 || port > 65535)
        return Failure{codes::Validation, u"port must be an integer from 1 to 65535, got %1"_s.arg(port)};
    if (protocol != "tcp"_L1 && protocol != "https"_L1)
        return Failure{codes::Validation, u"protocol must be 'tcp' or 'https', got '%1'"_s.arg(protocol)};
    return Done{};
}

} // namespace

Outcome<Access> SandboxEngine::addPortForward(const QString &instanceId, int port, const QString &protocol)
{
    advance();
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return unknownInstance(instanceId);
    const QString proto = protocol.trimmed().toLower();
    if (const auto valid = validatePort(port, proto); !valid.ok())
        return valid.error();
    if (!rec->pub.status.canEditAccess())
        return Failure{codes::InvalidState, u"instance %1 is %2; port forwards need a Running instance"_s.arg(
                                                rec->pub.instanceID, rec->pub.status.raw())};
    for (const Access &a : std::as_const(rec->pub.accesses)) {
        if (a.listenPort == port)
            return Failure{codes::Duplicate, u"port %1 is already forwarded"_s.arg(port)};
    }
    if (rec->pub.accesses.size() >= m_limits.maxPortForwards)
        return Failure{codes::QuotaOrBalance,
                       u"at most %1 accesses per instance"_s.arg(m_limits.maxPortForwards)};
    const qint64 now = nowMs();
    Access access{nextAccessId(*rec), proto, port, QString()};
    rec->pub.accesses.append(access);
    rec->pendingUrls.append(PendingUrl{access.id,
                                       accessUrl(proto, rec->pub.regionName, allocateExternalPort()),
                                       now + qMax(1, m_steps.portMappingMs)});
    touch(*rec);
    return access;
}

Outcome<Access> SandboxEngine::editPortForward(const QString &instanceId, const QString &accessId, int port,
                                               const QString &protocol)
{
    advance();
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return unknownInstance(instanceId);
    const qsizetype index = [&] {
        for (qsizetype i = 0; i < rec->pub.accesses.size(); ++i) {
            if (rec->pub.accesses.at(i).id == accessId.trimmed())
                return i;
        }
        return qsizetype(-1);
    }();
    if (index < 0)
        return Failure{codes::UnknownId,
                       u"instance %1 has no access '%2'"_s.arg(rec->pub.instanceID, accessId.trimmed())};
    const QString proto = protocol.trimmed().toLower();
    if (const auto valid = validatePort(port, proto); !valid.ok())
        return valid.error();
    if (isSshAccess(rec->pub.accesses.at(index)))
        return Failure{codes::Validation, u"the SSH access (port 22) cannot be changed"_s};
    if (!rec->pub.status.canEditAccess())
        return Failure{codes::InvalidState, u"instance %1 is %2; port forwards need a Running instance"_s.arg(
                                                rec->pub.instanceID, rec->pub.status.raw())};
    for (qsizetype i = 0; i < rec->pub.accesses.size(); ++i) {
        if (i != index && rec->pub.accesses.at(i).listenPort == port)
            return Failure{codes::Duplicate, u"port %1 is already forwarded"_s.arg(port)};
    }
    Access &access = rec->pub.accesses[index];
    access.listenPort = port;
    access.protocol = proto;
    access.url.clear(); // a new mapping comes up after the usual delay
    rec->pendingUrls.removeIf([&access](const PendingUrl &p) { return p.accessId == access.id; });
    rec->pendingUrls.append(PendingUrl{access.id,
                                       accessUrl(proto, rec->pub.regionName, allocateExternalPort()),
                                       nowMs() + qMax(1, m_steps.portMappingMs)});
    const Access result = access;
    touch(*rec);
    return result;
}

Outcome<Done> SandboxEngine::deletePortForward(const QString &instanceId, const QString &accessId)
{
    advance();
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return unknownInstance(instanceId);
    const QString id = accessId.trimmed();
    const auto it = std::find_if(rec->pub.accesses.begin(), rec->pub.accesses.end(),
                                 [&id](const Access &a) { return a.id == id; });
    if (it == rec->pub.accesses.end())
        return Failure{codes::UnknownId, u"instance %1 has no access '%2'"_s.arg(rec->pub.instanceID, id)};
    if (isSshAccess(*it))
        return Failure{codes::Validation, u"the SSH access (port 22) cannot be deleted"_s};
    if (!rec->pub.status.canEditAccess())
        return Failure{codes::InvalidState, u"instance %1 is %2; port forwards need a Running instance"_s.arg(
                                                rec->pub.instanceID, rec->pub.status.raw())};
    rec->pub.accesses.erase(it);
    rec->pendingUrls.removeIf([&id](const PendingUrl &p) { return p.accessId == id; });
    touch(*rec);
    return Done{};
}

Outcome<Done> SandboxEngine::setLoad(const QString &instanceId, const QString &load)
{
    advance();
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return unknownInstance(instanceId);
    if (load != QLatin1String(metrics::kLoadIdle) && load != QLatin1String(metrics::kLoadBusy))
        return Failure{codes::Validation, u"load must be \"busy\" or \"idle\""_s};
    const qint64 now = nowSecs();
    // Only the latest switch is remembered: the hour of history the metrics show needs no more.
    rec->previousLoad = now > rec->loadSince ? rec->load : rec->previousLoad;
    rec->load = load;
    rec->loadSince = now;
    touch(*rec);
    return Done{};
}

Outcome<MetricSeries> SandboxEngine::metrics(const QString &instanceId, qint64 since)
{
    advance();
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return unknownInstance(instanceId);
    MetricSeries series;
    series.simulated = true;
    series.samples = metrics::series(*rec, since, nowSecs());
    if (series.samples.size() > kMetricsPageSamples) {
        series.samples.resize(kMetricsPageSamples); // the oldest first; the client asks for the rest
        series.more = true;
    }
    return series;
}

Outcome<QList<BillingRecord>> SandboxEngine::billing(const QString &instanceId)
{
    advance();
    InstanceRec *rec = record(instanceId);
    if (!rec)
        return unknownInstance(instanceId);
    const qint64 now = nowSecs();
    QList<BillingRecord> out;
    out.reserve(rec->billing.size());
    for (auto it = rec->billing.crbegin(); it != rec->billing.crend(); ++it)
        out.append(it->recordAt(now));
    return out;
}

SandboxEngine::Account SandboxEngine::account()
{
    advance();
    Account a;
    a.creditedMilli = m_state.creditedMilli;
    a.balanceMilli = balanceAt(nowSecs());
    a.spentMilli = a.creditedMilli - a.balanceMilli;
    for (const QString &id : std::as_const(m_running)) {
        a.burnRateMilliPerHour += burnRatePerHour(m_state.instances.value(id).machinePriceCent);
        ++a.runningInstances;
    }
    return a;
}

Outcome<SandboxEngine::Account> SandboxEngine::topUp(qint64 amountMilli)
{
    advance();
    constexpr qint64 kMax = 1'000'000'000; // one million credits
    if (amountMilli < 1 || amountMilli > kMax)
        return Failure{codes::Validation, u"amountMilliCredit must be an integer from 1 to %1"_s.arg(kMax)};
    setCreditMilli(m_state.creditedMilli + amountMilli);
    settle(nowMs());
    return account();
}

} // namespace glows::sandbox
