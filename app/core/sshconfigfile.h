// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>

// The files Glows Desktop keeps in ~/.ssh (docs/ssh.md lists them and how to undo each). The home folder is
// given, so tests use a temporary one and never touch the real ~/.ssh; the app and glows-cli pass
// QDir::homePath() ($HOME, %USERPROFILE% on Windows). Every path is absolute, because OpenSSH takes `~` from
// the password database, not from $HOME.
namespace glows {

class SshConfigFiles final
{
public:
    explicit SshConfigFiles(QString homeDir);
    // The user's home folder (QDir::homePath()).
    static SshConfigFiles forCurrentUser();

    QString homeDir() const { return m_home; }
    QString sshDir() const;            // <home>/.ssh
    QString glowsDir() const;          // <home>/.ssh/glows
    QString managedConfigPath() const; // <home>/.ssh/glows/config
    QString knownHostsPath() const;    // <home>/.ssh/glows/known_hosts (written by the SSH client code)
    QString keysPath() const;          // <home>/.ssh/glows/keys.json (SshKeyRegistry)
    QString userConfigPath() const;    // <home>/.ssh/config
    QString backupPath() const;        // <home>/.ssh/config.glows-backup

    // The line added at the top of ~/.ssh/config: `Include <absolute path of the managed config>`.
    QString includeLine() const;

    enum class Outcome
    {
        Unchanged, // the file already said exactly this
        Written,
        Failed,
    };

    // Writes the managed config atomically (a temporary file renamed over it), mode 0600, in ~/.ssh/glows
    // (mode 0700). Unchanged when the file already holds `text`.
    Outcome writeManagedConfig(const QString &text, QString *error = nullptr) const;
    QString readManagedConfig() const;

    // Whether ~/.ssh/config already includes the managed config (our exact line, or any Include naming it).
    bool hasInclude() const;
    // Adds includeLine() as the first line of ~/.ssh/config; creates the file (0600) when missing. Before the
    // first change to an existing file, a copy goes to backupPath() (an existing backup is kept). Every
    // other byte stays as it was. Unchanged when the Include is already there.
    Outcome addInclude(QString *error = nullptr) const;

    // Creates `dir` (and ~/.ssh) with mode 0700 when missing.
    static bool ensurePrivateDir(const QString &dir, QString *error = nullptr);

private:
    QString m_home;
};

// Which instances have a key installed through the app, so the managed config names it with IdentityFile.
// Kept in ~/.ssh/glows/keys.json as {"version": 1, "keys": {"ins-…": "/abs/path/id_ed25519"}}: paths only,
// never key material or passwords. Read and written whole; the file is small.
class SshKeyRegistry final
{
public:
    explicit SshKeyRegistry(SshConfigFiles files);

    // Instance ID -> identity file (the private key's absolute path).
    QHash<QString, QString> identities() const;
    QString identityFor(const QString &instanceId) const;

    // After a key was appended to the instance's authorized_keys: remembers the identity for it. Given
    // "…/id_ed25519.pub", the private key beside it is recorded when it exists (what IdentityFile wants);
    // otherwise the path as given. Returns false when the file could not be written.
    bool recordInstalledKey(const QString &instanceId, const QString &keyPath,
                            QString *error = nullptr) const;
    bool forget(const QString &instanceId, QString *error = nullptr) const;

    static QString identityForKeyFile(const QString &keyPath);

private:
    bool write(const QHash<QString, QString> &identities, QString *error) const;

    SshConfigFiles m_files;
};

} // namespace glows
