// SPDX-License-Identifier: Apache-2.0
#include "glows/version.h"
#include "ui/aboutdialog.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAboutDialog final : public QObject
{
    Q_OBJECT
private slots:
    void showsVersionLicencesAndDocs();
};

void TestAboutDialog::showsVersionLicencesAndDocs()
{
    glows::ui::AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString text;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        text += label->text() + u'\n';
    QVERIFY(text.contains(QStringLiteral(GLOWS_VERSION)));
    QVERIFY(text.contains("Apache License 2.0"_L1));
    QVERIFY(text.contains("LGPL-3.0"_L1));
    QVERIFY(text.contains("QtKeychain"_L1));
    QVERIFY(text.contains(QStringLiteral(GLOWS_HOMEPAGE)));
    // For docs/screenshots: GLOWS_SCREENSHOT_DIR=docs/screenshots ctest -R tst_aboutdialog
    if (const QString dir = qEnvironmentVariable("GLOWS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/about-dialog.png"_s));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
