// SPDX-License-Identifier: Apache-2.0
// The Snapshots page and the New Instance dialog against a real sandbox over loopback HTTP.
#include "api/glowsclient.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"
#include "ui/create/newinstancedialog.h"
#include "ui/snapshots/snapshotmodel.h"
#include "ui/snapshots/snapshotspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestSnapshotsCreate final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void portsParseAndRejectHostileInput_data();
    void portsParseAndRejectHostileInput();
    void snapshotsPageListsRenamesAndDeletes();
    void deleteConfirmationDeletesTheChosenSnapshotAfterAPoll();
    void renameAsksAgainWithWhatWasTyped();
    void createFromImageKeepsOneMetaKeyAcrossRetries();
    void createFromSnapshot();

private:
    testing::SandboxFixture m_sandbox;
};

void TestSnapshotsCreate::init()
{
    QVERIFY(m_sandbox.start());
}

void TestSnapshotsCreate::cleanup()
{
    m_sandbox.stop();
}

void TestSnapshotsCreate::portsParseAndRejectHostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << true << 0;
    QTest::newRow("two") << u"8080, 7860/https"_s << true << 2;
    QTest::newRow("spaces") << u" 6006 / HTTPS ,"_s << true << 1;
    QTest::newRow("zero") << u"0"_s << false << 0;
    QTest::newRow("too big") << u"65536"_s << false << 0;
    QTest::newRow("text") << u"http"_s << false << 0;
    QTest::newRow("negative") << u"-1"_s << false << 0;
    QTest::newRow("duplicate") << u"8080, 8080"_s << false << 0;
    QTest::newRow("default ssh") << u"22"_s << false << 0;
    QTest::newRow("japanese") << u"８０８０"_s << false << 0;
}

void TestSnapshotsCreate::portsParseAndRejectHostileInput()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, count);
    QString problem;
    const auto ports = ui::NewInstanceDialog::parsePorts(text, &problem);
    QCOMPARE(ports.has_value(), valid);
    if (valid)
        QCOMPARE(ports->size(), count);
    else
        QVERIFY(!problem.isEmpty());
}

void TestSnapshotsCreate::snapshotsPageListsRenamesAndDeletes()
{
    ui::SnapshotsPage page(ui::AppContext{m_sandbox.client.get(), nullptr, true});
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&page, &ui::SnapshotsPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(page.model()->rowCount() >= 1);
    const Snapshot first = *page.model()->snapshotAt(0);

    page.renameSnapshot(first.snapID, u"renamed-env"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->snapshot(first.snapID)->name, u"renamed-env"_s, 10000);

    const int before = page.model()->rowCount();
    page.deleteSnapshot(first.snapID);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), before - 1, 10000);
    QVERIFY(!page.model()->snapshot(first.snapID));
}

namespace {

void selectSnapshot(ui::SnapshotsPage &page, const QString &snapId)
{
    QAbstractItemModel *shown = page.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(ui::SnapshotModel::SnapIdRole).toString() == snapId) {
            page.view()->selectRow(row);
            return;
        }
    }
}

} // namespace

// The confirmation must delete the snapshot the user chose, whatever the polls do to the model meanwhile.
// Before, the page kept a Snapshot* into the model's row list across the box's nested exec(). With rows
// [A, B, C, W, …] and C chosen, a poll that drops B moves every later row up one slot, so the pointer then
// read W (the next row) and W was sent for deletion; a poll that grows the list past its capacity leaves it
// pointing at freed memory.
void TestSnapshotsCreate::deleteConfirmationDeletesTheChosenSnapshotAfterAPoll()
{
    sandbox::SandboxEngine &engine = m_sandbox.server->engine();
    const QList<Snapshot> seeded = engine.snapshots();
    // The last Available snapshot that has a row before it (not the first: dropping the first row does not
    // move the others) and one after it.
    qsizetype at = -1;
    for (qsizetype i = 2; i + 1 < seeded.size(); ++i) {
        if (seeded.at(i).status == "Available"_L1 && seeded.at(i - 1).status == "Available"_L1)
            at = i;
    }
    QVERIFY(at > 0);
    const QString chosen = seeded.at(at).snapID;
    const QString dropped = seeded.at(at - 1).snapID;
    const QString next = seeded.at(at + 1).snapID;

    ui::SnapshotsPage page(ui::AppContext{m_sandbox.client.get(), nullptr, true});
    QSignalSpy refreshed(&page, &ui::SnapshotsPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(page.model()->rowCount(), seeded.size());
    selectSnapshot(page, chosen);
    QCOMPARE(page.selectedSnapId(), chosen);

    page.findChild<QAction *>(u"deleteSnapshotAction"_s)->trigger();
    auto *box = page.findChild<QMessageBox *>(u"confirmDeleteSnapshot"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().contains(chosen));

    // While the box is open, someone deletes another snapshot and takes a new one; the page's poll applies
    // it.
    QVERIFY(engine.deleteSnapshot(dropped).ok());
    const auto taken = engine.takeSnapshot(u"p7x3v9dn"_s, u"taken-meanwhile"_s, false);
    QVERIFY(taken.ok());
    const QString added = taken.value().snapID;
    page.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(page.model()->snapshot(added));
    QVERIFY(!page.model()->snapshot(dropped));

    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.state().snapshots.contains(chosen), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->snapshot(chosen), 10000);
    QVERIFY(engine.state().snapshots.contains(next));
    QVERIFY(engine.state().snapshots.contains(added));
    QVERIFY(engine.state().snapshots.contains(seeded.first().snapID));
}

void TestSnapshotsCreate::renameAsksAgainWithWhatWasTyped()
{
    ui::SnapshotsPage page(ui::AppContext{m_sandbox.client.get(), nullptr, true});
    QSignalSpy refreshed(&page, &ui::SnapshotsPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait(10000));
    const QString snapId = page.model()->snapshotAt(0)->snapID;
    selectSnapshot(page, snapId);

    page.findChild<QAction *>(u"renameSnapshotAction"_s)->trigger();
    auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    const QString tooLong(80, u'x');
    dialog->setTextValue(tooLong);
    const QPointer<QInputDialog> first(dialog);
    dialog->accept();
    // Asked again, with the problem and the text as typed.
    QTRY_VERIFY(!first);
    dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), tooLong);
    QVERIFY(dialog->labelText().contains(snapId));
    QCOMPARE(dialog->findChild<QLabel *>()->textFormat(), Qt::PlainText);
    // A right-to-left override is refused by the one name rule, with the reason and the text kept.
    const QString bidi = u"env\u202e"_s;
    dialog->setTextValue(bidi);
    const QPointer<QInputDialog> second(dialog);
    dialog->accept();
    QTRY_VERIFY(!second);
    dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), bidi);
    QVERIFY2(dialog->labelText().contains(u"control characters"_s), qPrintable(dialog->labelText()));
    // Japanese is a name like any other, for the app and the sandbox alike.
    dialog->setTextValue(u"  テスト環境  "_s);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.server->engine().state().snapshots.value(snapId).pub.name,
                              u"テスト環境"_s, 10000);
}

void TestSnapshotsCreate::createFromImageKeepsOneMetaKeyAcrossRetries()
{
    ui::NewInstanceDialog dialog(ui::AppContext{m_sandbox.client.get(), nullptr, true});
    auto *specs = dialog.findChild<QTableWidget *>(u"specTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(specs->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QComboBox *>(u"imageCombo"_s)->count() > 0, 10000);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no machine chosen yet
    for (int row = 0; row < specs->rowCount(); ++row) {
        if (specs->item(row, 0)->flags() & Qt::ItemIsEnabled) {
            specs->selectRow(row);
            break;
        }
    }
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"from-image 日本語 🚀"_s);
    dialog.findChild<QLineEdit *>(u"portsEdit"_s)->setText(u"7860/https"_s);
    dialog.findChild<QPlainTextEdit *>(u"envsEdit"_s)->setPlainText(u"FOO=bar\nHF_HOME=/datadrive/hf"_s);
    QVERIFY2(dialog.validationProblem().isEmpty(), qPrintable(dialog.validationProblem()));
    QVERIFY(ok->isEnabled());

    QSignalSpy created(&dialog, &ui::NewInstanceDialog::created);
    const QString key = dialog.metaKey();
    dialog.submit();
    QVERIFY(dialog.isBusy());
    dialog.submit(); // a double submit is ignored
    QVERIFY(created.wait(10000));
    QCOMPARE(created.count(), 1);
    const auto instance = created.first().first().value<Instance>();
    QCOMPARE(instance.metaKey, key);
    QCOMPARE(instance.remark, u"from-image 日本語 🚀"_s);
    // The server holds exactly one instance with this key.
    QVERIFY(m_sandbox.server->engine().instanceByMetaKey(key).has_value());
}

void TestSnapshotsCreate::createFromSnapshot()
{
    ui::NewInstanceDialog dialog(ui::AppContext{m_sandbox.client.get(), nullptr, true});
    auto *snapshots = dialog.findChild<QComboBox *>(u"snapshotCombo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots->count() > 0, 10000);
    dialog.preselectSnapshot(snapshots->itemData(0).toString());
    auto *specs = dialog.findChild<QTableWidget *>(u"specTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(specs->rowCount() > 0, 10000);
    specs->selectRow(0);
    QSignalSpy created(&dialog, &ui::NewInstanceDialog::created);
    dialog.submit();
    QVERIFY(created.wait(10000));
    const auto instance = created.first().first().value<Instance>();
    QVERIFY(instance.baseSnap.has_value());
    QCOMPARE(instance.baseSnap->snapID, snapshots->itemData(0).toString());
}

QTEST_MAIN(TestSnapshotsCreate)
#include "tst_snapshots_create.moc"
