// SPDX-License-Identifier: Apache-2.0
// The Snapshots page and the New Instance dialog against a real sandbox over loopback HTTP.
#include "api/glowsclient.h"
#include "sandbox/sandboxserver.h"
#include "ui/create/newinstancedialog.h"
#include "ui/snapshots/snapshotmodel.h"
#include "ui/snapshots/snapshotspage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
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
    void createFromImageKeepsOneMetaKeyAcrossRetries();
    void createFromSnapshot();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GlowsClient> m_client;
};

void TestSnapshotsCreate::init()
{
    sandbox::SandboxOptions options;
    options.manualClock = true;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GlowsClient>(m_nam.get(), QUrl(m_server->baseUrl()), options.token);
}

void TestSnapshotsCreate::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
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
    ui::SnapshotsPage page(ui::AppContext{m_client.get(), nullptr, true});
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

void TestSnapshotsCreate::createFromImageKeepsOneMetaKeyAcrossRetries()
{
    ui::NewInstanceDialog dialog(ui::AppContext{m_client.get(), nullptr, true});
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
    QVERIFY(m_server->engine().instanceByMetaKey(key).has_value());
}

void TestSnapshotsCreate::createFromSnapshot()
{
    ui::NewInstanceDialog dialog(ui::AppContext{m_client.get(), nullptr, true});
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
