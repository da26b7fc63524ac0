// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QtGlobal>

namespace glows::sandbox {

// Simulated wall time in epoch milliseconds, behind the project's one Clock seam. Real mode follows the
// system clock scaled by a speed factor; manual mode only moves when a test calls advance(), so lifecycle
// tests need no sleeps. Copyable, so the SSH threads can hold a snapshot of it (SharedClock).
class SandboxClock final : public Clock
{
public:
    enum class Mode
    {
        Real,
        Manual
    };

    explicit SandboxClock(Mode mode = Mode::Real, double speed = 1.0)
        : m_mode(mode), m_speed(speed > 0 ? speed : 1.0), m_anchorReal(systemClock().monotonicMs()),
          m_anchorSim(systemClock().wallMs())
    {}

    // Simulated time: it moves speed() times as fast as real time, and jumps only by advance()/setNowMs().
    qint64 wallMs() const override
    {
        if (m_mode == Mode::Manual)
            return m_anchorSim;
        return m_anchorSim + qint64(double(systemClock().monotonicMs() - m_anchorReal) * m_speed);
    }
    // The simulation never goes back on its own; only a test's setNowMs() moves it backwards.
    qint64 monotonicMs() const override { return wallMs(); }
    void advance(qint64 ms) { m_anchorSim += ms; }
    void setNowMs(qint64 ms)
    {
        m_anchorReal = systemClock().monotonicMs();
        m_anchorSim = ms;
    }
    Mode mode() const { return m_mode; }
    double speed() const { return m_speed; }

private:
    Mode m_mode;
    double m_speed;
    // Real time as the monotonic clock, so a change of the system time does not jump the simulation.
    qint64 m_anchorReal;
    qint64 m_anchorSim;
};

} // namespace glows::sandbox
