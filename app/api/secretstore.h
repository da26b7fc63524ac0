// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace glows {

// Why the keychain gave no secret. `detail` is the backend's technical message, for the log and a details
// disclosure.
struct SecretError
{
    enum class Kind
    {
        NotFound,
        NoKeychain,
        Failed, // e.g. access denied by the user
    };
    Kind kind = Kind::Failed;
    QString detail;
};

// The secret read (empty after a write or delete), or why not.
using SecretResult = Result<QString, SecretError>;

// SDK tokens in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain, keyed by account ID. Every operation is an asynchronous job; the callback
// runs once on the context's thread, unless the context is destroyed first.
//
// There is no plain-text fallback: when no keychain is usable the store says so (state() == Unavailable,
// SecretError::Kind::NoKeychain) and the app asks for the token at each start, holding it in memory only
// (setSessionToken()).
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,     // no job has run yet
        Available,   // the keychain answered
        Unavailable, // no backend, no session bus, no Secret Service, or it refused to store
    };
    Q_ENUM(State)

    using Callback = ResultHandler<QString, SecretError>;

    // The Windows Credential Manager takes at most 2560 bytes per secret; longer tokens are split into
    // chunks of this many characters (UTF-16, so 2400 bytes).
    static constexpr int kWindowsChunkChars = 1200;

    explicit SecretStore(QString service = defaultService(), QObject *parent = nullptr);
    static QString defaultService() { return QStringLiteral("glows-desktop"); }

    State state() const { return m_state; }
    QString service() const { return m_service; }

    void readToken(const QString &accountId, QObject *context, Callback callback);
    void writeToken(const QString &accountId, const QString &token, QObject *context, Callback callback);
    // Signing out. NotFound counts as done.
    void deleteToken(const QString &accountId, QObject *context, Callback callback);

    // Memory-only tokens for the no-keychain case; they are never written anywhere.
    void setSessionToken(const QString &accountId, const QString &token);
    QString sessionToken(const QString &accountId) const { return m_session.value(accountId); }
    void forgetSessionToken(const QString &accountId) { m_session.remove(accountId); }

    // Chunk size in characters; 0 stores every token whole. Defaults to kWindowsChunkChars on Windows and
    // 0 elsewhere; tests set it to exercise chunking on any platform.
    void setChunkChars(int chars) { m_chunkChars = chars; }
    int chunkChars() const { return m_chunkChars; }
    static QStringList splitIntoChunks(const QString &secret, int chunkChars);

signals:
    void stateChanged(glows::SecretStore::State state);

private:
    using JobDone = std::function<void(int error, const QString &errorString, const QString &data)>;
    enum class Op
    {
        Read,
        Write,
        Delete
    };
    void runJob(Op op, const QString &key, const QString &data, JobDone done);
    static SecretResult resultFor(int error, const QString &errorString, QString secret = {});
    void note(const SecretResult &result);
    void readChunks(const QString &accountId, int count, int index, QString collected, Callback done);
    void removeEntries(const QString &accountId, Callback done);
    void deleteKeys(QStringList keys, Callback done);
    void writeKeys(QList<QPair<QString, QString>> entries, Callback done);
    static QString chunkKey(const QString &accountId, int index);

    QString m_service;
    State m_state = State::Unknown;
    int m_chunkChars = 0;
    QHash<QString, QString> m_session;
};

} // namespace glows
