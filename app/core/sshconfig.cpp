// SPDX-License-Identifier: Apache-2.0
#include "core/sshconfig.h"

#include "core/names.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace glows::sshconfig {
namespace {

bool isSsh(const Access &access)
{
    return access.protocol.compare("ssh"_L1, Qt::CaseInsensitive) == 0 && !access.isPending();
}

// The part of an ID after "ins-", lower-cased, as a slug suffix.
QString idTail(const QString &normalizedId)
{
    QString tail = normalizedId.startsWith("ins-"_L1) ? normalizedId.mid(4) : normalizedId;
    return slugOf(tail);
}

} // namespace

QString slugOf(QStringView name)
{
    const QString decomposed = normalizedName(name).normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "é"
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            slug.append(QChar(u));
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    if (slug.size() > kMaxSlugLength)
        slug.truncate(kMaxSlugLength);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

bool isSafeInstanceId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

std::optional<QString> quotedPath(const QString &absolutePath, PathUse use)
{
    if (absolutePath.isEmpty() || !QDir::isAbsolutePath(absolutePath) || absolutePath.contains(u'"'))
        return std::nullopt;
    if (use == PathUse::Option && absolutePath.contains("${"_L1))
        return std::nullopt;
    if (use == PathUse::Include && std::any_of(absolutePath.cbegin(), absolutePath.cend(),
                                               [](QChar c) { return c == u'*' || c == u'?' || c == u'['; }))
        return std::nullopt;
    for (const QChar c : absolutePath) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return std::nullopt;
    }
    // ssh reads "\\" inside an argument as one backslash; Qt's paths use '/', on Windows too.
    QString path = QDir::fromNativeSeparators(absolutePath);
    if (path.contains(u'\\'))
        return std::nullopt;
    if (use == PathUse::Option)
        path.replace(u'%', "%%"_L1);
    if (path.contains(u' ') || path.contains(u'\t') || path.contains(u'#') || path.contains(u'\''))
        return u'"' + path + u'"';
    return path;
}

std::optional<SshTarget> sshTargetOf(const Instance &instance)
{
    const auto ssh = std::find_if(instance.accesses.cbegin(), instance.accesses.cend(), isSsh);
    if (ssh == instance.accesses.cend())
        return std::nullopt;
    return sshTargetFromUrl(QUrl(ssh->url), instance.sshCred.user);
}

QList<HostEntry> hostEntries(const QList<Instance> &instances, const QHash<QString, QString> &identities)
{
    QList<HostEntry> entries;
    for (const Instance &instance : instances) {
        if (instance.status.state() != InstanceState::Running)
            continue;
        const QString id = instance.normalizedId();
        if (!isSafeInstanceId(id) || std::any_of(entries.cbegin(), entries.cend(),
                                                 [&id](const HostEntry &e) { return e.instanceId == id; }))
            continue;
        const std::optional<SshTarget> target = sshTargetOf(instance);
        if (!target)
            continue;
        QString slug = slugOf(instance.remark);
        if (slug.isEmpty())
            slug = idTail(id);
        entries.append(HostEntry{kAliasPrefix + slug, id, *target, identities.value(id)});
    }
    std::sort(entries.begin(), entries.end(),
              [](const HostEntry &a, const HostEntry &b) { return a.instanceId < b.instanceId; });

    auto countAlias = [&entries](const QString &alias) {
        return std::count_if(entries.cbegin(), entries.cend(),
                             [&alias](const HostEntry &e) { return e.alias == alias; });
    };
    // Every holder of a shared alias is renamed, not all but the first: which one came first is an accident
    // of the list, and `ssh glows-train` must not reach another machine after a refresh.
    QList<qsizetype> clashing;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (countAlias(entries.at(i).alias) > 1)
            clashing.append(i);
    }
    for (const qsizetype i : clashing)
        entries[i].alias += u'-' + idTail(entries.at(i).instanceId);
    // A renamed alias can still meet another name ("a-x" beside "a" of ins-x): then the full ID decides,
    // and in the pathological case that two IDs still share a slug, the later one is left out.
    for (HostEntry &entry : entries) {
        if (countAlias(entry.alias) > 1)
            entry.alias = kAliasPrefix + slugOf(entry.instanceId);
    }
    QList<HostEntry> unique;
    for (const HostEntry &entry : std::as_const(entries)) {
        if (std::none_of(unique.cbegin(), unique.cend(),
                         [&entry](const HostEntry &e) { return e.alias == entry.alias; }))
            unique.append(entry);
    }
    return unique;
}

QString renderConfig(const QList<HostEntry> &entries, const QString &knownHostsPath)
{
    QString text =
        u"# Managed by Glows Desktop: this file is rewritten whenever your instance list changes.\n"
        "# Edits here are lost. Put your own settings in ~/.ssh/config instead.\n"
        "# One Host block per Running instance: glows-<name> and the instance ID are both aliases.\n"_s;
    const std::optional<QString> knownHosts = quotedPath(knownHostsPath);
    if (!knownHosts)
        return text;
    for (const HostEntry &e : entries) {
        // Checked again here, so no caller can hand a value to ssh that reads as more than one value.
        if (!isSafeInstanceId(e.instanceId) || !isValidHost(e.target.host) || !isValidPort(e.target.port) ||
            !isValidUser(e.target.user) || slugOf(e.alias) != e.alias.toLower() ||
            !e.alias.startsWith(kAliasPrefix))
            continue;
        text += u"\nHost %1 %2\n"_s.arg(e.alias, e.instanceId);
        text += u"    HostName %1\n"_s.arg(e.target.host);
        text += u"    Port %1\n"_s.arg(e.target.port);
        text += u"    User %1\n"_s.arg(e.target.user);
        text += u"    HostKeyAlias %1\n"_s.arg(e.instanceId);
        text += u"    UserKnownHostsFile %1\n"_s.arg(*knownHosts);
        if (const std::optional<QString> identity = quotedPath(e.identityFile)) {
            text += u"    IdentityFile %1\n"_s.arg(*identity);
            text += u"    IdentitiesOnly yes\n"_s;
        }
    }
    return text;
}

std::optional<HostEntry> findEntry(const QList<HostEntry> &entries, const QString &name)
{
    const QString id = normalizeInstanceId(name);
    for (const HostEntry &e : entries) {
        if (e.alias == name || e.instanceId == name || e.instanceId == id)
            return e;
    }
    return std::nullopt;
}

} // namespace glows::sshconfig
