// SPDX-License-Identifier: Apache-2.0
// The managed SSH config: aliases, quoting, which instances get a block, and the files in a temporary HOME
// (the Include at the top, the backup, every other byte untouched), checked with OpenSSH's own parser.
#include "core/sshconfig.h"
#include "core/sshconfigfile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sshconfig;

namespace {

Instance running(const QString &id, const QString &remark, const QString &url = u"ssh://127.0.0.1:2201"_s)
{
    Instance in;
    in.instanceID = id;
    in.remark = remark;
    in.status = InstanceStatus(InstanceState::Running);
    in.sshCred = SshCred{u"root"_s, u"secret-password"_s};
    in.accesses = {Access{u"a1"_s, u"ssh"_s, 22, url}, Access{u"a2"_s, u"http"_s, 8888, u"https://x.test"_s}};
    return in;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QFile::Permissions mode(const QString &path)
{
    constexpr QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                       QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFile::permissions(path) & all;
}

// `ssh -G` output as key -> value (first value of each key).
QHash<QString, QString> sshResolve(const QString &configPath, const QString &host)
{
    QProcess ssh;
    ssh.start(u"ssh"_s, {u"-F"_s, configPath, u"-G"_s, host});
    if (!ssh.waitForFinished(10000) || ssh.exitCode() != 0) {
        qWarning() << ssh.readAllStandardError();
        return {};
    }
    QHash<QString, QString> values;
    for (const QByteArray &line : ssh.readAllStandardOutput().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0 && !values.contains(QString::fromUtf8(line.left(space))))
            values.insert(QString::fromUtf8(line.left(space)), QString::fromUtf8(line.mid(space + 1)));
    }
    return values;
}

} // namespace

class TestSshConfig final : public QObject
{
    Q_OBJECT
private slots:
    void slugs_data();
    void slugs();
    void aliasesAndBlocks();
    void clashingNamesGetTheIdTail();
    void onlyRunningWithValidSshAccess();
    void releasedInstancesLeaveTheConfig();
    void serverTextCannotInjectLines();
    void identityFileOnlyWithAnInstalledKey();
    void pathsAreQuoted();
    void managedFileIsPrivateAndAtomic();
    void includeAtTopOnceWithBackup();
    void includeCreatesMissingConfig();
    void includeKeepsCrlf();
    void keyRegistryRoundTrip();
    void opensshResolvesTheAliases();
    void terminalRunsTheAlias();
};

void TestSshConfig::slugs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("simple") << u"Llama Finetune"_s << u"llama-finetune"_s;
    QTest::newRow("punctuation") << u"  --Llama  Fine_tune (v2)!! "_s << u"llama-fine-tune-v2"_s;
    QTest::newRow("accents") << u"Café Ünïcode"_s << u"cafe-unicode"_s;
    QTest::newRow("japanese") << u"学習サーバー"_s << QString();
    QTest::newRow("mixed") << u"学習 gpu 1"_s << u"gpu-1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("long") << QString(60, u'a') << QString(kMaxSlugLength, u'a');
    QTest::newRow("cut at dash") << QString(39, u'a') + u" bbb"_s << QString(39, u'a');
    QTest::newRow("wildcards") << u"*?!host"_s << u"host"_s;
}

void TestSshConfig::slugs()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(slugOf(name), slug);
}

void TestSshConfig::aliasesAndBlocks()
{
    const QList<HostEntry> entries =
        hostEntries({running(u"ins-aaaa1111"_s, u"Llama"_s), running(u"ins-5y4p57y9"_s, u"学習"_s)});
    QCOMPARE(entries.size(), 2);                        // sorted by ID: ins-5… before ins-a…
    QCOMPARE(entries.at(0).alias, u"glows-5y4p57y9"_s); // Japanese name: the ID's tail
    QCOMPARE(entries.at(0).instanceId, u"ins-5y4p57y9"_s);
    QCOMPARE(entries.at(1).alias, u"glows-llama"_s);
    const QList<HostEntry> one = hostEntries({running(u"ins-5y4p57y9"_s, u"Llama Finetune"_s)});
    const QString text = renderConfig(one, u"/home/u/.ssh/glows/known_hosts"_s);
    QVERIFY(text.startsWith(u"# Managed by Glows Desktop"_s));
    QVERIFY(text.contains(u"\nHost glows-llama-finetune ins-5y4p57y9\n"
                          "    HostName 127.0.0.1\n"
                          "    Port 2201\n"
                          "    User root\n"
                          "    HostKeyAlias ins-5y4p57y9\n"
                          "    UserKnownHostsFile /home/u/.ssh/glows/known_hosts\n"_s));
    QVERIFY(!text.contains(u"secret-password"_s));
    QVERIFY(!text.contains(u"IdentityFile"_s));
    QCOMPARE(findEntry(one, u"glows-llama-finetune"_s)->instanceId, u"ins-5y4p57y9"_s);
    QCOMPARE(findEntry(one, u"5y4p57y9"_s)->alias, u"glows-llama-finetune"_s); // legacy ID spelling
    QVERIFY(!findEntry(one, u"glows-other"_s));
}

void TestSshConfig::clashingNamesGetTheIdTail()
{
    const QList<HostEntry> entries = hostEntries({running(u"ins-bbb"_s, u"Train"_s, u"ssh://h.test:1"_s),
                                                  running(u"ins-aaa"_s, u"train"_s, u"ssh://h.test:2"_s),
                                                  running(u"ins-ccc"_s, u"Other"_s, u"ssh://h.test:3"_s)});
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).alias, u"glows-train-aaa"_s);
    QCOMPARE(entries.at(1).alias, u"glows-train-bbb"_s);
    QCOMPARE(entries.at(2).alias, u"glows-other"_s);
    // The same list in another order gives the same aliases.
    const QList<HostEntry> again = hostEntries({running(u"ins-ccc"_s, u"Other"_s, u"ssh://h.test:3"_s),
                                                running(u"ins-aaa"_s, u"train"_s, u"ssh://h.test:2"_s),
                                                running(u"ins-bbb"_s, u"Train"_s, u"ssh://h.test:1"_s)});
    QCOMPARE(again, entries);
    // A renamed alias that meets another name falls back to the full ID.
    const QList<HostEntry> tricky = hostEntries({running(u"ins-x"_s, u"a"_s, u"ssh://h.test:1"_s),
                                                 running(u"ins-y"_s, u"a"_s, u"ssh://h.test:2"_s),
                                                 running(u"ins-z"_s, u"a x"_s, u"ssh://h.test:3"_s)});
    QStringList aliases;
    for (const HostEntry &e : tricky)
        aliases.append(e.alias);
    QCOMPARE(aliases, (QStringList{u"glows-ins-x"_s, u"glows-a-y"_s, u"glows-a-x"_s}));
    // The same alias never appears twice.
    QCOMPARE(QSet<QString>(aliases.begin(), aliases.end()).size(), aliases.size());
}

void TestSshConfig::onlyRunningWithValidSshAccess()
{
    Instance paused = running(u"ins-p"_s, u"paused"_s);
    paused.status = InstanceStatus(InstanceState::Paused);
    Instance pending = running(u"ins-q"_s, u"pending"_s);
    pending.accesses = {Access{u"a"_s, u"ssh"_s, 22, QString()}};
    Instance noSsh = running(u"ins-r"_s, u"web"_s);
    noSsh.accesses = {Access{u"a"_s, u"http"_s, 8888, u"https://x.test"_s}};
    Instance badUrl = running(u"ins-s"_s, u"bad"_s, u"http://127.0.0.1:22"_s);
    const QList<HostEntry> entries =
        hostEntries({paused, pending, noSsh, badUrl, running(u"ins-ok"_s, u"ok"_s)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).instanceId, u"ins-ok"_s);
}

void TestSshConfig::releasedInstancesLeaveTheConfig()
{
    QTemporaryDir home;
    const SshConfigFiles files(home.path());
    Instance a = running(u"ins-aaa"_s, u"alpha"_s, u"ssh://127.0.0.1:2201"_s);
    const Instance b = running(u"ins-bbb"_s, u"beta"_s, u"ssh://127.0.0.1:2202"_s);
    QCOMPARE(files.writeManagedConfig(renderConfig(hostEntries({a, b}), files.knownHostsPath())),
             SshConfigFiles::Outcome::Written);
    QVERIFY(files.readManagedConfig().contains(u"Host glows-alpha ins-aaa"_s));
    a.status = InstanceStatus(InstanceState::Released);
    QCOMPARE(files.writeManagedConfig(renderConfig(hostEntries({a, b}), files.knownHostsPath())),
             SshConfigFiles::Outcome::Written);
    QVERIFY(!files.readManagedConfig().contains(u"ins-aaa"_s));
    QVERIFY(files.readManagedConfig().contains(u"Host glows-beta ins-bbb"_s));
    // Gone from the list altogether (another account's list, or purged): gone from the file too.
    QCOMPARE(files.writeManagedConfig(renderConfig(hostEntries({}), files.knownHostsPath())),
             SshConfigFiles::Outcome::Written);
    QVERIFY(!files.readManagedConfig().contains(u"\nHost "_s));
}

void TestSshConfig::serverTextCannotInjectLines()
{
    // Each of these would add a line or an option to the file if it were written as sent.
    const QList<Instance> hostile{
        running(u"ins-a"_s, u"x\nProxyCommand touch /tmp/pwned"_s, u"ssh://127.0.0.1:2201"_s),
        running(u"ins-b\nProxyCommand x"_s, u"b"_s),
        running(u"ins-c *"_s, u"c"_s),
        running(u"ins-d"_s, u"d"_s, u"ssh://evil.test%0AProxyCommand%20x:22"_s),
        running(u"ins-e"_s, u"e"_s, u"ssh://a b:22"_s),
    };
    Instance badUser = running(u"ins-f"_s, u"f"_s);
    badUser.sshCred.user = u"root\nProxyCommand x"_s;
    Instance spaceUser = running(u"ins-g"_s, u"g"_s);
    spaceUser.sshCred.user = u"root -oProxyCommand=x"_s;
    const QString text = renderConfig(hostEntries(hostile + QList<Instance>{badUser, spaceUser}),
                                      u"/h/.ssh/glows/known_hosts"_s);
    QVERIFY2(!text.contains(u"ProxyCommand"_s), qPrintable(text));
    QVERIFY(text.contains(u"Host glows-x-proxycommand-touch-tmp-pwned ins-a\n"_s)); // the name is only a slug
    for (const QString &line : text.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith("Host "_L1))
            continue;
        QVERIFY2(line.startsWith("    "_L1) && line.count(u' ') <= 5, qPrintable(line));
    }
    // A hand-made entry with a bad value is dropped by the renderer too.
    const HostEntry forged{u"glows-x\nProxyCommand y"_s, u"ins-x"_s, {u"h.test"_s, 22, u"root"_s}, {}};
    QVERIFY(!renderConfig({forged}, u"/h/k"_s).contains(u"ProxyCommand"_s));
    const HostEntry forgedHost{u"glows-x"_s, u"ins-x"_s, {u"h.test -o"_s, 22, u"root"_s}, {}};
    QVERIFY(!renderConfig({forgedHost}, u"/h/k"_s).contains(u"Host glows-x"_s));
}

void TestSshConfig::identityFileOnlyWithAnInstalledKey()
{
    const QHash<QString, QString> identities{{u"ins-aaa"_s, u"/home/u/.ssh/id_ed25519"_s},
                                             {u"ins-gone"_s, u"/home/u/.ssh/other"_s}};
    const QString text = renderConfig(hostEntries({running(u"ins-aaa"_s, u"a"_s, u"ssh://h.test:1"_s),
                                                   running(u"ins-bbb"_s, u"b"_s, u"ssh://h.test:2"_s)},
                                                  identities),
                                      u"/home/u/.ssh/glows/known_hosts"_s);
    QCOMPARE(text.count(u"IdentityFile"_s), 1);
    QVERIFY(text.contains(u"HostKeyAlias ins-aaa\n    UserKnownHostsFile /home/u/.ssh/glows/known_hosts\n"
                          "    IdentityFile /home/u/.ssh/id_ed25519\n    IdentitiesOnly yes\n"_s));
    QVERIFY(!text.contains(u"other"_s));
    // A relative or unquotable identity path is left out rather than written.
    const QString relative = renderConfig(
        hostEntries({running(u"ins-aaa"_s, u"a"_s)}, {{u"ins-aaa"_s, u"id_ed25519\nProxyCommand x"_s}}),
        u"/k"_s);
    QVERIFY(!relative.contains(u"IdentityFile"_s));
}

void TestSshConfig::pathsAreQuoted()
{
    QCOMPARE(quotedPath(u"/home/u/.ssh/k"_s), u"/home/u/.ssh/k"_s);
    QCOMPARE(quotedPath(u"/home/John Smith/.ssh/k"_s), u"\"/home/John Smith/.ssh/k\""_s);
    QCOMPARE(quotedPath(u"/home/100%/k"_s), u"/home/100%%/k"_s);
    QCOMPARE(quotedPath(u"/home/a#b/k"_s), u"\"/home/a#b/k\""_s);
    QVERIFY(!quotedPath(u"relative/k"_s));
    QVERIFY(!quotedPath(u"/home/a\"b/k"_s));
    QVERIFY(!quotedPath(u"/home/a\nb/k"_s));
    QVERIFY(!quotedPath(u"/home/${HOME}/k"_s));
    QVERIFY(!quotedPath(QString()));
    QCOMPARE(quotedPath(u"/home/100% x/c"_s, PathUse::Include), u"\"/home/100% x/c\""_s); // no %-tokens
    QCOMPARE(quotedPath(u"/home/${HOME}/c"_s, PathUse::Include), u"/home/${HOME}/c"_s);
    QVERIFY(!quotedPath(u"/home/a*/c"_s, PathUse::Include));
    QVERIFY(!quotedPath(u"/home/a[1]/c"_s, PathUse::Include));
}

void TestSshConfig::managedFileIsPrivateAndAtomic()
{
    QTemporaryDir home;
    const SshConfigFiles files(home.path());
    QCOMPARE(files.managedConfigPath(), home.path() + u"/.ssh/glows/config"_s);
    QCOMPARE(files.writeManagedConfig(u"# one\n"_s), SshConfigFiles::Outcome::Written);
    QCOMPARE(mode(files.managedConfigPath()), QFile::ReadOwner | QFile::WriteOwner);
    const auto dirPermissions = mode(files.glowsDir());
    QCOMPARE(dirPermissions, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(mode(files.sshDir()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(files.writeManagedConfig(u"# one\n"_s), SshConfigFiles::Outcome::Unchanged);
    QCOMPARE(files.writeManagedConfig(u"# two\n"_s), SshConfigFiles::Outcome::Written);
    QCOMPARE(readAll(files.managedConfigPath()), QByteArray("# two\n"));
    QVERIFY(!QFile::exists(files.userConfigPath())); // the Include is a separate step, with consent
}

void TestSshConfig::includeAtTopOnceWithBackup()
{
    QTemporaryDir home;
    const SshConfigFiles files(home.path());
    QVERIFY(SshConfigFiles::ensurePrivateDir(files.sshDir()));
    const QByteArray original = "# mine\nHost work\n    HostName work.example\n\tUser   me  \n\nHost *\n  "
                                "ServerAliveInterval 30"; // no final newline, odd spacing: kept as is
    writeBytes(files.userConfigPath(), original);
    QFile::setPermissions(files.userConfigPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QVERIFY(!files.hasInclude());
    QCOMPARE(files.addInclude(), SshConfigFiles::Outcome::Written);
    const QByteArray expected = files.includeLine().toUtf8() + '\n' + original;
    QCOMPARE(readAll(files.userConfigPath()), expected);
    QCOMPARE(files.includeLine(), u"Include "_s + files.managedConfigPath());
    QCOMPARE(readAll(files.backupPath()), original);
    QCOMPARE(mode(files.backupPath()), QFile::ReadOwner | QFile::WriteOwner);
    // The user's own mode is kept.
    QCOMPARE(mode(files.userConfigPath()), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QVERIFY(files.hasInclude());
    QCOMPARE(files.addInclude(), SshConfigFiles::Outcome::Unchanged);
    QCOMPARE(readAll(files.userConfigPath()), expected);
    // An Include the user wrote in another spelling counts too, and the first backup is never replaced.
    writeBytes(files.userConfigPath(), "include  ~/.ssh/glows/config\n");
    QVERIFY(files.hasInclude());
    writeBytes(files.userConfigPath(), "Host x\n");
    QCOMPARE(files.addInclude(), SshConfigFiles::Outcome::Written);
    QCOMPARE(readAll(files.backupPath()), original);
}

void TestSshConfig::includeCreatesMissingConfig()
{
    QTemporaryDir home;
    const SshConfigFiles files(home.path() + u"/with space"_s);
    QCOMPARE(files.addInclude(), SshConfigFiles::Outcome::Written);
    QCOMPARE(readAll(files.userConfigPath()),
             QByteArray("Include \"") + files.managedConfigPath().toUtf8() + "\"\n");
    QCOMPARE(mode(files.userConfigPath()), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!QFile::exists(files.backupPath())); // nothing to back up
    QVERIFY(files.hasInclude());
}

void TestSshConfig::includeKeepsCrlf()
{
    QTemporaryDir home;
    const SshConfigFiles files(home.path());
    QVERIFY(SshConfigFiles::ensurePrivateDir(files.sshDir()));
    writeBytes(files.userConfigPath(), "Host a\r\n  User b\r\n");
    QCOMPARE(files.addInclude(), SshConfigFiles::Outcome::Written);
    QCOMPARE(readAll(files.userConfigPath()), files.includeLine().toUtf8() + "\r\nHost a\r\n  User b\r\n");
}

void TestSshConfig::keyRegistryRoundTrip()
{
    QTemporaryDir home;
    const SshConfigFiles files(home.path());
    const SshKeyRegistry registry(files);
    QVERIFY(registry.identities().isEmpty());
    QVERIFY(SshConfigFiles::ensurePrivateDir(files.sshDir()));
    const QString key = files.sshDir() + u"/id_ed25519"_s;
    writeBytes(key, "private");
    writeBytes(key + u".pub"_s, "ssh-ed25519 AAAA test");
    QVERIFY(registry.recordInstalledKey(u"5y4p57y9"_s, key + u".pub"_s));
    QCOMPARE(registry.identityFor(u"ins-5y4p57y9"_s), key); // the private key beside the .pub
    QVERIFY(registry.recordInstalledKey(u"ins-other"_s, u"/elsewhere/key.pub"_s));
    QCOMPARE(registry.identities().size(), 2);
    QCOMPARE(registry.identityFor(u"ins-other"_s), u"/elsewhere/key.pub"_s); // no private key there
    QCOMPARE(mode(files.keysPath()), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!readAll(files.keysPath()).contains("private"));
    QVERIFY(registry.forget(u"ins-other"_s));
    QCOMPARE(registry.identities().keys(), QStringList{u"ins-5y4p57y9"_s});
    QVERIFY(!registry.recordInstalledKey(u"ins-bad id"_s, key));
}

void TestSshConfig::opensshResolvesTheAliases()
{
    if (QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
        QSKIP("OpenSSH's ssh is not installed (Debian: openssh-client)");
    QTemporaryDir home;
    const SshConfigFiles files(home.path() + u"/a b%c"_s); // a space and a '%' in every path
    QVERIFY(SshConfigFiles::ensurePrivateDir(files.sshDir()));
    writeBytes(files.userConfigPath(), "Host work\n    HostName work.example\n");
    const QHash<QString, QString> identities{{u"ins-aaa"_s, files.sshDir() + u"/id_ed25519"_s}};
    const QString text =
        renderConfig(hostEntries({running(u"ins-aaa"_s, u"Llama Finetune"_s, u"ssh://127.0.0.1:2201"_s),
                                  running(u"ins-bbb"_s, u"学習"_s, u"ssh://[::1]:2202"_s)},
                                 identities),
                     files.knownHostsPath());
    QCOMPARE(files.writeManagedConfig(text), SshConfigFiles::Outcome::Written);
    QCOMPARE(files.addInclude(), SshConfigFiles::Outcome::Written);

    for (const QString &name : {u"ins-aaa"_s, u"glows-llama-finetune"_s}) {
        const QHash<QString, QString> v = sshResolve(files.userConfigPath(), name);
        QCOMPARE(v.value(u"hostname"_s), u"127.0.0.1"_s);
        QCOMPARE(v.value(u"port"_s), u"2201"_s);
        QCOMPARE(v.value(u"user"_s), u"root"_s);
        QCOMPARE(v.value(u"hostkeyalias"_s), u"ins-aaa"_s);
        QCOMPARE(v.value(u"userknownhostsfile"_s), files.knownHostsPath());
        // ssh -G shows IdentityFile before its %-tokens are expanded (at load time "%%" becomes "%").
        QCOMPARE(v.value(u"identityfile"_s),
                 QString(files.sshDir() + u"/id_ed25519"_s).replace(u"%"_s, u"%%"_s));
        QCOMPARE(v.value(u"identitiesonly"_s), u"yes"_s);
    }
    const QHash<QString, QString> b = sshResolve(files.userConfigPath(), u"glows-bbb"_s);
    QCOMPARE(b.value(u"hostname"_s), u"::1"_s);
    QCOMPARE(b.value(u"port"_s), u"2202"_s);
    QCOMPARE(b.value(u"identitiesonly"_s), u"no"_s);
    // The user's own lines after the Include still apply as before.
    QCOMPARE(sshResolve(files.userConfigPath(), u"work"_s).value(u"hostname"_s), u"work.example"_s);
}

void TestSshConfig::terminalRunsTheAlias()
{
    const auto always = [](const QString &) { return true; };
    const auto onLinux = sshAliasTerminalLaunch(u"glows-llama-finetune"_s, Platform::Linux, always);
    QVERIFY(onLinux);
    QCOMPARE(onLinux->program, u"x-terminal-emulator"_s);
    QCOMPARE(onLinux->arguments, (QStringList{u"-e"_s, u"ssh"_s, u"glows-llama-finetune"_s}));
    const auto mac = sshAliasTerminalLaunch(u"glows-a1"_s, Platform::MacOS, always);
    QVERIFY(mac);
    QCOMPARE(mac->arguments.at(1), u"tell application \"Terminal\" to do script \"ssh glows-a1\""_s);
    QCOMPARE(sshAliasTerminalLaunch(u"glows-a1"_s, Platform::Windows, always)->arguments,
             (QStringList{u"ssh"_s, u"glows-a1"_s}));
    // Only a managed alias: nothing a shell, ssh or AppleScript could read as more than a name.
    for (const QString &bad : {u"ins-5y4p57y9"_s, u"glows-"_s, u"glows-a\" & x"_s, u"glows--a"_s,
                               u"-oProxyCommand=x"_s, u"glows-A"_s, u"glows-a b"_s})
        QVERIFY2(!sshAliasTerminalLaunch(bad, Platform::MacOS, always), qPrintable(bad));
}

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
