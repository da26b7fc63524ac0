// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTest>
#include <memory>
#include <optional>

namespace glows::testing {

// Counts how often a handler ran and keeps the last result, for tests that check "exactly once" themselves.
// released() proves a negative without a sleep: once every copy of the handler is gone (the call delivered
// and was destroyed), nothing is left that could run it again.
template<typename R>
struct ResultRecorder
{
    int calls = 0;
    std::optional<R> result;
    auto handler()
    {
        auto held = std::make_shared<char>();
        m_held = held;
        return [this, held](const R &r) {
            ++calls;
            result.emplace(r);
        };
    }
    bool released() const { return m_held.expired(); }

private:
    std::weak_ptr<char> m_held;
};

// Starts one asynchronous call and waits for its handler: nullopt when none came within timeoutMs. A handler
// that runs more than once, or that the call still holds timeoutMs after it ran, fails the test run.
template<typename R, typename Start>
std::optional<R> waitForOne(Start start, int timeoutMs = 20000)
{
    ResultRecorder<R> rec;
    start(rec.handler());
    if (!QTest::qWaitFor([&] { return rec.calls > 0; }, timeoutMs))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return rec.released(); }, timeoutMs))
        qFatal("handler still held %d ms after it ran: a second call could follow", timeoutMs);
    if (rec.calls != 1)
        qFatal("handler ran %d times", rec.calls);
    return rec.result;
}

} // namespace glows::testing
