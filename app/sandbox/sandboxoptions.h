// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/chaos.h"

#include <QHostAddress>
#include <QString>

namespace glows::sandbox {

// How long each lifecycle step takes in simulated milliseconds. The defaults are a few seconds, so a person
// watching the app sees every step; tests use a manual clock and advance() through them.
struct StepDurations
{
    int schedQueuedMs = 3000; // SchedQueued -> Pending
    int pendingMs = 5000;     // Pending -> Running
    int suspendingMs = 3000;  // Suspending -> Paused (Take Snapshot)
    int pausedMs = 8000;      // Paused -> Running or Releasing (the snapshot image is written)
    int releasingMs = 3000;   // Releasing -> Released
    int portMappingMs = 4000; // a new or edited port forward gets its URL
};

// Limits the simulated account enforces (code 40200 when exceeded).
struct SandboxLimits
{
    int maxActiveInstances = 100;             // instances not yet Released
    int maxPortForwards = 10;                 // per instance, the two defaults included
    qint64 snapshotQuotaMB = 2 * 1024 * 1024; // total size of all snapshots (2 TB)
    int maxNetworkGroupCapacity = 32;
};

// The well-known token of a standalone glows-sandbox on loopback, so glows-cli works without setup. The
// embedded sandbox never uses it (EmbeddedSandbox picks a random one), nor does --allow-remote.
inline constexpr auto kWellKnownToken = "sandbox-token";

// What one connection may cost before the server refuses it (docs/api.md, "Limits").
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;   // request line and headers; beyond: 431
    qsizetype maxBodyBytes = 1024 * 1024;   // beyond: 413, decided from Content-Length
    int idleTimeoutMs = 30'000;             // to send a complete request, from connect or the last answer
    int maxConnections = 64;                // beyond: the longest idle one is closed, or the new one refused
    qsizetype drainBytes = 4 * 1024 * 1024; // a refused request's body read and dropped so the answer arrives
    int drainMs = 2000;
};

// The instances' SSH endpoints (glows-sandbox --ssh, always on in the embedded sandbox; docs/api.md).
struct SshEndpointOptions
{
    bool enabled = false;
    int maxConnectionsPerInstance = 16; // beyond: a new connection is closed at once
    int authTimeoutMs = 30'000;         // to finish the key exchange and log in, from connect
    int idleTimeoutMs = 15 * 60'000;    // logged in with no channel open
    int maxAuthFailures = 6;            // per connection; then it is closed
    int maxEndpoints = 256;             // Running instances beyond this keep their simulated URL
    // 0: the endpoints of the instances already Running start at once; N: N at once, the others N per turn
    // of the event loop once a request (or the heartbeat) came, so that a start-up with hundreds of them
    // answers its first requests first (the app's sandbox).
    int startBatch = 0;
};

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port
    QString token = QLatin1StringView(kWellKnownToken);
    double speed = 1.0;
    bool manualClock = false;
    qint64 clockStartMs = 0; // manual clock only: the simulated start time (0 = now)
    bool seed = true;        // seed the demo data when the store is new (or was reset)

    // Where the simulated cloud keeps its state (SQLite):
    //  - empty: the user's data directory (QStandardPaths::AppDataLocation)/sandbox.sqlite, except with a
    //    manual clock or in QStandardPaths test mode, where state stays in memory, so tests never touch
    //    the user's data unless they name a path;
    //  - ":memory:": nothing is persisted;
    //  - anything else: that file.
    QString dataPath;
    bool reset = false; // drop the stored state first (and seed again)
    // Unreadable rows in a named file stop the start unless this is set: then a backup copy is kept and
    // they are dropped. The default file is always repaired that way (docs/api.md, "Persistence").
    bool repair = false;
    // Benchmarks: this many more Running instances (an hour old) are seeded with the demo data.
    int extraDemoInstances = 0;

    StepDurations steps;
    SandboxLimits limits;
    HttpLimits http;
    SshEndpointOptions ssh;
    bool metricsExtension = true; // false: GET /instance/metrics answers 404, like a server without it
    ChaosSpec chaos;
    quint64 chaosSeed = 0;               // 0 = seeded from the system's entropy
    quint64 rngSeed = 0;                 // IDs, ports and passwords; 0 = from the system's entropy
    int rateLimitPerSecond = 0;          // 0 = no rate limit (beyond chaos)
    qint64 initialCreditMilli = 500'000; // credit of a freshly seeded account (500 Credits)
};

} // namespace glows::sandbox
