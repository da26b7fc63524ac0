// SPDX-License-Identifier: Apache-2.0
#include "core/terminalsafe.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace glows {

bool isTerminalUnsafe(char16_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    switch (c) {
    case 0x061c: // Arabic letter mark
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
        return true;
    default:
        break;
    }
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString terminalSafe(QStringView text)
{
    const auto unsafe =
        std::find_if(text.begin(), text.end(), [](QChar c) { return isTerminalUnsafe(c.unicode()); });
    if (unsafe == text.end())
        return text.toString();
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isTerminalUnsafe(u))
            safe.append(c);
        else if (u < 0x80)
            safe.append(u"\\x%1"_s.arg(int(u), 2, 16, QLatin1Char('0')));
        else
            safe.append(u"\\u%1"_s.arg(int(u), 4, 16, QLatin1Char('0')));
    }
    return safe;
}

} // namespace glows
