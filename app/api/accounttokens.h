// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/accountstore.h"
#include "api/secretstore.h"
#include "core/result.h"

#include <QObject>

namespace glows {

// Where an account's token comes from, in one place for the app and glows-cli: the sandbox's public token,
// the keychain, or (when there is no keychain) the copy held in memory for this run. Every answer arrives
// through a callback, once, unless the context is destroyed first.
// Why an account has no token to use yet.
struct TokenMissing
{
    enum class Kind
    {
        NeedsToken,           // nothing stored: ask the user (masked input), check it, then remember()
        NeedsTokenNoKeychain, // no keychain: ask at every start; remember() keeps it in memory only
        Failed,               // the keychain refused (e.g. access denied); `detail` says why
    };
    Kind kind = Kind::Failed;
    QString detail;
};

class AccountTokens final : public QObject
{
    Q_OBJECT
public:
    // The token, or why there is none.
    using Lookup = Result<QString, TokenMissing>;

    explicit AccountTokens(SecretStore *secrets, QObject *parent = nullptr);

    SecretStore *secrets() const { return m_secrets; }
    void tokenFor(const Account &account, QObject *context, ResultHandler<QString, TokenMissing> done);
    // After a successful checkToken(): store it in the keychain, or hold it in memory when there is none.
    // The error (the keychain's detail) means the latter, so the app can say the token will be asked for
    // next time; the token works for this run either way.
    void remember(const Account &account, const QString &token, QObject *context,
                  ResultHandler<Done, QString> done);
    // Signing out: the keychain entry and the memory copy are deleted.
    void forget(const Account &account, QObject *context, ResultHandler<Done, QString> done);

private:
    SecretStore *m_secrets;
};

} // namespace glows
