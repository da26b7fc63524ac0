// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace glows {

// Text from a server, made safe to write to a terminal: every control character (C0 including ESC, BEL,
// tab and newline; DEL; C1) and every bidi override, isolate or mark becomes a visible escape ("\x1b",
// "\u202e"), so a name can neither drive the terminal (clear it, set its title, write the clipboard) nor
// make text appear in another order than it is. Everything else, e.g. Japanese or emoji, is unchanged.
QString terminalSafe(QStringView text);

// Whether terminalSafe() escapes this UTF-16 code unit.
bool isTerminalUnsafe(char16_t c);

} // namespace glows
