// SPDX-License-Identifier: Apache-2.0
// Take Snapshot and Release dialogs: validation, client-side refusal, busy state, and input kept on failure.
#include "api/apirequest.h"
#include "api/glowsclient.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/dialogs/releasedialog.h"
#include "ui/dialogs/snapshotdialog.h"
#include "ui/messagebar.h"
#include "ui/translations.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
Instance running()
{
    Instance in;
    in.instanceID = u"ins-5y4p57y9"_s;
    in.status = InstanceStatus(InstanceState::Running);
    in.priceCent = 49;
    in.remark = u"llama finetune"_s;
    in.hardware.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    return in;
}

// A loopback URL where nothing listens: every request fails at once with a network error.
QUrl deadServer()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1/sdk/v1"_s.arg(port));
}
} // namespace

class TestActionDialogs final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void snapshotNameIsRequiredAndValidated();
    void suggestedNameFollowsTheConsole();
    void snapshotKeepsInputAfterError();
    void doubleSubmitIsImpossible();
    void refusedWhenStateDisallows();
    void releaseDialogDefaultsToCancel();
    void releaseKeepsDialogOpenAfterError();
    void unsupportedServerIsExplained(); // or, once the sandbox serves /snapshot, succeeds
    void openDialogsFollowALanguageSwitch();

private:
    QNetworkAccessManager m_nam;
};

void TestActionDialogs::initTestCase()
{
    // The embedded sandbox then keeps its state in memory only: every run starts from the demo seed.
    QStandardPaths::setTestModeEnabled(true);
    ApiRequest::setRetryBaseDelayMs(5);
}

void TestActionDialogs::snapshotNameIsRequiredAndValidated()
{
    GlowsClient client(&m_nam, deadServer(), u"t"_s);
    ui::SnapshotDialog dialog(ui::AppContext{&client, nullptr, true}, running());
    QVERIFY(dialog.confirmButton()->isEnabled()); // the suggested name is valid
    QCOMPARE(dialog.confirmButton()->text(), u"Take Snapshot"_s);
    dialog.nameEdit()->clear();
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(!dialog.nameEdit()->placeholderText().isEmpty()); // said when it is empty
    auto *problem = dialog.findChild<QLabel *>(u"nameProblem"_s);
    QVERIFY(!problem->isHidden());
    // Any name the server accepts: spaces, Japanese, a leading '-'.
    for (const QString &fine : {u"has space"_s, u"-leading"_s, u"ok-name_1.2"_s, u"テスト環境"_s}) {
        dialog.nameEdit()->setText(fine);
        QVERIFY2(dialog.confirmButton()->isEnabled(), qPrintable(fine));
        QVERIFY(problem->isHidden());
    }
    // Invisible controls are refused with a clear message, and what was typed stays.
    for (const QString &bad : {u"photo\u202egpj.exe"_s, u"snap\u0007"_s}) {
        dialog.nameEdit()->setText(bad);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"control characters"_s), qPrintable(problem->text()));
        QCOMPARE(dialog.nameEdit()->text(), bad);
    }
    const QString overlong(65, u'a');
    dialog.nameEdit()->setText(overlong);
    QCOMPARE(dialog.nameEdit()->text(), overlong); // reported, not cut
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(problem->text().contains(u"at most 64"_s));
    QVERIFY(dialog.autoReleaseBox()->text().contains(u"Automatically release the instance after saving"_s));
    const QString notes = dialog.findChild<QLabel *>(u"snapshotNotes"_s)->text();
    QVERIFY(notes.contains(u"/datadrive"_s));
    QVERIFY(notes.contains(u"cannot be reached"_s));
    QVERIFY(notes.contains(u"storage"_s));
    QVERIFY(notes.contains(u"no charge"_s));
    QVERIFY(notes.contains(u"cannot be released"_s));
}

void TestActionDialogs::suggestedNameFollowsTheConsole()
{
    const QDateTime when(QDate(2026, 11, 27), QTime(9, 5));
    QCOMPARE(ui::SnapshotDialog::suggestedName(running(), when), u"llama-finetune-20261127-0905"_s);
    Instance noRemark = running();
    noRemark.remark.clear();
    noRemark.hardware.gpuName.clear();
    QCOMPARE(ui::SnapshotDialog::suggestedName(noRemark, when), u"ins-5y4p57y9-20261127-0905"_s);
    Instance japanese = running();
    japanese.remark = u"学習 サーバー\u202e"_s;
    QCOMPARE(ui::SnapshotDialog::suggestedName(japanese, when), u"学習-サーバー-20261127-0905"_s);
    QVERIFY(ui::SnapshotDialog::nameProblem(ui::SnapshotDialog::suggestedName(running(), when)).isEmpty());
}

void TestActionDialogs::snapshotKeepsInputAfterError()
{
    GlowsClient client(&m_nam, deadServer(), u"t"_s);
    ui::SnapshotDialog dialog(ui::AppContext{&client, nullptr, true}, running());
    QSignalSpy failed(&dialog, &ui::ActionDialog::failed);
    QSignalSpy succeeded(&dialog, &ui::ActionDialog::succeeded);
    dialog.show();
    dialog.nameEdit()->setText(u"my-env"_s);
    dialog.autoReleaseBox()->setChecked(true);
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(failed.wait(20000));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(dialog.nameEdit()->text(), u"my-env"_s);
    QVERIFY(dialog.autoReleaseBox()->isChecked());
    QVERIFY(!dialog.errorPanel()->message().isEmpty());
    QVERIFY(!dialog.errorPanel()->detail().isEmpty());
    QVERIFY(dialog.confirmButton()->isEnabled()); // the user can try again
}

void TestActionDialogs::doubleSubmitIsImpossible()
{
    GlowsClient client(&m_nam, deadServer(), u"t"_s);
    ui::SnapshotDialog dialog(ui::AppContext{&client, nullptr, true}, running());
    QSignalSpy failed(&dialog, &ui::ActionDialog::failed);
    dialog.show();
    dialog.submit();
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(!dialog.nameEdit()->isEnabled());
    const int inFlight = client.inFlight();
    dialog.submit();
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QCOMPARE(client.inFlight(), inFlight);
    dialog.reject(); // closing is refused while the request runs
    QVERIFY(dialog.isVisible());
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.count(), 1);
}

void TestActionDialogs::refusedWhenStateDisallows()
{
    GlowsClient client(&m_nam, deadServer(), u"t"_s);
    Instance in = running();
    ui::SnapshotDialog snapshot(ui::AppContext{&client, nullptr, true}, in);
    ui::ReleaseDialog release(ui::AppContext{&client, nullptr, true}, in, 1234);
    QVERIFY(snapshot.confirmButton()->isEnabled());
    QVERIFY(release.confirmButton()->isEnabled());
    in.status = InstanceStatus(InstanceState::Suspending);
    snapshot.setInstance(in);
    release.setInstance(in);
    QVERIFY(!snapshot.confirmButton()->isEnabled());
    QVERIFY(!release.confirmButton()->isEnabled());
    QVERIFY(!release.snapshotFirstButton()->isEnabled());
    QVERIFY(!snapshot.findChild<QLabel *>(u"refusalLabel"_s)->isHidden());
    snapshot.submit();
    release.submit();
    QVERIFY(!snapshot.isBusy());
    QVERIFY(!release.isBusy());
    QCOMPARE(client.inFlight(), 0);
}

void TestActionDialogs::releaseDialogDefaultsToCancel()
{
    GlowsClient client(&m_nam, deadServer(), u"t"_s);
    ui::ReleaseDialog dialog(ui::AppContext{&client, nullptr, true}, running(), 84750);
    QCOMPARE(dialog.confirmButton()->text(), u"Stop && Release"_s); // shown as "Stop & Release"
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.confirmButton()->isDefault());
    QVERIFY(!dialog.confirmButton()->autoDefault());
    QVERIFY(dialog.costLabel()->text().contains(u"84.750"_s));
    QVERIFY(dialog.costLabel()->text().contains(u"Billing stops"_s));
    const QString warning = dialog.findChild<QLabel *>(u"releaseWarning"_s)->text();
    QVERIFY(warning.contains(u"cannot be recovered"_s));
    // The console's "Why save the environment?" link unfolds what a snapshot keeps and what release deletes.
    QVERIFY(dialog.whySaveLink()->text().contains(u"Why save the environment?"_s));
    QVERIFY(dialog.whySaveText()->isHidden());
    emit dialog.whySaveLink()->linkActivated(u"#why"_s);
    QVERIFY(!dialog.whySaveText()->isHidden());
    QVERIFY(dialog.whySaveText()->text().contains(u"except /datadrive"_s));
    QVERIFY(dialog.whySaveText()->text().contains(u"cannot be recovered"_s));
    QVERIFY(dialog.snapshotFirstButton()->isEnabled());

    QSignalSpy snapshotFirst(&dialog, &ui::ReleaseDialog::snapshotFirstRequested);
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Return); // Enter cancels; it never releases
    QVERIFY(!dialog.isVisible());
    QCOMPARE(client.inFlight(), 0);
    dialog.show();
    QTest::mouseClick(dialog.snapshotFirstButton(), Qt::LeftButton);
    QCOMPARE(snapshotFirst.count(), 1);
    QCOMPARE(snapshotFirst.at(0).at(0).toString(), u"ins-5y4p57y9"_s);
    QVERIFY(!dialog.isVisible());
}

void TestActionDialogs::releaseKeepsDialogOpenAfterError()
{
    GlowsClient client(&m_nam, deadServer(), u"t"_s);
    ui::ReleaseDialog dialog(ui::AppContext{&client, nullptr, true}, running(), 1000);
    QSignalSpy failed(&dialog, &ui::ActionDialog::failed);
    dialog.show();
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(failed.wait(30000));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorPanel()->isHidden());
    QVERIFY(dialog.confirmButton()->isEnabled());
}

void TestActionDialogs::unsupportedServerIsExplained()
{
    sandbox::EmbeddedSandbox sandbox{sandbox::SandboxOptions{}};
    QVERIFY(sandbox.start());
    GlowsClient client(&m_nam, sandbox.baseUrl(), sandbox.token());
    ui::SnapshotDialog dialog(ui::AppContext{&client, nullptr, true}, running());
    QSignalSpy failed(&dialog, &ui::ActionDialog::failed);
    QSignalSpy succeeded(&dialog, &ui::ActionDialog::succeeded);
    dialog.show();
    dialog.nameEdit()->setText(u"kept-name"_s);
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() + succeeded.count() == 1, 20000);
    if (succeeded.count() == 1) { // a sandbox that serves /snapshot: the dialog closes
        QVERIFY(!dialog.isVisible());
        return;
    }
    QVERIFY(dialog.lastError().has_value());
    QCOMPARE(dialog.lastError()->kind(), ApiError::Kind::Unsupported);
    QCOMPARE(dialog.errorPanel()->message(), dialog.lastError()->userMessage());
    QCOMPARE(dialog.nameEdit()->text(), u"kept-name"_s);
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestActionDialogs)
void TestActionDialogs::openDialogsFollowALanguageSwitch()
{
    // Switching the language in Settings while a dialog is open rewrites its texts and keeps the input.
    GlowsClient client(&m_nam, deadServer(), u"t"_s);
    ui::SnapshotDialog snapshot(ui::AppContext{&client, nullptr, true}, running());
    ui::ReleaseDialog release(ui::AppContext{&client, nullptr, true}, running(), 84750);
    snapshot.show();
    release.show();
    snapshot.nameEdit()->setText(u"keep-this"_s);
    snapshot.autoReleaseBox()->setChecked(true);
    ui::Translations translations;
    QVERIFY(translations.install(u"ja"_s));
    QCoreApplication::processEvents();
    QCOMPARE(snapshot.windowTitle(), u"スナップショット作成"_s);
    QCOMPARE(snapshot.confirmButton()->text(), u"スナップショット作成"_s);
    QVERIFY2(snapshot.findChild<QLabel *>(u"snapshotNotes"_s)->text().contains(u"/datadrive"_s),
             qPrintable(snapshot.findChild<QLabel *>(u"snapshotNotes"_s)->text()));
    QVERIFY(!snapshot.findChild<QLabel *>(u"snapshotNotes"_s)->text().contains(u"Everything"_s));
    QCOMPARE(snapshot.nameEdit()->text(), u"keep-this"_s);
    QVERIFY(snapshot.autoReleaseBox()->isChecked());
    QVERIFY(release.confirmButton()->text().contains(u"停止してリリース"_s));
    QVERIFY(!release.findChild<QLabel *>(u"releaseWarning"_s)->text().contains(u"cannot be recovered"_s));
    QVERIFY(release.findChild<QLabel *>(u"releaseWarning"_s)->text().contains(u"ins-5y4p57y9"_s));
    QVERIFY(release.costLabel()->text().contains(u"84.750"_s));

    // The name rule's message is translated, and the typed name stays.
    snapshot.nameEdit()->setText(u"テスト\u202e環境"_s);
    const QString problemJa = snapshot.findChild<QLabel *>(u"nameProblem"_s)->text();
    QVERIFY2(problemJa.contains(u"制御文字"_s), qPrintable(problemJa));
    QCOMPARE(snapshot.nameEdit()->text(), u"テスト\u202e環境"_s);
    snapshot.nameEdit()->setText(u"keep-this"_s);

    QVERIFY(translations.install(u"en"_s));
    QCoreApplication::processEvents();
    QCOMPARE(snapshot.confirmButton()->text(), u"Take Snapshot"_s);
    QCOMPARE(release.confirmButton()->text(), u"Stop && Release"_s);
    QCOMPARE(snapshot.nameEdit()->text(), u"keep-this"_s);
}

#include "tst_actiondialogs.moc"
