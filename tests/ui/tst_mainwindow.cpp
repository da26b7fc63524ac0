// SPDX-License-Identifier: Apache-2.0
// Drives the real main window offscreen against an embedded sandbox.
#include "api/glowsclient.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/instancefilterproxy.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTitleTabsAndColumns();
    void statusTabsFilterTheList();

private:
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(sandbox::SandboxOptions{});
    QVERIFY(m_sandbox->start());
}

void TestMainWindow::showsTitleTabsAndColumns()
{
    GlowsClient client(&m_nam, m_sandbox->baseUrl(), m_sandbox->token());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    ui::MainWindow window(ui::AppContext{&client, &settings, true});
    QAbstractItemModelTester modelTester(window.instanceModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Glows Desktop"_s);
    QTRY_VERIFY(window.instanceModel()->rowCount() >= 5);

    QCOMPARE(window.statusTabs()->count(), 3);
    QVERIFY(window.statusTabs()->tabText(0).startsWith("Running"_L1));
    QVERIFY(window.statusTabs()->tabText(1).startsWith("Snapshotting"_L1));
    QVERIFY(window.statusTabs()->tabText(2).startsWith("Released"_L1));

    auto *header = window.instanceModel();
    QCOMPARE(header->headerData(ui::InstanceModel::IdColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"ID"_s);
    QCOMPARE(header->headerData(ui::InstanceModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Name"_s);
    QCOMPARE(header->headerData(ui::InstanceModel::CostColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Cost"_s);
    QCOMPARE(header->headerData(ui::InstanceModel::ActionColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Action"_s);
    QVERIFY(!window.instanceView()->isColumnHidden(ui::InstanceModel::CostColumn));
}

void TestMainWindow::statusTabsFilterTheList()
{
    GlowsClient client(&m_nam, m_sandbox->baseUrl(), m_sandbox->token());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    ui::MainWindow window(ui::AppContext{&client, &settings, true});
    window.show();
    QTRY_VERIFY(window.instanceModel()->rowCount() >= 5);

    auto *proxy = window.proxy();
    const auto groupsShown = [proxy] {
        QSet<int> groups;
        for (int r = 0; r < proxy->rowCount(); ++r)
            groups.insert(proxy->index(r, 0).data(ui::InstanceModel::StatusGroupRole).toInt());
        return groups;
    };
    QCOMPARE(groupsShown(), QSet<int>{int(StatusGroup::Running)});
    window.statusTabs()->setCurrentIndex(2);
    QVERIFY(proxy->rowCount() >= 1);
    QCOMPARE(groupsShown(), QSet<int>{int(StatusGroup::Released)});
    window.statusTabs()->setCurrentIndex(1);
    QCOMPARE(groupsShown(), QSet<int>{int(StatusGroup::Snapshotting)});
    QCOMPARE(proxy->rowCount(), window.instanceModel()->countInGroup(StatusGroup::Snapshotting));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
