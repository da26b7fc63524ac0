// SPDX-License-Identifier: Apache-2.0
#include "api/secretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "glows.secrets", QtInfoMsg)

namespace glows {
namespace {
// The main entry of a chunked secret holds this marker and the chunk count instead of the token.
constexpr QLatin1StringView kChunkMarker{"glows-chunked:v1:"};
} // namespace

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{
#ifdef Q_OS_WIN
    m_chunkChars = kWindowsChunkChars;
#endif
}

QStringList SecretStore::splitIntoChunks(const QString &secret, int chunkChars)
{
    if (chunkChars <= 0 || secret.size() <= chunkChars)
        return {secret};
    QStringList chunks;
    for (qsizetype i = 0; i < secret.size(); i += chunkChars)
        chunks.append(secret.mid(i, chunkChars));
    return chunks;
}

QString SecretStore::chunkKey(const QString &accountId, int index)
{
    return u"%1/chunk-%2"_s.arg(accountId).arg(index);
}

void SecretStore::setSessionToken(const QString &accountId, const QString &token)
{
    m_session.insert(accountId, token);
}

void SecretStore::runJob(Op op, const QString &key, const QString &data, JobDone done)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(data);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    // Never plain text: on the KWallet path QtKeychain would otherwise write the token to a settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        QString text;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            text = read->textData();
        done(int(finished->error()), finished->errorString(), text);
    });
    job->start();
}

SecretResult SecretStore::resultFor(int error, const QString &errorString, QString secret)
{
    using Kind = SecretError::Kind;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError:
        return secret;
    case QKeychain::EntryNotFound:
        return SecretError{Kind::NotFound, errorString};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux every "no session bus / no Secret Service / locked collection" case arrives as
        // OtherError; none of them can hold a token, so all of them mean "no keychain".
        return SecretError{Kind::NoKeychain, errorString};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretError{Kind::Failed, errorString};
}

void SecretStore::note(const SecretResult &result)
{
    using Kind = SecretError::Kind;
    const std::optional<Kind> failure = result.ok() ? std::nullopt : std::optional(result.error().kind);
    State next = m_state;
    if (failure == Kind::NoKeychain)
        next = State::Unavailable;
    else if (!failure && m_state != State::Unavailable)
        next = State::Available;
    else if (failure == Kind::NotFound && m_state == State::Unknown)
        next = State::Available;
    if (failure == Kind::NoKeychain || failure == Kind::Failed)
        qCWarning(lcSecrets) << "keychain:" << result.error().detail;
    if (next != m_state) {
        m_state = next;
        qCInfo(lcSecrets) << "keychain state" << m_state;
        emit stateChanged(m_state);
    }
}

void SecretStore::readToken(const QString &accountId, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    auto deliver = [this, guard, callback](const SecretResult &r) {
        note(r);
        if (guard)
            callback(r);
    };
    runJob(Op::Read, accountId, {},
           [this, accountId, deliver](int error, const QString &why, const QString &data) {
               const SecretResult r = resultFor(error, why, data);
               if (r.ok() && data.startsWith(kChunkMarker)) {
                   const int count = data.mid(kChunkMarker.size()).toInt();
                   readChunks(accountId, count, 1, {}, deliver);
                   return;
               }
               deliver(r);
           });
}

void SecretStore::readChunks(const QString &accountId, int count, int index, QString collected, Callback done)
{
    if (index > count) {
        done(std::move(collected));
        return;
    }
    runJob(
        Op::Read, chunkKey(accountId, index), {},
        [this, accountId, count, index, collected, done](int error, const QString &why, const QString &data) {
            const SecretResult r = resultFor(error, why);
            if (!r.ok()) {
                if (r.error().kind == SecretError::Kind::NotFound)
                    done(SecretError{SecretError::Kind::NotFound,
                                     u"chunk %1 of %2 is missing"_s.arg(index).arg(count)});
                else
                    done(r);
                return;
            }
            readChunks(accountId, count, index + 1, collected + data, done);
        });
}

void SecretStore::writeToken(const QString &accountId, const QString &token, QObject *context,
                             Callback callback)
{
    QPointer<QObject> guard(context);
    auto deliver = [this, guard, callback](const SecretResult &r) {
        note(r);
        if (guard)
            callback(r);
    };
    const QStringList chunks = splitIntoChunks(token, m_chunkChars);
    QList<QPair<QString, QString>> entries;
    if (chunks.size() > 1) {
        for (int i = 0; i < chunks.size(); ++i)
            entries.append({chunkKey(accountId, i + 1), chunks.at(i)});
        // The marker goes last, so a reader never sees it before all chunks exist.
        entries.append({accountId, kChunkMarker + QString::number(chunks.size())});
    } else {
        entries.append({accountId, token});
    }
    // Old chunks of a previous, longer token are removed first.
    removeEntries(accountId, [this, entries, deliver](const SecretResult &removed) {
        if (!removed.ok() && removed.error().kind == SecretError::Kind::NoKeychain) {
            deliver(removed);
            return;
        }
        writeKeys(entries, deliver);
    });
}

void SecretStore::writeKeys(QList<QPair<QString, QString>> entries, Callback done)
{
    if (entries.isEmpty()) {
        done(QString());
        return;
    }
    const auto [key, value] = entries.takeFirst();
    runJob(Op::Write, key, value, [this, entries, done](int error, const QString &why, const QString &) {
        const SecretResult r = resultFor(error, why);
        if (!r.ok()) {
            done(r);
            return;
        }
        writeKeys(entries, done);
    });
}

void SecretStore::deleteToken(const QString &accountId, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    m_session.remove(accountId);
    removeEntries(accountId, [this, guard, callback](const SecretResult &r) {
        note(r);
        if (guard)
            callback(r);
    });
}

void SecretStore::removeEntries(const QString &accountId, Callback done)
{
    // Read first to learn whether chunks exist; the main entry is deleted last.
    runJob(Op::Read, accountId, {},
           [this, accountId, done](int error, const QString &why, const QString &data) {
               const SecretResult r = resultFor(error, why);
               if (!r.ok()) {
                   done(r); // NotFound: nothing to delete
                   return;
               }
               QStringList keys;
               if (data.startsWith(kChunkMarker)) {
                   const int count = data.mid(kChunkMarker.size()).toInt();
                   for (int i = 1; i <= count; ++i)
                       keys.append(chunkKey(accountId, i));
               }
               keys.append(accountId);
               deleteKeys(keys, done);
           });
}

void SecretStore::deleteKeys(QStringList keys, Callback done)
{
    if (keys.isEmpty()) {
        done(QString());
        return;
    }
    const QString key = keys.takeFirst();
    runJob(Op::Delete, key, {}, [this, keys, done](int error, const QString &why, const QString &) {
        const SecretResult r = resultFor(error, why);
        if (!r.ok() && r.error().kind != SecretError::Kind::NotFound) {
            done(r);
            return;
        }
        deleteKeys(keys, done);
    });
}

} // namespace glows
