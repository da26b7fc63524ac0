// SPDX-License-Identifier: Apache-2.0
// The sandbox's SSH endpoints (sandbox --ssh): login, host keys, the simulated commands against the metrics
// extension, key install, the JupyterLab tunnel, lifecycle, timeouts, and one run of OpenSSH's client.
#include "core/sshremote.h"
#include "sandbox/metrics.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sshacceptor.h"
#include "sandbox/sshendpoint.h"
#include "sandbox/sshendpoints.h"
#include "sshtestclient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;
using glows::test::SshTestClient;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;

SandboxOptions sshOptions(const QString &dataPath = u":memory:"_s)
{
    SandboxOptions o;
    o.manualClock = true;
    o.clockStartMs = kT0;
    o.rngSeed = 7;
    o.dataPath = dataPath;
    o.ssh.enabled = true;
    return o;
}

// The first Running instance of the demo data with a GPU.
QString runningGpuInstance(SandboxServer &server)
{
    for (const Instance &in : server.engine().instances()) {
        if (in.status.state() == InstanceState::Running && in.hardware.gpuRamMB > 0)
            return in.instanceID;
    }
    return {};
}

QString sshUrl(SandboxServer &server, const QString &id)
{
    const auto in = server.engine().instance(id);
    for (const Access &a : in ? in->accesses : QList<Access>{}) {
        if (a.protocol == "ssh"_L1)
            return a.url;
    }
    return {};
}

QString passwordOf(SandboxServer &server, const QString &id)
{
    return server.engine().instance(id)->sshCred.password;
}

QList<qint64> numbers(const QByteArray &line)
{
    QList<qint64> out;
    for (const QByteArray &w : line.simplified().split(' ')) {
        bool ok = false;
        const qint64 v = w.toLongLong(&ok);
        if (ok)
            out.append(v);
    }
    return out;
}

QByteArray lineStarting(const QByteArray &text, const QByteArray &prefix)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(prefix))
            return line;
    }
    return {};
}

struct ClientKey
{
    ssh_key key = nullptr;
    QByteArray publicLine;
    ~ClientKey() { ssh_key_free(key); }
};

std::unique_ptr<ClientKey> newClientKey()
{
    auto k = std::make_unique<ClientKey>();
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &k->key) != SSH_OK)
        return nullptr;
    char *b64 = nullptr;
    ssh_pki_export_pubkey_base64(k->key, &b64);
    k->publicLine = "ssh-ed25519 " + QByteArray(b64) + " tester@glows";
    ssh_string_free_char(b64);
    return k;
}

} // namespace

class TestSandboxSsh final : public QObject
{
    Q_OBJECT
private slots:
    void accessUrlPointsAtTheEndpoint();
    void passwordLogin();
    void hostKeyStableAcrossRestart();
    void gpuQueryAgreesWithMetrics();
    void procAndDiskAgreeWithMetrics();
    void otherCommands();
    void installKeyThenPublicKeyLogin();
    void jupyterTunnel();
    void endpointFollowsTheLifecycle();
    void unauthenticatedConnectionsAreDropped();
    void connectionsAreBounded();
    void withoutSshTheUrlsStaySimulated();
    void laterEndpointsWaitForTheFirstSync();
    void endpointsShareOneAcceptingThread();
    void earlierOpenSshHostKeysStillServe();
    void openSshClient();
};

void TestSandboxSsh::accessUrlPointsAtTheEndpoint()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    QVERIFY(server.sshEndpoints());
    int running = 0;
    for (const Instance &in : server.engine().instances()) {
        const quint16 port = server.sshEndpoints()->port(in.instanceID);
        if (in.status.state() != InstanceState::Running) {
            QCOMPARE(port, quint16(0));
            continue;
        }
        ++running;
        QVERIFY(port != 0);
        QCOMPARE(sshUrl(server, in.instanceID), u"ssh://127.0.0.1:%1"_s.arg(port));
    }
    QVERIFY(running > 0);
    QCOMPARE(server.sshEndpoints()->count(), running);

    // A new instance: the answer that first shows it Running already carries its endpoint's URL.
    CreateInstanceRequest r;
    r.fromImageId = u"img-87p9kq26"_s;
    r.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    r.regionName = u"TW-03"_s;
    r.customMetaKey = u"ssh-test"_s;
    const auto created = server.engine().create(r);
    QVERIFY(created.ok());
    const QString id = created.value().instanceID;
    QCOMPARE(server.sshEndpoints()->port(id), quint16(0));
    const StepDurations steps = server.engine().steps();
    server.clock().advance(steps.schedQueuedMs + steps.pendingMs);
    const auto live = server.engine().instance(id);
    QCOMPARE(live->status.state(), InstanceState::Running);
    const quint16 port = server.sshEndpoints()->port(id);
    QVERIFY(port != 0);
    QCOMPARE(live->accesses.first().url, u"ssh://127.0.0.1:%1"_s.arg(port));
    SshTestClient c;
    QVERIFY(c.connect(port));
    QVERIFY(c.password(live->sshCred.password));
}

void TestSandboxSsh::passwordLogin()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    const quint16 port = server.sshEndpoints()->port(id);
    SshTestClient wrong;
    QVERIFY(wrong.connect(port));
    QVERIFY(!wrong.password(u"not-the-password"_s));
    QCOMPARE(server.sshEndpoints()->authFailures(id), 1);
    SshTestClient otherUser;
    QVERIFY(otherUser.connect(port, "admin"));
    QVERIFY(!otherUser.password(passwordOf(server, id)));
    SshTestClient right;
    QVERIFY(right.connect(port));
    QVERIFY(right.password(passwordOf(server, id)));
    const auto r = right.exec("hostname");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, id.toLatin1() + '\n');
}

void TestSandboxSsh::hostKeyStableAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    QString id;
    QByteArray first;
    quint16 firstPort = 0;
    {
        SandboxServer server(sshOptions(path));
        QVERIFY(server.open());
        id = runningGpuInstance(server);
        firstPort = server.sshEndpoints()->port(id);
        SshTestClient c;
        QVERIFY(c.connect(firstPort));
        first = c.hostKeyHash();
        QVERIFY(!first.isEmpty());
        QVERIFY(server.flush());
    }
    SandboxServer again(sshOptions(path));
    QVERIFY(again.open());
    const quint16 port = again.sshEndpoints()->port(id);
    QVERIFY(port != 0);
    QCOMPARE(sshUrl(again, id), u"ssh://127.0.0.1:%1"_s.arg(port));
    SshTestClient c;
    QVERIFY(c.connect(port));
    QCOMPARE(c.hostKeyHash(), first);
    // Each instance has a key of its own.
    for (const Instance &in : again.engine().instances()) {
        if (in.instanceID == id || !again.sshEndpoints()->port(in.instanceID))
            continue;
        SshTestClient other;
        QVERIFY(other.connect(again.sshEndpoints()->port(in.instanceID)));
        QVERIFY(other.hostKeyHash() != first);
    }
}

void TestSandboxSsh::gpuQueryAgreesWithMetrics()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    SshTestClient c;
    QVERIFY(c.connect(server.sshEndpoints()->port(id)));
    QVERIFY(c.password(passwordOf(server, id)));
    const InstanceRec rec = server.engine().state().instances.value(id);
    const MetricSample s = metrics::sample(rec, server.clock().wallSecs());
    const int gpus = qMax(1, rec.pub.hardware.gpuNum);

    const auto r = c.exec(QByteArray(sshremote::kGpuQuery.data(), sshremote::kGpuQuery.size()));
    QCOMPARE(r.status, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), gpus);
    double used = 0;
    double total = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(',');
        QCOMPARE(f.size(), 3);
        QVERIFY(qAbs(f.at(0).trimmed().toDouble() - s.gpuUtil) <= 0.5);
        used += f.at(1).trimmed().toDouble();
        total += f.at(2).trimmed().toDouble();
    }
    QVERIFY(qAbs(used - s.gpuMemUsedMB) <= 1);
    QVERIFY(qAbs(total - s.gpuMemTotalMB) <= gpus);

    // Any subset, in any order.
    const auto one =
        c.exec("nvidia-smi --query-gpu=memory.total,utilization.gpu --format=csv,noheader,nounits");
    QCOMPARE(one.status, 0);
    const QList<QByteArray> f = one.out.split('\n').first().split(',');
    QCOMPARE(f.size(), 2);
    QVERIFY(qAbs(f.at(1).trimmed().toDouble() - s.gpuUtil) <= 0.5);
    const auto bad = c.exec("nvidia-smi --query-gpu=power.draw --format=csv");
    QVERIFY(bad.status != 0);
}

void TestSandboxSsh::procAndDiskAgreeWithMetrics()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    SshTestClient c;
    QVERIFY(c.connect(server.sshEndpoints()->port(id)));
    QVERIFY(c.password(passwordOf(server, id)));
    const InstanceRec rec = server.engine().state().instances.value(id);
    const int cores = qMax(1, rec.pub.hardware.cpuCoresNum);
    const QByteArray proc(sshremote::kProcQuery.data(), sshremote::kProcQuery.size());

    const qint64 t0 = server.clock().wallSecs();
    const auto first = c.exec(proc);
    QCOMPARE(first.status, 0);
    constexpr qint64 kStep = 60;
    server.clock().advance(kStep * 1000);
    server.sshEndpoints()->sync();
    const auto second = c.exec(proc);
    QCOMPARE(second.status, 0);

    // /proc/stat: "cpu" then user nice system idle iowait irq softirq steal guest guest_nice, all growing;
    // the busy share between the two reads is the extension's CPU figure over those seconds.
    const QList<qint64> a = numbers(lineStarting(first.out, "cpu "));
    const QList<qint64> b = numbers(lineStarting(second.out, "cpu "));
    QCOMPARE(a.size(), 10);
    QCOMPARE(b.size(), 10);
    for (int i = 0; i < 10; ++i)
        QVERIFY2(b.at(i) >= a.at(i), qPrintable(u"counter %1 went back"_s.arg(i)));
    const auto busy = [](const QList<qint64> &v) { return v[0] + v[1] + v[2] + v[5] + v[6] + v[7]; };
    const auto total = [&busy](const QList<qint64> &v) { return busy(v) + v[3] + v[4]; };
    QCOMPARE(total(b) - total(a), kStep * 100 * cores);
    double expected = 0;
    double netIn = 0;
    for (qint64 t = t0 + 1; t <= t0 + kStep; ++t) {
        expected += metrics::sample(rec, t).cpuPct / double(kStep);
        netIn += metrics::sample(rec, t).netInKBps * 1024;
    }
    const double measured = 100.0 * double(busy(b) - busy(a)) / double(total(b) - total(a));
    QVERIFY2(qAbs(measured - expected) < 0.5, qPrintable(u"%1 versus %2"_s.arg(measured).arg(expected)));
    QCOMPARE(lineStarting(second.out, "cpu0 ").isEmpty(), false);

    // /proc/meminfo: MemTotal - MemAvailable is the RAM in use.
    const MetricSample s = metrics::sample(rec, t0 + kStep);
    const qint64 memTotal = numbers(lineStarting(second.out, "MemTotal:")).value(0);
    const qint64 memAvailable = numbers(lineStarting(second.out, "MemAvailable:")).value(0);
    QCOMPARE(memTotal, qint64(s.ramTotalMB) * 1024);
    QCOMPARE(memTotal - memAvailable, qint64(s.ramUsedMB) * 1024);

    // /proc/net/dev: "eth0:" then 16 counters; received bytes grow by what the extension reports.
    const auto eth0 = [](const QByteArray &out) {
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().startsWith("eth0:"))
                return numbers(line.trimmed().mid(5));
        }
        return QList<qint64>();
    };
    const QList<qint64> ea = eth0(first.out);
    const QList<qint64> eb = eth0(second.out);
    QCOMPARE(ea.size(), 16);
    QVERIFY(eb.at(0) >= ea.at(0) && eb.at(8) >= ea.at(8));
    QVERIFY(qAbs(double(eb.at(0) - ea.at(0)) - netIn) <= 2);

    // df -P -k /: one header, one line; sizes in KiB.
    const auto df = c.exec(QByteArray(sshremote::kDiskQuery.data(), sshremote::kDiskQuery.size()));
    QCOMPARE(df.status, 0);
    const QList<QByteArray> lines = df.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("Filesystem"));
    const QList<qint64> d = numbers(lines.at(1));
    QCOMPARE(d.size(), 3); // the capacity ends in '%'
    QCOMPARE(d.at(0), qint64(s.diskTotalGB) * 1024 * 1024);
    QCOMPARE(d.at(1), metrics::diskUsedGB(rec) * 1024 * 1024);
    QCOMPARE(d.at(0) - d.at(1), d.at(2));
    QVERIFY(lines.at(1).endsWith("% /"));
}

void TestSandboxSsh::otherCommands()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    SshTestClient c;
    QVERIFY(c.connect(server.sshEndpoints()->port(id)));
    QVERIFY(c.password(passwordOf(server, id)));
    QCOMPARE(c.exec("true").status, 0);
    QCOMPARE(c.exec("echo hello 'world'").out, "hello world\n"_ba);
    QVERIFY(c.exec("uname -a").out.startsWith("Linux " + id.toLatin1()));
    const auto missing = c.exec("rm -rf /");
    QCOMPARE(missing.status, 127);
    QCOMPARE(missing.err, "sandbox: command not available in the simulated instance: rm -rf /\n"_ba);
    const auto file = c.exec("cat /etc/passwd");
    QCOMPARE(file.status, 1);
    const auto shell = c.exec({}, {}, true);
    QVERIFY(shell.ok);
    QCOMPARE(shell.status, 1);
    QVERIFY(shell.err.contains("no interactive shell"));
    // One connection carries many commands (the Monitor tab samples on one), each on its own channel.
    for (int i = 0; i < 40; ++i)
        QCOMPARE(c.exec("true").status, 0);
}

void TestSandboxSsh::installKeyThenPublicKeyLogin()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    const auto key = newClientKey();
    QVERIFY(key);
    const QByteArray install(sshremote::kInstallKey.data(), sshremote::kInstallKey.size());
    QString id;
    {
        SandboxServer server(sshOptions(path));
        QVERIFY(server.open());
        id = runningGpuInstance(server);
        const quint16 port = server.sshEndpoints()->port(id);
        SshTestClient before;
        QVERIFY(before.connect(port));
        QVERIFY(!before.publicKey(key->key));

        SshTestClient c;
        QVERIFY(c.connect(port));
        QVERIFY(c.password(passwordOf(server, id)));
        QCOMPARE(c.exec(install, key->publicLine + '\n').status, 0);
        QCOMPARE(c.exec(install, key->publicLine + '\n').status, 0); // the same key again
        const auto junk = c.exec(install, "not a key\nsecond line\n");
        QCOMPARE(junk.status, 1);
        QVERIFY(!junk.err.isEmpty());

        SshTestClient after;
        QVERIFY(after.connect(port));
        QVERIFY(after.publicKey(key->key));
        QCOMPARE(after.exec("true").status, 0);
        // Recorded once in the instance, and saved with it.
        QTRY_COMPARE(server.engine().state().instances.value(id).authorizedKeys,
                     QStringList{QString::fromLatin1(key->publicLine)});
        QVERIFY(server.flush());
    }
    SandboxServer again(sshOptions(path));
    QVERIFY(again.open());
    SshTestClient c;
    QVERIFY(c.connect(again.sshEndpoints()->port(id)));
    QVERIFY(c.publicKey(key->key));
}

void TestSandboxSsh::jupyterTunnel()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    SshTestClient c;
    QVERIFY(c.connect(server.sshEndpoints()->port(id)));
    QVERIFY(c.password(passwordOf(server, id)));
    bool opened = false;
    const QByteArray page = c.forward(8888, "GET /lab HTTP/1.1\r\nHost: localhost:8888\r\n\r\n", &opened);
    QVERIFY(opened);
    QVERIFY(page.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(page.contains("<title>JupyterLab (Glows sandbox, simulated)</title>"));
    const qsizetype bodyAt = page.indexOf("\r\n\r\n") + 4;
    QVERIFY(page.contains("Content-Length: " + QByteArray::number(page.size() - bodyAt) + "\r\n"));
    c.forward(6006, "GET / HTTP/1.1\r\n\r\n", &opened);
    QVERIFY(!opened);
}

void TestSandboxSsh::endpointFollowsTheLifecycle()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    const quint16 port = server.sshEndpoints()->port(id);
    QByteArray hostKey;
    {
        SshTestClient c;
        QVERIFY(c.connect(port));
        hostKey = c.hostKeyHash();
    }
    // A snapshot pauses the instance: no endpoint until it runs again, then the same host key.
    QVERIFY(server.engine().takeSnapshot(id, u"ssh-test"_s, false).ok());
    server.sshEndpoints()->sync();
    QCOMPARE(server.sshEndpoints()->port(id), quint16(0));
    SshTestClient refused;
    QVERIFY(!refused.connect(port));
    const StepDurations steps = server.engine().steps();
    server.clock().advance(steps.suspendingMs + steps.pausedMs + 1000);
    server.engine().advance();
    QCOMPARE(server.engine().instance(id)->status.state(), InstanceState::Running);
    const quint16 back = server.sshEndpoints()->port(id);
    QVERIFY(back != 0);
    QCOMPARE(sshUrl(server, id), u"ssh://127.0.0.1:%1"_s.arg(back));
    {
        SshTestClient c;
        QVERIFY(c.connect(back));
        QCOMPARE(c.hostKeyHash(), hostKey);
    }
    // Released: the endpoint closes, a connection that was open included.
    SshTestClient open;
    QVERIFY(open.connect(back));
    QVERIFY(open.password(passwordOf(server, id)));
    QVERIFY(server.engine().release(id).ok());
    server.sshEndpoints()->sync();
    QCOMPARE(server.sshEndpoints()->port(id), quint16(0));
    QVERIFY(!open.exec("true").ok);
    SshTestClient gone;
    QVERIFY(!gone.connect(back));
}

void TestSandboxSsh::unauthenticatedConnectionsAreDropped()
{
    SandboxOptions options = sshOptions();
    options.ssh.authTimeoutMs = 300;
    SandboxServer server(options);
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    const quint16 port = server.sshEndpoints()->port(id);
    QTcpSocket silent; // never says a word
    silent.connectToHost(u"127.0.0.1"_s, port);
    QVERIFY(silent.waitForConnected(5000));
    SshTestClient idle; // exchanges keys, never logs in
    QVERIFY(idle.connect(port));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.sshEndpoints()->connectionCount(id), 0, 10000);
    QVERIFY(!idle.password(passwordOf(server, id)));
}

void TestSandboxSsh::connectionsAreBounded()
{
    SandboxOptions options = sshOptions();
    options.ssh.maxConnectionsPerInstance = 2;
    SandboxServer server(options);
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    const quint16 port = server.sshEndpoints()->port(id);
    QTcpSocket a;
    QTcpSocket b;
    QTcpSocket third;
    for (QTcpSocket *s : {&a, &b}) {
        s->connectToHost(u"127.0.0.1"_s, port);
        QVERIFY(s->waitForConnected(5000));
    }
    QTRY_COMPARE(server.sshEndpoints()->connectionCount(id), 2);
    third.connectToHost(u"127.0.0.1"_s, port);
    QTRY_COMPARE_WITH_TIMEOUT(third.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(a.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(b.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxSsh::withoutSshTheUrlsStaySimulated()
{
    SandboxOptions options = sshOptions();
    options.ssh.enabled = false;
    SandboxServer server(options);
    QVERIFY(server.open());
    QVERIFY(!server.sshEndpoints());
    const QString id = runningGpuInstance(server);
    QVERIFY(QUrl(sshUrl(server, id)).host().endsWith(".access.sandbox.invalid"_L1));
}

void TestSandboxSsh::openSshClient()
{
    const QString ssh = QStandardPaths::findExecutable(u"ssh"_s);
    if (ssh.isEmpty())
        QSKIP("OpenSSH's ssh is not installed");
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    const quint16 port = server.sshEndpoints()->port(id);
    QTemporaryDir dir;
    const auto key = newClientKey();
    QVERIFY(key);
    const QString keyFile = dir.filePath(u"id_ed25519"_s);
    QCOMPARE(
        ssh_pki_export_privkey_file(key->key, nullptr, nullptr, nullptr, keyFile.toLocal8Bit().constData()),
        SSH_OK);
    QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::WriteOwner);
    {
        SshTestClient c;
        QVERIFY(c.connect(port));
        QVERIFY(c.password(passwordOf(server, id)));
        QCOMPARE(c.exec(QByteArray(sshremote::kInstallKey.data(), sshremote::kInstallKey.size()),
                        key->publicLine + '\n')
                     .status,
                 0);
    }
    const auto run = [&](const QStringList &command, QByteArray *out) {
        QProcess p;
        p.setProgram(ssh);
        p.setArguments(QStringList{u"-F"_s, u"/dev/null"_s, u"-o"_s, u"BatchMode=yes"_s, u"-o"_s,
                                   u"StrictHostKeyChecking=no"_s, u"-o"_s,
                                   u"UserKnownHostsFile="_s + dir.filePath(u"known_hosts"_s), u"-o"_s,
                                   u"IdentitiesOnly=yes"_s, u"-i"_s, keyFile, u"-p"_s, QString::number(port),
                                   u"root@127.0.0.1"_s} +
                       command);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start();
        if (!p.waitForFinished(30000))
            return -1;
        *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(
        run({u"nvidia-smi"_s, u"--query-gpu=utilization.gpu"_s, u"--format=csv,noheader,nounits"_s}, &out),
        0);
    bool isNumber = false;
    const double util = out.trimmed().toDouble(&isNumber);
    QVERIFY2(isNumber, out.constData());
    QVERIFY(util >= 0 && util <= 100);
    QCOMPARE(run({u"no-such-tool"_s}, &out), 127);
}

QTEST_GUILESS_MAIN(TestSandboxSsh)
void TestSandboxSsh::laterEndpointsWaitForTheFirstSync()
{
    SandboxOptions options = sshOptions();
    options.extraDemoInstances = 12;
    options.ssh.startBatch = 4;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    int running = 0;
    for (const Instance &in : server.engine().instances())
        running += in.status.state() == InstanceState::Running ? 1 : 0;
    QVERIFY(running > options.ssh.startBatch);
    // Turns of the event loop alone start no more than the first batch: the first answer is not held up.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(server.sshEndpoints()->count(), options.ssh.startBatch);
    // A request lets the others follow, a batch per turn.
    QNetworkAccessManager nam;
    QNetworkRequest list(QUrl(server.baseUrl() + u"/instance/list"_s));
    list.setRawHeader("Authorization", "Bearer " + options.token.toUtf8());
    std::unique_ptr<QNetworkReply> reply(nam.get(list));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QTRY_COMPARE(server.sshEndpoints()->count(), running);
}

void TestSandboxSsh::endpointsShareOneAcceptingThread()
{
    const auto threads = [] {
        return QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
    };
    if (threads() == 0)
        QSKIP("needs /proc/self/task (Linux)");
    SandboxOptions options = sshOptions();
    options.extraDemoInstances = 12;
    const qsizetype before = threads();
    SandboxServer server(options);
    QVERIFY(server.open());
    QVERIFY(server.sshEndpoints()->count() > 10);
    // Endpoints nobody has connected to cost a listening socket each, not a thread.
    QCOMPARE(threads(), before + 1);
    SshTestClient c;
    QVERIFY(c.connect(server.sshEndpoints()->port(runningGpuInstance(server))));
    QVERIFY(c.password(passwordOf(server, runningGpuInstance(server))));
    QCOMPARE(threads(), before + 2); // and a connection one
}

void TestSandboxSsh::earlierOpenSshHostKeysStillServe()
{
    // Records of earlier versions hold an ed25519 key in OpenSSH's format; new ones, SEC1 PEM.
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningGpuInstance(server);
    QVERIFY(
        server.engine().state().instances.value(id).sshHostKey.startsWith("-----BEGIN EC PRIVATE KEY-----"));
    ssh_key key = nullptr;
    QCOMPARE(ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key), SSH_OK);
    char *text = nullptr;
    QCOMPARE(ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &text), SSH_OK);
    unsigned char *hash = nullptr;
    size_t length = 0;
    QCOMPARE(ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length), 0);
    const QByteArray expected = QByteArray(reinterpret_cast<const char *>(hash), qsizetype(length)).toHex();
    ssh_clean_pubkey_hash(&hash);
    ssh_key_free(key);

    SshAcceptor acceptor;
    SshEndpoint::Config config;
    config.rec = server.engine().state().instances.value(id);
    config.rec.sshHostKey = QByteArray(text);
    ssh_string_free_char(text);
    config.clock = std::make_shared<SharedClock>(*server.engine().clock());
    config.acceptor = &acceptor;
    QString error;
    const std::unique_ptr<SshEndpoint> endpoint = SshEndpoint::start(config, 0, &error);
    QVERIFY2(endpoint, qPrintable(error));
    SshTestClient c;
    QVERIFY(c.connect(endpoint->port()));
    QCOMPARE(c.hostKeyHash(), expected);
    QVERIFY(c.password(passwordOf(server, id)));
    QCOMPARE(c.exec("hostname").status, 0);
}

#include "tst_sandbox_ssh.moc"
