// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QtGlobal>
#include <chrono>

namespace glows {

// The one seam for "now". Code that reads the time takes a Clock; production passes systemClock(), tests a
// ManualClock that they move by hand, so no test waits for real time to pass.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the epoch; may jump when the user sets the system time.
    virtual qint64 wallMs() const = 0;
    // Milliseconds since an arbitrary start; never goes back. For durations.
    virtual qint64 monotonicMs() const = 0;
    qint64 wallSecs() const { return wallMs() / 1000; }
};

class SystemClock final : public Clock
{
public:
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 monotonicMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
};

// Stateless, so sharing one is no hidden global state.
inline const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

// Stands still until advanced. The wall time starts at the real one unless given.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 wallMs = QDateTime::currentMSecsSinceEpoch()) : m_wallMs(wallMs) {}
    qint64 wallMs() const override { return m_wallMs; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    void advance(qint64 ms)
    {
        m_wallMs += ms;
        m_monotonicMs += ms;
    }

private:
    qint64 m_wallMs;
    qint64 m_monotonicMs = 0;
};

} // namespace glows
