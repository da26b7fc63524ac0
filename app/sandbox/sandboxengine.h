// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/instance.h"
#include "sandbox/sandboxclock.h"

#include <QHash>
#include <QStringList>

namespace glows::sandbox {

// The simulated cloud's state and rules, free of HTTP so it can be unit-tested. All times come from the
// clock.
class SandboxEngine final
{
public:
    explicit SandboxEngine(SandboxClock *clock);

    SandboxClock *clock() const { return m_clock; }

    void seedDemoData();
    void addInstance(const Instance &instance);

    // Instances in a stable order (creation order), with their cost brought up to now.
    QList<Instance> instances() const;
    std::optional<Instance> instance(const QString &id) const;
    std::optional<Instance> instanceByMetaKey(const QString &metaKey) const;
    int instanceCount() const { return int(m_order.size()); }

private:
    Instance withLiveFields(const Instance &instance) const;

    SandboxClock *m_clock;
    QHash<QString, Instance> m_instances;
    QStringList m_order;
};

} // namespace glows::sandbox
