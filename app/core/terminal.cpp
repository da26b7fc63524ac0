// SPDX-License-Identifier: Apache-2.0
#include "core/terminal.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace glows {

bool isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    // A literal address is accepted as it is; anything else must be a DNS name, so no character the
    // terminal, ssh or AppleScript could read as syntax ever reaches them.
    static const QRegularExpression ipv6(u"^[0-9A-Fa-f:.]{2,45}$"_s);
    if (host.contains(u':'))
        return ipv6.match(host).hasMatch();
    static const QRegularExpression name(
        u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    return name.match(host).hasMatch();
}

bool isValidPort(int port)
{
    return port >= 1 && port <= 65535;
}

bool isValidUser(const QString &user)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"_s);
    return pattern.match(user).hasMatch();
}

std::optional<SshTarget> sshTargetFromUrl(const QUrl &url, const QString &user)
{
    if (!url.isValid() || url.scheme().compare("ssh"_L1, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    SshTarget target{url.host(), url.port(22), user.isEmpty() ? u"root"_s : user};
    if (!isValidHost(target.host) || !isValidPort(target.port) || !isValidUser(target.user))
        return std::nullopt;
    return target;
}

QString sshCommandLine(const SshTarget &target)
{
    return u"ssh -p %1 %2@%3"_s.arg(target.port).arg(target.user, target.host);
}

Platform currentPlatform()
{
#if defined(Q_OS_MACOS)
    return Platform::MacOS;
#elif defined(Q_OS_WIN)
    return Platform::Windows;
#else
    return Platform::Linux;
#endif
}

namespace {

// `ssh` (an argument list of validated words) in the platform's terminal; `commandLine` is the same as one
// line, for Terminal.app.
std::optional<TerminalLaunch> terminalLaunch(const QStringList &ssh, const QString &commandLine,
                                             Platform platform,
                                             const std::function<bool(const QString &)> &hasProgram)
{
    switch (platform) {
    case Platform::Linux:
        if (hasProgram(u"x-terminal-emulator"_s))
            return TerminalLaunch{u"x-terminal-emulator"_s, QStringList{u"-e"_s} + ssh};
        if (hasProgram(u"gnome-terminal"_s))
            return TerminalLaunch{u"gnome-terminal"_s, QStringList{u"--"_s} + ssh};
        if (hasProgram(u"konsole"_s))
            return TerminalLaunch{u"konsole"_s, QStringList{u"-e"_s} + ssh};
        return std::nullopt;
    case Platform::MacOS:
        // Terminal.app takes no command arguments; AppleScript's `do script` is the documented way. The
        // script only ever holds the validated host, port and user, or a managed glows-<slug> alias.
        return TerminalLaunch{u"osascript"_s,
                              {u"-e"_s,
                               u"tell application \"Terminal\" to do script \"%1\""_s.arg(commandLine),
                               u"-e"_s, u"tell application \"Terminal\" to activate"_s}};
    case Platform::Windows:
        if (hasProgram(u"wt"_s))
            return TerminalLaunch{u"wt"_s, ssh};
        return TerminalLaunch{u"cmd"_s, QStringList{u"/k"_s} + ssh};
    }
    return std::nullopt;
}

} // namespace

std::optional<TerminalLaunch> sshTerminalLaunch(const SshTarget &target, Platform platform,
                                                const std::function<bool(const QString &)> &hasProgram)
{
    if (!isValidHost(target.host) || !isValidPort(target.port) || !isValidUser(target.user))
        return std::nullopt;
    const QStringList ssh{u"ssh"_s, u"-p"_s, QString::number(target.port), target.user + u'@' + target.host};
    return terminalLaunch(ssh, sshCommandLine(target), platform, hasProgram);
}

std::optional<TerminalLaunch> sshAliasTerminalLaunch(const QString &alias, Platform platform,
                                                     const std::function<bool(const QString &)> &hasProgram)
{
    // The same rule as the managed config's aliases: lower-case ASCII words after "glows-", nothing a shell,
    // ssh or AppleScript could read as syntax.
    static const QRegularExpression pattern(u"^glows-[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (!pattern.match(alias).hasMatch())
        return std::nullopt;
    return terminalLaunch({u"ssh"_s, alias}, u"ssh "_s + alias, platform, hasProgram);
}

} // namespace glows
