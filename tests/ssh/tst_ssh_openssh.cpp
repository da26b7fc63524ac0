// SPDX-License-Identifier: Apache-2.0
// The app's libssh client against Debian's own OpenSSH server (issue 19, "libssh client against OpenSSH"):
// host keys on first use and when changed, exec with stdin, key install, metrics from the real /proc, and a
// tunnel to a loopback HTTP server. Skipped when openssh-server is not installed.
#include "core/sshremote.h"
#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "ssh/sshkeys.h"
#include "ssh/sshmetricssampler.h"
#include "ssh/sshtunnel.h"
#include "ssh/tunnelmanager.h"
#include "sshdprocess.h"
#include "support/resultwait.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

const QString kInstance = u"ins-sshdtest1"_s;

QString currentUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER");
}

template<typename T, typename Start>
std::optional<SshResult<T>> waitFor(Start start, int ms = 20000)
{
    QObject context;
    return testing::waitForOne<SshResult<T>>([&](auto done) { start(&context, done); }, ms);
}

// A tiny HTTP server on the test's thread: answers every request with a fixed page and closes.
class HttpServer final : public QTcpServer
{
public:
    explicit HttpServer(QByteArray body) : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_request += s->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: "
                             "close\r\nContent-Length: " +
                             QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    s->disconnectFromHost();
                    m_request.clear();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    int requests() const { return m_requests; }

private:
    QByteArray m_body;
    QByteArray m_request;
    int m_requests = 0;
};

} // namespace

class TestSshOpenSsh final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstConnectionShowsTheFingerprintThenStoresIt();
    void openSshAgreesWithTheStoredKey();
    void execWithStdinAndExitStatus();
    void manyCommandsShareOneConnection();
    void outputCapAndDeadline();
    void installKeyWithoutDuplicates();
    void metricsFromTheRealProc();
    void tunnelCarriesAnHttpRequestAndStops();
    void tunnelLocalPortTaken();
    void tunnelManagerStopsForInstance();
    void changedHostKeyIsRefused();
    void cleanupTestCase();

private:
    SshEndpoint endpoint() const
    {
        return {kInstance, SshTarget{u"127.0.0.1"_s, int(m_sshd.port()), m_user}};
    }
    SshAuth keyAuth(const QString &key = u"userkey"_s) const
    {
        SshAuth auth;
        auth.identityFile = m_sshd.path(key);
        auth.useAgent = false;
        return auth;
    }
    SshOptions options() const
    {
        SshOptions o;
        o.knownHostsPath = m_knownHosts;
        o.connectTimeoutMs = 10000;
        return o;
    }
    // An open connection whose host key is stored already.
    std::unique_ptr<SshConnection> connection(const QString &key = u"userkey"_s)
    {
        auto c = std::make_unique<SshConnection>(endpoint(), keyAuth(key), options());
        return c;
    }

    test::SshdProcess m_sshd;
    QTemporaryDir m_home; // the app's side: known_hosts lives here, never in the real ~/.ssh
    QString m_knownHosts;
    QString m_user;
};

void TestSshOpenSsh::initTestCase()
{
    const QString why = m_sshd.prepare();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    m_user = currentUser();
    QVERIFY(!m_user.isEmpty());
    m_knownHosts = m_home.path() + u"/.ssh/glows/known_hosts"_s;
    QVERIFY2(m_sshd.start(), m_sshd.log().constData());
}

void TestSshOpenSsh::firstConnectionShowsTheFingerprintThenStoresIt()
{
    auto c = connection();
    auto first = waitFor<SshHostKey>([&](QObject *ctx, auto h) { c->open(ctx, h); });
    QVERIFY(first);
    QVERIFY(!first->ok());
    QCOMPARE(first->error().kind(), SshError::Kind::HostKeyUnknown);
    const SshHostKey key = first->error().hostKey();
    QCOMPARE(key.instanceId, kInstance);
    QCOMPARE(key.type(), u"ssh-ed25519"_s);
    QVERIFY(first->error().userMessage().contains(key.fingerprint()));
    QVERIFY(!QFile::exists(m_knownHosts));

    // The fingerprint is OpenSSH's own.
    QByteArray out;
    QVERIFY(test::runTool(m_sshd.keygen(), {u"-l"_s, u"-f"_s, m_sshd.path(u"hostkey_a.pub"_s)}, &out));
    QVERIFY2(out.contains(key.fingerprint().toLatin1()), out.constData());

    c->trustHostKey(key);
    auto second = waitFor<SshHostKey>([&](QObject *ctx, auto h) { c->open(ctx, h); });
    QVERIFY(second);
    QVERIFY2(second->ok(), qPrintable(second->ok() ? QString() : second->error().details()));
    QCOMPARE(second->value(), key);
    QCOMPARE(c->state(), SshConnection::State::Open);
    QCOMPARE(SshKnownHosts(m_knownHosts).check(key).value(), SshKnownHosts::Match::Known);
    QFile file(m_knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(file.readAll()), key.knownHostsLine() + u'\n');
    QCOMPARE(int(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)), 0);
}

void TestSshOpenSsh::openSshAgreesWithTheStoredKey()
{
    const QString ssh = QStandardPaths::findExecutable(u"ssh"_s);
    if (ssh.isEmpty())
        QSKIP("OpenSSH's ssh client is not installed");
    // What the ssh-config block says: HostKeyAlias <instance ID> and the app's own known_hosts file.
    QByteArray out;
    const bool ok = test::runTool(ssh,
                                  {u"-F"_s,
                                   u"/dev/null"_s,
                                   u"-o"_s,
                                   u"BatchMode=yes"_s,
                                   u"-o"_s,
                                   u"StrictHostKeyChecking=yes"_s,
                                   u"-o"_s,
                                   u"HostKeyAlias="_s + kInstance,
                                   u"-o"_s,
                                   u"UserKnownHostsFile="_s + m_knownHosts,
                                   u"-o"_s,
                                   u"GlobalKnownHostsFile=/dev/null"_s,
                                   u"-o"_s,
                                   u"IdentitiesOnly=yes"_s,
                                   u"-i"_s,
                                   m_sshd.path(u"userkey"_s),
                                   u"-p"_s,
                                   QString::number(m_sshd.port()),
                                   m_user + u"@127.0.0.1"_s,
                                   u"echo agreed"_s},
                                  &out);
    QVERIFY2(ok, out.constData());
    QVERIFY(out.contains("agreed"));
}

void TestSshOpenSsh::execWithStdinAndExitStatus()
{
    auto c = connection();
    QByteArray input("binary\0input\nwith two lines\n", 28);
    auto cat = waitFor<SshExecResult>([&](QObject *ctx, auto h) { c->exec(u"cat"_s, input, ctx, h); });
    QVERIFY(cat && cat->ok());
    QCOMPARE(cat->value().out, input);
    QCOMPARE(cat->value().exitStatus, 0);

    auto status = waitFor<SshExecResult>(
        [&](QObject *ctx, auto h) { c->exec(u"echo to-stderr >&2; echo out; exit 3"_s, {}, ctx, h); });
    QVERIFY(status && status->ok());
    QCOMPARE(status->value().exitStatus, 3);
    QCOMPARE(status->value().out, QByteArray("out\n"));
    QCOMPARE(status->value().err, QByteArray("to-stderr\n"));

    auto missing = waitFor<SshExecResult>(
        [&](QObject *ctx, auto h) { c->exec(QString(sshremote::kGpuQuery), {}, ctx, h); });
    QVERIFY(missing && missing->ok());
    if (QStandardPaths::findExecutable(u"nvidia-smi"_s).isEmpty())
        QCOMPARE(missing->value().exitStatus, 127);
}

void TestSshOpenSsh::manyCommandsShareOneConnection()
{
    const int loginsBefore = m_sshd.log().count("Accepted publickey");
    auto c = connection();
    QList<int> order;
    QObject context;
    for (int i = 0; i < 8; ++i) {
        c->exec(u"echo %1"_s.arg(i), {}, &context, [&order, i](const SshResult<SshExecResult> &r) {
            if (r.ok() && r.value().out == QByteArray::number(i) + '\n')
                order.append(i);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 8, 20000);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    QTRY_COMPARE(m_sshd.log().count("Accepted publickey"), loginsBefore + 1);

    // A handler whose context is gone never runs; destroying the connection cancels what is left.
    bool ranAfterContextDied = false;
    {
        QObject shortLived;
        c->exec(u"sleep 0.2"_s, {}, &shortLived,
                [&](const SshResult<SshExecResult> &) { ranAfterContextDied = true; });
    }
    // Calls run and answer in the order made, so once this one has answered, "sleep 0.2" has ended and its
    // answer has been delivered (to no one).
    bool after = false;
    c->exec(u"true"_s, {}, &context, [&after](const SshResult<SshExecResult> &r) { after = r.ok(); });
    std::optional<SshError::Kind> cancelled;
    c->exec(u"sleep 30"_s, {}, &context, [&](const SshResult<SshExecResult> &r) {
        cancelled = r.ok() ? std::nullopt : std::optional(r.error().kind());
    });
    QTRY_VERIFY_WITH_TIMEOUT(after, 20000);
    QVERIFY(!ranAfterContextDied);
    c.reset();
    QCOMPARE(cancelled, std::optional(SshError::Kind::Cancelled));
    QVERIFY(!ranAfterContextDied);
}

void TestSshOpenSsh::outputCapAndDeadline()
{
    auto c = connection();
    SshExecLimits small;
    small.maxOutputBytes = 1000;
    auto big = waitFor<SshExecResult>(
        [&](QObject *ctx, auto h) { c->exec(u"head -c 200000 /dev/zero"_s, {}, ctx, h, small); });
    QVERIFY(big && !big->ok());
    QCOMPARE(big->error().kind(), SshError::Kind::OutputTooLarge);

    SshExecLimits quick;
    quick.deadlineMs = 500;
    QElapsedTimer clock;
    clock.start();
    auto slow =
        waitFor<SshExecResult>([&](QObject *ctx, auto h) { c->exec(u"sleep 10"_s, {}, ctx, h, quick); });
    QVERIFY(slow && !slow->ok());
    QCOMPARE(slow->error().kind(), SshError::Kind::Timeout);
    QVERIFY(clock.elapsed() < 5000);

    // The session survives both.
    auto after = waitFor<SshExecResult>([&](QObject *ctx, auto h) { c->exec(u"echo still"_s, {}, ctx, h); });
    QVERIFY(after && after->ok());
    QCOMPARE(after->value().out, QByteArray("still\n"));
}

void TestSshOpenSsh::installKeyWithoutDuplicates()
{
    QString error;
    const auto line = sshkeys::readPublicKey(m_sshd.path(u"userkey2.pub"_s), &error);
    QVERIFY2(line, qPrintable(error));

    // Before: the second key is refused.
    {
        auto c2 = connection(u"userkey2"_s);
        auto refused = waitFor<SshHostKey>([&](QObject *ctx, auto h) { c2->open(ctx, h); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().kind(), SshError::Kind::AuthFailed);
    }

    auto c = connection();
    for (int i = 0; i < 2; ++i) {
        auto done = waitFor<Done>([&](QObject *ctx, auto h) { c->installPublicKey(*line, ctx, h); });
        QVERIFY(done);
        QVERIFY2(done->ok(), qPrintable(done->ok() ? QString() : done->error().details()));
    }
    QFile keys(m_sshd.authorizedKeys());
    QVERIFY(keys.open(QIODevice::ReadOnly));
    const QByteArray text = keys.readAll();
    QCOMPARE(text.count(line->toUtf8()), 1);
    QVERIFY(text.endsWith('\n'));

    // After: the second key logs in.
    auto c2 = connection(u"userkey2"_s);
    auto accepted = waitFor<SshHostKey>([&](QObject *ctx, auto h) { c2->open(ctx, h); });
    QVERIFY(accepted && accepted->ok());
}

void TestSshOpenSsh::metricsFromTheRealProc()
{
    auto c = connection();
    SshMetricsSampler sampler(c.get());
    sampler.setIntervalMs(1000);
    QSignalSpy samples(&sampler, &SshMetricsSampler::sampleReady);
    QSignalSpy failures(&sampler, &SshMetricsSampler::failed);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    sampler.start();
    QVERIFY(samples.wait(20000) || samples.size() > 0);
    QCOMPARE(failures.size(), 0);
    const MetricSample s = samples.first().first().value<MetricSample>();

    // The sshd runs on this machine: its /proc is ours.
    QFile meminfo(u"/proc/meminfo"_s);
    QVERIFY(meminfo.open(QIODevice::ReadOnly));
    const auto local = remotemetrics::parseMeminfo(meminfo.readAll());
    QVERIFY(local);
    QVERIFY2(qAbs(s.ramTotalMB - local->totalMB) < 1.0, qPrintable(QString::number(s.ramTotalMB)));
    QVERIFY(s.ramUsedMB > 0 && s.ramUsedMB < s.ramTotalMB);
    QVERIFY(s.cpuPct >= 0 && s.cpuPct <= 100);
    QVERIFY(s.diskTotalGB > 0 && s.diskUsedGB <= s.diskTotalGB);
    QVERIFY(s.netInKBps >= 0 && s.netOutKBps >= 0);
    QVERIFY(s.t >= before && s.t <= QDateTime::currentSecsSinceEpoch());
    if (QStandardPaths::findExecutable(u"nvidia-smi"_s).isEmpty()) {
        QCOMPARE(sampler.gpuState(), SshMetricsSampler::GpuState::Absent);
        QCOMPARE(s.gpuUtil, 0.0);
        QCOMPARE(s.gpuMemTotalMB, 0.0);
    }
    // And it keeps sampling at the interval.
    QVERIFY(samples.wait(5000));
    sampler.stop();
    QVERIFY(!samples.wait(2500));
}

void TestSshOpenSsh::tunnelCarriesAnHttpRequestAndStops()
{
    const QByteArray page = QByteArray("JupyterLab behind the tunnel ").repeated(2000);
    HttpServer http(page);
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));

    SshTunnelSpec spec;
    spec.endpoint = endpoint();
    spec.auth = keyAuth();
    spec.remotePort = http.serverPort();
    spec.options = options();
    SshTunnel tunnel(spec);
    QSignalSpy states(&tunnel, &SshTunnel::stateChanged);
    tunnel.start();
    QTRY_COMPARE_WITH_TIMEOUT(tunnel.state(), SshTunnel::State::Listening, 20000);
    QVERIFY(tunnel.localPort() != 0);
    QVERIFY(tunnel.localPort() != http.serverPort());
    QCOMPARE(tunnel.localUrl().host(), u"127.0.0.1"_s);

    QNetworkAccessManager nam;
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest request(tunnel.localUrl().resolved(QUrl(u"lab?i=%1"_s.arg(i))));
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), page);
    }
    QCOMPARE(http.requests(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(tunnel.bytesIn() > page.size() * 2, 5000);
    QTRY_VERIFY(tunnel.bytesOut() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(tunnel.activeConnections(), 0, 5000);

    const quint16 localPort = tunnel.localPort();
    tunnel.stop();
    QCOMPARE(tunnel.state(), SshTunnel::State::Stopped);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, localPort);
    QVERIFY(!probe.waitForConnected(1000));
}

void TestSshOpenSsh::tunnelLocalPortTaken()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    SshTunnelSpec spec;
    spec.endpoint = endpoint();
    spec.auth = keyAuth();
    spec.remotePort = 9;
    spec.localPort = taken.serverPort();
    spec.options = options();
    SshTunnel tunnel(spec);
    QSignalSpy failed(&tunnel, &SshTunnel::failed);
    tunnel.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(tunnel.state(), SshTunnel::State::Failed);
    QCOMPARE(tunnel.error().kind(), SshError::Kind::LocalPort);
}

void TestSshOpenSsh::tunnelManagerStopsForInstance()
{
    TunnelManager manager;
    QSignalSpy removed(&manager, &TunnelManager::tunnelRemoved);
    SshTunnelSpec spec;
    spec.endpoint = endpoint();
    spec.auth = keyAuth();
    spec.remotePort = 8888;
    spec.options = options();
    SshTunnel *t = manager.start(spec);
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), SshTunnel::State::Listening, 20000);
    QCOMPARE(manager.tunnelsFor(kInstance).size(), 1);

    Instance running;
    running.instanceID = kInstance;
    running.status = InstanceStatus(InstanceState::Running);
    manager.syncWithInstances({running});
    QCOMPARE(manager.tunnels().size(), 1);
    Instance paused = running;
    paused.status = InstanceStatus(InstanceState::Paused);
    manager.syncWithInstances({paused});
    QCOMPARE(manager.tunnels().size(), 0);
    QCOMPARE(removed.size(), 1);
}

void TestSshOpenSsh::changedHostKeyIsRefused()
{
    QFile stored(m_knownHosts);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray before = stored.readAll();
    stored.close();

    m_sshd.stop();
    m_sshd.writeConfig(u"hostkey_b"_s);
    QVERIFY2(m_sshd.start(), m_sshd.log().constData());

    auto c = connection();
    auto refused = waitFor<SshHostKey>([&](QObject *ctx, auto h) { c->open(ctx, h); });
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind(), SshError::Kind::HostKeyChanged);
    QVERIFY(refused->error().userMessage().contains(kInstance));
    // Accepting the new key does not override a stored one.
    c->trustHostKey(refused->error().hostKey());
    auto still = waitFor<SshHostKey>([&](QObject *ctx, auto h) { c->open(ctx, h); });
    QVERIFY(still && !still->ok());
    QCOMPARE(still->error().kind(), SshError::Kind::HostKeyChanged);
    auto exec = waitFor<SshExecResult>([&](QObject *ctx, auto h) { c->exec(u"echo no"_s, {}, ctx, h); });
    QVERIFY(exec && !exec->ok());
    QCOMPARE(exec->error().kind(), SshError::Kind::HostKeyChanged);

    // Neither the sampler nor a tunnel gets through, and the sampler stops rather than retrying.
    SshMetricsSampler sampler(c.get());
    QSignalSpy failed(&sampler, &SshMetricsSampler::failed);
    sampler.start();
    QVERIFY(failed.wait(20000));
    QVERIFY(!sampler.isRunning());
    SshTunnelSpec spec;
    spec.endpoint = endpoint();
    spec.auth = keyAuth();
    spec.remotePort = 8888;
    spec.options = options();
    spec.acceptedHostKey = refused->error().hostKey();
    SshTunnel tunnel(spec);
    QSignalSpy tunnelFailed(&tunnel, &SshTunnel::failed);
    tunnel.start();
    QVERIFY(tunnelFailed.wait(20000));
    QCOMPARE(tunnel.error().kind(), SshError::Kind::HostKeyChanged);

    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), before);
}

void TestSshOpenSsh::cleanupTestCase()
{
    m_sshd.stop();
}

QTEST_GUILESS_MAIN(TestSshOpenSsh)
#include "tst_ssh_openssh.moc"
