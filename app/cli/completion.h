// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/commands.h"

#include <QCommandLineOption>
#include <optional>

namespace glows::cli {

// A shell completion script for glows-cli, written from the command table and the parser's options, so
// the scripts never miss a command. `shell` is "bash" or "zsh"; anything else gives nullopt.
std::optional<QString> completionScript(const QString &shell, const QList<Command> &commands,
                                        const QList<QCommandLineOption> &options);

} // namespace glows::cli
