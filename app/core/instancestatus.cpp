// SPDX-License-Identifier: Apache-2.0
#include "core/instancestatus.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace glows {
namespace {
constexpr std::array<std::pair<InstanceState, QLatin1StringView>, 8> kNames{{
    {InstanceState::SchedQueued, "SchedQueued"_L1},
    {InstanceState::Pending, "Pending"_L1},
    {InstanceState::Running, "Running"_L1},
    {InstanceState::Suspending, "Suspending"_L1},
    {InstanceState::Paused, "Paused"_L1},
    {InstanceState::Releasing, "Releasing"_L1},
    {InstanceState::Released, "Released"_L1},
    {InstanceState::Terminated, "Terminated"_L1},
}};
} // namespace

QString canonicalStatusName(InstanceState state)
{
    for (const auto &[s, name] : kNames) {
        if (s == state)
            return QString(name);
    }
    return {};
}

InstanceStatus::InstanceStatus(InstanceState state) : m_state(state), m_raw(canonicalStatusName(state)) {}

InstanceStatus InstanceStatus::fromString(const QString &text)
{
    InstanceStatus status;
    status.m_raw = text;
    for (const auto &[s, name] : kNames) {
        if (text.compare(name, Qt::CaseInsensitive) == 0) {
            status.m_state = s;
            status.m_raw = QString(name);
            break;
        }
    }
    return status;
}

QString InstanceStatus::raw() const
{
    return m_raw;
}

StatusGroup InstanceStatus::group() const
{
    switch (m_state) {
    case InstanceState::Suspending:
    case InstanceState::Paused:
        return StatusGroup::Snapshotting;
    case InstanceState::Releasing:
    case InstanceState::Released:
    case InstanceState::Terminated:
        return StatusGroup::Released;
    case InstanceState::SchedQueued:
    case InstanceState::Pending:
    case InstanceState::Running:
    case InstanceState::Unknown:
        // An unknown state may still be billing, so it stays where the user looks first.
        return StatusGroup::Running;
    }
    return StatusGroup::Running;
}

bool InstanceStatus::isTransitional() const
{
    switch (m_state) {
    case InstanceState::SchedQueued:
    case InstanceState::Pending:
    case InstanceState::Suspending:
    case InstanceState::Paused:
    case InstanceState::Releasing:
        return true;
    default:
        return false;
    }
}

bool InstanceStatus::canRelease() const
{
    return m_state == InstanceState::Running || m_state == InstanceState::Pending ||
           m_state == InstanceState::SchedQueued;
}

} // namespace glows
