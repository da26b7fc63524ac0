// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/records.h"

#include <QByteArray>
#include <optional>

// What the simulated instances answer over SSH (sshendpoint.h): the commands of core/sshremote.h and a few
// simple ones, with output in the real tools' formats whose values agree with the metrics extension
// (metrics.h) at the same simulated second. Free of sockets and libssh, so it is tested directly.
namespace glows::sandbox::sshsim {

struct Output
{
    QByteArray out;
    QByteArray err;
    int exitStatus = 0;
};

// Counters that only grow, integrated second by second from the metrics samples since the instance booted:
// what /proc/stat and /proc/net/dev report.
struct Counters
{
    qint64 bootSecs = 0;
    qint64 lastSecs = 0;       // the last second included
    double cpuBusySeconds = 0; // core-seconds
    double netInBytes = 0;
    double netOutBytes = 0;
};

// When the instance's current stretch of Running began (at most 30 days ago, to bound the integration).
qint64 bootSecs(const InstanceRec &rec, qint64 nowSecs);
// Moves `counters` on to `nowSecs` (a no-op when it is there already).
void integrate(const InstanceRec &rec, qint64 nowSecs, Counters *counters);

struct Machine
{
    const InstanceRec &rec;
    qint64 nowSecs;
    const Counters &counters; // integrated up to nowSecs
};

// The answer to an exec request, or "command not available" (exit 127) for anything the simulation lacks.
// The key-install command is not handled here (it needs stdin and changes the instance).
Output run(QByteArrayView command, const Machine &machine);
// A request for an interactive shell.
Output noShell();

// The public key line that the key-install command received on stdin: one line, "type base64 [comment]",
// of a key type libssh knows. nullopt when it is anything else.
std::optional<QString> publicKeyLine(QByteArrayView input);
// The key material of such a line ("type base64"), which identifies the key whatever its comment.
QString keyMaterial(const QString &line);

// The complete HTTP/1.1 response of the simulated JupyterLab for a request head read from a direct-tcpip
// channel to port 8888.
QByteArray jupyterResponse(QByteArrayView requestHead, const QString &instanceId);

} // namespace glows::sandbox::sshsim
