// SPDX-License-Identifier: Apache-2.0
// Take Snapshot and Release from start to end in the real main window, against the sandbox. Kept apart from
// tst_mainwindow because these skip (reported as skipped) while the sandbox lacks the endpoints.
#include "mainwindowharness.h"

#include "api/apirequest.h"
#include "ui/dialogs/releasedialog.h"
#include "ui/dialogs/snapshotdialog.h"
#include "ui/instanceactions.h"
#include "ui/instancefilterproxy.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::test;
using ui::InstanceModel;

class TestActionFlows final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void snapshotFlowMovesTheRow_data();
    void snapshotFlowMovesTheRow();
    void releaseFlowMovesTheRow();

private:
    QNetworkAccessManager m_nam;
};

void TestActionFlows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApiRequest::setRetryBaseDelayMs(5);
}

void TestActionFlows::snapshotFlowMovesTheRow_data()
{
    QTest::addColumn<bool>("autoRelease");
    QTest::newRow("then running again") << false;
    QTest::newRow("with auto-release") << true;
}

void TestActionFlows::snapshotFlowMovesTheRow()
{
    QFETCH(bool, autoRelease);
    sandbox::SandboxOptions options;
    options.speed = 120; // the simulated snapshot takes minutes; this makes it seconds
    Harness h(&m_nam, options);
    QVERIFY(h.load());
    QSignalSpy notified(h.window->tray(), &ui::TrayController::notified);
    const QString id = h.firstIdIn(StatusGroup::Running);
    const int running = h.model()->countInGroup(StatusGroup::Running);
    const int snapshotting = h.model()->countInGroup(StatusGroup::Snapshotting);
    h.window->selectInstance(id);
    h.window->actions()->takeSnapshotAction()->trigger();
    auto *dialog = qobject_cast<ui::SnapshotDialog *>(h.window->actions()->openDialog());
    QVERIFY(dialog);
    dialog->autoReleaseBox()->setChecked(autoRelease);
    QSignalSpy succeeded(dialog, &ui::ActionDialog::succeeded);
    QSignalSpy failed(dialog, &ui::ActionDialog::failed);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() == 1, 20000);
    if (failed.count() == 1)
        QFAIL(qPrintable(dialog->lastError()->detail()));
    // Moves to the Snapshotting tab (the list refreshed at once), ...
    QTRY_COMPARE_WITH_TIMEOUT(h.model()->instance(id)->status.group(), StatusGroup::Snapshotting, 10000);
    QCOMPARE(h.model()->countInGroup(StatusGroup::Running), running - 1);
    QCOMPARE(h.model()->countInGroup(StatusGroup::Snapshotting), snapshotting + 1);
    h.window->statusTabs()->setCurrentIndex(1);
    QVERIFY(h.window->statusTabs()->tabText(1).contains(QString::number(snapshotting + 1)));
    bool listed = false;
    for (int r = 0; r < h.window->proxy()->rowCount(); ++r)
        listed |= h.window->proxy()->index(r, 0).data().toString() == id;
    QVERIFY(listed);
    // ... then leaves it for Running again, or Released with auto-release.
    const StatusGroup end = autoRelease ? StatusGroup::Released : StatusGroup::Running;
    QTRY_COMPARE_WITH_TIMEOUT(h.model()->instance(id)->status.group(), end, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(h.model()->instance(id)->status.state() == InstanceState::Running ||
                                 h.model()->instance(id)->status.state() == InstanceState::Released,
                             60000);
    QCOMPARE(h.model()->countInGroup(StatusGroup::Snapshotting), snapshotting);
    bool told = false;
    for (const auto &args : notified)
        told |= args.at(0).toString() == u"Snapshot finished"_s;
    QVERIFY(told);
}

void TestActionFlows::releaseFlowMovesTheRow()
{
    sandbox::SandboxOptions options;
    options.speed = 120;
    Harness h(&m_nam, options);
    QVERIFY(h.load());
    QSignalSpy notified(h.window->tray(), &ui::TrayController::notified);
    const QString id = h.firstIdIn(StatusGroup::Running);
    const int released = h.model()->countInGroup(StatusGroup::Released);
    auto *dialog =
        qobject_cast<ui::ReleaseDialog *>(h.window->actions()->trigger(id, ui::RowAction::Release));
    QVERIFY(dialog);
    QSignalSpy succeeded(dialog, &ui::ActionDialog::succeeded);
    QSignalSpy failed(dialog, &ui::ActionDialog::failed);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() == 1, 20000);
    if (failed.count() == 1)
        QFAIL(qPrintable(dialog->lastError()->detail()));
    QTRY_COMPARE_WITH_TIMEOUT(h.model()->instance(id)->status.state(), InstanceState::Released, 60000);
    QCOMPARE(h.model()->countInGroup(StatusGroup::Released), released + 1);
    QVERIFY(h.window->statusTabs()->tabText(2).contains(QString::number(released + 1)));
    bool told = false;
    for (const auto &args : notified)
        told |= args.at(0).toString() == u"Instance released"_s;
    QVERIFY(told);
}

QTEST_MAIN(TestActionFlows)
#include "tst_actionflows.moc"
