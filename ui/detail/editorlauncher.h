// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/terminal.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace glows::ui {

// Opens an instance's home folder in VS Code, Cursor or VSCodium over Remote-SSH, through the managed SSH
// config's alias: `code --remote ssh-remote+<alias> /root`, as an argument list. Finding programs and
// starting them are seams, so tests check the arguments without launching anything.
class EditorLauncher final
{
public:
    struct Editor
    {
        QString name;    // product name, shown in "Open in %1"
        QString command; // the CLI's name: code, cursor, codium
        QString program; // where it was found
        bool operator==(const Editor &) const = default;
    };

    using Starter = std::function<bool(const QString &program, const QStringList &arguments)>;
    // The full path of an executable on the PATH, or empty.
    using Locator = std::function<QString(const QString &command)>;
    using FileProbe = std::function<bool(const QString &path)>;

    EditorLauncher();

    void setStarter(Starter starter) { m_starter = std::move(starter); }
    void setLocator(Locator locator);
    void setFileProbe(FileProbe probe);
    void setPlatform(Platform platform);

    // The installed editors, VS Code first; looked up once, then cached.
    QList<Editor> editors() const;

    // The remote folder: /root for root, /home/<user> otherwise.
    static QString homeFolder(const QString &user);
    // What the editor's CLI is given.
    static QStringList remoteArguments(const QString &alias, const QString &folder);

    // False when the alias is not a plain managed alias or the program could not be started.
    bool open(const Editor &editor, const QString &alias, const QString &folder) const;

private:
    Starter m_starter;
    Locator m_locator;
    FileProbe m_fileProbe;
    Platform m_platform;
    mutable std::optional<QList<Editor>> m_found;
};

} // namespace glows::ui
