// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sandboxengine.h"

#include "core/cost.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {

SandboxEngine::SandboxEngine(SandboxClock *clock) : m_clock(clock) {}

void SandboxEngine::addInstance(const Instance &instance)
{
    const QString id = instance.normalizedId();
    if (!m_instances.contains(id))
        m_order.append(id);
    m_instances.insert(id, instance);
}

Instance SandboxEngine::withLiveFields(const Instance &instance) const
{
    Instance out = instance;
    out.simulated = true;
    if (out.status.isBilled() && out.statusTime) {
        const qint64 running = m_clock->nowSecs() - *out.statusTime;
        out.costMilliCredit = out.costMilliCredit.value_or(0) + costForSeconds(running, out.priceCent);
    }
    return out;
}

QList<Instance> SandboxEngine::instances() const
{
    QList<Instance> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        out.append(withLiveFields(m_instances.value(id)));
    return out;
}

std::optional<Instance> SandboxEngine::instance(const QString &id) const
{
    const auto it = m_instances.constFind(normalizeInstanceId(id));
    if (it == m_instances.cend())
        return std::nullopt;
    return withLiveFields(*it);
}

std::optional<Instance> SandboxEngine::instanceByMetaKey(const QString &metaKey) const
{
    for (const QString &id : m_order) {
        const Instance &in = m_instances[id];
        if (!metaKey.isEmpty() && in.metaKey == metaKey)
            return withLiveFields(in);
    }
    return std::nullopt;
}

} // namespace glows::sandbox
