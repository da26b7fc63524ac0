// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "core/terminal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// The managed OpenSSH config (~/.ssh/glows/config): one `Host glows-<slug> <instance ID>` block per Running
// instance with an SSH address. Pure functions: the file itself is written by SshConfigFiles.
namespace glows::sshconfig {

inline constexpr QLatin1StringView kAliasPrefix{"glows-"};
inline constexpr int kMaxSlugLength = 40;

// "Llama Fine-tune (v2)" -> "llama-fine-tune-v2": lower-case ASCII letters, digits and single dashes,
// accents dropped; empty when nothing of the name is ASCII (e.g. a Japanese name).
QString slugOf(QStringView name);

// An instance ID that is safe as a Host pattern, HostKeyAlias and argument: ASCII letters, digits, '-'
// and '_', starting with a letter or digit.
bool isSafeInstanceId(const QString &id);

// How ssh reads a path: options such as IdentityFile expand %-tokens and ${VAR}; Include does not, but
// treats * ? [ as a glob.
enum class PathUse
{
    Option,
    Include,
};

// An absolute path OpenSSH reads back as exactly this path; nullopt when it cannot be written safely
// (relative, a line break or control character, a double quote, a backslash, "${" in an option, a glob
// character in an Include). In an option '%' is doubled (ssh's token escape); the result is double-quoted
// when it holds a space.
std::optional<QString> quotedPath(const QString &absolutePath, PathUse use = PathUse::Option);

struct HostEntry
{
    QString alias;      // glows-<slug>, unique within one config
    QString instanceId; // normalised ("ins-…"); the second alias and the HostKeyAlias
    SshTarget target;
    QString identityFile; // absolute path of the private key installed through the app, or empty
    bool operator==(const HostEntry &) const = default;
};

// The instance's ssh access and credentials as an SshTarget, when it has a valid one.
std::optional<SshTarget> sshTargetOf(const Instance &instance);

// One entry per Running instance with a valid SSH target and a safe ID, sorted by instance ID. Aliases
// that would clash get the ID's tail ("glows-train-5y4p57y9") on every clashing instance, so an alias never
// quietly moves from one machine to another. `identities` maps instance ID to an identity file path.
QList<HostEntry> hostEntries(const QList<Instance> &instances,
                             const QHash<QString, QString> &identities = {});

// The whole file: a header saying Glows Desktop manages it, then one block per entry. Entries whose paths
// cannot be quoted safely are written without IdentityFile; `knownHostsPath` must be quotable, else the
// result is only the header.
QString renderConfig(const QList<HostEntry> &entries, const QString &knownHostsPath);

// The entry whose alias or instance ID is `name`.
std::optional<HostEntry> findEntry(const QList<HostEntry> &entries, const QString &name);

} // namespace glows::sshconfig
