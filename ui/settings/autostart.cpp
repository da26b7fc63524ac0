// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
// Desktop Entry spec, "The Exec key": quote an argument with reserved characters; inside quotes, escape ",
// `, $ and \ with a backslash.
QString quoteExecArgument(const QString &arg)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    bool needsQuotes = arg.isEmpty();
    for (const QChar c : arg)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString escaped;
    for (const QChar c : arg) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    // A literal % must be doubled in any case (field codes).
    escaped.replace(u"%"_s, u"%%"_s);
    return needsQuotes ? u"\"%1\""_s.arg(escaped) : escaped;
}

QString appId()
{
    const QString id = QGuiApplication::desktopFileName();
    return id.isEmpty() ? u"io.github.glowsdesktop.GlowsDesktop"_s : id;
}
} // namespace

Autostart::Autostart(QString directory, QString executable)
    : m_directory(std::move(directory)), m_executable(std::move(executable))
{
    if (m_directory.isEmpty())
        m_directory =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart"_s;
    if (m_executable.isEmpty())
        m_executable = QCoreApplication::applicationFilePath();
}

bool Autostart::isSupported()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return true;
#else
    return false;
#endif
}

QString Autostart::filePath() const
{
    return QDir(m_directory).filePath(appId() + u".desktop"_s);
}

bool Autostart::isEnabled() const
{
    return isSupported() && QFile::exists(filePath());
}

QString Autostart::entryText() const
{
    return u"[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Glows Desktop\n"
           "Comment=Keeps the Glows Desktop guard running in the tray\n"
           "Exec=%1 --minimized\n"
           "Icon=io.github.glowsdesktop.GlowsDesktop\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled=true\n"_s.arg(quoteExecArgument(m_executable));
}

bool Autostart::setEnabled(bool enabled, QString *error) const
{
    if (!isSupported()) {
        if (error)
            *error =
                QCoreApplication::translate("Autostart", "Start at login is not available on this system.");
        return !enabled;
    }
    if (!enabled) {
        if (!QFile::exists(filePath()) || QFile::remove(filePath()))
            return true;
        if (error)
            *error = QCoreApplication::translate("Autostart", "Could not remove %1.").arg(filePath());
        return false;
    }
    QSaveFile file(filePath());
    const bool ok = QDir().mkpath(m_directory) && file.open(QIODevice::WriteOnly | QIODevice::Text) &&
                    file.write(entryText().toUtf8()) >= 0 && file.commit();
    if (!ok && error)
        *error = QCoreApplication::translate("Autostart", "Could not write %1.").arg(filePath());
    return ok;
}

} // namespace glows::ui
