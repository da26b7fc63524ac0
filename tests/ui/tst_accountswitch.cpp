// SPDX-License-Identifier: Apache-2.0
// An account switch in the real window, between two loopback clouds with different tokens, while calls of
// the first are queued and in flight: no request ever reaches a server with the other's token, and no view
// (list, Snapshots page, Monitor tab) shows the old account's data afterwards.
#include "api/apirequest.h"
#include "api/glowsclient.h"
#include "sandbox/sandboxserver.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/monitortab.h"
#include "ui/instancemodel.h"
#include "ui/mainwindow.h"
#include "ui/snapshots/snapshotmodel.h"
#include "ui/snapshots/snapshotspage.h"
#include "ui/traycontroller.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace glows;
using namespace Qt::StringLiterals;

namespace {

// One simulated cloud that writes down the Authorization header of every request it receives.
struct Cloud
{
    Cloud(const QString &token, quint64 seed, int latencyMs, bool demoData)
    {
        sandbox::SandboxOptions options;
        options.seed = demoData;
        options.dataPath = u":memory:"_s;
        options.token = token;
        options.rngSeed = seed;
        options.chaosSeed = seed;
        if (latencyMs > 0) {
            options.chaos.latency = 1.0;
            options.chaos.latencyMs = latencyMs;
        }
        server = std::make_unique<sandbox::SandboxServer>(options);
        QObject::connect(
            server.get(), &sandbox::SandboxServer::requestReceived, server.get(),
            [this](const QByteArray &authorization, const QString &) { seen.append(authorization); });
        if (server->listen() == 0)
            qFatal("sandbox did not listen");
    }
    QUrl url() const { return QUrl(server->baseUrl()); }

    // The demo data has fixed IDs, so the second cloud gets one instance and one snapshot of its own.
    void addOwnInstanceAndSnapshot()
    {
        CreateInstanceRequest request;
        request.fromImageId = u"img-87p9kq26"_s;
        request.gpuName = u"NVIDIA GeForce RTX 4090"_s;
        request.regionName = u"TW-03"_s;
        request.customMetaKey = u"account-b"_s;
        request.remark = u"only-in-b"_s;
        sandbox::SandboxEngine &engine = server->engine();
        const auto created = engine.create(request);
        if (!created.ok())
            qFatal("create failed");
        server->clock().advance(60'000);
        engine.advance();
        if (!engine.takeSnapshot(created.value().instanceID, u"b-env"_s, false).ok())
            qFatal("snapshot failed");
        server->clock().advance(60'000);
        engine.advance();
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    QByteArrayList seen;
};

QSet<QString> idsOf(const ui::InstanceModel *model)
{
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->instanceAt(row)->instanceID);
    return ids;
}

QSet<QString> snapIdsOf(const ui::SnapshotModel *model)
{
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->snapshotAt(row)->snapID);
    return ids;
}

QString firstRunning(const ui::InstanceModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->instanceAt(row)->status.state() == InstanceState::Running)
            return model->instanceAt(row)->instanceID;
    }
    return {};
}

} // namespace

class TestAccountSwitch final : public QObject
{
    Q_OBJECT
private slots:
    void switchWithCallsInFlightSendsNoTokenElsewhereAndShowsNoOldData();
};

void TestAccountSwitch::switchWithCallsInFlightSendsNoTokenElsewhereAndShowsNoOldData()
{
    const QString tokenA = u"account-a-token-0123456789abcdef"_s;
    const QString tokenB = u"account-b-token-fedcba9876543210"_s;
    // A answers slowly, so its calls are still in flight and queued when the user switches.
    Cloud a(tokenA, 1, 400, true);
    Cloud b(tokenB, 2, 0, false);
    b.addOwnInstanceAndSnapshot();

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QNetworkAccessManager nam;
    GlowsClient client(&nam, a.url(), tokenA);
    ui::MainWindow window(ui::AppContext{&client, &settings, true});
    window.tray()->setClosePrompt(
        [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
    window.listQuery()->setIntervals({200, 1000, 5000});
    window.setAccount(u"A"_s, true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), 15000);
    const QSet<QString> idsA = idsOf(window.instanceModel());
    QVERIFY(!idsA.isEmpty());

    // The Snapshots page has A's snapshots.
    window.showPage(ui::MainWindow::SnapshotsPageIndex);
    QTRY_VERIFY_WITH_TIMEOUT(window.snapshotsPage()->model()->rowCount() > 0, 15000);
    const QSet<QString> snapsA = snapIdsOf(window.snapshotsPage()->model());

    // The Monitor tab of a Running instance of A has history.
    window.showPage(ui::MainWindow::InstancesPage);
    const QString runningA = firstRunning(window.instanceModel());
    QVERIFY(!runningA.isEmpty());
    window.selectInstance(runningA);
    window.detailPane()->tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    ui::MonitorTab *monitor = window.detailPane()->monitorTab();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->history().isEmpty(), 15000);

    // More calls than may run at once: some in flight, the rest queued.
    for (int i = 0; i < 2 * GlowsClient::kMaxInFlight; ++i)
        client.getInstance(runningA, &window, [](const ApiResult<Instance> &) {});
    window.refreshNow();
    QVERIFY(client.inFlight() > 0);
    QVERIFY(client.queued() > 0);
    // Every call of A, the views' own included: each is a child of the client until it has ended.
    QList<QPointer<ApiRequest>> callsOfA;
    for (ApiRequest *request : client.findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly))
        callsOfA.append(request);

    // What AppShell does on a switch.
    client.switchAccount(b.url(), tokenB);
    window.setAccount(u"B"_s, true);

    // At once, before anything of B arrived: the old account's data is gone from every view.
    QCOMPARE(window.instanceModel()->rowCount(), 0);
    QCOMPARE(window.snapshotsPage()->model()->rowCount(), 0);
    QVERIFY(monitor->history().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), 15000);
    const QSet<QString> idsB = idsOf(window.instanceModel());
    QVERIFY(!idsB.isEmpty());
    QVERIFY(!idsB.intersects(idsA)); // the two clouds are told apart by their IDs

    const QString runningB = firstRunning(window.instanceModel());
    window.selectInstance(runningB);
    window.detailPane()->tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->history().isEmpty(), 15000);
    window.showPage(ui::MainWindow::SnapshotsPageIndex);
    QTRY_VERIFY_WITH_TIMEOUT(window.snapshotsPage()->model()->rowCount() > 0, 15000);

    // Every call of A is gone, its network reply with it: nothing is left that could deliver one of A's
    // late answers, except what is already posted.
    QTRY_COMPARE(callsOfA.count(QPointer<ApiRequest>()), callsOfA.size());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!idsOf(window.instanceModel()).intersects(idsA));
    QVERIFY(idsB.contains(idsOf(window.instanceModel())));
    QVERIFY(!snapIdsOf(window.snapshotsPage()->model()).intersects(snapsA));
    QCOMPARE(window.selectedInstanceId(), runningB);

    // Every request each server received carried its own token, never the other's.
    QVERIFY(!a.seen.isEmpty());
    QVERIFY(!b.seen.isEmpty());
    for (const QByteArray &authorization : std::as_const(a.seen))
        QCOMPARE(authorization, "Bearer "_ba + tokenA.toUtf8());
    for (const QByteArray &authorization : std::as_const(b.seen))
        QCOMPARE(authorization, "Bearer "_ba + tokenB.toUtf8());
}

QTEST_MAIN(TestAccountSwitch)
#include "tst_accountswitch.moc"
