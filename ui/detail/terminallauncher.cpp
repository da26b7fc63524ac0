// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/terminallauncher.h"

#include "core/logging.h"

#include <QProcess>
#include <QStandardPaths>

namespace glows::ui {

TerminalLauncher::TerminalLauncher()
    : m_starter([](const QString &program, const QStringList &arguments) {
          return QProcess::startDetached(program, arguments);
      }),
      m_probe([](const QString &program) { return !QStandardPaths::findExecutable(program).isEmpty(); }),
      m_platform(currentPlatform())
{}

TerminalLauncher::Result TerminalLauncher::openSsh(const SshTarget &target) const
{
    if (!isValidHost(target.host) || !isValidPort(target.port) || !isValidUser(target.user))
        return Result::InvalidTarget;
    return start(sshTerminalLaunch(target, m_platform, m_probe));
}

TerminalLauncher::Result TerminalLauncher::openSshAlias(const QString &alias) const
{
    if (!sshAliasTerminalLaunch(alias, m_platform, [](const QString &) { return true; }))
        return Result::InvalidTarget;
    return start(sshAliasTerminalLaunch(alias, m_platform, m_probe));
}

TerminalLauncher::Result TerminalLauncher::start(const std::optional<TerminalLaunch> &launch) const
{
    if (!launch)
        return Result::NoTerminal;
    if (!m_starter(launch->program, launch->arguments)) {
        qCWarning(lcUi) << "could not start terminal" << launch->program;
        return Result::StartFailed;
    }
    return Result::Started;
}

} // namespace glows::ui
