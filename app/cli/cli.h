// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace glows::cli {

// Everything glows-cli does, given its arguments (argv[0] first) and its streams: parse the command line,
// pick the server and token (a stored account, stdin, or the local sandbox), run one command and return
// the exit code. It needs a QCoreApplication; main() only creates that. `interactive`: `input` is a
// terminal, so destructive commands may ask there instead of requiring --yes.
int run(const QStringList &arguments, QIODevice &input, QTextStream &out, QTextStream &err,
        bool interactive = false);

} // namespace glows::cli
