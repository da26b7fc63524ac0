// SPDX-License-Identifier: Apache-2.0
#include "ui/notify/notifier.h"

#include "ui/notify/traynotifier.h"

#ifdef GLOWS_HAVE_DBUS
#include "ui/notify/dbusnotifier.h"
#endif

namespace glows::ui {

QString escapeNotificationMarkup(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<')
            out += QLatin1StringView("&lt;");
        else if (c == u'>')
            out += QLatin1StringView("&gt;");
        else if (c == u'&')
            out += QLatin1StringView("&amp;");
        else
            out += c;
    }
    return out;
}

Notifier *createDesktopNotifier(TrayController *tray, QObject *parent)
{
    auto *trayNotifier = new TrayNotifier(tray, parent);
#ifdef GLOWS_HAVE_DBUS
    return new DBusNotifier(QDBusConnection::sessionBus(), trayNotifier, parent);
#else
    return trayNotifier;
#endif
}

} // namespace glows::ui
