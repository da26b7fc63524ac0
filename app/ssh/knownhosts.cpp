// SPDX-License-Identifier: Apache-2.0
#include "ssh/knownhosts.h"

#include "ssh/sshlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace glows {
namespace {

struct Entry
{
    QString type;
    QByteArray blob;
};

// Lines of the file that name `instanceId` among their comma-separated host patterns.
std::optional<QList<Entry>> entriesFor(const QString &path, const QString &instanceId, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return QList<Entry>{};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QList<Entry> entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 3)
            continue;
        const QList<QByteArray> hosts = f.at(0).split(',');
        if (!hosts.contains(instanceId.toUtf8()))
            continue;
        entries.append({QString::fromLatin1(f.at(1)), QByteArray::fromBase64(f.at(2))});
    }
    return entries;
}

} // namespace

QString SshKnownHosts::defaultPath()
{
    return QDir::homePath() + u"/.ssh/glows/known_hosts"_s;
}

SshResult<SshKnownHosts::Match> SshKnownHosts::check(const SshHostKey &key) const
{
    QString error;
    const auto entries = entriesFor(m_path, key.instanceId, &error);
    if (!entries)
        return SshError(SshError::Kind::KnownHostsFile, error);
    if (entries->isEmpty())
        return Match::Unknown;
    for (const Entry &e : *entries) {
        if (e.blob == key.blob)
            return Match::Known;
    }
    return Match::Changed;
}

SshResult<Done> SshKnownHosts::trust(const SshHostKey &key)
{
    const auto match = check(key);
    if (!match.ok())
        return match.error();
    if (match.value() == Match::Known)
        return Done{};
    if (match.value() == Match::Changed)
        return SshError(SshError::Kind::HostKeyChanged, m_path, key);
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(u"."_s))
            return SshError(SshError::Kind::KnownHostsFile, dir.absolutePath());
        QFile::setPermissions(dir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return SshError(SshError::Kind::KnownHostsFile, file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // A file whose last line lacks its newline (edited by hand) still gets one line per key.
    if (file.size() > 0) {
        QFile reader(m_path);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) && reader.read(1) != "\n")
            file.write("\n");
    }
    if (file.write(key.knownHostsLine().toLatin1() + '\n') < 0 || !file.flush())
        return SshError(SshError::Kind::KnownHostsFile, file.errorString());
    qCInfo(lcSsh) << "trusted host key" << key.fingerprint() << "for" << key.instanceId;
    return Done{};
}

SshResult<Done> SshKnownHosts::forget(const QString &instanceId)
{
    QFile file(m_path);
    if (!file.exists())
        return Done{};
    if (!file.open(QIODevice::ReadOnly))
        return SshError(SshError::Kind::KnownHostsFile, file.errorString());
    QByteArray kept;
    bool removed = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QList<QByteArray> hosts = line.trimmed().simplified().split(' ').value(0).split(',');
        if (!line.trimmed().startsWith('#') && hosts.contains(instanceId.toUtf8())) {
            removed = true;
            continue;
        }
        kept += line;
    }
    file.close();
    if (!removed)
        return Done{};
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit())
        return SshError(SshError::Kind::KnownHostsFile, out.errorString());
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return Done{};
}

QString SshKnownHosts::storedType(const QString &instanceId) const
{
    QString error;
    const auto entries = entriesFor(m_path, instanceId, &error);
    return entries && !entries->isEmpty() ? entries->first().type : QString();
}

} // namespace glows
