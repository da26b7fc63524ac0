// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ssh/ssherror.h"

#include <QString>

namespace glows {

// The app's own known_hosts file, in OpenSSH format, with the instance ID as the host name. OpenSSH reads
// the same file with `HostKeyAlias <instance ID>` and `UserKnownHostsFile <path>`, so the app and ssh agree
// about every key, and a host:port recycled for another instance never meets an old key.
// Trust on first use: an unknown instance's key is shown and then stored; a changed key is refused.
class SshKnownHosts final
{
public:
    enum class Match
    {
        Known,   // a stored line for the instance has this key
        Unknown, // no line for the instance
        Changed, // lines for the instance exist, none with this key
    };

    // ~/.ssh/glows/known_hosts under QDir::homePath() (%USERPROFILE% on Windows).
    static QString defaultPath();

    explicit SshKnownHosts(QString path = defaultPath()) : m_path(std::move(path)) {}
    QString path() const { return m_path; }

    // A missing file is empty; an unreadable one gives KnownHostsFile.
    SshResult<Match> check(const SshHostKey &key) const;
    // Appends the key's line (creating ~/.ssh/glows with mode 0700, the file 0600). Refuses when another
    // key is stored for the instance: that needs forget() first, by the user's explicit choice.
    SshResult<Done> trust(const SshHostKey &key);
    // Removes every line of the instance; other lines stay byte for byte.
    SshResult<Done> forget(const QString &instanceId);
    // The key type stored for the instance ("ssh-ed25519", …), empty when none: the client asks the server
    // for that type first so a server with several keys always shows the stored one.
    QString storedType(const QString &instanceId) const;

private:
    QString m_path;
};

} // namespace glows
