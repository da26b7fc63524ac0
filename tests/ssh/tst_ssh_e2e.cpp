// SPDX-License-Identifier: Apache-2.0
// Issue 19's acceptance: OpenSSH's own client against `glows-sandbox --ssh`, through the config glows-cli
// writes. Everything lives in a temporary HOME; OpenSSH takes `~` from the password database, so every ssh
// call names the config with -F and never reads the real ~/.ssh.
#include "chaos/sandboxprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSshEndToEnd final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensshThroughTheManagedConfig();
    void releasedInstanceLeavesTheConfig();
    void sshCommandUsesTheAlias();

private:
    Run run(const QString &program, const QStringList &args, int timeoutMs = 60000);
    Run cli(const QStringList &args)
    {
        return run(QStringLiteral(GLOWS_CLI_EXE), QStringList{u"--server"_s, m_url} + args);
    }
    QString sshConfigPath() const { return m_home.path() + u"/.ssh/config"_s; }
    QString managedConfig() const;
    QHash<QString, QString> resolve(const QString &host);
    QString runningInstanceWithSsh();

    QTemporaryDir m_home;
    glows::test::SandboxProcess m_sandbox{QStringLiteral(GLOWS_SANDBOX_EXE)};
    QString m_url;
    QString m_instance;
    QString m_missing; // why the acceptance cannot run yet
};

Run TestSshEndToEnd::run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    env.remove(u"SSH_AUTH_SOCK"_s); // only the key in the temporary HOME may log in
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // no terminal: nobody could answer a prompt
    process.start(program, args);
    Run r;
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        r.err = u"did not finish: %1 %2"_s.arg(program, args.join(u' '));
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString TestSshEndToEnd::managedConfig() const
{
    QFile file(m_home.path() + u"/.ssh/glows/config"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QHash<QString, QString> TestSshEndToEnd::resolve(const QString &host)
{
    const Run r = run(u"ssh"_s, {u"-F"_s, sshConfigPath(), u"-G"_s, host});
    QHash<QString, QString> values;
    for (const QString &line : r.out.split(u'\n')) {
        const qsizetype space = line.indexOf(u' ');
        if (space > 0 && !values.contains(line.left(space)))
            values.insert(line.left(space), line.mid(space + 1));
    }
    return values;
}

QString TestSshEndToEnd::runningInstanceWithSsh()
{
    const Run list = cli({u"--json"_s, u"list"_s});
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QJsonObject in = v.toObject();
        if (in.value("status"_L1).toString().compare("running"_L1, Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue &a : in.value("accesses"_L1).toArray()) {
            const QString url = a.toObject().value("url"_L1).toString();
            if (url.startsWith("ssh://127.0.0.1:"_L1))
                return in.value("instanceID"_L1).toString();
        }
    }
    return {};
}

void TestSshEndToEnd::initTestCase()
{
    QVERIFY(m_home.isValid());
    if (QStandardPaths::findExecutable(u"ssh"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
        QSKIP("OpenSSH's ssh and ssh-keygen are needed (Debian: openssh-client)");

    QProcess help;
    help.start(QStringLiteral(GLOWS_SANDBOX_EXE), {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const bool sandboxHasSsh = help.readAllStandardOutput().contains("--ssh");
    const Run cliHelp = run(QStringLiteral(GLOWS_CLI_EXE), {u"--help"_s});
    const bool cliHasKeyInstall = cliHelp.out.contains(u"ssh-key"_s);
    QStringList missing;
    if (!sandboxHasSsh)
        missing << u"glows-sandbox --ssh (branch ssh-sandbox)"_s;
    if (!cliHasKeyInstall)
        missing << u"glows-cli ssh-key install (branch ssh-client)"_s;
    m_missing = missing.join(u" and "_s);

    m_url = m_sandbox.start(sandboxHasSsh
                                ? QStringList{u"--ssh"_s, u"--data"_s, m_home.filePath(u"sandbox.sqlite"_s)}
                                : QStringList{u"--data"_s, m_home.filePath(u"sandbox.sqlite"_s)});
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_sandbox.lastError()));
    if (sandboxHasSsh) {
        m_instance = runningInstanceWithSsh();
        QVERIFY2(!m_instance.isEmpty(),
                 "the sandbox lists no Running instance with an ssh://127.0.0.1 address");
    }
    QVERIFY(QDir().mkdir(m_home.path() + u"/.ssh"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const Run keygen = run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                                             u"glows-e2e"_s, u"-f"_s, m_home.path() + u"/.ssh/id_ed25519"_s});
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
}

void TestSshEndToEnd::opensshThroughTheManagedConfig()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(u"Needs "_s + m_missing));
    const Run install = cli({u"--yes"_s, u"ssh-key"_s, u"install"_s, m_instance, u"--key"_s,
                             m_home.path() + u"/.ssh/id_ed25519.pub"_s});
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));

    const Run write = cli({u"ssh-config"_s, u"--write"_s, u"--yes"_s});
    QVERIFY2(write.exitCode == 0, qPrintable(write.err));
    QVERIFY2(managedConfig().contains(u"IdentityFile "_s + m_home.path() + u"/.ssh/id_ed25519\n"_s),
             qPrintable(managedConfig()));

    // OpenSSH's own parser resolves the instance ID through ~/.ssh/config's Include.
    const QHash<QString, QString> v = resolve(m_instance);
    QCOMPARE(v.value(u"hostname"_s), u"127.0.0.1"_s);
    const Run list = cli({u"--json"_s, u"show"_s, m_instance});
    QString port;
    for (const QJsonValue &a :
         QJsonDocument::fromJson(list.out.toUtf8()).object().value("accesses"_L1).toArray()) {
        const QString url = a.toObject().value("url"_L1).toString();
        if (url.startsWith("ssh://"_L1))
            port = url.section(u':', -1);
    }
    QVERIFY(!port.isEmpty());
    QCOMPARE(v.value(u"port"_s), port);
    QCOMPARE(v.value(u"hostkeyalias"_s), m_instance);

    // And logs in with the key alone, checking the host key stored by the install (BatchMode: no prompt).
    const Run gpu =
        run(u"ssh"_s, {u"-F"_s, sshConfigPath(), u"-o"_s, u"BatchMode=yes"_s, m_instance, u"nvidia-smi"_s,
                       u"--query-gpu=utilization.gpu"_s, u"--format=csv,noheader,nounits"_s});
    QVERIFY2(gpu.exitCode == 0, qPrintable(gpu.err));
    static const QRegularExpression number(u"^\\s*\\d+(\\.\\d+)?\\s*$"_s);
    QVERIFY2(number.match(gpu.out.split(u'\n').first()).hasMatch(), qPrintable(gpu.out));
}

void TestSshEndToEnd::releasedInstanceLeavesTheConfig()
{
    if (m_instance.isEmpty())
        QSKIP(qPrintable(u"Needs "_s + m_missing));
    QVERIFY(cli({u"ssh-config"_s, u"--write"_s, u"--yes"_s}).exitCode == 0);
    QVERIFY(managedConfig().contains(u" %1\n"_s.arg(m_instance)));
    const Run release = cli({u"--yes"_s, u"release"_s, m_instance});
    QVERIFY2(release.exitCode == 0, qPrintable(release.err));
    // The release takes a moment on the sandbox; the config follows once the instance has left Running.
    const auto rewritten = [this] {
        return cli({u"ssh-config"_s, u"--write"_s, u"--yes"_s}).exitCode == 0 &&
               !managedConfig().contains(m_instance);
    };
    QTRY_VERIFY_WITH_TIMEOUT(rewritten(), 30000);
    QVERIFY(resolve(m_instance).value(u"hostname"_s) == m_instance); // no longer an alias
}

void TestSshEndToEnd::sshCommandUsesTheAlias()
{
    // After the release above, pick any other Running instance; `glows-cli ssh` runs the command remotely.
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(u"Needs "_s + m_missing));
    const QString other = runningInstanceWithSsh();
    if (other.isEmpty())
        QSKIP("no second Running instance with SSH in the sandbox");
    QVERIFY(cli({u"--yes"_s, u"ssh-key"_s, u"install"_s, other, u"--key"_s,
                 m_home.path() + u"/.ssh/id_ed25519.pub"_s})
                .exitCode == 0);
    QVERIFY(cli({u"ssh-config"_s, u"--write"_s, u"--yes"_s}).exitCode == 0);
    // No terminal and a known host key: the key logs in, nothing prompts.
    const Run r = cli({u"ssh"_s, other, u"--"_s, u"nvidia-smi"_s, u"--query-gpu=utilization.gpu"_s,
                       u"--format=csv,noheader,nounits"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    static const QRegularExpression number(u"^\\s*\\d+(\\.\\d+)?\\s*$"_s);
    QVERIFY2(number.match(r.out.split(u'\n').first()).hasMatch(), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestSshEndToEnd)
#include "tst_ssh_e2e.moc"
