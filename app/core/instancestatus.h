// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace glows {

// The states an instance passes through. The public SDK names only a few of them; the rest come from the
// console documentation, so unknown strings must survive a round trip (see InstanceStatus::raw()).
enum class InstanceState
{
    SchedQueued,
    Pending,
    Running,
    Suspending,
    Paused,
    Releasing,
    Released,
    Terminated,
    Unknown,
};

// The console's three status tabs.
enum class StatusGroup
{
    Running,
    Snapshotting,
    Released,
};

class InstanceStatus final
{
public:
    InstanceStatus() = default;
    explicit InstanceStatus(InstanceState state);

    static InstanceStatus fromString(const QString &text);

    InstanceState state() const { return m_state; }
    // The string as the server sent it (or the canonical spelling for known states).
    QString raw() const;

    StatusGroup group() const;
    bool isKnown() const { return m_state != InstanceState::Unknown; }
    // A state the instance leaves by itself: polling should be fast while any instance is in one.
    bool isTransitional() const;
    // Compute is charged only while Running.
    bool isBilled() const { return m_state == InstanceState::Running; }
    bool canTakeSnapshot() const { return m_state == InstanceState::Running; }
    bool canRelease() const;
    bool canEditAccess() const { return m_state == InstanceState::Running; }
    // Snapshotting and Released instances only offer the Config and Hardware tabs.
    bool allowsLiveTabs() const { return m_state == InstanceState::Running; }

    friend bool operator==(const InstanceStatus &a, const InstanceStatus &b)
    {
        return a.m_state == b.m_state && a.m_raw == b.m_raw;
    }

private:
    InstanceState m_state = InstanceState::Unknown;
    QString m_raw;
};

QString canonicalStatusName(InstanceState state);

} // namespace glows
