// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "core/terminal.h"

#include <QString>
#include <optional>

namespace glows {

// One instance's SSH server: who it is (the instance ID keys its host key) and where it listens.
struct SshEndpoint
{
    QString instanceId;
    SshTarget target; // host, port, user (core/terminal.h)
    bool operator==(const SshEndpoint &) const = default;
};

// From the instance's ssh access to port 22 (or its first ssh access) and its sshCred user; nullopt while
// that access is pending or not valid.
std::optional<SshEndpoint> sshEndpointFor(const Instance &instance);

// How to log in. Tried in this order: identityFile, the agent, the password. The password lives only in
// memory: the connection holds it for reconnects and overwrites it when it is closed or destroyed. It is
// never logged, written or passed to a program.
struct SshAuth
{
    QString password;
    QString identityFile; // a private key without passphrase (passphrase keys go through the agent)
    bool useAgent = true; // SSH_AUTH_SOCK, when set

    static SshAuth withPassword(const QString &password)
    {
        SshAuth auth;
        auth.password = password;
        return auth;
    }
};

struct SshOptions
{
    // Empty: SshKnownHosts::defaultPath() (~/.ssh/glows/known_hosts). Tests point it into a temp HOME.
    QString knownHostsPath;
    int connectTimeoutMs = 15000;
};

struct SshExecLimits
{
    int deadlineMs = 30000;                     // the whole exec, channel open to exit status
    qsizetype maxOutputBytes = 4 * 1024 * 1024; // stdout and stderr together
};

struct SshExecResult
{
    int exitStatus = -1; // -1 when the command ended by a signal or sent no status
    QByteArray out;
    QByteArray err;
};

// A key installed for the instance through the app (SshKeyRegistry), the agent, and the instance's SSH
// password (memory only). Shared by the app's SSH features and the guard's metrics over SSH.
SshAuth sshAuthFor(const Instance &instance);

// Overwrites the characters of a string or array this code holds the only copy of, then empties it.
void wipeSecret(QString &secret);
void wipeSecret(QByteArray &secret);

} // namespace glows
