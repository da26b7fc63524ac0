// SPDX-License-Identifier: Apache-2.0
#pragma once

// A sandbox on loopback with a manual clock and a client signed in to it, and the wait for one client call.
#include "api/glowsclient.h"
#include "sandbox/sandboxserver.h"
#include "support/resultwait.h"

#include <QNetworkAccessManager>
#include <memory>

namespace glows::testing {

// Waits for one client call; no answer within timeoutMs is a Timeout error.
template<typename T, typename Start>
ApiResult<T> waitForOneResult(Start start, int timeoutMs = 20000)
{
    if (auto result = waitForOne<ApiResult<T>>(std::move(start), timeoutMs))
        return *result;
    return ApiError(ApiError::Kind::Timeout, QStringLiteral("test timed out"));
}

struct SandboxFixture
{
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<GlowsClient> client;

    enum class Time
    {
        Manual,   // the sandbox's clock moves only when the test advances it
        RealTime, // it follows real time at options.speed, for code that samples on its own timers
    };

    // A fresh sandbox and client; false when the sandbox cannot listen.
    bool start(sandbox::SandboxOptions options = {}, Time time = Time::Manual)
    {
        stop();
        options.manualClock = time == Time::Manual;
        server = std::make_unique<sandbox::SandboxServer>(options);
        if (server->listen() == 0)
            return false;
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<GlowsClient>(nam.get(), QUrl(server->baseUrl()), options.token);
        return true;
    }

    void stop()
    {
        client.reset();
        nam.reset();
        server.reset();
    }
};

} // namespace glows::testing
