// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/notify/notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QDBusPendingCallWatcher;

namespace glows::ui {

// org.freedesktop.Notifications over QtDBus (Desktop Notifications Specification 1.2): Notify with action
// buttons, replaces_id per key, ActionInvoked and NotificationClosed mapped back to keys. Every call is
// asynchronous, so the UI thread never waits for the notification server. The body is escaped unless the
// server says it does not render markup. When no server answers (no session bus, nobody owns the name), every
// notification goes to the fallback instead, which is then used for the rest of the run.
class DBusNotifier final : public Notifier
{
    Q_OBJECT
public:
    static constexpr auto kService = QLatin1StringView("org.freedesktop.Notifications");
    static constexpr auto kPath = QLatin1StringView("/org/freedesktop/Notifications");
    static constexpr auto kInterface = QLatin1StringView("org.freedesktop.Notifications");

    // `fallback` is used when the bus has no notification server; it may be null (then nothing is shown).
    explicit DBusNotifier(QDBusConnection bus, Notifier *fallback, QObject *parent = nullptr);

    void show(const Notification &notification) override;
    void withdraw(const QString &key) override;
    bool supportsActions() const override;
    QString backendName() const override;
    // False once a call found no notification server: the fallback has taken over.
    bool isAvailable() const { return m_available; }
    // GetCapabilities has answered (until then the body is escaped and buttons are assumed).
    bool capabilitiesKnown() const { return m_capabilitiesKnown; }
    // The server's ID of the notification shown for `key`; 0 until its Notify has answered.
    uint notificationId(const QString &key) const { return m_idByKey.value(key, 0); }

private slots:
    // QDBusConnection::connect() takes only SLOT() names for bus signals.
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    void send(const Notification &notification);
    void onNotifyFinished(QDBusPendingCallWatcher *call, const Notification &notification);
    void queryCapabilities();
    void fallBack(const QString &why);

    QDBusConnection m_bus;
    QPointer<Notifier> m_fallback;
    QString m_appName;
    bool m_available = true;
    bool m_capabilitiesKnown = false;
    QStringList m_capabilities;
    QHash<QString, uint> m_idByKey;
    QHash<uint, QString> m_keyById;
    // A key whose Notify is still in flight, and the newer notification to send once its ID is known, so a
    // quick second notification replaces the first instead of stacking beside it.
    QSet<QString> m_inFlight;
    QHash<QString, Notification> m_queued;
};

} // namespace glows::ui
