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
QList<Command> allCommands();

// Issue 19: ssh-config and ssh (app/cli/sshconfigcommands.cpp). `ssh` replaces glows-cli with OpenSSH's ssh
// through this executor; tests put a recorder in its place (an empty one restores the real exec).
QList<Command> sshConfigCommands();
using SshExecutor = std::function<int(const QString &program, const QStringList &arguments)>;
void setSshExecutor(SshExecutor executorForTesting);

// Issue 19: ssh-key install and tunnel over the app's own SSH client (app/cli/sshcommands.cpp), and
// `metrics ID --via-ssh`, which prints its sample with the metrics command's table.
QList<Command> sshCommands();
int metricsViaSsh(Session &s, const QString &instanceId);
void printMetricsTable(Session &s, const QList<MetricSample> &samples);

} // namespace glows::cli
