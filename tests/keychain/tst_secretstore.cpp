// SPDX-License-Identifier: Apache-2.0
// SecretStore against a real Secret Service (run under tests/keychain/with-keyring.sh) and with no keychain
// at all (run with an unusable session bus). CTest selects the functions for each situation.
#include "api/accounttokens.h"
#include "api/secretstore.h"
#include "support/resultwait.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace glows;
using Kind = SecretError::Kind;
using Missing = TokenMissing::Kind;

namespace {
const QString kToken = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnbG93cy10ZXN0In0.c2VjcmV0LXNpZ25hdHVyZS0xMjM0NTY"_s;

// Why a keychain call failed; nullopt when it succeeded.
std::optional<Kind> failureOf(const SecretResult &r)
{
    return r.ok() ? std::nullopt : std::optional(r.error().kind);
}
QString detailOf(const SecretResult &r)
{
    return r.ok() ? QString() : r.error().detail;
}

template<typename Start>
SecretResult await(Start start)
{
    QObject context;
    const auto out = testing::waitForOne<SecretResult>([&](auto done) { start(&context, done); });
    if (!out)
        qFatal("keychain job did not finish");
    return *out;
}

// Reads one raw entry, bypassing the store, to see what really sits in the keychain.
int rawReadError(const QString &service, const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(false);
    job->setKey(key);
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    if (!done.wait(20000))
        qFatal("raw read did not finish");
    const int error = int(job->error());
    delete job;
    return error;
}

bool haveKeyring()
{
    return qEnvironmentVariableIntValue("GLOWS_TEST_KEYRING") == 1;
}
} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void overwriteAndDelete();
    void accountsAreSeparate();
    void chunkedRoundTrip();
    void accountTokensSignInAndOut();
    void noKeychainPath();

private:
    QString m_service;
};

void TestSecretStore::init()
{
    m_service = u"glows-desktop-test-%1"_s.arg(QCoreApplication::applicationPid());
    const QByteArray function = QTest::currentTestFunction();
    if (function == "noKeychainPath") {
        if (qEnvironmentVariableIntValue("GLOWS_TEST_EXPECT_NO_KEYCHAIN") != 1)
            QSKIP("run by CTest (tst_secretstore_nokeychain) with an unusable session bus");
    } else if (!haveKeyring()) {
        QSKIP("no Secret Service: run under tests/keychain/with-keyring.sh (needs dbus-run-session and "
              "gnome-keyring)");
    }
}

void TestSecretStore::roundTrip()
{
    SecretStore store(m_service);
    QCOMPARE(store.state(), SecretStore::State::Unknown);
    QSignalSpy stateChanged(&store, &SecretStore::stateChanged);
    const auto written = await([&](QObject *c, auto cb) { store.writeToken(u"acc-1"_s, kToken, c, cb); });
    QVERIFY2(written.ok(), qPrintable(detailOf(written)));
    QCOMPARE(store.state(), SecretStore::State::Available);
    QCOMPARE(stateChanged.count(), 1);
    const auto read = await([&](QObject *c, auto cb) { store.readToken(u"acc-1"_s, c, cb); });
    QVERIFY2(read.ok(), qPrintable(detailOf(read)));
    QCOMPARE(read.value(), kToken);
    // A second store (another process, e.g. glows-cli) sees the same entry.
    SecretStore other(m_service);
    const auto again = await([&](QObject *c, auto cb) { other.readToken(u"acc-1"_s, c, cb); });
    QCOMPARE(again.value(), kToken);
    QVERIFY(await([&](QObject *c, auto cb) { store.deleteToken(u"acc-1"_s, c, cb); }).ok());
}

void TestSecretStore::overwriteAndDelete()
{
    SecretStore store(m_service);
    QVERIFY(await([&](QObject *c, auto cb) { store.writeToken(u"acc-2"_s, u"first-token"_s, c, cb); }).ok());
    QVERIFY(await([&](QObject *c, auto cb) { store.writeToken(u"acc-2"_s, kToken, c, cb); }).ok());
    QCOMPARE(await([&](QObject *c, auto cb) { store.readToken(u"acc-2"_s, c, cb); }).value(), kToken);
    store.setSessionToken(u"acc-2"_s, kToken);
    const auto deleted = await([&](QObject *c, auto cb) { store.deleteToken(u"acc-2"_s, c, cb); });
    QVERIFY(deleted.ok());
    QVERIFY(store.sessionToken(u"acc-2"_s).isEmpty()); // signing out forgets the memory copy too
    QCOMPARE(failureOf(await([&](QObject *c, auto cb) { store.readToken(u"acc-2"_s, c, cb); })),
             std::optional(Kind::NotFound));
    QCOMPARE(failureOf(await([&](QObject *c, auto cb) { store.deleteToken(u"acc-2"_s, c, cb); })),
             std::optional(Kind::NotFound));
    QCOMPARE(rawReadError(m_service, u"acc-2"_s), int(QKeychain::EntryNotFound));
}

void TestSecretStore::accountsAreSeparate()
{
    SecretStore store(m_service);
    QVERIFY(await([&](QObject *c, auto cb) { store.writeToken(u"acc-a"_s, u"token-a"_s, c, cb); }).ok());
    QVERIFY(await([&](QObject *c, auto cb) { store.writeToken(u"acc-b"_s, u"token-b"_s, c, cb); }).ok());
    QVERIFY(await([&](QObject *c, auto cb) { store.deleteToken(u"acc-a"_s, c, cb); }).ok());
    QCOMPARE(await([&](QObject *c, auto cb) { store.readToken(u"acc-b"_s, c, cb); }).value(), u"token-b"_s);
    QCOMPARE(failureOf(await([&](QObject *c, auto cb) { store.readToken(u"acc-a"_s, c, cb); })),
             std::optional(Kind::NotFound));
    QVERIFY(await([&](QObject *c, auto cb) { store.deleteToken(u"acc-b"_s, c, cb); }).ok());
}

void TestSecretStore::chunkedRoundTrip()
{
    // The Windows layout (long tokens in chunks), exercised here on the Secret Service.
    SecretStore store(m_service);
    store.setChunkChars(1000);
    QString longToken;
    for (int i = 0; i < 45; ++i)
        longToken += kToken.left(77) + QString::number(i);
    QVERIFY(longToken.size() > 3000);
    QVERIFY(await([&](QObject *c, auto cb) { store.writeToken(u"acc-long"_s, longToken, c, cb); }).ok());
    QCOMPARE(rawReadError(m_service, u"acc-long/chunk-1"_s), int(QKeychain::NoError));
    SecretStore reader(m_service); // reading does not depend on the chunk setting
    QCOMPARE(await([&](QObject *c, auto cb) { reader.readToken(u"acc-long"_s, c, cb); }).value(), longToken);
    // A shorter token replaces it and leaves no stale chunk behind.
    QVERIFY(await([&](QObject *c, auto cb) { store.writeToken(u"acc-long"_s, kToken, c, cb); }).ok());
    QCOMPARE(rawReadError(m_service, u"acc-long/chunk-1"_s), int(QKeychain::EntryNotFound));
    QCOMPARE(await([&](QObject *c, auto cb) { reader.readToken(u"acc-long"_s, c, cb); }).value(), kToken);
    QVERIFY(await([&](QObject *c, auto cb) { store.writeToken(u"acc-long"_s, longToken, c, cb); }).ok());
    QVERIFY(await([&](QObject *c, auto cb) { store.deleteToken(u"acc-long"_s, c, cb); }).ok());
    QCOMPARE(rawReadError(m_service, u"acc-long/chunk-2"_s), int(QKeychain::EntryNotFound));
    QCOMPARE(rawReadError(m_service, u"acc-long"_s), int(QKeychain::EntryNotFound));
}

namespace {
template<typename R, typename Start>
R awaitOne(Start start, const char *what)
{
    QObject context;
    const auto out = testing::waitForOne<R>([&](auto done) { start(&context, done); });
    if (!out)
        qFatal("%s did not finish", what);
    return *out;
}

AccountTokens::Lookup lookup(AccountTokens &tokens, const Account &account)
{
    return awaitOne<AccountTokens::Lookup>([&](QObject *c, auto done) { tokens.tokenFor(account, c, done); },
                                           "token lookup");
}

// Why there is no token; nullopt when there is one.
std::optional<Missing> missing(AccountTokens &tokens, const Account &account)
{
    const auto found = lookup(tokens, account);
    return found.ok() ? std::nullopt : std::optional(found.error().kind);
}

bool remember(AccountTokens &tokens, const Account &account, const QString &token)
{
    return awaitOne<Result<Done, QString>>(
               [&](QObject *c, auto done) { tokens.remember(account, token, c, done); }, "remember")
        .ok();
}

bool forget(AccountTokens &tokens, const Account &account)
{
    return awaitOne<Result<Done, QString>>([&](QObject *c, auto done) { tokens.forget(account, c, done); },
                                           "forget")
        .ok();
}

const Account kGlowsAccount{u"acc-tokens"_s, u"Work"_s, AccountStore::defaultGlowsServer(),
                            Account::Kind::Glows};
} // namespace

void TestSecretStore::accountTokensSignInAndOut()
{
    SecretStore secrets(m_service);
    AccountTokens tokens(&secrets);
    const auto sandbox = lookup(tokens, AccountStore::builtInSandbox());
    QVERIFY(sandbox.ok());
    QCOMPARE(sandbox.value(), AccountStore::sandboxToken());
    QCOMPARE(missing(tokens, kGlowsAccount), std::optional(Missing::NeedsToken));
    QVERIFY(remember(tokens, kGlowsAccount, u"  "_s + kToken + u"\n"_s)); // pasted, trimmed, persisted
    QVERIFY(secrets.sessionToken(kGlowsAccount.id).isEmpty());
    SecretStore otherProcess(m_service);
    AccountTokens later(&otherProcess);
    const auto found = lookup(later, kGlowsAccount);
    QVERIFY(found.ok());
    QCOMPARE(found.value(), kToken);
    QVERIFY(forget(tokens, kGlowsAccount));
    QCOMPARE(missing(later, kGlowsAccount), std::optional(Missing::NeedsToken));
}

void TestSecretStore::noKeychainPath()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    SecretStore store(m_service);
    QSignalSpy stateChanged(&store, &SecretStore::stateChanged);
    const auto written = await([&](QObject *c, auto cb) { store.writeToken(u"acc-1"_s, kToken, c, cb); });
    QCOMPARE(failureOf(written), std::optional(Kind::NoKeychain));
    QVERIFY(!detailOf(written).isEmpty());
    QVERIFY(!detailOf(written).contains(kToken));
    QCOMPARE(store.state(), SecretStore::State::Unavailable);
    QCOMPARE(stateChanged.count(), 1);
    QCOMPARE(failureOf(await([&](QObject *c, auto cb) { store.readToken(u"acc-1"_s, c, cb); })),
             std::optional(Kind::NoKeychain));
    // The app then asks for the token and keeps it in memory only.
    store.setSessionToken(u"acc-1"_s, kToken);
    QCOMPARE(store.sessionToken(u"acc-1"_s), kToken);
    store.forgetSessionToken(u"acc-1"_s);
    QVERIFY(store.sessionToken(u"acc-1"_s).isEmpty());

    // The same through AccountTokens: asked for, held for this run only, asked again next start.
    AccountTokens tokens(&store);
    QCOMPARE(missing(tokens, kGlowsAccount), std::optional(Missing::NeedsTokenNoKeychain));
    QVERIFY(!remember(tokens, kGlowsAccount, kToken));
    QCOMPARE(lookup(tokens, kGlowsAccount).value(), kToken);
    SecretStore nextStart(m_service);
    AccountTokens nextTokens(&nextStart);
    QCOMPARE(missing(nextTokens, kGlowsAccount), std::optional(Missing::NeedsTokenNoKeychain));
    QVERIFY(forget(tokens, kGlowsAccount));
    QCOMPARE(missing(tokens, kGlowsAccount), std::optional(Missing::NeedsTokenNoKeychain));
    QVERIFY(lookup(tokens, AccountStore::builtInSandbox()).ok());
    // Nothing fell back to a file.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(kToken.toUtf8()), qPrintable(f.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
