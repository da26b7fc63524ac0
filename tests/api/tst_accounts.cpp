// SPDX-License-Identifier: Apache-2.0
// Accounts in QSettings (never a secret), token input normalisation, and the one-call token check against
// the sandbox and against servers that fail in each way the user must be told about.
#include "api/accountstore.h"
#include "api/apirequest.h"
#include "api/secretstore.h"
#include "api/tokencheck.h"
#include "sandbox/sandboxserver.h"
#include "support/resultwait.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestAccounts final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sandboxIsTheDefault();
    void addFindUpdateRemove();
    void settingsNeverHoldASecret();
    void tokenInputIsTrimmed_data();
    void tokenInputIsTrimmed();
    void serverUrlNormalisation_data();
    void serverUrlNormalisation();
    void chunkSplitting();
    void checkTokenOutcomes();

private:
    TokenCheck check(const QUrl &server, const QString &token);
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

void TestAccounts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ApiRequest::setRetryBaseDelayMs(10);
}

void TestAccounts::sandboxIsTheDefault()
{
    QSettings settings(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
    AccountStore store(&settings);
    QCOMPARE(store.accounts().size(), 1);
    const Account current = store.currentAccount();
    QVERIFY(current.isBuiltIn());
    QCOMPARE(current.kind, Account::Kind::Sandbox);
    QCOMPARE(current.name, u"Sandbox (local, simulated)"_s);
    QCOMPARE(current.serverUrl, QUrl(u"http://127.0.0.1:8790/sdk/v1"_s));
    QVERIFY(!current.needsStoredToken());
    QCOMPARE(AccountStore::defaultGlowsServer(), QUrl(u"https://a.glows.ai/sdk/v1"_s));
    QVERIFY(store.find(u"sandbox"_s));
    QVERIFY(store.find(u"SANDBOX (local, simulated)"_s));
}

void TestAccounts::addFindUpdateRemove()
{
    const QString path = m_dir.filePath(u"accounts.ini"_s);
    QString error;
    QString id;
    {
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        const auto added =
            store.addAccount(u"  Work  "_s, AccountStore::defaultGlowsServer(), Account::Kind::Glows, &error);
        QVERIFY2(added, qPrintable(error));
        id = added->id;
        QCOMPARE(added->name, u"Work"_s);
        QVERIFY(
            !store.addAccount(u"work"_s, AccountStore::defaultGlowsServer(), Account::Kind::Glows, &error));
        QVERIFY(error.contains(u"already exists"_s));
        QVERIFY(!store.addAccount(u""_s, AccountStore::defaultGlowsServer(), Account::Kind::Glows, &error));
        QVERIFY(!store.addAccount(u"Remote"_s, QUrl(u"http://example.com/sdk/v1"_s), Account::Kind::Glows,
                                  &error));
        store.setCurrentAccountId(id);
    }
    {
        // Another process (glows-cli) sees the same accounts.
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(store.currentAccount().id, id);
        QCOMPARE(store.find(u"WORK"_s)->id, id);
        QCOMPARE(store.find(id)->name, u"Work"_s);
        Account a = *store.account(id);
        a.name = u"Work 2"_s;
        QVERIFY(store.updateAccount(a, &error));
        QCOMPARE(store.account(id)->name, u"Work 2"_s);
        Account builtIn = AccountStore::builtInSandbox();
        builtIn.name = u"x"_s;
        QVERIFY(!store.updateAccount(builtIn, &error));
        QVERIFY(store.removeAccount(id));
        QVERIFY(!store.removeAccount(id));
        QVERIFY(store.currentAccount().isBuiltIn());
    }
}

void TestAccounts::settingsNeverHoldASecret()
{
    const QString token = u"tok-LEAKCHECK-0123456789abcdef"_s;
    const QString path = m_dir.filePath(u"leak.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        QString error;
        const auto a =
            store.addAccount(u"Leak"_s, AccountStore::defaultGlowsServer(), Account::Kind::Glows, &error);
        QVERIFY(a);
        store.setCurrentAccountId(a->id);
        SecretStore secrets;
        secrets.setSessionToken(a->id, AccountStore::normalizeToken(u"  "_s + token + u"\n"_s));
        QCOMPARE(secrets.sessionToken(a->id), token);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("Leak"));
    QVERIFY(!contents.contains(token.toUtf8()));
    QVERIFY(!contents.toLower().contains("token"));
}

void TestAccounts::tokenInputIsTrimmed_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("token");
    QTest::newRow("plain") << u"abc.def.ghi"_s << u"abc.def.ghi"_s;
    QTest::newRow("spaces") << u"  abc.def.ghi  "_s << u"abc.def.ghi"_s;
    QTest::newRow("newline") << u"abc.def.ghi\n"_s << u"abc.def.ghi"_s;
    QTest::newRow("crlf-wrapped") << u"abc.de\r\nf.ghi\r\n"_s << u"abc.def.ghi"_s;
    QTest::newRow("tabs") << u"\tabc.def.ghi\t"_s << u"abc.def.ghi"_s;
    QTest::newRow("bearer") << u"Bearer abc.def.ghi"_s << u"abc.def.ghi"_s;
    QTest::newRow("nbsp-zwsp") << u"\u00a0abc.def\u200b.ghi"_s << u"abc.def.ghi"_s;
    QTest::newRow("empty") << u" \n "_s << QString();
}

void TestAccounts::tokenInputIsTrimmed()
{
    QFETCH(QString, pasted);
    QFETCH(QString, token);
    QCOMPARE(AccountStore::normalizeToken(pasted), token);
}

void TestAccounts::serverUrlNormalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("default") << u"https://a.glows.ai/sdk/v1"_s << u"https://a.glows.ai/sdk/v1"_s;
    QTest::newRow("trailing-slash") << u" https://a.glows.ai/sdk/v1/ "_s << u"https://a.glows.ai/sdk/v1"_s;
    QTest::newRow("host-only") << u"a.glows.ai"_s << u"https://a.glows.ai/sdk/v1"_s;
    QTest::newRow("loopback-http") << u"http://127.0.0.1:8790/sdk/v1"_s << u"http://127.0.0.1:8790/sdk/v1"_s;
    QTest::newRow("localhost-http") << u"http://localhost:8790"_s << u"http://localhost:8790/sdk/v1"_s;
    QTest::newRow("remote-http") << u"http://a.glows.ai/sdk/v1"_s << QString();
    QTest::newRow("ftp") << u"ftp://a.glows.ai"_s << QString();
    QTest::newRow("userinfo") << u"https://user:secret@a.glows.ai/sdk/v1"_s << QString();
    QTest::newRow("query") << u"https://a.glows.ai/sdk/v1?Authorization=x"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestAccounts::serverUrlNormalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const auto url = AccountStore::normalizeServerUrl(input, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->toString(), expected);
    }
}

void TestAccounts::chunkSplitting()
{
    QCOMPARE(SecretStore::splitIntoChunks(u"abc"_s, 0), QStringList{u"abc"_s});
    QCOMPARE(SecretStore::splitIntoChunks(u"abcdef"_s, 6), QStringList{u"abcdef"_s});
    QCOMPARE(SecretStore::splitIntoChunks(u"abcdefg"_s, 3), (QStringList{u"abc"_s, u"def"_s, u"g"_s}));
    const QString jwt(5000, u'x');
    const QStringList chunks = SecretStore::splitIntoChunks(jwt, SecretStore::kWindowsChunkChars);
    QCOMPARE(chunks.join(QString()), jwt);
    for (const QString &c : chunks)
        QVERIFY(c.size() * 2 <= 2560); // Credential Manager's limit, in UTF-16 bytes
}

TokenCheck TestAccounts::check(const QUrl &server, const QString &token)
{
    QObject context;
    const auto out = testing::waitForOne<TokenCheck>(
        [&](auto done) { checkToken(&m_nam, server, token, &context, done); }, 30000);
    if (!out)
        qFatal("token check did not finish");
    return *out;
}

void TestAccounts::checkTokenOutcomes()
{
    sandbox::SandboxOptions options;
    options.manualClock = true;
    options.token = u"right-token"_s;
    sandbox::SandboxServer sandbox(options);
    QVERIFY(sandbox.listen() != 0);
    const QUrl url(sandbox.baseUrl());

    QCOMPARE(check(url, u"right-token"_s).outcome, TokenCheck::Outcome::Ok);
    const TokenCheck bad = check(url, u"wrong-token"_s);
    QCOMPARE(bad.outcome, TokenCheck::Outcome::BadToken);
    QVERIFY(bad.message().contains(u"rejected"_s));

    // Nothing listens: unreachable.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    QCOMPARE(check(QUrl(u"http://127.0.0.1:%1/sdk/v1"_s.arg(closedPort)), u"t"_s).outcome,
             TokenCheck::Outcome::Unreachable);

    // Something that is not TLS on an https address: the handshake fails and the token is never sent.
    QTcpServer notTls;
    QVERIFY(notTls.listen(QHostAddress::LocalHost, 0));
    connect(&notTls, &QTcpServer::newConnection, &notTls, [&notTls] {
        while (QTcpSocket *s = notTls.nextPendingConnection()) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        }
    });
    const TokenCheck tls = check(QUrl(u"https://127.0.0.1:%1/sdk/v1"_s.arg(notTls.serverPort())), u"t"_s);
    QCOMPARE(tls.outcome, TokenCheck::Outcome::Tls);
    QVERIFY(tls.message().contains(u"TLS"_s));

    QCOMPARE(check(QUrl(u"http://example.invalid/sdk/v1"_s), u"t"_s).outcome,
             TokenCheck::Outcome::InsecureTransport);
    // A real server but a wrong path: no such route.
    QUrl wrongPath = url;
    wrongPath.setPath(u"/api/v9"_s);
    QCOMPARE(check(wrongPath, u"right-token"_s).outcome, TokenCheck::Outcome::NotGlowsServer);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
