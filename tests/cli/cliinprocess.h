// SPDX-License-Identifier: Apache-2.0
#pragma once

// glows-cli's front end run in process against `server`, its output captured.
#include "cli/cli.h"

#include <QBuffer>
#include <QTextStream>
#include <QTimer>
#include <functional>

namespace glows::testing {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

// `whileRunning` is called every 50 ms with the output so far, for commands that run until interrupted.
inline CliResult runCli(const QString &server, const QStringList &args, const QByteArray &answer = {},
                        bool interactive = false, const std::function<void(QString *out)> &whileRunning = {})
{
    QBuffer input;
    input.setData(answer);
    input.open(QIODevice::ReadOnly);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QTimer poke;
    if (whileRunning) {
        QObject::connect(&poke, &QTimer::timeout, &poke, [&] { whileRunning(&out); });
        poke.start(50);
    }
    const QStringList argv =
        QStringList{QStringLiteral("glows-cli"), QStringLiteral("--server"), server} + args;
    const int code = cli::run(argv, input, outStream, errStream, interactive);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace glows::testing
