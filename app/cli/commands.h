// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/session.h"

#include <QStringList>
#include <functional>

namespace glows::cli {

// One glows-cli command: its name, its synopsis for --help, and what it runs. `args` are the positional
// arguments after the command name. `actions` are its fixed sub-words (e.g. "add", "delete") for the shell
// completion scripts.
struct Command
{
    QString name;
    QString synopsis;
    std::function<int(Session &, const QStringList &args)> run;
    QStringList actions = {};
};

QList<Command> instanceCommands();  // list, show, create, release, ports
QList<Command> extensionCommands(); // snapshot, snapshots, metrics, billing, groups, specs, images, balance
QList<Command> guardCommands();     // guard --watch, guard history
QList<Command> allCommands();

} // namespace glows::cli
