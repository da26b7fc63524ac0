// SPDX-License-Identifier: Apache-2.0
// glows-cli ssh-config and ssh in process, against an in-process sandbox and a temporary HOME: the question
// before the Include line (terminal, no terminal, --yes), and the argument list handed to OpenSSH.
#include "cli/cli.h"
#include "cli/commands.h"
#include "cliinprocess.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestCliSshConfig final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void printsTheBlocks();
    void withoutTerminalTheIncludeNeedsYes();
    void terminalAnswerDecides();
    void sshRunsOpenSshWithTheAlias();

private:
    using Result = testing::CliResult;
    Result run(const QStringList &args, const QByteArray &answer = {}, bool interactive = false);
    QString read(const QString &relative) const;

    QTemporaryDir m_home;
    testing::SandboxFixture m_sandbox;
};

void TestCliSshConfig::initTestCase()
{
    QVERIFY(m_home.isValid());
    // glows-cli takes the home from $HOME (QDir::homePath()); the real ~/.ssh is never touched.
    qputenv("HOME", QFile::encodeName(m_home.path()));
}

void TestCliSshConfig::init()
{
    QVERIFY(m_sandbox.start());
    QFile::remove(m_home.path() + u"/.ssh/config"_s);
    QFile::remove(m_home.path() + u"/.ssh/glows/config"_s);
}

void TestCliSshConfig::cleanup()
{
    m_sandbox.stop();
    cli::setSshExecutor({});
}

TestCliSshConfig::Result TestCliSshConfig::run(const QStringList &args, const QByteArray &answer,
                                               bool interactive)
{
    return testing::runCli(m_sandbox.server->baseUrl(), args, answer, interactive);
}

QString TestCliSshConfig::read(const QString &relative) const
{
    QFile f(m_home.path() + u'/' + relative);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestCliSshConfig::printsTheBlocks()
{
    const Result r = run({u"ssh-config"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"\nHost glows-llama-finetune ins-5y4p57y9\n    HostName "_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"    UserKnownHostsFile "_s + m_home.path() + u"/.ssh/glows/known_hosts\n"_s));
    QVERIFY(!QFile::exists(m_home.path() + u"/.ssh"_s)); // printing writes nothing
    const Result json = run({u"--json"_s, u"ssh-config"_s});
    QCOMPARE(json.code, 0);
    QVERIFY(json.out.contains(u"\"alias\": \"glows-llama-finetune\""_s));
}

void TestCliSshConfig::withoutTerminalTheIncludeNeedsYes()
{
    const Result r = run({u"ssh-config"_s, u"--write"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(read(u".ssh/glows/config"_s).contains(u"Host glows-llama-finetune ins-5y4p57y9"_s));
    QVERIFY(!QFile::exists(m_home.path() + u"/.ssh/config"_s));
    QVERIFY2(r.err.contains(u"The Include line was not added"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"Include "_s + m_home.path() + u"/.ssh/glows/config"_s));

    const Result yes = run({u"ssh-config"_s, u"--write"_s, u"--yes"_s});
    QCOMPARE(yes.code, 0);
    QCOMPARE(read(u".ssh/config"_s), u"Include "_s + m_home.path() + u"/.ssh/glows/config\n"_s);
    const Result again = run({u"ssh-config"_s, u"--write"_s, u"--yes"_s});
    QVERIFY(again.err.contains(u"already includes it"_s));
    QCOMPARE(read(u".ssh/config"_s).count(u"Include"_s), 1);
}

void TestCliSshConfig::terminalAnswerDecides()
{
    QVERIFY(QDir().mkpath(m_home.path() + u"/.ssh"_s));
    {
        QFile f(m_home.path() + u"/.ssh/config"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Host mine\n  User me\n");
    }
    const Result no = run({u"ssh-config"_s, u"--write"_s}, "n\n", true);
    QCOMPARE(no.code, 0);
    QVERIFY2(no.err.contains(u"[y/N]"_s) && no.err.contains(u"config.glows-backup"_s), qPrintable(no.err));
    QCOMPARE(read(u".ssh/config"_s), u"Host mine\n  User me\n"_s);
    const Result yes = run({u"ssh-config"_s, u"--write"_s}, "y\n", true);
    QCOMPARE(yes.code, 0);
    QCOMPARE(read(u".ssh/config"_s),
             u"Include "_s + m_home.path() + u"/.ssh/glows/config\nHost mine\n  User me\n"_s);
    QCOMPARE(read(u".ssh/config.glows-backup"_s), u"Host mine\n  User me\n"_s);
}

void TestCliSshConfig::sshRunsOpenSshWithTheAlias()
{
    if (QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
        QSKIP("OpenSSH's ssh is not installed (Debian: openssh-client)");
    QString program;
    QStringList args;
    cli::setSshExecutor([&](const QString &p, const QStringList &a) {
        program = p;
        args = a;
        return 0;
    });
    // Without the Include: the block's settings as options.
    const Result plain = run({u"ssh"_s, u"ins-5y4p57y9"_s, u"nvidia-smi"_s, u"x y"_s});
    QCOMPARE(plain.code, 0);
    QVERIFY(program.endsWith(u"/ssh"_s));
    QCOMPARE(args.at(0), u"-p"_s);
    QVERIFY(args.contains(u"HostKeyAlias=ins-5y4p57y9"_s));
    QVERIFY(args.contains(u"UserKnownHostsFile="_s + m_home.path() + u"/.ssh/glows/known_hosts"_s));
    QCOMPARE(args.mid(args.size() - 4, 1).first().startsWith(u"root@"_s), true);
    QCOMPARE(args.mid(args.size() - 3), (QStringList{u"--"_s, u"nvidia-smi"_s, u"x y"_s}));
    // With it: the alias, and -F because this HOME is not the one OpenSSH would read.
    QCOMPARE(run({u"ssh-config"_s, u"--write"_s, u"--yes"_s}).code, 0);
    QCOMPARE(run({u"ssh"_s, u"glows-llama-finetune"_s}).code, 0);
    QCOMPARE(args, (QStringList{u"-F"_s, m_home.path() + u"/.ssh/config"_s, u"glows-llama-finetune"_s}));
    // Not Running, or unknown: refused before anything starts.
    program.clear();
    QCOMPARE(run({u"ssh"_s, u"ins-nope"_s}).code, 1);
    QVERIFY(program.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSshConfig)
#include "tst_cli_sshconfig.moc"
