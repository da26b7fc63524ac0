// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

#include <QTest>
#include <optional>

namespace glows::testing {

// Starts one client call and waits for its handler; a handler that runs more than once fails the test run.
template<typename T, typename Start>
ApiResult<T> waitForOneResult(Start start, int timeoutMs)
{
    std::optional<ApiResult<T>> out;
    int calls = 0;
    start([&](const ApiResult<T> &r) {
        ++calls;
        out.emplace(r);
    });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("test timed out"));
    QTest::qWait(20); // a second, wrong call of the handler would arrive here
    if (calls != 1)
        qFatal("handler ran %d times", calls);
    return *out;
}

} // namespace glows::testing
