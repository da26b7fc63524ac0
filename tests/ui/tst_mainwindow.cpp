// SPDX-License-Identifier: Apache-2.0
// Drives the real main window offscreen against an embedded sandbox over loopback HTTP.
#include "mainwindowharness.h"

#include "api/apirequest.h"
#include "api/glowsclient.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/create/newinstancedialog.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/metricchart.h"
#include "ui/detail/monitortab.h"
#include "ui/dialogs/releasedialog.h"
#include "ui/dialogs/snapshotdialog.h"
#include "ui/formatting.h"
#include "ui/headerstrip.h"
#include "ui/instanceactions.h"
#include "ui/instancedelegate.h"
#include "ui/instancefilterproxy.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/offlinebanner.h"
#include "ui/translations.h"
#include "ui/traycontroller.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace glows;
using ui::InstanceModel;
using namespace glows::test;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTitleTabsAndColumns();
    void statusTabsFilterTheList();
    void modelsPassTheTester();
    void headerShowsAccountBurnRateAndBalance();
    void loadingAndEmptyStates();
    void costTicksOnlyForRunning();
    void selectionAndScrollSurviveRefresh();
    void paintedButtonsOpenTheDialogs();
    void actionsFollowTheSelectedState();
    void keyboardDrivesTheWindow();
    void newInstanceOpensTheCreateDialog();
    void everyControlHasAnAccessibleName();
    void layoutIsSavedAndRestored();
    void closingWithRunningInstancesAsks();
    void offlineBannerAppearsAndClears();
    void errorsShowTheClientMessageWithDetails();
    void languageSwitchRetranslates();
    void languageSwitchKeepsTheDetailPane();
    void firstStartAnnouncesOnlyLaterChanges();

private:
    QNetworkAccessManager m_nam;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApiRequest::setRetryBaseDelayMs(5);
}

void TestMainWindow::showsTitleTabsAndColumns()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    QCOMPARE(h.window->windowTitle(), u"Glows Desktop"_s);
    QTRY_VERIFY(h.model()->rowCount() >= 5);
    QCOMPARE(h.window->statusTabs()->count(), 3);
    QVERIFY(h.window->statusTabs()->tabText(0).startsWith("Running"_L1));
    QVERIFY(h.window->statusTabs()->tabText(1).startsWith("Snapshotting"_L1));
    QVERIFY(h.window->statusTabs()->tabText(2).startsWith("Released"_L1));
    for (StatusGroup g : {StatusGroup::Running, StatusGroup::Snapshotting, StatusGroup::Released}) {
        QCOMPARE(h.window->statusTabs()->tabText(int(g)),
                 u"%1 (%2)"_s.arg(ui::statusGroupText(g)).arg(h.model()->countInGroup(g)));
    }
    const QStringList headers{u"ID"_s, u"Name"_s, u"Cost"_s, u"Action"_s};
    for (int c = 0; c < headers.size(); ++c) {
        QCOMPARE(h.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), headers.at(c));
        QVERIFY(!h.window->instanceView()->isColumnHidden(c));
    }
    for (int c : h.window->instanceView()->optionalColumns())
        QVERIFY(h.window->instanceView()->isColumnHidden(c));
}

void TestMainWindow::statusTabsFilterTheList()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    auto *proxy = h.window->proxy();
    const auto groupsShown = [proxy] {
        QSet<int> groups;
        for (int r = 0; r < proxy->rowCount(); ++r)
            groups.insert(proxy->index(r, 0).data(InstanceModel::StatusGroupRole).toInt());
        return groups;
    };
    QCOMPARE(groupsShown(), QSet<int>{int(StatusGroup::Running)});
    h.window->statusTabs()->setCurrentIndex(2);
    QVERIFY(proxy->rowCount() >= 1);
    QCOMPARE(groupsShown(), QSet<int>{int(StatusGroup::Released)});
    h.window->statusTabs()->setCurrentIndex(1);
    QCOMPARE(groupsShown(), QSet<int>{int(StatusGroup::Snapshotting)});
    QCOMPARE(proxy->rowCount(), h.model()->countInGroup(StatusGroup::Snapshotting));

    h.window->statusTabs()->setCurrentIndex(0);
    const Instance *target = h.model()->instance(h.firstIdIn(StatusGroup::Running));
    h.window->searchBox()->setText(target->remark);
    QVERIFY(proxy->rowCount() >= 1);
    QCOMPARE(proxy->index(0, InstanceModel::NameColumn).data().toString(), target->remark);
    h.window->searchBox()->setText(target->instanceID.left(8)); // part of the ID
    QVERIFY(proxy->rowCount() >= 1);
    h.window->searchBox()->setText(target->instanceID);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), target->instanceID);
}

void TestMainWindow::modelsPassTheTester()
{
    Harness h(&m_nam);
    QAbstractItemModelTester modelTester(h.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(h.window->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(h.model(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy proxyResets(h.window->proxy(), &QAbstractItemModel::modelAboutToBeReset);
    QVERIFY(h.load());
    for (int i = 0; i < 3; ++i)
        QVERIFY(h.waitForRefresh());
    h.window->statusTabs()->setCurrentIndex(2);
    h.window->searchBox()->setText(u"e"_s);
    QVERIFY(h.waitForRefresh());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(proxyResets.count(), 0);
}

void TestMainWindow::headerShowsAccountBurnRateAndBalance()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    ui::HeaderStrip *header = h.window->headerStrip();
    QVERIFY(header->sandboxBadge()->isVisible());
    QCOMPARE(header->sandboxBadge()->text(), u"Sandbox (simulated)"_s);
    const MilliCredits burn = burnRatePerHour(int(h.model()->burnRateCentPerHour()));
    qint64 sum = 0;
    for (int r = 0; r < h.model()->rowCount(); ++r)
        sum += h.model()->instanceAt(r)->status.isBilled() ? h.model()->instanceAt(r)->priceCent : 0;
    QCOMPARE(h.model()->burnRateCentPerHour(), sum);
    QVERIFY(sum > 0);
    QVERIFY(header->burnRateLabel()->text().contains(ui::formatCreditsPerHour(burn)));
    QVERIFY(h.window->tray()->toolTip().contains(ui::formatCreditsPerHour(burn)));
    QVERIFY(h.window->tray()->toolTip().contains(u"%1 instance"_s.arg(h.model()->billedCount())));
    QVERIFY(header->updatedLabel()->text().startsWith(u"Updated"_s));
    // The balance shows only when the server provides it.
    QTRY_VERIFY_WITH_TIMEOUT(!h.client->isAvailable(Feature::Balance) || header->balanceLabel()->isVisible(),
                             15000);
    QCOMPARE(header->balanceLabel()->isVisible(), h.client->isAvailable(Feature::Balance));
}

void TestMainWindow::loadingAndEmptyStates()
{
    Harness h(&m_nam);
    QVERIFY(h.window->instanceView()->placeholderText().contains(u"Loading"_s));
    QVERIFY(h.load());
    h.window->searchBox()->setText(u"no-such-thing"_s);
    QCOMPARE(h.window->proxy()->rowCount(), 0);
    QVERIFY(h.window->instanceView()->placeholderText().contains(u"no-such-thing"_s));
    h.window->searchBox()->clear();
    QStringList texts;
    for (int tab = 0; tab < 3; ++tab) {
        h.window->statusTabs()->setCurrentIndex(tab);
        texts.append(h.window->instanceView()->placeholderText());
    }
    QCOMPARE(QSet<QString>(texts.begin(), texts.end()).size(), 3); // each tab has its own empty state
}

void TestMainWindow::costTicksOnlyForRunning()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    h.window->listQuery()->stop();
    QTRY_VERIFY(!h.window->listQuery()->isInFlight());
    ManualClock clock;
    h.model()->setClock(clock);
    const QString runningId = h.firstIdIn(StatusGroup::Running);
    const int priceCent = h.model()->instance(runningId)->priceCent;
    const QString snapshottingId = h.firstIdIn(StatusGroup::Snapshotting);
    const QString releasedId = h.firstIdIn(StatusGroup::Released);
    const auto shown = [&h](const QString &id) {
        return h.model()->index(h.model()->rowOf(id), InstanceModel::CostColumn).data().toString();
    };
    const auto raw = [&h](const QString &id) {
        return h.model()
            ->index(h.model()->rowOf(id), InstanceModel::CostColumn)
            .data(InstanceModel::SortRole)
            .toLongLong();
    };
    const qint64 runningBefore = raw(runningId);
    const QString snapshottingBefore = shown(snapshottingId);
    const QString releasedBefore = shown(releasedId);
    const QString runningTextBefore = shown(runningId);
    clock.advance(60 * 60 * 1000);
    // The window's one-second timer ticks the model; no poll happens in between.
    QTRY_COMPARE_WITH_TIMEOUT(raw(runningId), runningBefore + costForSeconds(3600, priceCent), 5000);
    QVERIFY(shown(runningId) != runningTextBefore);
    QCOMPARE(shown(snapshottingId), snapshottingBefore);
    QCOMPARE(shown(releasedId), releasedBefore);
}

void TestMainWindow::selectionAndScrollSurviveRefresh()
{
    sandbox::SandboxOptions options;
    options.speed = 600; // costs move between two polls, so rows really change
    Harness h(&m_nam, options);
    QVERIFY(h.load());
    h.window->resize(1280, 360); // small enough that the list scrolls
    QTRY_VERIFY(h.window->instanceView()->verticalScrollBar()->maximum() > 0);
    QString id; // the last Running row, so the list has to scroll to it
    for (int r = 0; r < h.window->proxy()->rowCount(); ++r)
        id = h.window->proxy()->index(r, 0).data(InstanceModel::InstanceIdRole).toString();
    h.window->selectInstance(id);
    QScrollBar *bar = h.window->instanceView()->verticalScrollBar();
    bar->setValue(bar->maximum());
    const int scroll = bar->value();
    QSignalSpy resets(h.model(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(h.model(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(h.waitForRefresh());
        QCOMPARE(h.window->selectedInstanceId(), id);
    }
    QCOMPARE(bar->value(), scroll);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() > 0); // the sandbox's costs moved, so rows did change
    QCOMPARE(h.window->actions()->currentInstance(), id);
}

void TestMainWindow::paintedButtonsOpenTheDialogs()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    ui::InstanceView *view = h.window->instanceView();
    const QModelIndex cell = h.window->proxy()->index(0, InstanceModel::ActionColumn);
    const QString id = cell.data(InstanceModel::InstanceIdRole).toString();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, actionButtonRect(view, cell, 0).center());
    auto *snapshot = qobject_cast<ui::SnapshotDialog *>(h.window->actions()->openDialog());
    QVERIFY(snapshot);
    QCOMPARE(snapshot->instanceId(), id);
    QCOMPARE(h.window->selectedInstanceId(), id);
    snapshot->reject();
    QTRY_VERIFY(!h.window->actions()->openDialog());

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, actionButtonRect(view, cell, 1).center());
    auto *release = qobject_cast<ui::ReleaseDialog *>(h.window->actions()->openDialog());
    QVERIFY(release);
    QVERIFY(release->costLabel()->text().contains(u"Credit"_s));
    // "Take snapshot first" swaps the Release dialog for the Take Snapshot one, for the same instance.
    QTest::mouseClick(release->snapshotFirstButton(), Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<ui::SnapshotDialog *>(h.window->actions()->openDialog()));
    QCOMPARE(h.window->actions()->openDialog()->instanceId(), id);
    h.window->actions()->openDialog()->reject();
    QTRY_VERIFY(!h.window->actions()->openDialog());

    // Released rows offer nothing: a click in their Action cell opens no dialog.
    h.window->statusTabs()->setCurrentIndex(2);
    const QModelIndex released = h.window->proxy()->index(0, InstanceModel::ActionColumn);
    QVERIFY(actionButtonRect(view, released, 0).isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(released).center());
    QVERIFY(!h.window->actions()->openDialog());
}

void TestMainWindow::actionsFollowTheSelectedState()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    ui::InstanceActions *actions = h.window->actions();
    QVERIFY(!actions->takeSnapshotAction()->isEnabled()); // nothing selected
    h.window->selectInstance(h.firstIdIn(StatusGroup::Running));
    QVERIFY(actions->takeSnapshotAction()->isEnabled());
    QVERIFY(actions->releaseAction()->isEnabled());
    h.window->statusTabs()->setCurrentIndex(1);
    const QString snapshotting = h.firstIdIn(StatusGroup::Snapshotting);
    h.window->selectInstance(snapshotting);
    QVERIFY(!actions->takeSnapshotAction()->isEnabled());
    QVERIFY(!actions->releaseAction()->isEnabled());
    QMenu menu;
    actions->populateMenu(&menu, snapshotting);
    QCOMPARE(menu.actions().size(), 2);
    QVERIFY(!menu.actions().at(0)->isEnabled());
    QVERIFY(!menu.actions().at(1)->isEnabled());
    menu.clear();
    actions->populateMenu(&menu, h.firstIdIn(StatusGroup::Running));
    QVERIFY(menu.actions().at(0)->isEnabled());
    QVERIFY(menu.actions().at(1)->isEnabled());
    QCOMPARE(menu.actions().at(0)->shortcut(), actions->takeSnapshotAction()->shortcut());
    // Refused on the client side even when asked directly.
    QVERIFY(!actions->trigger(snapshotting, ui::RowAction::Release));
    QVERIFY(!actions->trigger(h.firstIdIn(StatusGroup::Released), ui::RowAction::TakeSnapshot));
    QVERIFY(!actions->openDialog());
}

void TestMainWindow::keyboardDrivesTheWindow()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QTest::keyClick(h.window.get(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(h.window->statusTabs()->currentIndex(), 2);
    QTest::keyClick(h.window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(h.window->statusTabs()->currentIndex(), 0);
    // Ctrl+1/Ctrl+2 pick the page.
    QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(h.window->currentPage(), int(ui::MainWindow::SnapshotsPageIndex));
    QTest::keyClick(h.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(h.window->currentPage(), int(ui::MainWindow::InstancesPage));
    QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(h.window->searchBox()->hasFocus());

    ui::InstanceView *view = h.window->instanceView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(!h.window->selectedInstanceId().isEmpty());
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<ui::SnapshotDialog *>(h.window->actions()->openDialog()));
    QTest::keyClick(h.window->actions()->openDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!h.window->actions()->openDialog());
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(qobject_cast<ui::ReleaseDialog *>(h.window->actions()->openDialog()));
    QTest::keyClick(h.window->actions()->openDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!h.window->actions()->openDialog());
}

void TestMainWindow::newInstanceOpensTheCreateDialog()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    auto *action = h.window->findChild<QAction *>(u"newInstanceAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    action->trigger();
    auto *dialog = h.window->findChild<ui::NewInstanceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!h.window->findChild<ui::NewInstanceDialog *>());
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    const auto widgets = h.window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(h.window.get()) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (h.window->detailPane()->isAncestorOf(w)) // the detail pane's own issue covers its controls
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(),
                 qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                     QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        ++checked;
    }
    QVERIFY(checked >= 4);
}

void TestMainWindow::layoutIsSavedAndRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"layout.ini"_s), QSettings::IniFormat);
    QList<int> sizes;
    {
        Harness h(&m_nam, {}, &settings);
        QVERIFY(h.load());
        h.window->statusTabs()->setCurrentIndex(2);
        h.window->instanceView()->setOptionalColumnVisible(InstanceModel::RegionColumn, true);
        h.window->instanceView()->setColumnWidth(InstanceModel::NameColumn, 333);
        h.window->resize(1100, 700);
        QTRY_COMPARE(h.window->size(), QSize(1100, 700));
        h.window->splitter()->setSizes({800, 280});
        sizes = h.window->splitter()->sizes();
        QVERIFY(h.window->close());
    }
    Harness h(&m_nam, {}, &settings);
    QCOMPARE(h.window->statusTabs()->currentIndex(), 2);
    QVERIFY(!h.window->instanceView()->isColumnHidden(InstanceModel::RegionColumn));
    QVERIFY(h.window->instanceView()->isColumnHidden(InstanceModel::UptimeColumn));
    QCOMPARE(h.window->instanceView()->columnWidth(InstanceModel::NameColumn), 333);
    QVERIFY(h.load());
    QCOMPARE(h.window->size(), QSize(1100, 700));
    QCOMPARE(h.window->splitter()->sizes(), sizes);
}

void TestMainWindow::closingWithRunningInstancesAsks()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    h.closeChoice = ui::TrayController::CloseChoice::Cancel;
    QVERIFY(!h.window->close());
    QCOMPARE(h.prompts, 1);
    QCOMPARE(h.lastPromptRunning, h.model()->billedCount());
    QVERIFY(h.lastPromptRunning > 0);
    QVERIFY(h.window->isVisible());

    h.closeChoice = ui::TrayController::CloseChoice::KeepInTray;
    QSignalSpy notified(h.window->tray(), &ui::TrayController::notified);
    h.window->close();
    QVERIFY(!h.window->isVisible());
    QCOMPARE(notified.count(), 1);
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QApplication::setQuitOnLastWindowClosed(true);

    h.window->show();
    h.closeChoice = ui::TrayController::CloseChoice::Quit;
    QVERIFY(h.window->close());
    QCOMPARE(h.prompts, 3);
}

void TestMainWindow::offlineBannerAppearsAndClears()
{
    sandbox::SandboxOptions options;
    options.port = freePort();
    Harness h(&m_nam, options);
    QVERIFY(h.load());
    const int rows = h.model()->rowCount();
    ui::OfflineBanner *banner = h.window->offlineBanner();
    QVERIFY(!banner->isVisible());

    h.sandbox.stop();
    h.window->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isOffline(), 20000);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->secondsToRetry() > 0);
    QVERIFY(h.window->instanceView()->isStale());
    QCOMPARE(h.model()->rowCount(), rows); // the last data stays visible
    QVERIFY(h.window->headerStrip()->updatedLabel()->text().contains(u"stale"_s));

    QVERIFY(h.sandbox.start()); // same port: the server is back
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isOffline(), 20000);
    QVERIFY(!banner->isVisible());
    QVERIFY(!h.window->instanceView()->isStale());
    QCOMPARE(h.model()->rowCount(), rows);
}

void TestMainWindow::errorsShowTheClientMessageWithDetails()
{
    sandbox::EmbeddedSandbox sandbox{sandbox::SandboxOptions{}};
    QVERIFY(sandbox.start());
    GlowsClient client(&m_nam, sandbox.baseUrl(), u"wrong-token"_s);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    ui::MainWindow window(ui::AppContext{&client, &settings, true});
    window.show();
    ui::MessageBar *panel = window.errorPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 15000);
    QCOMPARE(panel->message(), ApiError(ApiError::Kind::BadToken, {}).userMessage());
    QVERIFY(!panel->detail().isEmpty());
    QVERIFY(!panel->detail().contains(u"sandbox-token"_s)); // never a token
    QVERIFY(!window.offlineBanner()->isVisible());          // a refused token is not "offline"
    QVERIFY(!window.isLoaded());
    QVERIFY(window.instanceView()->placeholderText().contains(u"could not be loaded"_s));
    QTest::mouseClick(panel->detailsButton(), Qt::LeftButton);
    QVERIFY(panel->findChild<QPlainTextEdit *>()->isVisible());
}

void TestMainWindow::languageSwitchRetranslates()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    const QString english = h.window->statusTabs()->tabText(0);
    const QString header =
        h.model()->headerData(InstanceModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    {
        ui::Translations translations;
        QVERIFY(translations.install(u"ja"_s));
        QTRY_VERIFY(h.window->statusTabs()->tabText(0).startsWith(u"稼働中"_s));
        QVERIFY(h.window->statusTabs()->tabText(0).contains(
            QString::number(h.model()->countInGroup(StatusGroup::Running))));
        QVERIFY(translations.install(u"en"_s));
    }
    QTRY_COMPARE(h.window->statusTabs()->tabText(0), english);
    QCOMPARE(h.model()->headerData(InstanceModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             header);
}

namespace {

qsizetype chartPoints(const ui::MonitorTab *monitor)
{
    qsizetype points = 0;
    for (const ui::MetricChart *chart : monitor->charts()) {
        for (QAbstractSeries *series : chart->chart()->series())
            points += static_cast<QLineSeries *>(series)->count();
    }
    return points;
}

} // namespace

// A language switch retranslates in place. It used to replace the whole detail pane, so the Monitor history
// and the charts started empty again, scroll positions were lost, and every test or caller holding a page
// pointer was left with a deleted widget (this test then fails at the first QCOMPARE of the pane).
void TestMainWindow::languageSwitchKeepsTheDetailPane()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    const QString id = h.firstIdIn(StatusGroup::Running);
    QVERIFY(!id.isEmpty());
    h.window->selectInstance(id);
    ui::DetailPane *pane = h.window->detailPane();
    QVERIFY(pane->tabs());
    pane->tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    // Small enough that the charts need scrolling (at 1280×800 they fit).
    h.window->resize(640, 520);
    const QPointer<ui::MonitorTab> monitor = pane->monitorTab();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->isActive() && chartPoints(monitor) > 0, 15000);
    const qsizetype samples = monitor->history().size();
    const qint64 latest = monitor->history().latestTime();
    auto *scroll = monitor->findChild<QScrollArea *>();
    QVERIFY(scroll);
    // Half-way: Japanese texts change the content's height a little, which clamps a value at the end.
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 10);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
    const int scrolled = scroll->verticalScrollBar()->value();
    const QString englishTab = pane->tabs()->tabText(ui::DetailPane::MonitorPage);
    auto *exportButton = monitor->findChild<QPushButton *>(u"exportCsv"_s);
    QCOMPARE(exportButton->text(), u"Export CSV…"_s);
    {
        ui::Translations translations;
        QVERIFY(translations.install(u"ja"_s));
        QTRY_COMPARE(pane->tabs()->tabText(ui::DetailPane::MonitorPage), u"モニター"_s);
        QCOMPARE(h.window->detailPane(), pane);
        QVERIFY(monitor);
        QCOMPARE(pane->monitorTab(), monitor.data());
        QCOMPARE(h.window->selectedInstanceId(), id);
        QCOMPARE(pane->tabs()->currentIndex(), int(ui::DetailPane::MonitorPage));
        QVERIFY(monitor->isActive());
        // The history is kept (polls may only have added to it), and so are the charts' points.
        QVERIFY(monitor->history().size() >= samples);
        QVERIFY(monitor->history().latestTime() >= latest);
        QVERIFY(chartPoints(monitor) > 0);
        QCOMPARE(scroll->verticalScrollBar()->value(), scrolled);
        QCOMPARE(exportButton->text(), u"CSV をエクスポート…"_s);
        QCOMPARE(monitor->charts().at(0)->spec().title, u"GPU 使用率"_s);
        QVERIFY(translations.install(u"en"_s));
    }
    QTRY_COMPARE(pane->tabs()->tabText(ui::DetailPane::MonitorPage), englishTab);
    QCOMPARE(monitor->charts().at(0)->spec().title, u"GPU Utilisation"_s);
    QCOMPARE(exportButton->text(), u"Export CSV…"_s);
}

void TestMainWindow::firstStartAnnouncesOnlyLaterChanges()
{
    // The demo's batch-inference is already being released when the app starts: its end is not news.
    sandbox::SandboxOptions options;
    options.steps.releasingMs = 600;
    Harness h(&m_nam, options);
    QSignalSpy moves(h.model(), &InstanceModel::instanceStateChanged);
    QVERIFY(h.load());
    const QString batch = u"ins-m2k8d5xa"_s;
    QVERIFY(h.model()->instance(batch));
    QTRY_VERIFY_WITH_TIMEOUT(h.model()->instance(batch)->status.state() == InstanceState::Released, 15000);
    QVERIFY2(moves.isEmpty(), qPrintable(moves.value(0).value(0).toString()));

    // A release the user starts after the first poll is announced.
    const QString running = h.firstIdIn(StatusGroup::Running);
    std::optional<ApiResult<Done>> released;
    h.client->releaseInstance(running, this, [&](const ApiResult<Done> &r) { released.emplace(r); });
    QTRY_VERIFY(released.has_value());
    QVERIFY(released->ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        !moves.isEmpty() && moves.last().at(2).value<InstanceState>() == InstanceState::Released, 15000);
    QCOMPARE(moves.last().at(0).toString(), running);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
