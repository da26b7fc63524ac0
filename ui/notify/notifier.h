// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace glows::ui {

class TrayController;

// One desktop notification. `key` names what it is about (e.g. "guard/idle/<instance ID>"): a later
// notification with the same key replaces the shown one instead of stacking a second.
struct Notification
{
    QString key;
    QString summary;
    QString body; // plain text; a backend that renders markup gets it escaped
    // Buttons, in order: (action ID, translated label). Backends without buttons ignore them.
    QList<QPair<QString, QString>> actions;
    bool urgent = false;
    // Stays until the user answers it (guard alerts), instead of the server's default timeout.
    bool resident = false;
};

// Where the app's notifications go: org.freedesktop.Notifications on Linux (with action buttons), the tray's
// balloon messages elsewhere (no buttons: a click opens the window). The app, its guard and the tests share
// this one path.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // The action ID sent when the notification itself (not a button) is clicked.
    static constexpr auto kDefaultAction = QLatin1StringView("default");

    virtual void show(const Notification &notification) = 0;
    // Removes the notification with this key if it is still shown.
    virtual void withdraw(const QString &key) = 0;
    // Whether the notifications shown now carry their action buttons.
    virtual bool supportsActions() const = 0;
    // "dbus" or "tray": which path is in use (shown in the Guard settings page and in logs).
    virtual QString backendName() const = 0;

signals:
    void actionInvoked(const QString &key, const QString &actionId);
    void closed(const QString &key);
};

// The notifier for this platform: D-Bus (when Qt has it) falling back to the tray when no notification
// service answers; the tray alone elsewhere.
Notifier *createDesktopNotifier(TrayController *tray, QObject *parent);

// Escapes what the notification spec's body markup would interpret (<, > and &), so server text (instance
// names) is shown as text.
QString escapeNotificationMarkup(const QString &text);

} // namespace glows::ui
