// SPDX-License-Identifier: Apache-2.0
#include "core/names.h"

#include "core/terminalsafe.h"

#include <QCoreApplication>

namespace glows {
bool isForbiddenInName(char32_t c)
{
    if (c < 0x10000 && isTerminalUnsafe(char16_t(c)))
        return true;
    if (c == 0x2028 || c == 0x2029) // line and paragraph separators
        return true;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) // noncharacters
        return true;
    return QChar::isSurrogate(c) || c > 0x10FFFF;
}

QString normalizedName(QStringView name)
{
    return name.trimmed().toString();
}

NameProblem checkName(QStringView name, NameRequirement requirement, int maxLength)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return requirement == NameRequirement::Required ? NameProblem::Empty : NameProblem::None;
    // Forbidden characters are reported first, also in a name that is too long: it is the harder to see.
    // toUcs4() turns an unpaired surrogate into U+FFFD, so surrogates are checked on the UTF-16 units.
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isHighSurrogate() && i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate()) {
            if (isForbiddenInName(QChar::surrogateToUcs4(c, trimmed.at(i + 1))))
                return NameProblem::ForbiddenCharacter;
            ++i;
        } else if (isForbiddenInName(c.unicode())) {
            return NameProblem::ForbiddenCharacter;
        }
    }
    if (trimmed.toUcs4().size() > maxLength)
        return NameProblem::TooLong;
    return NameProblem::None;
}

QString nameProblemText(NameProblem problem, int maxLength)
{
    switch (problem) {
    case NameProblem::None:
        break;
    case NameProblem::Empty:
        return QCoreApplication::translate("Names", "Enter a name.");
    case NameProblem::TooLong:
        return QCoreApplication::translate("Names", "The name is too long (at most %n characters).", nullptr,
                                           maxLength);
    case NameProblem::ForbiddenCharacter:
        return QCoreApplication::translate(
            "Names", "The name may not contain control characters or invisible direction marks (such as "
                     "U+202E). Letters of any language, digits, spaces and symbols are fine.");
    }
    return {};
}

} // namespace glows
