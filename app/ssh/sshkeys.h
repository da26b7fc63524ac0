// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class QProcess;

// The user's own SSH keys: finding the public key to install, and creating one with ssh-keygen.
namespace glows::sshkeys {

// ~/.ssh under QDir::homePath() (%USERPROFILE%\.ssh on Windows).
QString userSshDir();

// The first of id_ed25519.pub, id_ecdsa.pub, id_rsa.pub in `sshDir` whose private key is next to it.
std::optional<QString> findPublicKey(const QString &sshDir = userSshDir());

// "type base64 [comment]" on one line, a known key type and valid base64: what may go to authorized_keys.
bool isValidPublicKeyLine(const QString &line);

// The one key line of a .pub file; nullopt with a translated reason in `error`.
std::optional<QString> readPublicKey(const QString &path, QString *error = nullptr);

// The private key file of a .pub path (".pub" removed); the IdentityFile for the config.
QString privateKeyFor(const QString &publicKeyPath);

// Where a new key goes: <sshDir>/id_ed25519 (or the first free id_ed25519_glows, …_2, …).
QString newKeyPath(const QString &sshDir = userSshDir());

// Creates an ed25519 key pair with ssh-keygen, started with an argument list. Passphrase::None passes
// `-N ""` (the user chose no passphrase); Passphrase::AskOnTerminal lets ssh-keygen ask on the terminal
// itself (glows-cli), so no passphrase passes through this code.
class KeyGenerator final : public QObject
{
    Q_OBJECT
public:
    enum class Passphrase
    {
        None,
        AskOnTerminal,
    };
    explicit KeyGenerator(QObject *parent = nullptr);
    ~KeyGenerator() override;

    // `program` is a seam for tests; empty finds ssh-keygen on the PATH.
    static QString sshKeygenProgram();
    // Starts; finished() follows exactly once. Refuses (finished with an error) if the file exists.
    void generate(const QString &privateKeyPath, Passphrase passphrase, const QString &comment = {});

signals:
    // `publicKeyPath` on success; otherwise empty, with a translated reason.
    void finished(const QString &publicKeyPath, const QString &error);

private:
    QPointer<QProcess> m_process;
};

} // namespace glows::sshkeys
