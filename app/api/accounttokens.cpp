// SPDX-License-Identifier: Apache-2.0
#include "api/accounttokens.h"

#include <QPointer>

namespace glows {

AccountTokens::AccountTokens(SecretStore *secrets, QObject *parent) : QObject(parent), m_secrets(secrets) {}

void AccountTokens::tokenFor(const Account &account, QObject *context,
                             std::function<void(const Lookup &)> done)
{
    QPointer<QObject> guard(context);
    if (!account.needsStoredToken()) {
        // Deliver like the keychain path does: later, through the event loop.
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(Lookup{Lookup::Status::Ok, AccountStore::sandboxToken(), {}});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString inMemory = m_secrets->sessionToken(account.id);
    m_secrets->readToken(account.id, this, [guard, done, inMemory](const SecretStore::Result &r) {
        if (!guard)
            return;
        using S = SecretStore::Result::Status;
        Lookup lookup;
        lookup.detail = r.detail;
        if (r.status == S::Ok) {
            lookup.status = Lookup::Status::Ok;
            lookup.token = r.secret;
        } else if (!inMemory.isEmpty()) {
            lookup.status = Lookup::Status::Ok;
            lookup.token = inMemory;
        } else if (r.status == S::NotFound) {
            lookup.status = Lookup::Status::NeedsToken;
        } else if (r.status == S::NoKeychain) {
            lookup.status = Lookup::Status::NeedsTokenNoKeychain;
        } else {
            lookup.status = Lookup::Status::Failed;
        }
        done(lookup);
    });
}

void AccountTokens::remember(const Account &account, const QString &token, QObject *context,
                             ResultHandler<Done, QString> done)
{
    QPointer<QObject> guard(context);
    const QString cleaned = AccountStore::normalizeToken(token);
    m_secrets->writeToken(account.id, cleaned, this,
                          [this, guard, done, id = account.id, cleaned](const SecretStore::Result &r) {
                              const bool persisted = r.ok();
                              // Without a keychain (or when it refuses) the token still works for this run,
                              // from memory only.
                              if (persisted)
                                  m_secrets->forgetSessionToken(id);
                              else
                                  m_secrets->setSessionToken(id, cleaned);
                              if (guard)
                                  done(persisted ? Result<Done, QString>(Done{})
                                                 : Result<Done, QString>(r.detail));
                          });
}

void AccountTokens::forget(const Account &account, QObject *context, ResultHandler<Done, QString> done)
{
    QPointer<QObject> guard(context);
    m_secrets->deleteToken(account.id, this, [guard, done](const SecretStore::Result &r) {
        using S = SecretStore::Result::Status;
        if (!guard)
            return;
        if (r.status == S::Ok || r.status == S::NotFound || r.status == S::NoKeychain)
            done(Done{});
        else
            done(r.detail);
    });
}

} // namespace glows
