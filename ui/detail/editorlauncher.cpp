// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/editorlauncher.h"

#include "core/logging.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

struct Known
{
    const char *name;
    const char *command;
    const char *macBundle;  // under /Applications
    const char *windowsDir; // under %LOCALAPPDATA%/Programs
};

constexpr Known kKnown[] = {
    {"VS Code", "code", "Visual Studio Code.app", "Microsoft VS Code"},
    {"Cursor", "cursor", "Cursor.app", "cursor/resources/app"},
    {"VSCodium", "codium", "VSCodium.app", "VSCodium"},
};

bool isManagedAlias(const QString &alias)
{
    static const QRegularExpression pattern(u"^glows-[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(alias).hasMatch();
}

} // namespace

EditorLauncher::EditorLauncher()
    : m_starter([](const QString &program, const QStringList &arguments) {
          return QProcess::startDetached(program, arguments);
      }),
      m_locator([](const QString &command) { return QStandardPaths::findExecutable(command); }),
      m_fileProbe([](const QString &path) { return QFileInfo(path).isFile(); }), m_platform(currentPlatform())
{}

void EditorLauncher::setLocator(Locator locator)
{
    m_locator = std::move(locator);
    m_found.reset();
}

void EditorLauncher::setFileProbe(FileProbe probe)
{
    m_fileProbe = std::move(probe);
    m_found.reset();
}

void EditorLauncher::setPlatform(Platform platform)
{
    m_platform = platform;
    m_found.reset();
}

QList<EditorLauncher::Editor> EditorLauncher::editors() const
{
    if (m_found)
        return *m_found;
    QList<Editor> found;
    for (const Known &k : kKnown) {
        const QString command = QString::fromLatin1(k.command);
        QString program = m_locator(command);
        // Apps installed by dragging to /Applications, or per user on Windows, are often not on the PATH.
        if (program.isEmpty() && m_platform == Platform::MacOS) {
            const QString path = u"/Applications/%1/Contents/Resources/app/bin/%2"_s.arg(
                QString::fromLatin1(k.macBundle), command);
            if (m_fileProbe(path))
                program = path;
        } else if (program.isEmpty() && m_platform == Platform::Windows) {
            const QString base = qEnvironmentVariable("LOCALAPPDATA");
            const QString path =
                u"%1/Programs/%2/bin/%3.cmd"_s.arg(base, QString::fromLatin1(k.windowsDir), command);
            if (!base.isEmpty() && m_fileProbe(path))
                program = path;
        }
        if (!program.isEmpty())
            found.append(Editor{QString::fromLatin1(k.name), command, program});
    }
    m_found = found;
    return found;
}

QString EditorLauncher::homeFolder(const QString &user)
{
    return user.isEmpty() || user == "root"_L1 ? u"/root"_s : u"/home/"_s + user;
}

QStringList EditorLauncher::remoteArguments(const QString &alias, const QString &folder)
{
    return {u"--remote"_s, u"ssh-remote+"_s + alias, folder};
}

bool EditorLauncher::open(const Editor &editor, const QString &alias, const QString &folder) const
{
    if (!isManagedAlias(alias) || !isValidUser(QFileInfo(folder).fileName()) || !folder.startsWith(u'/'))
        return false;
    QString program = editor.program;
    QStringList arguments = remoteArguments(alias, folder);
    // A .cmd script is run by cmd.exe; every word here is a plain alias or path, nothing cmd reads as syntax.
    if (m_platform == Platform::Windows && program.endsWith(".cmd"_L1, Qt::CaseInsensitive)) {
        arguments.prepend(program);
        arguments.prepend(u"/c"_s);
        program = u"cmd"_s;
    }
    if (!m_starter(program, arguments)) {
        qCWarning(lcUi) << "could not start" << editor.program;
        return false;
    }
    return true;
}

} // namespace glows::ui
