// SPDX-License-Identifier: Apache-2.0
// `ssh-config` (the managed OpenSSH config) and `ssh ID` (OpenSSH through the alias).
#include "cli/commands.h"
#include "core/sshconfig.h"
#include "core/sshconfigfile.h"
#include "core/terminalsafe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cstring>
#ifdef Q_OS_WIN
#include <QProcess>
#else
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

using namespace Qt::StringLiterals;

namespace glows::cli {
namespace {

struct SshText
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigCommands)
};

// Replaces glows-cli with ssh (the terminal, signals and exit code are ssh's). Returns only on failure.
int execProgram(const QString &program, const QStringList &arguments)
{
#ifdef Q_OS_WIN
    return QProcess::execute(program, arguments);
#else
    QList<QByteArray> storage;
    storage.append(QFile::encodeName(program));
    for (const QString &a : arguments)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
    return -errno;
#endif
}

SshExecutor &executor()
{
    static SshExecutor exec = execProgram;
    return exec;
}

// OpenSSH reads ~/.ssh/config from the password database's home, not from $HOME. When the two differ (a
// script or test with its own HOME), ssh is pointed at $HOME's config explicitly; otherwise not, because -F
// also drops /etc/ssh/ssh_config.
bool sshReadsAnotherHome(const SshConfigFiles &files)
{
#ifdef Q_OS_WIN
    Q_UNUSED(files);
    return false;
#else
    const passwd *pw = ::getpwuid(::getuid());
    if (!pw || !pw->pw_dir)
        return true;
    return QFileInfo(QFile::decodeName(pw->pw_dir)).canonicalFilePath() !=
           QFileInfo(files.homeDir()).canonicalFilePath();
#endif
}

// How a person would type the argument list (for display only; it is never run through a shell).
QString displayCommand(const QStringList &arguments)
{
    QStringList shown;
    for (const QString &a : arguments) {
        static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
        shown.append(plain.match(a).hasMatch() ? a : u'\'' + QString(a).replace(u'\'', "'\\''"_L1) + u'\'');
    }
    return shown.join(u' ');
}

std::optional<QList<sshconfig::HostEntry>> fetchEntries(Session &s, const SshConfigFiles &files)
{
    const auto instances =
        s.await<QList<Instance>>([&](QObject *c, auto h) { s.client().listInstances(c, h); });
    if (!instances)
        return std::nullopt;
    return sshconfig::hostEntries(*instances, SshKeyRegistry(files).identities());
}

QJsonObject entryJson(const sshconfig::HostEntry &e)
{
    return QJsonObject{{"alias"_L1, e.alias},          {"instanceID"_L1, e.instanceId},
                       {"hostName"_L1, e.target.host}, {"port"_L1, e.target.port},
                       {"user"_L1, e.target.user},     {"identityFile"_L1, e.identityFile}};
}

bool askForInclude(Session &s, const SshConfigFiles &files)
{
    if (s.options().yes)
        return true;
    if (!s.isInteractive()) {
        s.note(
            SshText::tr("The Include line was not added to %1: standard input is not a terminal, so "
                        "glows-cli cannot ask. Run again with --yes, or add this line at the top yourself:")
                .arg(files.userConfigPath()));
        s.note(u"  "_s + files.includeLine());
        return false;
    }
    s.err() << terminalSafe(SshText::tr("Add “%1” at the top of %2, so that “ssh ALIAS” works everywhere? "
                                        "A backup is kept as %3; no other line changes.")
                                .arg(files.includeLine(), files.userConfigPath(), files.backupPath()))
            << ' ' << Session::tr("[y/N]") << ' ';
    s.err().flush();
    const QString answer = s.readAnswer();
    return answer == "y"_L1 || answer == "yes"_L1 || answer == Session::tr("yes").toLower();
}

int sshConfig(Session &s, const QStringList &args)
{
    if (!args.isEmpty())
        return s.usageError(SshText::tr("Usage: glows-cli ssh-config [--write [--yes]]"));
    const SshConfigFiles files = SshConfigFiles::forCurrentUser();
    const auto entries = fetchEntries(s, files);
    if (!entries)
        return s.exitCode();
    const QString text = sshconfig::renderConfig(*entries, files.knownHostsPath());
    if (!s.options().write) {
        if (s.human()) {
            QStringList lines = text.split(u'\n');
            if (lines.last().isEmpty())
                lines.removeLast();
            for (const QString &line : std::as_const(lines))
                s.say(line);
        } else {
            QJsonArray array;
            for (const sshconfig::HostEntry &e : *entries)
                array.append(entryJson(e));
            s.printJson(array);
        }
        return ExitOk;
    }
    QString error;
    if (files.writeManagedConfig(text, &error) == SshConfigFiles::Outcome::Failed)
        return s.failWith(SshText::tr("Could not write %1: %2").arg(files.managedConfigPath(), error));
    s.note(
        SshText::tr("Wrote %n host(s) to %1.", nullptr, int(entries->size())).arg(files.managedConfigPath()));
    if (files.hasInclude()) {
        s.note(SshText::tr("%1 already includes it.").arg(files.userConfigPath()));
    } else if (askForInclude(s, files)) {
        if (files.addInclude(&error) == SshConfigFiles::Outcome::Failed)
            return s.failWith(
                SshText::tr("Could not add the Include line to %1: %2").arg(files.userConfigPath(), error));
        s.note(SshText::tr("Added “%1” at the top of %2.").arg(files.includeLine(), files.userConfigPath()));
    } else if (s.isInteractive()) {
        s.note(SshText::tr("%1 was not changed. Use “ssh -F %2 ALIAS”, or add the Include line later.")
                   .arg(files.userConfigPath(), files.managedConfigPath()));
    }
    if (s.human() && !entries->isEmpty()) {
        for (const sshconfig::HostEntry &e : *entries)
            s.say(u"%1  %2  ssh %1"_s.arg(e.alias, e.instanceId));
    } else if (!s.human()) {
        s.printJson(
            QJsonObject{{"config"_L1, files.managedConfigPath()}, {"included"_L1, files.hasInclude()}});
    }
    return ExitOk;
}

int ssh(Session &s, const QStringList &args)
{
    if (args.isEmpty())
        return s.usageError(SshText::tr("Usage: glows-cli ssh ID [-- COMMAND...]"));
    const SshConfigFiles files = SshConfigFiles::forCurrentUser();
    const auto entries = fetchEntries(s, files);
    if (!entries)
        return s.exitCode();
    const std::optional<sshconfig::HostEntry> entry = sshconfig::findEntry(*entries, args.first());
    if (!entry)
        return s.failWith(SshText::tr("%1 is not a Running instance with an SSH address.").arg(args.first()));

    QStringList sshArgs;
    // With the Include in place, the alias is all ssh needs; the managed file is brought up to date first,
    // as the app would. Otherwise the same settings go on the command line.
    if (files.hasInclude() && files.writeManagedConfig(sshconfig::renderConfig(
                                  *entries, files.knownHostsPath())) != SshConfigFiles::Outcome::Failed) {
        if (sshReadsAnotherHome(files))
            sshArgs << u"-F"_s << files.userConfigPath();
        sshArgs.append(entry->alias);
    } else {
        const QString knownHosts = sshconfig::quotedPath(files.knownHostsPath()).value_or(QString());
        sshArgs << u"-p"_s << QString::number(entry->target.port) << u"-o"_s
                << u"HostKeyAlias="_s + entry->instanceId;
        if (!knownHosts.isEmpty())
            sshArgs << u"-o"_s << u"UserKnownHostsFile="_s + knownHosts;
        if (const auto identity = sshconfig::quotedPath(entry->identityFile))
            sshArgs << u"-o"_s << u"IdentityFile="_s + *identity << u"-o"_s << u"IdentitiesOnly=yes"_s;
        sshArgs.append(entry->target.user + u'@' + entry->target.host);
    }
    const QStringList command = args.mid(1);
    if (!command.isEmpty())
        sshArgs << u"--"_s << command;

    const QString program = QStandardPaths::findExecutable(u"ssh"_s);
    if (program.isEmpty()) {
        s.note(SshText::tr("OpenSSH's ssh was not found on the PATH. The command is:"));
        s.say(displayCommand(QStringList{u"ssh"_s} + sshArgs));
        return ExitFailure;
    }
    s.out().flush();
    s.err().flush();
    const int code = executor()(program, sshArgs);
    if (code < 0)
        return s.failWith(
            SshText::tr("Could not start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(-code))));
    return code;
}

} // namespace

void setSshExecutor(SshExecutor executorForTesting)
{
    executor() = executorForTesting ? std::move(executorForTesting) : SshExecutor(execProgram);
}

QList<Command> sshConfigCommands()
{
    return {
        {u"ssh-config"_s,
         SshText::tr(
             "ssh-config [--write [--yes]] The OpenSSH Host blocks of Running instances; --write keeps\n"
             "       them in ~/.ssh/glows/config and offers the Include line for ~/.ssh/config"),
         sshConfig},
        {u"ssh"_s,
         SshText::tr("ssh ID [-- COMMAND...]     Run OpenSSH's ssh to an instance through its alias"), ssh},
    };
}

} // namespace glows::cli
