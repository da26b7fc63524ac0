// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTest>
#include <optional>

namespace glows::testing {

// Counts how often a handler ran and keeps the last result, for tests that check "exactly once" themselves.
template<typename R>
struct ResultRecorder
{
    int calls = 0;
    std::optional<R> result;
    auto handler()
    {
        return [this](const R &r) {
            ++calls;
            result.emplace(r);
        };
    }
};

// Starts one asynchronous call and waits for its handler: nullopt when none came within timeoutMs. A handler
// that runs more than once fails the test run.
template<typename R, typename Start>
std::optional<R> waitForOne(Start start, int timeoutMs = 20000)
{
    std::optional<R> out;
    int calls = 0;
    start([&](const R &r) {
        ++calls;
        out.emplace(r);
    });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return std::nullopt;
    QTest::qWait(20); // proves a negative: a second, wrong call of the handler would arrive here
    if (calls != 1)
        qFatal("handler ran %d times", calls);
    return out;
}

} // namespace glows::testing
