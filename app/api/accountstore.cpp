// SPDX-License-Identifier: Apache-2.0
#include "api/accountstore.h"

#include <QHostAddress>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace glows {
namespace {
bool isLoopback(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString kindName(Account::Kind kind)
{
    return kind == Account::Kind::Sandbox ? u"sandbox"_s : u"glows"_s;
}
} // namespace

bool Account::isBuiltIn() const
{
    return id == AccountStore::kBuiltInSandboxId;
}

QUrl AccountStore::defaultGlowsServer()
{
    return QUrl(u"https://a.glows.ai/sdk/v1"_s);
}

QUrl AccountStore::defaultSandboxServer()
{
    return QUrl(u"http://127.0.0.1:8790/sdk/v1"_s);
}

QString AccountStore::sandboxToken()
{
    return u"sandbox-token"_s;
}

Account AccountStore::builtInSandbox()
{
    return Account{QString(kBuiltInSandboxId), tr("Sandbox (local, simulated)"), defaultSandboxServer(),
                   Account::Kind::Sandbox};
}

AccountStore::AccountStore(QSettings *settings) : m_settings(settings) {}

QList<Account> AccountStore::configured() const
{
    QList<Account> out;
    const int n = m_settings->beginReadArray(u"accounts"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Account a;
        a.id = m_settings->value(u"id"_s).toString();
        a.name = m_settings->value(u"name"_s).toString();
        a.serverUrl = QUrl(m_settings->value(u"serverUrl"_s).toString());
        a.kind = m_settings->value(u"kind"_s).toString() == "sandbox"_L1 ? Account::Kind::Sandbox
                                                                         : Account::Kind::Glows;
        if (!a.id.isEmpty() && a.id != kBuiltInSandboxId && a.serverUrl.isValid())
            out.append(a);
    }
    m_settings->endArray();
    return out;
}

void AccountStore::save(const QList<Account> &accounts)
{
    // Only these four fields are ever written: no token, no password.
    m_settings->beginWriteArray(u"accounts"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Account &a = accounts.at(i);
        m_settings->setValue(u"id"_s, a.id);
        m_settings->setValue(u"name"_s, a.name);
        m_settings->setValue(u"serverUrl"_s, a.serverUrl.toString());
        m_settings->setValue(u"kind"_s, kindName(a.kind));
    }
    m_settings->endArray();
    m_settings->sync();
}

QList<Account> AccountStore::accounts() const
{
    return QList<Account>{builtInSandbox()} + configured();
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    for (const Account &a : accounts()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::find(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    if (auto byId = account(wanted))
        return byId;
    for (const Account &a : accounts()) {
        if (a.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return a;
    }
    if (wanted.compare("sandbox"_L1, Qt::CaseInsensitive) == 0)
        return builtInSandbox();
    return std::nullopt;
}

std::optional<Account> AccountStore::addAccount(const QString &name, const QUrl &serverUrl,
                                                Account::Kind kind, QString *error)
{
    Account a{u"acc-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), name.trimmed(), serverUrl,
              kind};
    if (!updateAccount(a, error))
        return std::nullopt;
    return a;
}

bool AccountStore::updateAccount(const Account &account, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (account.isBuiltIn())
        return fail(tr("The built-in sandbox account cannot be changed."));
    if (account.name.trimmed().isEmpty())
        return fail(tr("Please enter a name for the account."));
    QString urlError;
    if (!normalizeServerUrl(account.serverUrl.toString(), &urlError))
        return fail(urlError);
    QList<Account> all = configured();
    for (const Account &other : accounts()) {
        if (other.id != account.id && other.name.compare(account.name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(tr("An account named “%1” already exists.").arg(account.name.trimmed()));
    }
    Account cleaned = account;
    cleaned.name = account.name.trimmed();
    bool replaced = false;
    for (Account &a : all) {
        if (a.id == cleaned.id) {
            a = cleaned;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(cleaned);
    save(all);
    return true;
}

bool AccountStore::removeAccount(const QString &id)
{
    QList<Account> all = configured();
    const qsizetype before = all.size();
    all.removeIf([&id](const Account &a) { return a.id == id; });
    if (all.size() == before)
        return false;
    save(all);
    if (currentAccountId() == id)
        setCurrentAccountId(QString(kBuiltInSandboxId));
    return true;
}

QString AccountStore::currentAccountId() const
{
    return currentAccount().id;
}

void AccountStore::setCurrentAccountId(const QString &id)
{
    m_settings->setValue(u"currentAccount"_s, id);
    m_settings->sync();
}

Account AccountStore::currentAccount() const
{
    const QString id = m_settings->value(u"currentAccount"_s).toString();
    if (auto a = account(id))
        return *a;
    return builtInSandbox();
}

QString AccountStore::normalizeToken(const QString &pasted)
{
    QString token = pasted.trimmed();
    if (token.startsWith("Bearer "_L1, Qt::CaseInsensitive))
        token = token.mid(7);
    token.removeIf([](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; });
    return token;
}

std::optional<QUrl> AccountStore::normalizeServerUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Please enter the server address."));
    if (!trimmed.contains("://"_L1))
        trimmed.prepend("https://"_L1);
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("“%1” is not a valid server address.").arg(text.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return fail(tr("The server address must start with https://."));
    if (scheme == "http"_L1 && !isLoopback(url.host()))
        return fail(tr("Plain HTTP is only allowed for the local sandbox. Use an https:// server address."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(tr("The server address must not contain a user name, query or fragment."));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path.isEmpty() ? u"/sdk/v1"_s : path);
    return url;
}

} // namespace glows
