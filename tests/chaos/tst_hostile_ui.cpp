// SPDX-License-Identifier: Apache-2.0
// Hostile input in the UI (issue 12), the parts other tests do not cover yet: server strings holding HTML
// and control characters shown literally across the whole main window (list, detail pane, error panel,
// offline banner, action dialogs), and names in every script validated with a clear message. Ports
// (tst_snapshots_create, tst_detail_core), pasted tokens (tst_accounts) and the detail tabs' own server text
// (tst_detailpane) have their tests already.
#include "../ui/mainwindowharness.h"
#include "ui/create/newinstancedialog.h"
#include "ui/dialogs/releasedialog.h"
#include "ui/dialogs/snapshotdialog.h"
#include "ui/messagebar.h"
#include "ui/offlinebanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::test;

namespace {

// What a person sees in the label: markup is interpreted only when the label treats its text as rich text.
bool interpretsMarkup(const QLabel *label)
{
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

QString visibleText(const QLabel *label)
{
    return interpretsMarkup(label) ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                   : label->text();
}

// Every label under root that shows `marker` (a piece of hostile server text) shows it literally. Returns the
// number of labels that show it, so the caller can check it is on screen at all.
int labelsShowingLiterally(QWidget *root, const QString &marker, QString *offender)
{
    int shown = 0;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString raw = label->text();
        if (interpretsMarkup(label) && raw.contains(marker)) {
            *offender = u"%1: %2"_s.arg(label->objectName(), raw);
            return -1; // the markup would be rendered, not shown
        }
        if (visibleText(label).contains(marker))
            ++shown;
    }
    return shown;
}

const QString kHtml = u"<b>x</b><img src=\"https://example.invalid/p.png\">"_s;

} // namespace

class TestHostileUi final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverHtmlIsShownAsTextInTheMainWindow();
    void serverMessagesWithHtmlStayText();
    void actionDialogsEscapeServerText();
    void snapshotNamesInEveryScriptGetAClearMessage_data();
    void snapshotNamesInEveryScriptGetAClearMessage();
    void suggestedNameFromAnyRemarkIsValid_data();
    void suggestedNameFromAnyRemarkIsValid();
    void newInstanceNamesAreValidated();

private:
    QNetworkAccessManager m_nam;
};

void TestHostileUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApiRequest::setRetryBaseDelayMs(5);
}

void TestHostileUi::serverHtmlIsShownAsTextInTheMainWindow()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    // The sandbox stores the remark as given, like a server that does not sanitise: HTML, a bell, a
    // right-to-left override, Japanese and an emoji.
    const QString remark = kHtml + u"\u0007\u202e日本語🚀"_s;
    std::optional<ApiResult<QList<GpuSpec>>> specs;
    h.client->listSpecs({}, this, [&](const ApiResult<QList<GpuSpec>> &r) { specs.emplace(r); });
    QTRY_VERIFY(specs.has_value());
    QVERIFY(specs->ok());
    const auto spec = std::find_if(specs->value().begin(), specs->value().end(),
                                   [](const GpuSpec &s) { return s.availableUnits > 0; });
    QVERIFY(spec != specs->value().end());
    CreateInstanceRequest req;
    req.fromImageId = u"img-87p9kq26"_s;
    req.gpuName = spec->gpuName;
    req.regionName = spec->regionName;
    req.remark = remark;
    std::optional<ApiResult<Instance>> created;
    h.client->createInstance(req, this, [&](const ApiResult<Instance> &r) { created.emplace(r); });
    QTRY_VERIFY(created.has_value());
    QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().details()));
    const QString id = created->value().instanceID;
    QVERIFY(h.waitForRefresh());
    QTRY_VERIFY(h.model()->rowOf(id) >= 0);

    // The list shows the remark as it is: the delegate paints the display text, never HTML.
    const QModelIndex name = h.model()->index(h.model()->rowOf(id), ui::InstanceModel::NameColumn);
    QVERIFY(h.model()->data(name, Qt::DisplayRole).toString().contains(kHtml));

    h.window->selectInstance(id);
    QCOMPARE(h.window->selectedInstanceId(), id);
    QString offender;
    const int shown = labelsShowingLiterally(h.window.get(), u"<b>x</b>"_s, &offender);
    // The detail pane does not repeat the remark; no label of the window may interpret it either way.
    QVERIFY2(shown >= 0, qPrintable(offender));
}

void TestHostileUi::serverMessagesWithHtmlStayText()
{
    const ApiError error = ApiError::fromCode(codes::Validation, kHtml + u"\r\n\u0000end"_s);
    QVERIFY(error.userMessage().contains(kHtml));

    ui::MessageBar panel;
    panel.showError(error);
    QString offender;
    QVERIFY2(labelsShowingLiterally(&panel, u"<b>x</b>"_s, &offender) == 1, qPrintable(offender));

    ui::OfflineBanner banner;
    banner.reportFailure(ApiError(ApiError::Kind::Network, kHtml, 0, 0, kHtml), QDateTime::currentDateTime());
    QVERIFY2(labelsShowingLiterally(&banner, u"<b>x</b>"_s, &offender) >= 0, qPrintable(offender));
}

void TestHostileUi::actionDialogsEscapeServerText()
{
    Instance in;
    in.instanceID = u"ins-h0st1le0"_s;
    in.status = InstanceStatus::fromString(u"Running"_s);
    in.remark = kHtml;
    in.hardware.gpuName = u"<i>gpu</i>"_s;
    GlowsClient client(&m_nam, QUrl(u"http://127.0.0.1:9/sdk/v1"_s), u"t"_s);
    ui::SnapshotDialog snapshot(ui::AppContext{&client, nullptr, true}, in);
    ui::ReleaseDialog release(ui::AppContext{&client, nullptr, true}, in, 1234);
    for (QWidget *dialog : {static_cast<QWidget *>(&snapshot), static_cast<QWidget *>(&release)}) {
        QString offender;
        const int shown = labelsShowingLiterally(dialog, u"<b>x</b>"_s, &offender);
        QVERIFY2(shown >= 0, qPrintable(offender));
        QVERIFY2(shown >= 1, dialog->metaObject()->className());
        QCOMPARE(labelsShowingLiterally(dialog, u"<i>gpu</i>"_s, &offender), 1);
    }
}

void TestHostileUi::snapshotNamesInEveryScriptGetAClearMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("overlong") << QString(65, u'a') << u"at most"_s;
    QTest::newRow("overlong-emoji") << QString(65, u'a').replace(u"a"_s, u"🚀"_s) << u"at most"_s;
    QTest::newRow("rtl-override") << u"snap\u202egnp"_s << u"control characters"_s;
    QTest::newRow("isolate") << u"snap\u2067gnp"_s << u"control characters"_s;
    QTest::newRow("control") << u"snap\u0007"_s << u"control characters"_s;
    QTest::newRow("newline") << u"sn\nap"_s << u"control characters"_s;
    QTest::newRow("blank") << u" \t "_s << u"Enter a name"_s;
}

void TestHostileUi::snapshotNamesInEveryScriptGetAClearMessage()
{
    // Any script the server accepts is accepted; only invisible controls and overlong names are not.
    const QString sixtyFourRockets = QString(64, u'a').replace(u"a"_s, u"🚀"_s);
    for (const QString &fine : {u"スナップショット"_s, u"snap🚀"_s, u"لقطة"_s, u"<b>x</b>"_s, u"テスト環境"_s,
                                u"a b"_s, sixtyFourRockets})
        QVERIFY2(ui::SnapshotDialog::nameProblem(fine).isEmpty(), qPrintable(fine));
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString problem = ui::SnapshotDialog::nameProblem(name);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestHostileUi::suggestedNameFromAnyRemarkIsValid_data()
{
    QTest::addColumn<QString>("remark");
    QTest::newRow("japanese") << u"学習サーバー"_s;
    QTest::newRow("emoji") << u"🚀🚀"_s;
    QTest::newRow("rtl") << u"خادم التدريب"_s;
    QTest::newRow("html") << kHtml;
    QTest::newRow("control") << u"\u0007\u202e\n"_s;
    QTest::newRow("overlong") << QString(300, u'a');
}

void TestHostileUi::suggestedNameFromAnyRemarkIsValid()
{
    QFETCH(QString, remark);
    Instance in;
    in.instanceID = u"ins-h0st1le0"_s;
    in.remark = remark;
    const QString name = ui::SnapshotDialog::suggestedName(in, QDateTime(QDate(2026, 11, 27), QTime(9, 5)));
    QVERIFY2(ui::SnapshotDialog::nameProblem(name).isEmpty(), qPrintable(name));
}

void TestHostileUi::newInstanceNamesAreValidated()
{
    // The instance name is the console's remark: any script is fine, invisible controls and overlong are not.
    sandbox::SandboxOptions options;
    options.manualClock = true;
    sandbox::EmbeddedSandbox server(options);
    QVERIFY(server.start());
    GlowsClient client(&m_nam, server.baseUrl(), server.token());
    ui::NewInstanceDialog dialog(ui::AppContext{&client, nullptr, true});
    auto *specs = dialog.findChild<QTableWidget *>(u"specTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(specs->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QComboBox *>(u"imageCombo"_s)->count() > 0, 10000);
    for (int row = 0; row < specs->rowCount(); ++row) {
        if (specs->item(row, 0)->flags() & Qt::ItemIsEnabled) {
            specs->selectRow(row);
            break;
        }
    }
    auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const QList<std::pair<QString, QString>> cases{
        {u"学習サーバー 🚀"_s, {}},
        {u"خادم التدريب"_s, {}},
        {kHtml, {}}, // allowed: it is only ever shown as text
        {QString(128, QChar(0x65E5)), {}},
        {QString(129, QChar(0x65E5)), u"too long"_s},
        {u"bell\u0007"_s, u"control characters"_s},
        {u"photo\u202egpj.exe"_s, u"control characters"_s},
    };
    for (const auto &[text, expected] : cases) {
        name->setText(text);
        const QString problem = dialog.validationProblem();
        if (expected.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(ok->isEnabled());
        } else {
            QVERIFY2(problem.contains(expected), qPrintable(problem));
            QVERIFY(!ok->isEnabled());
        }
    }
}

QTEST_MAIN(TestHostileUi)
#include "tst_hostile_ui.moc"
