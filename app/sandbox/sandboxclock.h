// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace glows::sandbox {

// Simulated wall time in epoch milliseconds. Real mode follows the system clock scaled by a speed factor;
// manual mode only moves when a test calls advance(), so lifecycle tests need no sleeps.
class SandboxClock final
{
public:
    enum class Mode
    {
        Real,
        Manual
    };

    explicit SandboxClock(Mode mode = Mode::Real, double speed = 1.0)
        : m_mode(mode), m_speed(speed > 0 ? speed : 1.0), m_anchorReal(QDateTime::currentMSecsSinceEpoch()),
          m_anchorSim(m_anchorReal)
    {}

    qint64 nowMs() const
    {
        if (m_mode == Mode::Manual)
            return m_anchorSim;
        const qint64 real = QDateTime::currentMSecsSinceEpoch();
        return m_anchorSim + qint64(double(real - m_anchorReal) * m_speed);
    }
    qint64 nowSecs() const { return nowMs() / 1000; }
    void advance(qint64 ms) { m_anchorSim += ms; }
    void setNowMs(qint64 ms)
    {
        m_anchorReal = QDateTime::currentMSecsSinceEpoch();
        m_anchorSim = ms;
    }
    Mode mode() const { return m_mode; }
    double speed() const { return m_speed; }

private:
    Mode m_mode;
    double m_speed;
    qint64 m_anchorReal;
    qint64 m_anchorSim;
};

} // namespace glows::sandbox
