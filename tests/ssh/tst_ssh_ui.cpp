// SPDX-License-Identifier: Apache-2.0
// The app's SSH views without a server: the tunnels model (QAbstractItemModelTester), the tunnels list and
// its Stop/Open requests, the host-key prompt and the changed-key refusal.
#include "ui/ssh/hostkeydialog.h"
#include "ui/ssh/tunnelsdialog.h"
#include "ui/ssh/tunnelsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

ui::TunnelRow row(quint64 id, int remotePort)
{
    ui::TunnelRow t;
    t.id = id;
    t.instanceId = u"ins-t3stt3st"_s;
    t.instanceName = u"llama-finetune"_s;
    t.remotePort = remotePort;
    t.localHost = u"127.0.0.1"_s;
    return t;
}

} // namespace

class TestSshUi final : public QObject
{
    Q_OBJECT
private slots:
    void tunnelsModelPassesTheTester();
    void tunnelsDialogStopsAndOpensTheSelectedTunnel();
    void hostKeyPromptShowsTheKeyAsPlainText();
    void changedHostKeyOffersNoAccept();
};

void TestSshUi::tunnelsModelPassesTheTester()
{
    ui::TunnelsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(row(1, 8888));
    model.upsert(row(2, 6006));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ui::TunnelsModel::ColumnCount));
    QCOMPARE(model.index(0, ui::TunnelsModel::StateColumn).data().toString(), u"Starting"_s);
    QCOMPARE(model.index(0, ui::TunnelsModel::LocalAddressColumn).data().toString(), u"—"_s);

    // Traffic changes only its two cells.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ui::TunnelRow open = row(1, 8888);
    open.state = ui::TunnelRow::State::Open;
    open.localPort = 54321;
    model.upsert(open);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ui::TunnelsModel::LocalAddressColumn).data().toString(), u"127.0.0.1:54321"_s);
    open.bytesIn = 2048;
    open.bytesOut = 300;
    model.upsert(open);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex().column(), int(ui::TunnelsModel::InColumn));
    QCOMPARE(changed.last().at(1).toModelIndex().column(), int(ui::TunnelsModel::OutColumn));
    QCOMPARE(model.index(0, ui::TunnelsModel::InColumn).data(ui::TunnelsModel::SortRole).toLongLong(), 2048);
    model.upsert(open); // the same again: nothing to tell
    QCOMPARE(changed.count(), 2);

    // Server text stays text.
    ui::TunnelRow hostile = row(3, 7860);
    hostile.instanceName = u"<img src=x>"_s;
    model.upsert(hostile);
    QVERIFY(model.index(2, ui::TunnelsModel::InstanceColumn).data().toString().contains("<img src=x>"_L1));

    ui::TunnelRow failed = row(2, 6006);
    failed.state = ui::TunnelRow::State::Failed;
    failed.error = u"Nothing listens on port 6006."_s;
    model.upsert(failed);
    QCOMPARE(model.index(1, ui::TunnelsModel::StateColumn).data().toString(),
             u"Failed: Nothing listens on port 6006."_s);

    model.remove(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(3), 1);
    model.remove(99);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSshUi::tunnelsDialogStopsAndOpensTheSelectedTunnel()
{
    ui::TunnelsModel model;
    ui::TunnelsDialog dialog(&model);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *empty = dialog.findChild<QLabel *>(u"noTunnels"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!dialog.stopButton()->isEnabled());

    ui::TunnelRow open = row(7, 8888);
    open.state = ui::TunnelRow::State::Open;
    open.localPort = 40001;
    model.upsert(open);
    model.upsert(row(8, 6006));
    QVERIFY(!empty->isVisible());
    QVERIFY(dialog.view()->isVisible());
    QCOMPARE(dialog.currentTunnel(), quint64(7));
    QVERIFY(dialog.openButton()->isEnabled());

    QSignalSpy stop(&dialog, &ui::TunnelsDialog::stopRequested);
    QSignalSpy openSpy(&dialog, &ui::TunnelsDialog::openRequested);
    dialog.openButton()->click();
    QCOMPARE(openSpy.count(), 1);
    QCOMPARE(openSpy.first().first().toULongLong(), quint64(7));

    // A tunnel still starting cannot be opened yet, but can be stopped, also with Delete.
    dialog.selectTunnel(8);
    QCOMPARE(dialog.currentTunnel(), quint64(8));
    QVERIFY(!dialog.openButton()->isEnabled());
    dialog.view()->setFocus();
    QTest::keyClick(dialog.view(), Qt::Key_Delete);
    QCOMPARE(stop.count(), 1);
    QCOMPARE(stop.first().first().toULongLong(), quint64(8));
    dialog.stopButton()->click();
    QCOMPARE(stop.count(), 2);

    model.clear();
    QVERIFY(empty->isVisible());
    QVERIFY(!dialog.stopButton()->isEnabled());
}

void TestSshUi::hostKeyPromptShowsTheKeyAsPlainText()
{
    const ui::HostKeyFacts facts{u"<b>llama</b>"_s, u"ins-5y4p57y9"_s, u"ssh-ed25519"_s,
                                 u"SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"_s};
    ui::HostKeyDialog dialog(facts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *fingerprint = dialog.findChild<QLabel *>(u"fingerprint"_s);
    QCOMPARE(fingerprint->text(), facts.fingerprint);
    QCOMPARE(fingerprint->textFormat(), Qt::PlainText);
    QVERIFY(fingerprint->font().fixedPitch() || fingerprint->font().styleHint() == QFont::TypeWriter ||
            fingerprint->font().family() != dialog.font().family());
    auto *name = dialog.findChild<QLabel *>(u"instanceName"_s);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), facts.instanceName);
    QCOMPARE(dialog.findChild<QLabel *>(u"instanceId"_s)->text(), facts.instanceId);
    QCOMPARE(dialog.findChild<QLabel *>(u"keyType"_s)->text(), facts.keyType);
    // Enter does not trust a key unread.
    QVERIFY(!dialog.trustButton()->isDefault());
    QVERIFY(dialog.cancelButton()->isDefault());
    dialog.trustButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSshUi::changedHostKeyOffersNoAccept()
{
    QWidget parent;
    const ui::HostKeyFacts facts{u"llama"_s, u"ins-5y4p57y9"_s, u"ssh-ed25519"_s, u"SHA256:changed"_s};
    QPointer<QMessageBox> box = ui::showHostKeyChanged(facts, u"/tmp/home/.ssh/glows/known_hosts"_s, &parent);
    QVERIFY(box);
    QCOMPARE(box->objectName(), u"hostKeyChanged"_s);
    QCOMPARE(box->buttons().size(), 1);
    QCOMPARE(box->buttonRole(box->buttons().first()), QMessageBox::RejectRole);
    QVERIFY(box->text().contains("refused"_L1));
    QVERIFY(box->informativeText().contains("/tmp/home/.ssh/glows/known_hosts"_L1));
    QVERIFY(box->informativeText().contains("SHA256:changed"_L1));
    box->buttons().first()->click();
    QTRY_VERIFY(!box);
}

QTEST_MAIN(TestSshUi)
#include "tst_ssh_ui.moc"
