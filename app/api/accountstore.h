// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

class QSettings;

namespace glows {

// A server the user works with. Accounts are kept in QSettings; their tokens never are (see SecretStore).
struct Account
{
    enum class Kind
    {
        Sandbox, // a simulated cloud; its token is the public sandbox token, not a secret
        Glows,   // the real Glows.ai SDK endpoint (or any server that needs a stored token)
    };
    QString id;
    QString name;
    QUrl serverUrl;
    Kind kind = Kind::Glows;

    bool isBuiltIn() const;
    bool needsStoredToken() const { return kind == Kind::Glows; }
    bool operator==(const Account &) const = default;
};

// The accounts shared by the app and glows-cli. The built-in "Sandbox (local, simulated)" account always
// exists and is the current one until the user picks another.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    static constexpr QLatin1StringView kBuiltInSandboxId{"sandbox"};
    // The QSettings identity shared by glows-desktop and glows-cli.
    static constexpr QLatin1StringView kOrganization{"GlowsDesktop"};
    static constexpr QLatin1StringView kApplication{"glows-desktop"};

    static QUrl defaultGlowsServer();   // https://a.glows.ai/sdk/v1
    static QUrl defaultSandboxServer(); // http://127.0.0.1:8790/sdk/v1, where glows-sandbox listens
    static QString sandboxToken();      // the sandbox's well-known default token
    static Account builtInSandbox();

    // The store reads and writes `settings` (not owned) under the "accounts" group.
    explicit AccountStore(QSettings *settings);

    QList<Account> accounts() const; // the built-in sandbox first
    std::optional<Account> account(const QString &id) const;
    // By ID, or by name ignoring case (what `glows-cli --account NAME` takes).
    std::optional<Account> find(const QString &nameOrId) const;
    std::optional<Account> addAccount(const QString &name, const QUrl &serverUrl, Account::Kind kind,
                                      QString *error);
    bool updateAccount(const Account &account, QString *error);
    // Removes the account; the caller deletes its secret (SecretStore::deleteToken) when signing out.
    bool removeAccount(const QString &id);

    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);
    Account currentAccount() const;

    // What a pasted SDK token becomes: surrounding and embedded whitespace and line breaks removed, and a
    // leading "Bearer " dropped. Tokens are JWTs, which never contain whitespace.
    static QString normalizeToken(const QString &pasted);
    // Accepts "a.glows.ai", "https://a.glows.ai/sdk/v1/" and similar; refuses plain http to a non-loopback
    // host. An empty path becomes /sdk/v1.
    static std::optional<QUrl> normalizeServerUrl(const QString &text, QString *error);

private:
    QList<Account> configured() const;
    void save(const QList<Account> &accounts);

    QSettings *m_settings;
};

} // namespace glows
