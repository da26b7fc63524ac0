// SPDX-License-Identifier: Apache-2.0
#pragma once
// A notification server for tests: owns org.freedesktop.Notifications on the (private) session bus through
// its own connection, records every Notify call and can send ActionInvoked and NotificationClosed like a
// desktop would. Run the test under dbus-run-session so it never touches the user's desktop.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtTest>

namespace glows::test {

struct RecordedNotify
{
    QString appName;
    uint replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QStringList actions; // id, label, id, label …
    QVariantMap hints;
    int timeout = -1;
    uint id = 0; // what the server answered

    // The action IDs without their labels, "default" excluded.
    QStringList actionIds() const
    {
        QStringList ids;
        for (int i = 0; i + 1 < actions.size(); i += 2) {
            if (actions.at(i) != QLatin1StringView("default"))
                ids << actions.at(i);
        }
        return ids;
    }
    QString labelOf(const QString &actionId) const
    {
        for (int i = 0; i + 1 < actions.size(); i += 2) {
            if (actions.at(i) == actionId)
                return actions.at(i + 1);
        }
        return {};
    }
};

class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    // Skips the calling test when not on a private bus: set GLOWS_PRIVATE_BUS=1 (the CTest wrapper does).
    static bool privateBusAvailable()
    {
        return qEnvironmentVariableIntValue("GLOWS_PRIVATE_BUS") == 1 &&
               QDBusConnection::sessionBus().isConnected();
    }

    explicit FakeNotificationServer(QStringList capabilities = {QStringLiteral("actions"),
                                                                QStringLiteral("body"),
                                                                QStringLiteral("body-markup")})
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("glows-fake-notification-server"))),
          m_capabilities(std::move(capabilities))
    {}
    ~FakeNotificationServer() override { stop(); }

    bool start()
    {
        if (!m_bus.isConnected())
            return false;
        if (!m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals))
            return false;
        return m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    void stop()
    {
        if (!m_bus.isConnected())
            return;
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

    const QList<RecordedNotify> &calls() const { return m_calls; }
    // The last Notify whose summary contains `text`, or nullptr.
    const RecordedNotify *lastWithSummary(const QString &text) const
    {
        for (auto it = m_calls.crbegin(); it != m_calls.crend(); ++it) {
            if (it->summary.contains(text))
                return &*it;
        }
        return nullptr;
    }
    QList<uint> closedIds() const { return m_closed; }

    // What a desktop sends when the user clicks a button (or the notification, "default").
    void invokeAction(uint id, const QString &actionKey)
    {
        emit ActionInvoked(id, actionKey);
        emit NotificationClosed(id, 2);
    }
    void dismiss(uint id) { emit NotificationClosed(id, 2); }

public slots:
    QStringList GetCapabilities() { return m_capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_nextId;
        m_calls.append({appName, replacesId, icon, summary, body, actions, hints, timeout, id});
        emit notified();
        return id;
    }
    void CloseNotification(uint id)
    {
        m_closed.append(id);
        emit NotificationClosed(id, 3);
    }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("glows-tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notification-server");
    }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    // Not exported usefully; lets tests wait with QSignalSpy.
    void notified();

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
    QList<RecordedNotify> m_calls;
    QList<uint> m_closed;
    uint m_nextId = 0;
};

} // namespace glows::test
