// SPDX-License-Identifier: Apache-2.0
// Native notifications against a recording org.freedesktop.Notifications on a private session bus.
#include "fakenotificationserver.h"
#include "ui/mainwindow.h"
#include "ui/notify/dbusnotifier.h"
#include "ui/notify/notifier.h"
#include "ui/traycontroller.h"

#include "api/glowsclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::ui;
using glows::test::FakeNotificationServer;
using glows::test::RecordedNotify;

namespace {
// Records what would have gone to the tray.
class RecordingNotifier final : public Notifier
{
public:
    void show(const Notification &n) override { shown.append(n); }
    void withdraw(const QString &key) override { withdrawn.append(key); }
    bool supportsActions() const override { return false; }
    QString backendName() const override { return u"recording"_s; }
    QList<Notification> shown;
    QStringList withdrawn;
};

Notification guardAlert(const QString &key, const QString &body)
{
    Notification n;
    n.key = key;
    n.summary = u"Idle GPU"_s;
    n.body = body;
    n.actions = {{u"snapshot-release"_s, u"Snapshot & Release"_s},
                 {u"keep-1h"_s, u"Keep running for 1 h"_s},
                 {u"open"_s, u"Open"_s}};
    n.resident = true;
    return n;
}
} // namespace

class TestNotifications final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (!FakeNotificationServer::privateBusAvailable())
            QSKIP("needs a private session bus (run under dbus-run-session with GLOWS_PRIVATE_BUS=1)");
    }

    void escapesMarkup()
    {
        QCOMPARE(escapeNotificationMarkup(u"<b>a & b</b>"_s), u"&lt;b&gt;a &amp; b&lt;/b&gt;"_s);
        QCOMPARE(escapeNotificationMarkup(u"ノートブック"_s), u"ノートブック"_s);
    }

    void notifyCarriesActionsHintsAndEscapedBody()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        DBusNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        QSignalSpy spy(&server, &FakeNotificationServer::notified);
        notifier.show(guardAlert(u"guard/idle/i-1"_s, u"<i>idle</i> & cheap"_s));
        QVERIFY(spy.wait(5000));
        const auto &call = server.calls().constLast();
        QCOMPARE(call.appName, u"Glows Desktop"_s);
        QCOMPARE(call.summary, u"Idle GPU"_s);
        QCOMPARE(call.body, u"&lt;i&gt;idle&lt;/i&gt; &amp; cheap"_s);
        QCOMPARE(call.actionIds(), QStringList({u"snapshot-release"_s, u"keep-1h"_s, u"open"_s}));
        QCOMPARE(call.labelOf(u"keep-1h"_s), u"Keep running for 1 h"_s);
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 1);
        QCOMPARE(call.hints.value(u"resident"_s).toBool(), true);
        QCOMPARE(call.timeout, 0);
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(notifier.backendName(), u"dbus"_s);
    }

    void bodyIsLeftAloneWhenTheServerRendersNoMarkup()
    {
        FakeNotificationServer server({u"actions"_s, u"body"_s});
        QVERIFY(server.start());
        DBusNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY(notifier.capabilitiesKnown());
        notifier.show(guardAlert(u"k1"_s, u"a < b"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        QCOMPARE(server.calls().constLast().body, u"a < b"_s);
    }

    void sameKeyReplacesTheShownNotification()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        DBusNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        notifier.show(guardAlert(u"guard/idle/i-1"_s, u"10 min left"_s));
        // Sent before the first answer arrives: queued, then sent with the first one's ID.
        notifier.show(guardAlert(u"guard/idle/i-1"_s, u"9 min left"_s));
        notifier.show(guardAlert(u"guard/idle/i-2"_s, u"other"_s));
        QTRY_COMPARE(server.calls().size(), 3);
        const RecordedNotify *first = nullptr;
        const RecordedNotify *second = nullptr;
        for (const auto &c : server.calls()) {
            if (c.body == u"10 min left"_s)
                first = &c;
            if (c.body == u"9 min left"_s)
                second = &c;
        }
        QVERIFY(first && second);
        QCOMPARE(second->replacesId, first->id);
        for (const auto &c : server.calls()) {
            if (c.body == u"other"_s)
                QCOMPARE(c.replacesId, 0u);
        }
    }

    void actionsAndClosingMapBackToTheKey()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        DBusNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        QSignalSpy actions(&notifier, &Notifier::actionInvoked);
        QSignalSpy closed(&notifier, &Notifier::closed);
        notifier.show(guardAlert(u"guard/idle/i-9"_s, u"idle"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        // The ID is known once Notify has answered.
        QTRY_VERIFY(server.calls().constFirst().id != 0);
        server.invokeAction(server.calls().constFirst().id, u"keep-1h"_s);
        QVERIFY(actions.wait(5000));
        QCOMPARE(actions.constFirst().at(0).toString(), u"guard/idle/i-9"_s);
        QCOMPARE(actions.constFirst().at(1).toString(), u"keep-1h"_s);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.constFirst().at(0).toString(), u"guard/idle/i-9"_s);
        // Another application's notification is not ours. The server's signals arrive in the order sent, so
        // once the close of a notification of ours sent after it has arrived, the foreign one has been seen.
        notifier.show(guardAlert(u"guard/idle/i-10"_s, u"idle too"_s));
        QTRY_VERIFY(notifier.notificationId(u"guard/idle/i-10"_s) != 0);
        server.invokeAction(4242, u"open"_s);
        server.dismiss(notifier.notificationId(u"guard/idle/i-10"_s));
        QTRY_COMPARE(closed.size(), 2);
        QCOMPARE(closed.constLast().at(0).toString(), u"guard/idle/i-10"_s);
        QCOMPARE(actions.size(), 1);
    }

    void withdrawClosesIt()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        DBusNotifier notifier(QDBusConnection::sessionBus(), nullptr);
        QSignalSpy closed(&notifier, &Notifier::closed);
        notifier.show(guardAlert(u"ready/i-3"_s, u"ready"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        QTRY_VERIFY(notifier.notificationId(u"ready/i-3"_s) != 0); // withdraw needs the ID Notify answers
        QVERIFY(closed.isEmpty());
        notifier.withdraw(u"ready/i-3"_s);
        QTRY_COMPARE(server.closedIds().size(), 1);
        QTRY_COMPARE(closed.size(), 1);
    }

    void withoutAServerTheFallbackShowsIt()
    {
        RecordingNotifier fallback;
        DBusNotifier notifier(QDBusConnection::sessionBus(), &fallback);
        notifier.show(guardAlert(u"guard/idle/i-1"_s, u"idle"_s));
        QTRY_COMPARE(fallback.shown.size(), 1);
        QVERIFY(!notifier.isAvailable());
        QCOMPARE(notifier.backendName(), u"recording"_s);
        QCOMPARE(fallback.shown.constFirst().body, u"idle"_s); // the tray shows plain text
        notifier.show(guardAlert(u"guard/idle/i-2"_s, u"again"_s));
        QCOMPARE(fallback.shown.size(), 2); // no second attempt on the bus
    }

    void windowNotificationsGoThroughTheSameNotifier()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        GlowsClient client(&nam, QUrl(u"http://127.0.0.1:9"_s), u"t"_s);
        MainWindow window(AppContext{&client, nullptr, true});
        QVERIFY(window.notifier());
        QSignalSpy notified(window.tray(), &TrayController::notified);
        window.tray()->notify(u"Snapshot finished"_s, u"<gpu> & co"_s);
        QTRY_COMPARE(server.calls().size(), 1);
        QCOMPARE(server.calls().constFirst().summary, u"Snapshot finished"_s);
        QCOMPARE(server.calls().constFirst().body, u"&lt;gpu&gt; &amp; co"_s);
        QCOMPARE(notified.size(), 1); // and the status bar still gets it
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
