// SPDX-License-Identifier: Apache-2.0
#include "ui/notify/dbusnotifier.h"

#include "core/logging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
// Urgency levels of the specification's "urgency" hint.
constexpr uchar kUrgencyNormal = 1;
constexpr uchar kUrgencyCritical = 2;
} // namespace

DBusNotifier::DBusNotifier(QDBusConnection bus, Notifier *fallback, QObject *parent)
    : Notifier(parent), m_bus(std::move(bus)), m_fallback(fallback), m_appName(u"Glows Desktop"_s)
{
    if (m_fallback) {
        connect(m_fallback, &Notifier::actionInvoked, this, &Notifier::actionInvoked);
        connect(m_fallback, &Notifier::closed, this, &Notifier::closed);
    }
    if (!m_bus.isConnected()) {
        fallBack(u"no session bus"_s);
        return;
    }
    m_bus.connect(QString(kService), QString(kPath), QString(kInterface), u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(kService), QString(kPath), QString(kInterface), u"NotificationClosed"_s, this,
                  SLOT(onClosed(uint, uint)));
    queryCapabilities();
}

QString DBusNotifier::backendName() const
{
    return m_available ? u"dbus"_s : (m_fallback ? m_fallback->backendName() : u"none"_s);
}

bool DBusNotifier::supportsActions() const
{
    if (!m_available)
        return m_fallback && m_fallback->supportsActions();
    return !m_capabilitiesKnown || m_capabilities.contains(u"actions"_s);
}

void DBusNotifier::fallBack(const QString &why)
{
    if (m_available)
        qCInfo(lcUi) << "desktop notifications: no notification server (" << why << "), using the tray";
    m_available = false;
}

void DBusNotifier::queryCapabilities()
{
    QDBusMessage call = QDBusMessage::createMethodCall(QString(kService), QString(kPath), QString(kInterface),
                                                       u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            qCDebug(lcUi) << "GetCapabilities failed:" << reply.error().message();
            return; // Notify will tell whether a server exists
        }
        m_capabilities = reply.value();
        m_capabilitiesKnown = true;
    });
}

void DBusNotifier::show(const Notification &notification)
{
    if (!m_available) {
        if (m_fallback)
            m_fallback->show(notification);
        return;
    }
    if (m_inFlight.contains(notification.key)) {
        m_queued.insert(notification.key, notification);
        return;
    }
    send(notification);
}

void DBusNotifier::send(const Notification &notification)
{
    QStringList actions;
    // "default" is the click on the notification itself; servers do not show it as a button.
    actions << QString(kDefaultAction) << tr("Open");
    for (const auto &[id, label] : notification.actions)
        actions << id << label;
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(notification.urgent ? kUrgencyCritical : kUrgencyNormal));
    const QString desktopEntry = QGuiApplication::desktopFileName();
    if (!desktopEntry.isEmpty())
        hints.insert(u"desktop-entry"_s, desktopEntry);
    if (notification.resident)
        hints.insert(u"resident"_s, true);
    // The body may be rendered as markup; the summary never is (spec 1.2).
    const bool markup = !m_capabilitiesKnown || m_capabilities.contains(u"body-markup"_s);
    const QString body = markup ? escapeNotificationMarkup(notification.body) : notification.body;
    const uint replaces = m_idByKey.value(notification.key, 0);
    QDBusMessage call =
        QDBusMessage::createMethodCall(QString(kService), QString(kPath), QString(kInterface), u"Notify"_s);
    call << m_appName << replaces << QString() << notification.summary << body << actions << hints
         << (notification.resident ? 0 : -1);
    m_inFlight.insert(notification.key);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *w) { onNotifyFinished(w, notification); });
}

void DBusNotifier::onNotifyFinished(QDBusPendingCallWatcher *call, const Notification &notification)
{
    call->deleteLater();
    m_inFlight.remove(notification.key);
    QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        fallBack(reply.error().name());
        if (m_fallback)
            m_fallback->show(notification);
        if (const auto queued = m_queued.take(notification.key); !queued.key.isNull() && m_fallback)
            m_fallback->show(queued);
        return;
    }
    const uint id = reply.value();
    if (const uint old = m_idByKey.value(notification.key, 0); old != 0 && old != id)
        m_keyById.remove(old);
    m_idByKey.insert(notification.key, id);
    m_keyById.insert(id, notification.key);
    if (m_queued.contains(notification.key))
        send(m_queued.take(notification.key));
}

void DBusNotifier::withdraw(const QString &key)
{
    m_queued.remove(key);
    if (!m_available) {
        if (m_fallback)
            m_fallback->withdraw(key);
        return;
    }
    const uint id = m_idByKey.value(key, 0);
    if (id == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QString(kService), QString(kPath), QString(kInterface),
                                                       u"CloseNotification"_s);
    call << id;
    m_bus.asyncCall(call);
}

void DBusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_keyById.constFind(id);
    if (it == m_keyById.constEnd())
        return; // another application's notification
    emit actionInvoked(*it, actionKey);
}

void DBusNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    const QString key = m_keyById.take(id);
    if (key.isNull())
        return;
    if (m_idByKey.value(key) == id)
        m_idByKey.remove(key);
    emit closed(key);
}

} // namespace glows::ui
