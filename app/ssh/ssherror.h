// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace glows {

// A server's public host key, as presented for one instance.
struct SshHostKey
{
    QString instanceId;
    QByteArray blob; // the key in SSH wire format (what known_hosts holds in base64)

    bool isNull() const { return blob.isEmpty(); }
    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", …: read from the blob itself.
    QString type() const;
    // "SHA256:…" exactly as OpenSSH prints it (ssh-keygen -l, the first-connection prompt).
    QString fingerprint() const;
    // "<instanceId> <type> <base64>", one line of ~/.ssh/glows/known_hosts.
    QString knownHostsLine() const;
    bool operator==(const SshHostKey &) const = default;
};

// Why an SSH call did not succeed. userMessage() is translated and safe to show; details() is the library's
// own (English) text for logs and --details.
class SshError final
{
    Q_DECLARE_TR_FUNCTIONS(SshError)
public:
    enum class Kind
    {
        Network,        // no connection, or it broke
        Timeout,        // the connect or the command's deadline passed
        HostKeyUnknown, // first connection: hostKey() holds the key to show; trust it and open again
        HostKeyChanged, // the stored key differs: refused, never accepted silently
        KnownHostsFile, // the known_hosts file could not be read or written
        AuthFailed,     // neither the key, the agent nor the password was accepted
        CommandFailed,  // the remote command exited non-zero where zero was needed
        OutputTooLarge, // the command printed more than the call's cap
        Protocol,       // anything else libssh reports
        LocalPort,      // a tunnel's local port is taken or cannot be bound
        Cancelled,      // the connection was closed or destroyed first
    };

    SshError() = default;
    SshError(Kind kind, QString details = {}, SshHostKey hostKey = {})
        : m_kind(kind), m_details(std::move(details)), m_hostKey(std::move(hostKey))
    {}

    Kind kind() const { return m_kind; }
    QString details() const { return m_details; }
    const SshHostKey &hostKey() const { return m_hostKey; }
    QString userMessage() const;

private:
    Kind m_kind = Kind::Protocol;
    QString m_details;
    SshHostKey m_hostKey;
};

// A value or an SshError, handed to exactly one handler call.
template<typename T>
using SshResult = Result<T, SshError>;

template<typename T>
using SshHandler = ResultHandler<T, SshError>;

} // namespace glows
