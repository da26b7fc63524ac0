// SPDX-License-Identifier: Apache-2.0
// glows-cli: the Glows client library on the command line. Everything happens in cli::run().
#include "cli/cli.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {
bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("glows-cli"));
    glows::Translations translations;
    translations.install(glows::Translations::systemLanguage());
    QFile input;
    (void)input.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return glows::cli::run(QCoreApplication::arguments(), input, out, err, stdinIsTerminal());
}
