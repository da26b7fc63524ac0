// SPDX-License-Identifier: Apache-2.0
#include "core/sshconfigfile.h"

#include "core/sshconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSshConfig, "glows.sshconfig")

namespace glows {
namespace {

constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPrivateDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

void setError(QString *error, const QString &text)
{
    qCWarning(lcSshConfig).noquote() << text;
    if (error)
        *error = text;
}

// Where a write to `path` lands: the target of a symbolic link (a dotfiles manager's ~/.ssh/config), so the
// link itself stays a link.
QString writeTarget(const QString &path)
{
    const QFileInfo info(path);
    return info.isSymLink() ? info.symLinkTarget() : path;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QFile::Permissions permissions,
                     QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, u"%1: %2"_s.arg(path, file.errorString()));
        return false;
    }
    // Before any byte is written, so the content is never readable by others, not even briefly.
    file.setPermissions(permissions);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, u"%1: %2"_s.arg(path, file.errorString()));
        return false;
    }
    QFile::setPermissions(path, permissions);
    return true;
}

// The arguments of one config line, unquoted, when its keyword is `keyword` (case-insensitive, as ssh).
QStringList argumentsOf(QStringView line, QLatin1StringView keyword)
{
    line = line.trimmed();
    if (!line.startsWith(keyword, Qt::CaseInsensitive))
        return {};
    QStringView rest = line.mid(keyword.size());
    if (rest.isEmpty() || !(rest.front().isSpace() || rest.front() == u'='))
        return {};
    QStringList args;
    QString current;
    bool quoted = false;
    for (const QChar c : rest.trimmed()) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c.isSpace() || c == u'=')) {
            if (!current.isEmpty())
                args.append(std::exchange(current, {}));
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        args.append(current);
    return args;
}

} // namespace

SshConfigFiles::SshConfigFiles(QString homeDir) : m_home(QDir::cleanPath(std::move(homeDir))) {}

SshConfigFiles SshConfigFiles::forCurrentUser()
{
    return SshConfigFiles(QDir::homePath());
}

QString SshConfigFiles::sshDir() const
{
    return m_home + "/.ssh"_L1;
}

QString SshConfigFiles::glowsDir() const
{
    return sshDir() + "/glows"_L1;
}

QString SshConfigFiles::managedConfigPath() const
{
    return glowsDir() + "/config"_L1;
}

QString SshConfigFiles::knownHostsPath() const
{
    return glowsDir() + "/known_hosts"_L1;
}

QString SshConfigFiles::keysPath() const
{
    return glowsDir() + "/keys.json"_L1;
}

QString SshConfigFiles::userConfigPath() const
{
    return sshDir() + "/config"_L1;
}

QString SshConfigFiles::backupPath() const
{
    return sshDir() + "/config.glows-backup"_L1;
}

QString SshConfigFiles::includeLine() const
{
    return "Include "_L1 + sshconfig::quotedPath(managedConfigPath(), sshconfig::PathUse::Include)
                               .value_or(managedConfigPath());
}

bool SshConfigFiles::ensurePrivateDir(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (info.isDir())
        return true;
    const QString parent = info.absolutePath();
    if (parent != dir && !QFileInfo(parent).isDir() && !ensurePrivateDir(parent, error))
        return false;
    if (!QDir().mkdir(dir, kPrivateDir)) {
        setError(error,
                 QCoreApplication::translate("SshConfigFiles", "Cannot create the folder %1.").arg(dir));
        return false;
    }
    return true;
}

SshConfigFiles::Outcome SshConfigFiles::writeManagedConfig(const QString &text, QString *error) const
{
    const QByteArray bytes = text.toUtf8();
    QFile existing(managedConfigPath());
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes &&
        existing.permissions().testFlags(kPrivateFile) &&
        !(existing.permissions() &
          (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)))
        return Outcome::Unchanged;
    existing.close();
    if (!ensurePrivateDir(glowsDir(), error) ||
        !writeAtomically(managedConfigPath(), bytes, kPrivateFile, error))
        return Outcome::Failed;
    qCInfo(lcSshConfig) << "wrote" << managedConfigPath();
    return Outcome::Written;
}

QString SshConfigFiles::readManagedConfig() const
{
    QFile file(managedConfigPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool SshConfigFiles::hasInclude() const
{
    QFile file(userConfigPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString managed = managedConfigPath();
    const QString text = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(text).split(u'\n')) {
        for (const QString &arg : argumentsOf(line, "Include"_L1)) {
            if (arg == managed || arg == "~/.ssh/glows/config"_L1 || arg == "glows/config"_L1)
                return true;
        }
    }
    return false;
}

SshConfigFiles::Outcome SshConfigFiles::addInclude(QString *error) const
{
    if (hasInclude())
        return Outcome::Unchanged;
    if (!ensurePrivateDir(sshDir(), error))
        return Outcome::Failed;
    const QString target = writeTarget(userConfigPath());
    QFile file(target);
    QByteArray original;
    QFile::Permissions permissions = kPrivateFile;
    const bool existed = file.exists();
    if (existed) {
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, u"%1: %2"_s.arg(target, file.errorString()));
            return Outcome::Failed;
        }
        original = file.readAll();
        permissions = file.permissions();
        file.close();
        if (!QFile::exists(backupPath())) {
            if (!writeAtomically(backupPath(), original, kPrivateFile, error))
                return Outcome::Failed;
            qCInfo(lcSshConfig) << "backed up" << target << "to" << backupPath();
        }
    }
    // The file's own line ending, so an editor that keeps CRLF sees one style.
    const QByteArray newline =
        original.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    const QByteArray bytes = includeLine().toUtf8() + newline + original;
    if (!writeAtomically(target, bytes, permissions, error))
        return Outcome::Failed;
    qCInfo(lcSshConfig) << "added" << includeLine() << "to" << target;
    return Outcome::Written;
}

SshKeyRegistry::SshKeyRegistry(SshConfigFiles files) : m_files(std::move(files)) {}

QHash<QString, QString> SshKeyRegistry::identities() const
{
    QHash<QString, QString> result;
    QFile file(m_files.keysPath());
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonObject keys = QJsonDocument::fromJson(file.read(1 << 20)).object().value("keys"_L1).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QString path = it.value().toString();
        if (sshconfig::isSafeInstanceId(it.key()) && QDir::isAbsolutePath(path))
            result.insert(it.key(), path);
    }
    return result;
}

QString SshKeyRegistry::identityFor(const QString &instanceId) const
{
    return identities().value(normalizeInstanceId(instanceId));
}

QString SshKeyRegistry::identityForKeyFile(const QString &keyPath)
{
    const QString absolute = QFileInfo(keyPath).absoluteFilePath();
    if (absolute.endsWith(".pub"_L1)) {
        const QString privateKey = absolute.chopped(4);
        if (QFileInfo(privateKey).isFile())
            return privateKey;
    }
    return absolute;
}

bool SshKeyRegistry::recordInstalledKey(const QString &instanceId, const QString &keyPath,
                                        QString *error) const
{
    const QString id = normalizeInstanceId(instanceId);
    if (!sshconfig::isSafeInstanceId(id) || keyPath.isEmpty()) {
        setError(error, u"not a valid instance ID or key path: %1"_s.arg(instanceId));
        return false;
    }
    QHash<QString, QString> all = identities();
    all.insert(id, identityForKeyFile(keyPath));
    return write(all, error);
}

bool SshKeyRegistry::forget(const QString &instanceId, QString *error) const
{
    QHash<QString, QString> all = identities();
    if (all.remove(normalizeInstanceId(instanceId)) == 0)
        return true;
    return write(all, error);
}

bool SshKeyRegistry::write(const QHash<QString, QString> &identities, QString *error) const
{
    QJsonObject keys;
    for (auto it = identities.cbegin(); it != identities.cend(); ++it)
        keys.insert(it.key(), it.value());
    const QJsonObject root{{"version"_L1, 1}, {"keys"_L1, keys}};
    return SshConfigFiles::ensurePrivateDir(m_files.glowsDir(), error) &&
           writeAtomically(m_files.keysPath(), QJsonDocument(root).toJson(), kPrivateFile, error);
}

} // namespace glows
