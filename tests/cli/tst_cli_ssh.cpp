// SPDX-License-Identifier: Apache-2.0
// glows-cli's commands over the app's own SSH client, in process, against the sandbox's SSH endpoints:
// metrics --via-ssh, ssh-key install and tunnel; the host key question on a terminal, --yes without one.
// HOME is a temporary folder, so ~/.ssh/glows/known_hosts and keys.json are the test's own.
#include "cli/cli.h"
#include "cliinprocess.h"
#include "core/sshconfigfile.h"
#include "sandbox/records.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxserver.h"
#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "support/sandboxfixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
const QString kRunning = u"ins-5y4p57y9"_s;
const QString kPaused = u"ins-r6b2n8hs"_s;
} // namespace

class TestCliSsh final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hostKeyNeedsYesWithoutTerminal();
    void hostKeyQuestionOnTerminal();
    void metricsViaSshAsJson();
    void notRunningIsRefused();
    void sshKeyInstallThenKeyLogsIn();
    void sshKeyInstallWithoutKeyOrTerminal();
    void tunnelUsage();
    void tunnelForwardsUntilInterrupted();

private:
    using Result = testing::CliResult;
    Result run(const QStringList &args, const QByteArray &answer = {}, bool interactive = false,
               const std::function<void(QString *out)> &whileRunning = {});
    QString knownHosts() const { return m_home.path() + u"/.ssh/glows/known_hosts"_s; }

    QTemporaryDir m_home;
    testing::SandboxFixture m_sandbox;
};

void TestCliSsh::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("SSH_AUTH_SOCK");
    QCOMPARE(QDir::homePath(), m_home.path());
}

void TestCliSsh::init()
{
    QDir(m_home.path() + u"/.ssh"_s).removeRecursively();
    sandbox::SandboxOptions options;
    options.ssh.enabled = true;
    QVERIFY(m_sandbox.start(options));
}

void TestCliSsh::cleanup()
{
    m_sandbox.stop();
}

TestCliSsh::Result TestCliSsh::run(const QStringList &args, const QByteArray &answer, bool interactive,
                                   const std::function<void(QString *out)> &whileRunning)
{
    return testing::runCli(m_sandbox.server->baseUrl(), args, answer, interactive, whileRunning);
}

void TestCliSsh::hostKeyNeedsYesWithoutTerminal()
{
    const Result r = run({u"metrics"_s, kRunning, u"--via-ssh"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"SHA256:"_s) && r.err.contains(u"--yes"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(knownHosts()));

    const Result yes = run({u"--yes"_s, u"metrics"_s, kRunning, u"--via-ssh"_s});
    QCOMPARE(yes.code, 0);
    QVERIFY2(yes.out.contains(u"CPU%"_s), qPrintable(yes.out));
    QVERIFY(yes.err.contains(u"From the instance over SSH."_s));
    QVERIFY(QFile::exists(knownHosts()));
    // Known now: no question, no --yes needed.
    const Result again = run({u"metrics"_s, kRunning, u"--via-ssh"_s});
    QCOMPARE(again.code, 0);
}

void TestCliSsh::hostKeyQuestionOnTerminal()
{
    const Result no = run({u"metrics"_s, kRunning, u"--via-ssh"_s}, "n\n", true);
    QCOMPARE(no.code, 1);
    QVERIFY2(no.err.contains(u"Trust it and connect?"_s) && no.err.contains(u"[y/N]"_s), qPrintable(no.err));
    QVERIFY(!QFile::exists(knownHosts()));
    const Result yes = run({u"metrics"_s, kRunning, u"--via-ssh"_s}, "y\n", true);
    QCOMPARE(yes.code, 0);
    QFile file(knownHosts());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(kRunning.toUtf8() + " ecdsa-sha2-nistp256 ")); // the sandbox's host key
}

void TestCliSsh::metricsViaSshAsJson()
{
    const Result r = run({u"--yes"_s, u"--json"_s, u"metrics"_s, kRunning, u"--via-ssh"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("source"_L1).toString(), u"ssh"_s);
    QCOMPARE(o.value("simulated"_L1).toBool(true), false);
    const QJsonArray samples = o.value("samples"_L1).toArray();
    QCOMPARE(samples.size(), 1);
    const QJsonObject s = samples.first().toObject();
    QVERIFY(s.value("ramTotalMB"_L1).toDouble() > 0);
    QVERIFY(s.value("cpuPct"_L1).toDouble() >= 0);
    // The sandbox's instance has GPUs: the same kind of numbers as the metrics extension.
    QCOMPARE(o.value("gpu"_L1).toString(), u"present"_s);
    QVERIFY(s.value("gpuMemTotalMB"_L1).toDouble() > 0);
}

void TestCliSsh::notRunningIsRefused()
{
    const Result r = run({u"--yes"_s, u"metrics"_s, kPaused, u"--via-ssh"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"not running"_s), qPrintable(r.err));
    QCOMPARE(run({u"--yes"_s, u"tunnel"_s, kPaused, u"8888"_s}).code, 1);
}

void TestCliSsh::sshKeyInstallThenKeyLogsIn()
{
    const QString keygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
    if (keygen.isEmpty())
        QSKIP("ssh-keygen is not installed (openssh-client)");
    QDir().mkpath(m_home.path() + u"/.ssh"_s);
    const QString key = m_home.path() + u"/.ssh/id_ed25519"_s;
    QCOMPARE(QProcess::execute(keygen, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, key}),
             0);

    for (int i = 0; i < 2; ++i) {
        const Result r = run({u"--yes"_s, u"ssh-key"_s, u"install"_s, kRunning});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Installed "_s));
        QVERIFY(!r.out.contains(m_sandbox.server->engine().instance(kRunning)->sshCred.password));
        QVERIFY(!r.err.contains(m_sandbox.server->engine().instance(kRunning)->sshCred.password));
    }
    // Once on the instance, however often installed.
    QFile pub(key + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(pub.readAll()).trimmed();
    int found = 0;
    for (const auto &item : m_sandbox.server->engine().instancePageView(1, 100).items) {
        if (item.rec->pub.instanceID == kRunning)
            found = int(item.rec->authorizedKeys.count(line));
    }
    QCOMPARE(found, 1);
    QCOMPARE(SshKeyRegistry(SshConfigFiles(m_home.path())).identityFor(kRunning), key);

    // The key alone logs in now.
    const auto instance = m_sandbox.server->engine().instance(kRunning);
    const auto endpoint = sshEndpointFor(*instance);
    QVERIFY(endpoint);
    SshAuth auth;
    auth.identityFile = key;
    auth.useAgent = false;
    SshConnection connection(*endpoint, auth);
    std::optional<bool> ok;
    QObject context;
    connection.open(&context, [&ok](const SshResult<SshHostKey> &r) { ok = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 20000);
    QVERIFY(*ok);
}

void TestCliSsh::sshKeyInstallWithoutKeyOrTerminal()
{
    const Result r = run({u"--yes"_s, u"ssh-key"_s, u"install"_s, kRunning});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"ssh-keygen -t ed25519"_s), qPrintable(r.err));
    const Result missing =
        run({u"--yes"_s, u"ssh-key"_s, u"install"_s, kRunning, u"--key"_s, u"/nonexistent.pub"_s});
    QCOMPARE(missing.code, 1);
    QCOMPARE(run({u"ssh-key"_s, u"remove"_s, kRunning}).code, 2);
}

void TestCliSsh::tunnelUsage()
{
    QCOMPARE(run({u"tunnel"_s, kRunning}).code, 2);
    QCOMPARE(run({u"tunnel"_s, kRunning, u"70000"_s}).code, 2);
    QCOMPARE(run({u"tunnel"_s, kRunning, u"8888"_s, u"--local"_s, u"0"_s}).code, 2);
}

void TestCliSsh::tunnelForwardsUntilInterrupted()
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nullptr;
    QByteArray page;
    const Result r = run({u"--yes"_s, u"tunnel"_s, kRunning, u"8888"_s}, {}, false, [&](QString *out) {
        const QString url = out->section(u'\n', 0, 0).trimmed();
        if (url.isEmpty() || reply)
            return;
        reply = nam.get(QNetworkRequest(QUrl(url)));
        connect(reply, &QNetworkReply::finished, this, [&] {
            page = reply->readAll();
            std::raise(SIGINT); // what Ctrl-C does
        });
    });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"http://127.0.0.1:"_s), qPrintable(r.out));
    QVERIFY2(page.contains("JupyterLab"), page.constData());
    QVERIFY2(r.err.contains(u"Press Ctrl-C to stop."_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Tunnel stopped"_s), qPrintable(r.err));
    delete reply;
}

QTEST_GUILESS_MAIN(TestCliSsh)
#include "tst_cli_ssh.moc"
