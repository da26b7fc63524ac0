// SPDX-License-Identifier: Apache-2.0
// Issue 18, end to end in the app: the real window and guard as glows-desktop builds them (AppShell), an
// embedded sandbox at --speed 60 (a 10-minute rule takes 10 s), and a recording org.freedesktop.Notifications
// on a private session bus (dbus-run-session) that also clicks the notifications' buttons.
#include "../notify/fakenotificationserver.h"

#include "api/accountstore.h"
#include "api/glowsclient.h"
#include "api/secretstore.h"
#include "guard/guardsettings.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/appshell.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/sshpanel.h"
#include "ui/guard/guardcontroller.h"
#include "ui/guard/guardhistorydialog.h"
#include "ui/guard/guardhistorymodel.h"
#include "ui/headerstrip.h"
#include "ui/instancemodel.h"
#include "ui/mainwindow.h"
#include "ui/traycontroller.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using glows::test::FakeNotificationServer;
using glows::test::RecordedNotify;

namespace {
constexpr auto kIdleName = "idle-notebook"_L1;

struct App
{
    App(QNetworkAccessManager *nam, const GuardAccountRules &rules)
        : sandbox(options()), secrets(u"glows-guard-test-%1"_s.arg(QCoreApplication::applicationPid()))
    {
        if (!sandbox.start())
            qFatal("sandbox did not start");
        GuardSettings(&settings).save(QString(AccountStore::kBuiltInSandboxId), rules);
        ui::ShellOptions o{&settings, nam, &secrets, sandbox.baseUrl(), sandbox.token()};
        o.guardHistoryPath = dir.filePath(u"guard-history.sqlite"_s);
        shell = std::make_unique<ui::AppShell>(o);
        shell->start();
        window()->tray()->setClosePrompt(
            [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
        guard()->runner()->setPollIntervalMs(500);
        window()->listQuery()->setIntervals({500, 500, 500});
    }
    ~App() { shell.reset(); }
    static sandbox::SandboxOptions options()
    {
        sandbox::SandboxOptions o;
        o.speed = 60;
        o.dataPath = u":memory:"_s;
        o.token = u"guard-test-token"_s;
        return o;
    }
    ui::MainWindow *window() const { return shell->window(); }
    ui::GuardController *guard() const { return shell->guard(); }
    bool load()
    {
        window()->show();
        return QTest::qWaitForWindowExposed(window()) &&
               QTest::qWaitFor([this] { return window()->isLoaded(); }, 15000);
    }
    QString idOf(QLatin1StringView name) const
    {
        ui::InstanceModel *m = window()->instanceModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->instanceAt(r)->displayName() == name)
                return m->instanceAt(r)->instanceID;
        }
        return {};
    }
    // A sandbox-only extension call (docs/api.md), answered with the envelope's code.
    int post(QNetworkAccessManager *nam, const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + path));
        request.setRawHeader("Authorization", "Bearer " + sandbox.token().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return -1;
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value("code"_L1).toInt(-1);
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"s.ini"_s), QSettings::IniFormat};
    sandbox::EmbeddedSandbox sandbox;
    SecretStore secrets;
    std::unique_ptr<ui::AppShell> shell;
};

GuardAccountRules quietRules()
{
    GuardAccountRules rules;
    rules.defaults.idleEnabled = false;
    rules.defaults.readyEnabled = false;
    rules.runwayEnabled = false;
    return rules;
}
} // namespace

class TestGuardApp final : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (!FakeNotificationServer::privateBusAvailable())
            QSKIP("needs a private session bus (run under dbus-run-session with GLOWS_PRIVATE_BUS=1)");
    }

    void idleNotificationAndKeepRunningForOneHour()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        GuardAccountRules rules = quietRules();
        rules.defaults.idleEnabled = true;
        rules.defaults.idleMinutes = 10;
        rules.defaults.idleAutoAct = true;
        rules.defaults.graceMinutes = 3;
        QNetworkAccessManager nam;
        App app(&nam, rules);
        QVERIFY(app.load());
        const QString idleId = app.idOf(kIdleName);
        QVERIFY2(!idleId.isEmpty(), "the sandbox's demo data has no idle-notebook");
        // Closed to the tray: the guard keeps watching (it lives in the shell, not in the window).
        app.window()->tray()->setClosePrompt(
            [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::KeepInTray; });
        app.window()->close();
        QVERIFY(!app.window()->isVisible());

        // The idle rule fires (10 simulated minutes) with its three actions, the countdown armed.
        const RecordedNotify *idle = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((idle = server.lastWithSummary(kIdleName)) != nullptr, 60000);
        QCOMPARE(idle->appName, u"Glows Desktop"_s);
        QCOMPARE(idle->actionIds(), QStringList({u"snapshot-release"_s, u"keep-1h"_s, u"open"_s}));
        QCOMPARE(idle->labelOf(u"snapshot-release"_s), u"Snapshot & Release"_s);
        QCOMPARE(idle->labelOf(u"keep-1h"_s), u"Keep running for 1 h"_s);
        QVERIFY(idle->body.contains(u"unless you answer"_s));
        const std::optional<GuardPending> pending = app.guard()->runner()->pendingFor(idleId);
        QVERIFY(pending.has_value());
        // The row shows the countdown (painted from the model's role).
        ui::InstanceModel *model = app.window()->instanceModel();
        const QModelIndex nameCell = model->index(model->rowOf(idleId), ui::InstanceModel::NameColumn);
        QTRY_VERIFY(nameCell.data(ui::InstanceModel::GuardCountdownRole).toLongLong() >= 0);
        QCOMPARE(nameCell.data(ui::InstanceModel::GuardRole).toInt(),
                 int(ui::InstanceModel::GuardMark::Armed));

        // "Keep running for 1 h", clicked on the desktop: the countdown is gone and nothing is released.
        const uint notificationId = idle->id;
        QVERIFY(notificationId != 0);
        server.invokeAction(notificationId, u"keep-1h"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!app.guard()->runner()->pendingFor(idleId).has_value(), 10000);
        QTRY_COMPARE(nameCell.data(ui::InstanceModel::GuardCountdownRole).toLongLong(), -1);
        // Past the original deadline (server time) plus a few polls, the instance still runs.
        const qint64 deadline = pending->deadline;
        QTRY_VERIFY_WITH_TIMEOUT(app.guard()->runner()->serverNow() > deadline + 120, 30000);
        const int evaluations = app.guard()->runner()->evaluations();
        QTRY_VERIFY_WITH_TIMEOUT(app.guard()->runner()->evaluations() > evaluations + 2, 10000);
        const Instance *in = model->instance(idleId);
        QVERIFY(in);
        QCOMPARE(in->status.state(), InstanceState::Running);
        for (const GuardHistoryEntry &e : app.guard()->history()->entries()) {
            if (e.instanceId == idleId)
                QVERIFY2(e.kind != guardDecisionKey(GuardDecisionKind::Act), "acted despite the snooze");
        }

        // The history view lists the decisions, the snooze among them (a tested model).
        ui::GuardHistoryDialog *history = app.shell->openGuardHistory();
        QAbstractItemModelTester tester(history->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(history->model()->rowCount() >= 2);
        bool snoozed = false;
        for (int r = 0; r < history->model()->rowCount(); ++r)
            snoozed =
                snoozed || history->model()->entryAt(r).kind == guardDecisionKey(GuardDecisionKind::Snoozed);
        QVERIFY(snoozed);
        history->close();
    }

    void runwayAlertWhenTheBalanceIsLowered()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        GuardAccountRules rules = quietRules();
        rules.runwayEnabled = true;
        QNetworkAccessManager nam;
        App app(&nam, rules);
        QVERIFY(app.load());
        // The header always says how long the balance lasts.
        QLabel *runway = app.window()->headerStrip()->runwayLabel();
        QTRY_VERIFY_WITH_TIMEOUT(runway->isVisible() && runway->text().contains(u"Balance lasts about"_s),
                                 20000);
        QTRY_VERIFY(app.guard()->runner()->evaluations() >= 2);
        QVERIFY(!server.lastWithSummary(u"Balance runs low"_s));
        // About 40 simulated minutes at the demo's burn rate: below every threshold (24 h, 6 h, 1 h).
        const MilliCredits burn = app.guard()->runner()->runway().burnPerHour;
        QVERIFY(burn > 0);
        QCOMPARE(
            app.post(&nam, u"/sandbox/account/balance"_s, {{"balanceMilliCredit"_L1, double(burn * 2 / 3)}}),
            0);
        const RecordedNotify *alert = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((alert = server.lastWithSummary(u"Balance runs low"_s)) != nullptr, 20000);
        QVERIFY(alert->body.contains(u"min"_s) || alert->body.contains(u"h"_s));
        QCOMPARE(alert->actionIds(), QStringList({u"open"_s}));
        // The header follows the window's balance query (once a minute); ask now.
        app.window()->balanceQuery()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(runway->text().contains(u"min"_s) && !runway->text().contains(u" d"_s),
                                 20000);
    }

    void readyNotificationAfterCreate()
    {
        FakeNotificationServer server;
        QVERIFY(server.start());
        GuardAccountRules rules = quietRules();
        rules.defaults.readyEnabled = true;
        QNetworkAccessManager nam;
        App app(&nam, rules);
        QVERIFY(app.load());
        // Ready needs the SSH port to accept and port 8888 to answer: only the sandbox's SSH endpoints (and
        // the loopback JupyterLab page behind the 8888 forward that comes with them) make that true.
        const ui::InstanceModel *model = app.window()->instanceModel();
        QString sshUrl;
        for (int row = 0; row < model->rowCount() && sshUrl.isEmpty(); ++row) {
            const Instance *in = model->instanceAt(row);
            if (!in || in->status.state() != InstanceState::Running)
                continue;
            for (const Access &a : in->accesses) {
                if (a.protocol == u"ssh"_s && !a.isPending())
                    sshUrl = a.url;
            }
        }
        QVERIFY2(!sshUrl.isEmpty(), "the seeded sandbox has a Running instance with an ssh access");
        if (QUrl(sshUrl).host() != u"127.0.0.1"_s)
            QSKIP("the sandbox has no SSH endpoints (simulated ssh URLs), so no instance can be Ready");
        CreateInstanceRequest request;
        request.fromImageId = u"img-87p9kq26"_s;
        request.gpuName = u"NVIDIA GeForce RTX 4090"_s;
        request.regionName = u"TW-03"_s;
        request.customMetaKey = u"guard-ready"_s;
        request.remark = u"ready-check"_s;
        bool created = false;
        QString id;
        app.shell->client()->createInstance(request, this, [&](const ApiResult<Instance> &r) {
            created = r.ok();
            if (r.ok())
                id = r.value().instanceID;
        });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        const RecordedNotify *ready = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ready = server.lastWithSummary(u"ready-check"_s)) != nullptr, 60000);
        QCOMPARE(ready->actionIds(), QStringList({u"terminal"_s, u"jupyter"_s}));
        QCOMPARE(ready->labelOf(u"terminal"_s), u"Open Terminal"_s);
        QCOMPARE(ready->labelOf(u"jupyter"_s), u"Open JupyterLab"_s);

        // "Open Terminal" runs what the Access tab's "Open in Terminal" runs, on this instance.
        const QString key = ui::GuardController::notificationKey(GuardRule::Ready, id);
        ui::DetailPane *detail = app.window()->detailPane();
        ui::SshPanel *panel = detail->accessTab()->sshPanel();
        QStringList started;
        panel->terminalLauncher().setProgramProbe(
            [](const QString &p) { return p == "x-terminal-emulator"_L1; });
        panel->terminalLauncher().setStarter(
            [&started](const QString &program, const QStringList &arguments) {
                started = QStringList{program} + arguments;
                return true;
            });
        app.guard()->onNotificationAction(key, QString(ui::GuardController::kTerminal));
        QCOMPARE(app.window()->selectedInstanceId(), id);
        QCOMPARE(started.value(0), u"x-terminal-emulator"_s);
        const QString alias = panel->configAlias();
        QVERIFY2(started.join(u' ').contains(alias.isEmpty() ? u"127.0.0.1"_s : alias),
                 qPrintable(started.join(u' ')));
        // No terminal: the Access tab shows, with the panel's message.
        started.clear();
        detail->tabs()->setCurrentIndex(0);
        panel->terminalLauncher().setProgramProbe([](const QString &) { return false; });
        app.guard()->onNotificationAction(key, QString(ui::GuardController::kTerminal));
        QVERIFY(started.isEmpty());
        QCOMPARE(detail->tabs()->currentWidget(), detail->accessTab());

        // "Open JupyterLab" opens the 8888 forward, which answers.
        QDesktopServices::setUrlHandler(u"http"_s, this, "recordUrl");
        app.guard()->onNotificationAction(key, QString(ui::GuardController::kJupyter));
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QCOMPARE(m_openedUrls.size(), 1);
        QCOMPARE(m_openedUrls.first().host(), u"127.0.0.1"_s);
        QNetworkReply *page = nam.get(QNetworkRequest(m_openedUrls.first()));
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
        QVERIFY(page->readAll().contains("JupyterLab"));
        delete page;
    }

public slots:
    void recordUrl(const QUrl &url) { m_openedUrls.append(url); }

private:
    QList<QUrl> m_openedUrls;
};

QTEST_MAIN(TestGuardApp)
#include "tst_guard_app.moc"
