// SPDX-License-Identifier: Apache-2.0
// Detail pane checks that need the sandbox's extension endpoints (port forwards, metrics, billing, Mesh
// groups), served by an in-process sandbox over loopback HTTP. CTest runs every function as its own test, so
// one endpoint failing does not hide the others' results.
#include "detailtesthelpers.h"
#include "support/sandboxfixture.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/billingmodel.h"
#include "ui/detail/billingtab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/metricchart.h"
#include "ui/detail/monitortab.h"
#include "ui/detail/networkgrouptab.h"
#include "ui/detail/portforwarddialog.h"

#include <QAbstractItemModelTester>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::testing;

class TestDetailExtensions final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void portForwardAddEditDelete();
    void monitorShowsSandboxMetrics();
    void billingFromTheSandbox();
    void networkGroupFromTheSandbox();

private:
    ui::AppContext context(GlowsClient *client) { return ui::AppContext{client, nullptr, true}; }

    testing::SandboxFixture m_sandbox;
};

void TestDetailExtensions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sandbox.start());
}

void TestDetailExtensions::portForwardAddEditDelete()
{
    QNetworkAccessManager nam;
    GlowsClient client(&nam, QUrl(m_sandbox.server->baseUrl()), m_sandbox.server->options().token);
    ui::DetailPane pane(context(&client));
    const auto found = firstInState(&client, InstanceState::Running);
    QVERIFY(found);
    Instance instance = *found;
    pane.showInstance(&instance);
    pane.show();
    ui::AccessTab *access = pane.accessTab();
    access->setPendingPollInterval(50);

    access->findChild<QPushButton *>(u"newPortForwarding"_s)->click();
    auto *dialog = access->findChild<ui::PortForwardDialog *>(u"portForwardDialog"_s);
    QVERIFY(dialog);
    dialog->setPort(7860);
    dialog->setProtocol(u"https"_s);
    dialog->accept();
    const auto has = [access](int port) {
        const QList<Access> shown = access->shownAccesses();
        return std::any_of(shown.cbegin(), shown.cend(),
                           [port](const Access &a) { return a.listenPort == port; });
    };
    QTRY_VERIFY(has(7860) || access->findChild<QMessageBox *>(u"portForwardUnsupported"_s));
    QVERIFY2(has(7860), "the sandbox did not add the port forward (no /instance/port route?)");
    QVERIFY(access->findChild<QLabel *>(u"forwardName-7860"_s));
    // Pending until the URL arrives (the manual clock is moved past the mapping time), then a link.
    m_sandbox.server->clock().advance(60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!access->findChild<QWidget *>(u"pending-7860"_s), 20000);
    QVERIFY(access->findChild<QToolButton *>(u"open-7860"_s)->isEnabled());

    access->findChild<QToolButton *>(u"edit-7860"_s)->click();
    dialog = access->findChild<ui::PortForwardDialog *>(u"portForwardDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->port(), 7860);
    dialog->setPort(7861);
    dialog->accept();
    QTRY_VERIFY(has(7861) && !has(7860));
    m_sandbox.server->clock().advance(60'000);

    access->findChild<QToolButton *>(u"delete-7861"_s)->click();
    auto *confirm = access->findChild<QMessageBox *>(u"confirmDelete"_s);
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!has(7861));
    // The server agrees.
    const auto after = waitForOneResult<Instance>(
        [&](auto done) { client.getInstance(instance.instanceID, &client, done); });
    QVERIFY(after.ok());
    QVERIFY(std::none_of(after.value().accesses.cbegin(), after.value().accesses.cend(),
                         [](const Access &a) { return a.listenPort == 7861 || a.listenPort == 7860; }));
}

void TestDetailExtensions::monitorShowsSandboxMetrics()
{
    QNetworkAccessManager nam;
    GlowsClient client(&nam, QUrl(m_sandbox.server->baseUrl()), m_sandbox.server->options().token);
    ui::DetailPane pane(context(&client));
    const auto found = firstInState(&client, InstanceState::Running);
    QVERIFY(found);
    pane.showInstance(&*found);
    pane.show();
    pane.tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    ui::MonitorTab *monitor = pane.monitorTab();
    QTRY_VERIFY(monitor->isUnsupported() || !monitor->history().isEmpty());
    QVERIFY2(!monitor->isUnsupported(), "the sandbox does not serve /instance/metrics");
    QVERIFY(monitor->isPolling());
    QVERIFY(monitor->isSimulated());
    QVERIFY(monitor->findChild<QLabel *>(u"simulated"_s)->isVisibleTo(monitor));
    QVERIFY(monitor->charts().at(0)->currentValueText().endsWith(u'%'));
}

void TestDetailExtensions::billingFromTheSandbox()
{
    QNetworkAccessManager nam;
    GlowsClient client(&nam, QUrl(m_sandbox.server->baseUrl()), m_sandbox.server->options().token);
    ui::DetailPane pane(context(&client));
    ui::BillingTab *billing = pane.billingTab();
    QAbstractItemModelTester tester(billing->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto found = firstInState(&client, InstanceState::Running);
    QVERIFY(found);
    pane.showInstance(&*found);
    pane.show();
    pane.tabs()->setCurrentIndex(ui::DetailPane::BillingPage);
    QTRY_VERIFY(billing->isEstimate() || billing->model()->rowCount() > 0);
    QVERIFY2(!billing->isEstimate(), "the sandbox does not serve /instance/billing");
    QVERIFY(billing->totalText().startsWith("Total:"_L1));
    const auto &records = billing->model()->records();
    QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const BillingRecord &r) { return !r.endTime; }));
}

void TestDetailExtensions::networkGroupFromTheSandbox()
{
    QNetworkAccessManager nam;
    GlowsClient client(&nam, QUrl(m_sandbox.server->baseUrl()), m_sandbox.server->options().token);
    ui::DetailPane pane(context(&client));
    const auto found = firstInState(&client, InstanceState::Running);
    QVERIFY(found);
    pane.showInstance(&*found);
    pane.show();
    pane.tabs()->setCurrentIndex(ui::DetailPane::NetworkGroupPage);
    ui::NetworkGroupTab *groups = pane.networkGroupTab();
    QTRY_VERIFY(groups->isUnsupported() || groups->isLoaded());
    QVERIFY2(!groups->isUnsupported(), "the sandbox does not serve /network/group");
    if (groups->memberGroups().isEmpty()) {
        QVERIFY(groups->emptyStateText().contains("private IP"_L1));
    } else {
        const NetworkGroup group = groups->memberGroups().first();
        QVERIFY(groups->findChild<QWidget *>(u"group-%1"_s.arg(group.groupID)));
    }
    QVERIFY(groups->findChild<QPushButton *>(u"addToGroup"_s)->isEnabled());

    // Join a fresh group through "Add to group…", then leave it through "Leave group".
    const auto created = waitForOneResult<NetworkGroup>(
        [&](auto done) { client.createNetworkGroup(u"detail-test"_s, found->regionName, 4, &client, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail()));
    const QString groupId = created.value().groupID;
    const auto isMember = [&] {
        const QList<NetworkGroup> mine = groups->memberGroups();
        return std::any_of(mine.cbegin(), mine.cend(),
                           [&](const NetworkGroup &g) { return g.groupID == groupId; });
    };
    groups->setPollInterval(100);
    QTRY_VERIFY(std::any_of(groups->allGroups().cbegin(), groups->allGroups().cend(),
                            [&](const NetworkGroup &g) { return g.groupID == groupId; }));
    groups->findChild<QPushButton *>(u"addToGroup"_s)->click();
    auto *dialog = groups->findChild<QInputDialog *>(u"addToGroupDialog"_s);
    QVERIFY(dialog);
    const QStringList items = dialog->comboBoxItems();
    const auto item =
        std::find_if(items.cbegin(), items.cend(), [&](const QString &i) { return i.contains(groupId); });
    QVERIFY(item != items.cend());
    dialog->setTextValue(*item);
    dialog->accept();
    QTRY_VERIFY(isMember());
    QWidget *box = groups->findChild<QWidget *>(u"group-%1"_s.arg(groupId));
    QVERIFY(box);
    box->findChild<QPushButton *>(u"leaveGroup"_s)->click();
    auto *confirm = groups->findChild<QMessageBox *>(u"confirmLeave"_s);
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!isMember());

    const Instance released = withState(*found, InstanceState::Released);
    pane.showInstance(&released);
    QVERIFY(!groups->findChild<QPushButton *>(u"addToGroup"_s)->isEnabled());
}

QTEST_MAIN(TestDetailExtensions)
#include "tst_detail_extensions.moc"
