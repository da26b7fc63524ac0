// SPDX-License-Identifier: Apache-2.0
// The real main window against a scripted server whose instance list starts to drip: the call's overall
// deadline ends it, and the window goes offline as for any network failure, keeping the last list.
#include "api/codec.h"
#include "api/glowsclient.h"
#include "api/scriptedserver.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"
#include "ui/offlinebanner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::test;

class TestOfflineDeadline final : public QObject
{
    Q_OBJECT
private slots:
    void missedDeadlineGoesOffline();
};

void TestOfflineDeadline::missedDeadlineGoesOffline()
{
    QJsonArray instances;
    for (const QString &id : {u"ins-aaaaaaa1"_s, u"ins-aaaaaaa2"_s, u"ins-aaaaaaa3"_s}) {
        Instance in;
        in.instanceID = id;
        in.status = InstanceStatus::fromString(u"Running"_s);
        instances.append(codec::encodeInstance(in));
    }
    const QJsonObject page{
        {"code"_L1, 0}, {"msg"_L1, QString()}, {"instances"_L1, instances}, {"total"_L1, 3}};
    const int pageBytes = int(QJsonDocument(page).toJson(QJsonDocument::Compact).size());
    bool drip = false;
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const HttpRequest &request) {
        if (request.path != "/instance/list"_L1)
            return Action::envelope(codes::NoSuchRoute, u"no such route"_s);
        // One byte every 300 ms: the no-progress timeout never fires, only the deadline can end the call.
        return drip ? Action::drip(page, pageBytes, 300) : Action::json(page);
    });

    QNetworkAccessManager nam;
    GlowsClient client(&nam, QUrl(server.baseUrl()), u"sandbox-token"_s);
    client.setRequestTimeoutMs(10000);
    client.setDeadlines(1500, 1500);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    ui::MainWindow window(ui::AppContext{&client, &settings, true});
    window.listQuery()->setIntervals({60000, 60000, 60000});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoaded(), 10000);
    QCOMPARE(window.instanceModel()->rowCount(), 3);
    ui::OfflineBanner *banner = window.offlineBanner();
    QVERIFY(!banner->isVisible());

    drip = true;
    QElapsedTimer clock;
    clock.start();
    window.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isOffline(), 10000);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->secondsToRetry() > 0);
    // The banner's text carries the error's detail as its tooltip: it was the deadline, not another failure.
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](const QLabel *l) { return l->toolTip().contains(u"deadline"_s); }));
    QVERIFY(window.instanceView()->isStale());
    QCOMPARE(window.instanceModel()->rowCount(), 3); // the last list stays

    drip = false;
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isOffline(), 10000);
    QVERIFY(!window.instanceView()->isStale());
}

QTEST_MAIN(TestOfflineDeadline)
#include "tst_offline_deadline.moc"
