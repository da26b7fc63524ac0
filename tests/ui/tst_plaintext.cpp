// SPDX-License-Identifier: Apache-2.0
// Server text in tooltips is shown as typed: Qt takes a tooltip for rich text when Qt::mightBeRichText says
// so, and a GPU name or an address like <img src="file:///…"> would then load a local file.
#include "api/apierror.h"
#include "api/glowsclient.h"
#include "api/scriptedserver.h"
#include "ui/create/newinstancedialog.h"
#include "ui/detail/accesstab.h"
#include "ui/formatting.h"
#include "ui/instancemodel.h"
#include "ui/offlinebanner.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

const QString kImage = u"<img src=\"file:///tmp/glows-x.png\">"_s;

// What the user reads in a tooltip: Qt's own decision between plain and rich text, then the rendering.
struct Shown
{
    QString text;
    bool hasImage = false;
};

Shown asShown(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return {toolTip, false};
    QTextDocument doc;
    doc.setHtml(toolTip);
    // An <img> becomes an object replacement character in the document's text.
    return {doc.toPlainText(), doc.toPlainText().contains(QChar::ObjectReplacementCharacter)};
}

} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT
private slots:
    void literalRichTextShowsTheText_data();
    void literalRichTextShowsTheText();
    void gpuNameToolTipInTheList();
    void accessUrlToolTip();
    void offlineBannerDetailToolTip();
    void imageDescriptionToolTip();
};

void TestPlainText::literalRichTextShowsTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("img") << kImage;
    QTest::newRow("img after text") << u"RTX 4090 "_s + kImage;
    QTest::newRow("bold and entity") << u"<b>bold</b> &amp; &lt;"_s;
    QTest::newRow("link") << u"<a href=\"file:///etc/passwd\">click</a>"_s;
    QTest::newRow("plain") << u"NVIDIA GeForce RTX 4090 · 学習用 🚀"_s;
    QTest::newRow("two lines") << u"line one <i>\nline two"_s;
}

void TestPlainText::literalRichTextShowsTheText()
{
    QFETCH(QString, text);
    const Shown shown = asShown(ui::literalRichText(text));
    QCOMPARE(shown.text, text);
    QVERIFY(!shown.hasImage);
    QVERIFY(ui::literalRichText(QString()).isEmpty()); // no text, no tooltip
}

void TestPlainText::gpuNameToolTipInTheList()
{
    Instance in;
    in.instanceID = u"ins-hostile1"_s;
    in.status = InstanceStatus(InstanceState::Running);
    in.hardware.gpuName = kImage;
    in.hardware.gpuNum = 1;
    ui::InstanceModel model;
    model.applySnapshot({in});
    const QString tip = model.data(model.index(0, ui::InstanceModel::NameColumn), Qt::ToolTipRole).toString();
    const Shown shown = asShown(tip);
    QVERIFY2(shown.text.startsWith(kImage), qPrintable(shown.text));
    QVERIFY(!shown.hasImage);
}

void TestPlainText::accessUrlToolTip()
{
    Instance in;
    in.instanceID = u"ins-hostile2"_s;
    in.status = InstanceStatus(InstanceState::Running);
    const QString url = u"https://tw-03.access.glows.ai/"_s + kImage;
    in.accesses = {Access{u"acc-1"_s, u"https"_s, 8888, url}};
    // The tab is fed by the test; its own calls would go to a closed port.
    QNetworkAccessManager nam;
    GlowsClient nowhere(&nam, QUrl(u"http://127.0.0.1:9/sdk/v1"_s), u"t"_s);
    ui::AccessTab tab(ui::AppContext{&nowhere, nullptr, true});
    tab.setInstance(in);
    auto *link = tab.findChild<QPushButton *>(u"link-8888"_s);
    QVERIFY(link);
    const Shown shown = asShown(link->toolTip());
    QVERIFY2(shown.text.contains(url), qPrintable(shown.text));
    QVERIFY(!shown.hasImage);
}

void TestPlainText::offlineBannerDetailToolTip()
{
    ui::OfflineBanner banner;
    banner.reportFailure(ApiError(ApiError::Kind::Network, kImage + u" connection refused"_s),
                         QDateTime::currentDateTime());
    auto *text = banner.findChild<QLabel *>(u"offlineText"_s);
    QVERIFY(text);
    const Shown shown = asShown(text->toolTip());
    QCOMPARE(shown.text, kImage + u" connection refused"_s);
    QVERIFY(!shown.hasImage);
}

void TestPlainText::imageDescriptionToolTip()
{
    test::ScriptedServer server;
    QVERIFY(server.listen());
    server.setHandler([](const test::HttpRequest &request) {
        if (request.path == "/image/list"_L1)
            return test::Action::ok({{"images"_L1, QJsonArray{QJsonObject{{"imageID"_L1, u"img-hostile"_s},
                                                                          {"imageName"_L1, u"Hostile"_s},
                                                                          {"description"_L1, kImage}}}}});
        return test::Action::ok();
    });
    QNetworkAccessManager nam;
    GlowsClient client(&nam, QUrl(server.baseUrl()), u"token"_s);
    ui::NewInstanceDialog dialog(ui::AppContext{&client, nullptr, false});
    auto *images = dialog.findChild<QComboBox *>(u"imageCombo"_s);
    QVERIFY(images);
    QTRY_VERIFY(images->findData(u"img-hostile"_s) >= 0);
    const Shown shown =
        asShown(images->itemData(images->findData(u"img-hostile"_s), Qt::ToolTipRole).toString());
    QCOMPARE(shown.text, kImage);
    QVERIFY(!shown.hasImage);
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
