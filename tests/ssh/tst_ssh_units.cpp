// SPDX-License-Identifier: Apache-2.0
// The SSH client's pieces without a server: the known_hosts file keyed by instance ID, the user's keys,
// where an instance's SSH server is, wiping secrets, and how a connection fails when nothing SSH answers.
#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "ssh/sshkeys.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

// An ed25519 public key (as `ssh-keygen -t ed25519` writes it) and its OpenSSH fingerprint.
const QString kKeyBase64 = u"AAAAC3NzaC1lZDI1NTE5AAAAIIySZoEU+YNX1qYwuZT3X6qB+zljtaJ5XJ2ncjF+p9uC"_s;
const QString kOtherBase64 = u"AAAAC3NzaC1lZDI1NTE5AAAAIBXp0ZIbJ7N1n7d8f0m2lS3oN5r7yq0Vw3tH9bX2cK4a"_s;

SshHostKey hostKey(const QString &instanceId, const QString &base64 = kKeyBase64)
{
    return SshHostKey{instanceId, QByteArray::fromBase64(base64.toLatin1())};
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestSshUnits final : public QObject
{
    Q_OBJECT
private slots:
    void hostKeyTypeFingerprintAndLine();
    void fingerprintIsOpenSshs();
    void knownHostsTrustOnFirstUse();
    void knownHostsKeepsOtherLines();
    void knownHostsForget();
    void knownHostsDefaultPathIsUnderHome();
    void endpointFromInstance();
    void wipeSecretClearsSoleCopies();
    void publicKeyLines_data();
    void publicKeyLines();
    void findPublicKeyOrder();
    void newKeyPathNeverOverwrites();
    void keyGeneratorWithoutPassphrase();
    void connectionRefused();
    void notAnSshServer();
    void destroyedConnectionCancels();

private:
    QTemporaryDir m_dir;
};

void TestSshUnits::hostKeyTypeFingerprintAndLine()
{
    const SshHostKey key = hostKey(u"ins-abc"_s);
    QCOMPARE(key.type(), u"ssh-ed25519"_s);
    QVERIFY(key.fingerprint().startsWith(u"SHA256:"_s));
    QVERIFY(!key.fingerprint().endsWith(u'='));
    QCOMPARE(key.knownHostsLine(), u"ins-abc ssh-ed25519 "_s + kKeyBase64);
    QCOMPARE(SshHostKey{}.type(), QString());
    QCOMPARE((SshHostKey{u"x"_s, QByteArray("\xff\xff\xff\xff", 4)}.type()), QString());
}

void TestSshUnits::fingerprintIsOpenSshs()
{
    const QString keygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
    if (keygen.isEmpty())
        QSKIP("ssh-keygen is not installed (openssh-client)");
    const QString path = m_dir.filePath(u"fp.pub"_s);
    writeFile(path, "ssh-ed25519 " + kKeyBase64.toLatin1() + " test\n");
    QProcess p;
    p.start(keygen, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, path});
    QVERIFY(p.waitForFinished(10000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains(hostKey(u"x"_s).fingerprint().toLatin1()), out.constData());
}

void TestSshUnits::knownHostsTrustOnFirstUse()
{
    const QString path = m_dir.filePath(u"tofu/glows/known_hosts"_s);
    SshKnownHosts hosts(path);
    const SshHostKey key = hostKey(u"ins-one"_s);
    QCOMPARE(hosts.check(key).value(), SshKnownHosts::Match::Unknown);
    QCOMPARE(hosts.storedType(u"ins-one"_s), QString());
    QVERIFY(hosts.trust(key).ok());
    QCOMPARE(hosts.check(key).value(), SshKnownHosts::Match::Known);
    QCOMPARE(hosts.storedType(u"ins-one"_s), u"ssh-ed25519"_s);
    QVERIFY(hosts.trust(key).ok()); // idempotent
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), key.knownHostsLine().toLatin1() + '\n');
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(QFileInfo(m_dir.filePath(u"tofu/glows"_s)).permissions() & (QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());

    // Another key for the same instance: changed, and trust() refuses to replace it.
    const SshHostKey other = hostKey(u"ins-one"_s, kOtherBase64);
    QCOMPARE(hosts.check(other).value(), SshKnownHosts::Match::Changed);
    const auto refused = hosts.trust(other);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), SshError::Kind::HostKeyChanged);
    QVERIFY(refused.error().userMessage().contains(u"ins-one"_s));
    // The same key for another instance is a separate question.
    QCOMPARE(hosts.check(hostKey(u"ins-two"_s)).value(), SshKnownHosts::Match::Unknown);
}

void TestSshUnits::knownHostsKeepsOtherLines()
{
    const QString path = m_dir.filePath(u"keep_known_hosts"_s);
    const QByteArray original = "# my notes\n[example.org]:2222 ssh-ed25519 " + kOtherBase64.toLatin1() +
                                "\nins-a,ins-alias ssh-ed25519 " +
                                kOtherBase64.toLatin1(); // no final newline
    writeFile(path, original);
    SshKnownHosts hosts(path);
    QCOMPARE(hosts.check(hostKey(u"ins-alias"_s, kOtherBase64)).value(), SshKnownHosts::Match::Known);
    QCOMPARE(hosts.check(hostKey(u"example.org"_s)).value(), SshKnownHosts::Match::Unknown);
    QVERIFY(hosts.trust(hostKey(u"ins-b"_s)).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original + '\n' + hostKey(u"ins-b"_s).knownHostsLine().toLatin1() + '\n');
}

void TestSshUnits::knownHostsForget()
{
    const QString path = m_dir.filePath(u"forget_known_hosts"_s);
    writeFile(path, "ins-x ssh-ed25519 " + kKeyBase64.toLatin1() +
                        "\n# ins-x comment stays\nins-y ssh-ed25519 " + kKeyBase64.toLatin1() + "\n");
    SshKnownHosts hosts(path);
    QVERIFY(hosts.forget(u"ins-x"_s).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "# ins-x comment stays\nins-y ssh-ed25519 " + kKeyBase64.toLatin1() + "\n");
    QCOMPARE(hosts.check(hostKey(u"ins-x"_s, kOtherBase64)).value(), SshKnownHosts::Match::Unknown);
    QVERIFY(SshKnownHosts(m_dir.filePath(u"missing"_s)).forget(u"ins-x"_s).ok());
}

void TestSshUnits::knownHostsDefaultPathIsUnderHome()
{
    QCOMPARE(SshKnownHosts::defaultPath(), QDir::homePath() + u"/.ssh/glows/known_hosts"_s);
    QCOMPARE(sshkeys::userSshDir(), QDir::homePath() + u"/.ssh"_s);
}

void TestSshUnits::endpointFromInstance()
{
    Instance in;
    in.instanceID = u"5y4p57y9"_s; // a legacy ID without the prefix
    in.sshCred = {u"root"_s, u"secret"_s};
    in.accesses = {{u"a1"_s, u"http"_s, 8888, u"https://x.example/"_s},
                   {u"a2"_s, u"ssh"_s, 2222, u"ssh://other.example:1"_s},
                   {u"a3"_s, u"ssh"_s, 22, u"ssh://tw-03.access.glows.ai:24243"_s}};
    const auto e = sshEndpointFor(in);
    QVERIFY(e);
    QCOMPARE(e->instanceId, u"ins-5y4p57y9"_s);
    QCOMPARE(e->target.host, u"tw-03.access.glows.ai"_s);
    QCOMPARE(e->target.port, 24243);
    QCOMPARE(e->target.user, u"root"_s);

    in.accesses[2].url.clear(); // pending: the other ssh access
    QCOMPARE(sshEndpointFor(in)->target.port, 1);
    in.accesses.removeAt(1);
    QVERIFY(!sshEndpointFor(in));
    in.accesses[1].url = u"ssh://bad host;rm:22"_s;
    QVERIFY(!sshEndpointFor(in));
}

void TestSshUnits::wipeSecretClearsSoleCopies()
{
    // A copy shared with someone else only lets go of its reference: the other holder keeps its text.
    QString password = u"hunter2-"_s + QString::number(42);
    QString shared = password;
    wipeSecret(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(password, u"hunter2-42"_s);
    wipeSecret(password);
    QVERIFY(password.isEmpty());
    QByteArray bytes("secret bytes");
    bytes.detach();
    wipeSecret(bytes);
    QVERIFY(bytes.isEmpty());
}

void TestSshUnits::publicKeyLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ed25519 with comment") << u"ssh-ed25519 "_s + kKeyBase64 + u" me@laptop"_s << true;
    QTest::newRow("no comment") << u"ssh-ed25519 "_s + kKeyBase64 << true;
    QTest::newRow("type disagrees with blob") << u"ssh-rsa "_s + kKeyBase64 << false;
    QTest::newRow("unknown type") << u"ssh-dss "_s + kKeyBase64 << false;
    QTest::newRow("two lines") << u"ssh-ed25519 "_s + kKeyBase64 + u"\nssh-ed25519 "_s + kKeyBase64 << false;
    QTest::newRow("options prefix") << u"command=\"x\" ssh-ed25519 "_s + kKeyBase64 << false;
    QTest::newRow("not base64") << u"ssh-ed25519 AAAA$$$"_s << false;
    QTest::newRow("private key") << u"-----BEGIN OPENSSH PRIVATE KEY-----"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSshUnits::publicKeyLines()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QCOMPARE(sshkeys::isValidPublicKeyLine(line), valid);
}

void TestSshUnits::findPublicKeyOrder()
{
    const QString dir = m_dir.filePath(u"dotssh"_s);
    QDir().mkpath(dir);
    QVERIFY(!sshkeys::findPublicKey(dir));
    writeFile(dir + u"/id_rsa.pub"_s, "x");
    QVERIFY(!sshkeys::findPublicKey(dir)); // no private key beside it
    writeFile(dir + u"/id_rsa"_s, "x");
    QCOMPARE(*sshkeys::findPublicKey(dir), dir + u"/id_rsa.pub"_s);
    writeFile(dir + u"/id_ed25519.pub"_s, "ssh-ed25519 " + kKeyBase64.toLatin1() + " me\n");
    writeFile(dir + u"/id_ed25519"_s, "x");
    QCOMPARE(*sshkeys::findPublicKey(dir), dir + u"/id_ed25519.pub"_s);
    QCOMPARE(*sshkeys::readPublicKey(dir + u"/id_ed25519.pub"_s), u"ssh-ed25519 "_s + kKeyBase64 + u" me"_s);
    QString error;
    QVERIFY(!sshkeys::readPublicKey(dir + u"/id_rsa.pub"_s, &error));
    QVERIFY(error.contains(u"id_rsa.pub"_s));
    QCOMPARE(sshkeys::privateKeyFor(dir + u"/id_ed25519.pub"_s), dir + u"/id_ed25519"_s);
}

void TestSshUnits::newKeyPathNeverOverwrites()
{
    const QString dir = m_dir.filePath(u"newkeys"_s);
    QDir().mkpath(dir);
    QCOMPARE(sshkeys::newKeyPath(dir), dir + u"/id_ed25519"_s);
    writeFile(dir + u"/id_ed25519.pub"_s, "x");
    QCOMPARE(sshkeys::newKeyPath(dir), dir + u"/id_ed25519_glows"_s);
    writeFile(dir + u"/id_ed25519_glows"_s, "x");
    QCOMPARE(sshkeys::newKeyPath(dir), dir + u"/id_ed25519_glows_2"_s);
}

void TestSshUnits::keyGeneratorWithoutPassphrase()
{
    if (sshkeys::KeyGenerator::sshKeygenProgram().isEmpty())
        QSKIP("ssh-keygen is not installed (openssh-client)");
    const QString path = m_dir.filePath(u"gen/.ssh/id_ed25519"_s);
    sshkeys::KeyGenerator generator;
    QSignalSpy finished(&generator, &sshkeys::KeyGenerator::finished);
    generator.generate(path, sshkeys::KeyGenerator::Passphrase::None, u"glows test"_s);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toString(), path + u".pub"_s);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(sshkeys::readPublicKey(path + u".pub"_s));
    QVERIFY(QFile::exists(path));
    // Never over an existing key.
    generator.generate(path, sshkeys::KeyGenerator::Passphrase::None);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(1).at(0).toString().isEmpty());
    QVERIFY(!finished.at(1).at(1).toString().isEmpty());
}

void TestSshUnits::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SshOptions options;
    options.knownHostsPath = m_dir.filePath(u"refused_known_hosts"_s);
    SshConnection c({u"ins-none"_s, {u"127.0.0.1"_s, int(port), u"root"_s}}, SshAuth::withPassword(u"pw"_s),
                    options);
    std::optional<SshResult<SshExecResult>> result;
    QObject context;
    c.exec(u"true"_s, {}, &context, [&result](const SshResult<SshExecResult> &r) { result.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), SshError::Kind::Network);
    QCOMPARE(c.state(), SshConnection::State::Closed);
    QVERIFY(!QFile::exists(options.knownHostsPath));
}

void TestSshUnits::notAnSshServer()
{
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));
    connect(&http, &QTcpServer::newConnection, this, [&http] {
        QTcpSocket *s = http.nextPendingConnection();
        s->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
    });
    SshOptions options;
    options.knownHostsPath = m_dir.filePath(u"http_known_hosts"_s);
    options.connectTimeoutMs = 3000;
    SshConnection c({u"ins-http"_s, {u"127.0.0.1"_s, int(http.serverPort()), u"root"_s}}, {}, options);
    std::optional<SshResult<SshHostKey>> result;
    QObject context;
    c.open(&context, [&result](const SshResult<SshHostKey> &r) { result.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY(!result->ok());
    QVERIFY(result->error().kind() != SshError::Kind::HostKeyUnknown);
    QVERIFY(!result->error().userMessage().isEmpty());
}

void TestSshUnits::destroyedConnectionCancels()
{
    // A server that accepts and never speaks: the connect hangs until the connection is destroyed.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SshOptions options;
    options.knownHostsPath = m_dir.filePath(u"silent_known_hosts"_s);
    options.connectTimeoutMs = 60000;
    auto c = std::make_unique<SshConnection>(
        SshEndpoint{u"ins-silent"_s, {u"127.0.0.1"_s, int(silent.serverPort()), u"root"_s}}, SshAuth{},
        options);
    std::optional<SshError::Kind> kind;
    int calls = 0;
    QObject context;
    c->open(&context, [&](const SshResult<SshHostKey> &r) {
        ++calls;
        kind = r.ok() ? std::nullopt : std::optional(r.error().kind());
    });
    QTRY_VERIFY(silent.hasPendingConnections()); // the worker is now inside the hanging connect
    QElapsedTimer clock;
    clock.start();
    c.reset();
    QVERIFY2(clock.elapsed() < 2000, "destroying the connection waited for the connect timeout");
    QCOMPARE(calls, 1);
    QCOMPARE(kind, std::optional(SshError::Kind::Cancelled));
    // The connection, its worker thread and its pending calls are gone: only an answer already posted
    // could still arrive, and it would arrive now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestSshUnits)
#include "tst_ssh_units.moc"
