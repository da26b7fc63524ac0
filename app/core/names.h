// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace glows {

// The one rule for names the user gives (snapshots, instance names, network groups), shared by the app, the
// command line and the sandbox, so a name one accepts the others accept too. Any printable Unicode is
// allowed, Japanese and emoji included; what is refused could make one name look like another or break a
// line: control characters, bidi overrides, isolates and marks, line and paragraph separators, unpaired
// surrogates and noncharacters. Leading and trailing spaces are dropped before the check.
inline constexpr int kMaxNameLength = 64;    // characters (code points): snapshots and network groups
inline constexpr int kMaxRemarkLength = 128; // an instance's name (the SDK's remark), as the sandbox takes it

enum class NameProblem
{
    None,
    Empty,
    TooLong,
    ForbiddenCharacter,
};

enum class NameRequirement
{
    Required,
    Optional, // e.g. an instance's remark: empty is fine
};

NameProblem checkName(QStringView name, NameRequirement requirement = NameRequirement::Required,
                      int maxLength = kMaxNameLength);

// Whether a character is refused anywhere in a name.
bool isForbiddenInName(char32_t c);

// The name as it is sent: trimmed.
QString normalizedName(QStringView name);

// The translated reason (context "Names"), empty for NameProblem::None.
QString nameProblemText(NameProblem problem, int maxLength = kMaxNameLength);

} // namespace glows
