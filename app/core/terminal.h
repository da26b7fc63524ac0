// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <functional>
#include <optional>

class QUrl;

namespace glows {

// Where an SSH access URL points. Only built from validated parts, so it is safe to put in an argument list.
struct SshTarget
{
    QString host;
    int port = 0;
    QString user;
    bool operator==(const SshTarget &) const = default;
};

bool isValidHost(const QString &host);
bool isValidPort(int port);
bool isValidUser(const QString &user);

// From "ssh://host:port" (the `accesses` entry) and the SSH user; nullopt when any part is not valid.
std::optional<SshTarget> sshTargetFromUrl(const QUrl &url, const QString &user);

// "ssh -p 24243 root@tw-03.access.glows.ai", as the console shows it.
QString sshCommandLine(const SshTarget &target);

enum class Platform
{
    Linux,
    MacOS,
    Windows,
};

Platform currentPlatform();

// A program and its arguments, passed to the OS as a list: never through a shell.
struct TerminalLaunch
{
    QString program;
    QStringList arguments;
    bool operator==(const TerminalLaunch &) const = default;
};

// The platform's own terminal running `ssh` to the target. `hasProgram` says whether a program is on the
// PATH (a seam for tests); nullopt when no known terminal is present.
std::optional<TerminalLaunch> sshTerminalLaunch(const SshTarget &target, Platform platform,
                                                const std::function<bool(const QString &)> &hasProgram);

// The same with `ssh <alias>`, once the managed SSH config makes the alias resolve (issue 19). nullopt for
// an alias that is not a plain glows-<slug> name.
std::optional<TerminalLaunch> sshAliasTerminalLaunch(const QString &alias, Platform platform,
                                                     const std::function<bool(const QString &)> &hasProgram);

} // namespace glows
