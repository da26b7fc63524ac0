// SPDX-License-Identifier: Apache-2.0
#include "ui/formatting.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/settingsdialog.h"
#include "ui/translations.h"
#include "ui/traycontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows::ui;

class TestSettings final : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAndBounds();
    void dialogWritesOnOk();
    void dialogCancelKeepsValues();
    void languageSwitchRetranslatesTheOpenDialog();
    void englishPluralsAreWords();

private:
    QTemporaryDir m_dir;
};

void TestSettings::defaultsAndBounds()
{
    QSettings store(m_dir.filePath(u"a.ini"_s), QSettings::IniFormat);
    AppSettings settings(&store);
    QCOMPARE(settings.language(), u"system"_s);
    QCOMPARE(settings.refreshSteadySeconds(), 10);
    QCOMPARE(settings.refreshTransitionSeconds(), 1);
    QCOMPARE(settings.clipboardClearSeconds(), 30);
    QVERIFY(settings.notificationsEnabled());
    settings.setRefreshSteadySeconds(100000);
    QCOMPARE(settings.refreshSteadySeconds(), 600);
    store.setValue(u"preferences/clipboardClearSeconds"_s, u"not a number"_s);
    QCOMPARE(settings.clipboardClearSeconds(), 30);
    store.setValue(u"preferences/language"_s, u"klingon"_s);
    QCOMPARE(settings.language(), u"system"_s);
}

void TestSettings::dialogWritesOnOk()
{
    QSettings store(m_dir.filePath(u"b.ini"_s), QSettings::IniFormat);
    AppSettings settings(&store);
    SettingsDialog dialog(&settings);
    QSignalSpy intervals(&settings, &AppSettings::refreshIntervalsChanged);
    dialog.findChild<QSpinBox *>(u"steadySpin"_s)->setValue(20);
    dialog.findChild<QSpinBox *>(u"clipboardSpin"_s)->setValue(45);
    auto *theme = dialog.findChild<QComboBox *>(u"themeCombo"_s);
    theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Light)));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(settings.refreshSteadySeconds(), 20);
    QCOMPARE(settings.clipboardClearSeconds(), 45);
    QCOMPARE(settings.theme(), AppSettings::Theme::Light);
    QVERIFY(intervals.count() >= 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSettings::dialogCancelKeepsValues()
{
    QSettings store(m_dir.filePath(u"c.ini"_s), QSettings::IniFormat);
    AppSettings settings(&store);
    SettingsDialog dialog(&settings);
    dialog.findChild<QSpinBox *>(u"steadySpin"_s)->setValue(50);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(settings.refreshSteadySeconds(), 10);
}

void TestSettings::languageSwitchRetranslatesTheOpenDialog()
{
    QSettings store(m_dir.filePath(u"d.ini"_s), QSettings::IniFormat);
    AppSettings settings(&store);
    Translations translations;
    QVERIFY(translations.install(u"en"_s));
    SettingsDialog dialog(&settings);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Settings"_s);
    const QString generalEn = dialog.pages()->tabText(0);
    QCOMPARE(generalEn, u"General"_s);

    connect(&settings, &AppSettings::languageChanged, &translations, &Translations::install);
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"ja"_s));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(translations.language(), u"ja"_s);
    // 環境設定, so it is not taken for the Config tab (設定).
    QTRY_COMPARE(dialog.windowTitle(), u"環境設定"_s);
    QCOMPARE(dialog.pages()->tabText(0), u"一般"_s);
    // Known server values read in Japanese; unknown ones stay as sent; states say that they resume.
    QCOMPARE(glows::ui::serverValueText(u"Pay-as-you-go"_s), u"従量課金"_s);
    QCOMPARE(glows::ui::serverValueText(u"Connected"_s), u"接続済み"_s);
    QCOMPARE(glows::ui::serverValueText(u"Warp-speed"_s), u"Warp-speed"_s);
    QCOMPARE(glows::ui::statusText(glows::InstanceStatus(glows::InstanceState::Paused)), u"一時停止中"_s);
    QCOMPARE(glows::ui::statusText(glows::InstanceStatus(glows::InstanceState::Terminated)), u"終了済み"_s);
    QVERIFY(translations.install(u"en"_s));
    QTRY_COMPARE(dialog.windowTitle(), u"Settings"_s);
}

void TestSettings::englishPluralsAreWords()
{
    // English is the source language, but "%n instance(s)" must read "1 instance" / "2 instances".
    Translations translations;
    QVERIFY(translations.install(u"en"_s));
    QMainWindow window;
    TrayController tray(&window);
    tray.setSummary(1, 49'000);
    QVERIFY2(tray.toolTip().contains(u"1 instance running"_s), qPrintable(tray.toolTip()));
    tray.setSummary(2, 98'000);
    QVERIFY2(tray.toolTip().contains(u"2 instances running"_s), qPrintable(tray.toolTip()));
    QVERIFY(!tray.toolTip().contains(u"(s)"_s));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
