// SPDX-License-Identifier: Apache-2.0
// glows-cli: the Glows client library on the command line. Everything happens in cli::run().
#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("glows-cli"));
    QFile input;
    (void)input.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return glows::cli::run(QCoreApplication::arguments(), input, out, err);
}
