// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/terminal.h"

#include <functional>

namespace glows::ui {

// Opens the platform's terminal on an SSH target. Starting the process and looking up programs are seams,
// so tests check the argument list without launching anything.
class TerminalLauncher final
{
public:
    using Starter = std::function<bool(const QString &program, const QStringList &arguments)>;
    using ProgramProbe = std::function<bool(const QString &program)>;

    enum class Result
    {
        Started,
        InvalidTarget,
        NoTerminal,
        StartFailed,
    };

    TerminalLauncher();

    void setStarter(Starter starter) { m_starter = std::move(starter); }
    void setProgramProbe(ProgramProbe probe) { m_probe = std::move(probe); }
    void setPlatform(Platform platform) { m_platform = platform; }

    Result openSsh(const SshTarget &target) const;
    // `ssh <alias>` through the managed SSH config (key and known hosts of the app).
    Result openSshAlias(const QString &alias) const;

private:
    Result start(const std::optional<TerminalLaunch> &launch) const;

    Starter m_starter;
    ProgramProbe m_probe;
    Platform m_platform;
};

} // namespace glows::ui
