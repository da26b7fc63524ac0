// SPDX-License-Identifier: Apache-2.0
#include "api/accounttokens.h"

#include <QPointer>

namespace glows {

AccountTokens::AccountTokens(SecretStore *secrets, QObject *parent) : QObject(parent), m_secrets(secrets) {}

void AccountTokens::tokenFor(const Account &account, QObject *context,
                             ResultHandler<QString, TokenMissing> done)
{
    QPointer<QObject> guard(context);
    if (!account.needsStoredToken()) {
        // Deliver like the keychain path does: later, through the event loop.
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(AccountStore::sandboxToken());
            },
            Qt::QueuedConnection);
        return;
    }
    const QString inMemory = m_secrets->sessionToken(account.id);
    m_secrets->readToken(account.id, this, [guard, done, inMemory](const SecretResult &r) {
        if (!guard)
            return;
        if (r.ok())
            return done(r.value());
        if (!inMemory.isEmpty())
            return done(inMemory);
        switch (r.error().kind) {
        case SecretError::Kind::NotFound:
            return done(TokenMissing{TokenMissing::Kind::NeedsToken, r.error().detail});
        case SecretError::Kind::NoKeychain:
            return done(TokenMissing{TokenMissing::Kind::NeedsTokenNoKeychain, r.error().detail});
        case SecretError::Kind::Failed:
            break;
        }
        done(TokenMissing{TokenMissing::Kind::Failed, r.error().detail});
    });
}

void AccountTokens::remember(const Account &account, const QString &token, QObject *context,
                             ResultHandler<Done, QString> done)
{
    QPointer<QObject> guard(context);
    const QString cleaned = AccountStore::normalizeToken(token);
    m_secrets->writeToken(
        account.id, cleaned, this, [this, guard, done, id = account.id, cleaned](const SecretResult &r) {
            const bool persisted = r.ok();
            // Without a keychain (or when it refuses) the token still works for this run,
            // from memory only.
            if (persisted)
                m_secrets->forgetSessionToken(id);
            else
                m_secrets->setSessionToken(id, cleaned);
            if (guard)
                done(persisted ? Result<Done, QString>(Done{}) : Result<Done, QString>(r.error().detail));
        });
}

void AccountTokens::forget(const Account &account, QObject *context, ResultHandler<Done, QString> done)
{
    QPointer<QObject> guard(context);
    m_secrets->deleteToken(account.id, this, [guard, done](const SecretResult &r) {
        if (!guard)
            return;
        if (r.ok() || r.error().kind != SecretError::Kind::Failed)
            done(Done{}); // nothing stored, or no keychain to store in: signed out either way
        else
            done(r.error().detail);
    });
}

} // namespace glows
