// SPDX-License-Identifier: Apache-2.0
// The whole app window as glows-desktop builds it (AppShell): pages, settings, language, accounts and the
// "sign in again" prompt, against embedded sandboxes over loopback HTTP. Runs inside the keyring wrapper
// when it is available (tokens then go to a real Secret Service), else on the memory-only path.
#include "api/apirequest.h"
#include "api/secretstore.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountspage.h"
#include "ui/appshell.h"
#include "ui/create/newinstancedialog.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/detailwidgets.h"
#include "ui/detail/sshpanel.h"
#include "ui/headerstrip.h"
#include "ui/instancefilterproxy.h"
#include "ui/instancemodel.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/snapshots/snapshotmodel.h"
#include "ui/snapshots/snapshotspage.h"
#include "ui/traycontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
// One app (settings file, embedded sandbox, keychain service, shell and window) per test.
struct ShellHarness
{
    explicit ShellHarness(QNetworkAccessManager *nam, sandbox::SandboxOptions options = {})
        : sandbox(options), secrets(u"glows-desktop-test-%1"_s.arg(QCoreApplication::applicationPid()))
    {
        if (!sandbox.start())
            qFatal("sandbox did not start");
        shell = std::make_unique<ui::AppShell>(
            ui::ShellOptions{&settings, nam, &secrets, sandbox.baseUrl(), sandbox.token()});
        shell->start();
        window()->tray()->setClosePrompt(
            [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
    }
    ~ShellHarness() { shell.reset(); }
    ui::MainWindow *window() const { return shell->window(); }
    bool load()
    {
        window()->show();
        return QTest::qWaitForWindowExposed(window()) &&
               QTest::qWaitFor([this] { return window()->isLoaded(); }, 15000);
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    sandbox::EmbeddedSandbox sandbox;
    SecretStore secrets;
    std::unique_ptr<ui::AppShell> shell;
};

sandbox::SandboxOptions otherCloud(const QString &token, bool seed)
{
    sandbox::SandboxOptions options;
    options.token = token;
    options.seed = seed;
    return options;
}

void fillAccountDialog(ui::AccountDialog *dialog, const QString &name, const QUrl &server,
                       const QString &token)
{
    dialog->nameEdit()->setText(name);
    dialog->serverEdit()->setText(server.toString());
    dialog->tokenEdit()->clear();
    QTest::keyClicks(dialog->tokenEdit(), token);
}
} // namespace

class TestAppShell final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesSwitchAndSnapshotCreatesAnInstance();
    void settingsReachTheWindow();
    void languageSwitchRetranslatesWindowAndOpenDialog();
    void addAccountFailureKeepsTheEntries();
    void accountSwitchKeepsTheWindow();
    void badTokenAsksToSignInAgain();

private:
    QNetworkAccessManager m_nam;
};

void TestAppShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApiRequest::setRetryBaseDelayMs(5);
}

void TestAppShell::pagesSwitchAndSnapshotCreatesAnInstance()
{
    ShellHarness h(&m_nam);
    QVERIFY(h.load());
    ui::MainWindow *w = h.window();
    QCOMPARE(w->currentPage(), int(ui::MainWindow::InstancesPage));
    QCOMPARE(w->pageTabs()->tabText(0), u"My Instances"_s);
    QCOMPARE(w->pageTabs()->tabText(1), u"Snapshots"_s);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), int(ui::MainWindow::SnapshotsPageIndex));
    QCOMPARE(w->pageStack()->currentWidget(), w->snapshotsPage());
    ui::SnapshotsPage *page = w->snapshotsPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 15000);
    const QString snapId = page->model()->snapshotAt(0)->snapID;

    emit page->newInstanceRequested(snapId);
    auto *dialog = w->findChild<ui::NewInstanceDialog *>();
    QVERIFY(dialog);
    auto *snapshots = dialog->findChild<QComboBox *>(u"snapshotCombo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots->currentData().toString(), snapId, 15000);
    auto *specs = dialog->findChild<QTableWidget *>(u"specTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(specs->rowCount() > 0, 15000);
    specs->selectRow(0);
    QSignalSpy created(dialog, &ui::NewInstanceDialog::created);
    dialog->submit();
    QVERIFY(created.wait(15000));
    const auto instance = created.first().first().value<Instance>();
    QCOMPARE(w->currentPage(), int(ui::MainWindow::InstancesPage));
    QCOMPARE(w->selectedInstanceId(), instance.instanceID);

    QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), int(ui::MainWindow::InstancesPage));
}

void TestAppShell::settingsReachTheWindow()
{
    ShellHarness h(&m_nam);
    QVERIFY(h.load());
    ui::SettingsDialog *dialog = h.shell->openSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->pages()->count(), 4); // Accounts, SSH (issue 19), General, Refresh
    QCOMPARE(dialog->pages()->tabText(0), u"Accounts"_s);
    QCOMPARE(dialog->pages()->tabText(1), u"SSH"_s);
    dialog->findChild<QSpinBox *>(u"steadySpin"_s)->setValue(42);
    dialog->findChild<QSpinBox *>(u"clipboardSpin"_s)->setValue(12);
    dialog->findChild<QCheckBox *>(u"notificationsCheck"_s)->setChecked(false);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(h.window()->listQuery()->intervals().steadyMs, 42000);
    QVERIFY(!h.window()->notificationsEnabled());
    QCOMPARE(h.window()->detailPane()->accessTab()->sshPanel()->secretClipboard()->clearDelay(),
             std::chrono::milliseconds(12000));
    // Ctrl+, opens the dialog again.
    h.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window()));
    QTest::keyClick(h.window(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(h.shell->settingsDialog());
    h.shell->settingsDialog()->reject();
}

void TestAppShell::languageSwitchRetranslatesWindowAndOpenDialog()
{
    ShellHarness h(&m_nam);
    QVERIFY(h.load());
    ui::NewInstanceDialog *create = h.window()->openNewInstanceDialog();
    QCOMPARE(create->windowTitle(), u"New Instance"_s);
    ui::SettingsDialog *dialog = h.shell->openSettings();
    auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"ja"_s));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(h.shell->translations()->language(), u"ja"_s);
    // LanguageChange is posted to every window; the open dialog retranslates as well.
    QTRY_COMPARE(h.window()->pageTabs()->tabText(0), u"マイインスタンス"_s);
    QTRY_VERIFY(h.window()->statusTabs()->tabText(0).startsWith(u"稼働中"_s));
    QTRY_COMPARE(create->windowTitle(), u"新規インスタンス"_s);
    QCOMPARE(h.settings.value(u"preferences/language"_s).toString(), u"ja"_s);

    h.shell->preferences()->setLanguage(u"en"_s);
    QTRY_COMPARE(h.window()->pageTabs()->tabText(0), u"My Instances"_s);
    QTRY_COMPARE(create->windowTitle(), u"New Instance"_s);
}

void TestAppShell::addAccountFailureKeepsTheEntries()
{
    sandbox::EmbeddedSandbox other(otherCloud(u"right-token"_s, false));
    QVERIFY(other.start());
    ShellHarness h(&m_nam);
    QVERIFY(h.load());
    h.shell->openSettings(true);
    ui::AccountsPage *page = h.shell->accountsPage();
    QCOMPARE(h.shell->settingsDialog()->pages()->currentWidget(), page);
    ui::AccountDialog *dialog = page->openAddDialog();
    QCOMPARE(dialog->serverEdit()->text(), u"https://a.glows.ai/sdk/v1"_s);
    QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
    // Pasted whitespace and line breaks are dropped.
    QApplication::clipboard()->setText(u"  wrong-token \n"_s);
    dialog->tokenEdit()->paste();
    QCOMPARE(dialog->tokenEdit()->text(), u"wrong-token"_s);
    dialog->nameEdit()->setText(u"Work"_s);
    dialog->serverEdit()->setText(other.baseUrl().toString());
    dialog->submit();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"token"_s, Qt::CaseInsensitive), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->nameEdit()->text(), u"Work"_s);
    QCOMPARE(dialog->serverEdit()->text(), other.baseUrl().toString());
    QCOMPARE(dialog->tokenEdit()->text(), u"wrong-token"_s);
    QCOMPARE(h.shell->accounts()->accounts().size(), 1);

    // An unreachable server says so.
    other.stop();
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->nameEdit()->text(), u"Work"_s);
    dialog->reject();
}

void TestAppShell::accountSwitchKeepsTheWindow()
{
    sandbox::EmbeddedSandbox other(otherCloud(u"second-token"_s, false));
    QVERIFY(other.start());
    ShellHarness h(&m_nam);
    QVERIFY(h.load());
    ui::MainWindow *w = h.window();
    QVERIFY(w->instanceModel()->rowCount() > 0);
    w->statusTabs()->setCurrentIndex(2);
    QCOMPARE(w->headerStrip()->sandboxBadge()->isVisibleTo(w), true);

    h.shell->openSettings(true);
    ui::AccountDialog *dialog = h.shell->accountsPage()->openAddDialog();
    fillAccountDialog(dialog, u"Second cloud"_s, other.baseUrl(), u"second-token"_s);
    QSignalSpy switched(h.shell.get(), &ui::AppShell::accountSwitched);
    dialog->submit();
    QVERIFY(switched.wait(15000));
    const QString id = switched.last().first().toString();
    QCOMPARE(h.shell->currentAccountId(), id);
    QCOMPARE(h.shell->client()->baseUrl(), other.baseUrl());
    QCOMPARE(AccountStore(&h.settings).currentAccountId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(w->isLoaded(), 15000);
    QCOMPARE(w->instanceModel()->rowCount(), 0); // the second cloud is empty
    QCOMPARE(h.window(), w);
    QCOMPARE(w->statusTabs()->currentIndex(), 2);
    QVERIFY(!w->headerStrip()->sandboxBadge()->isVisibleTo(w));
    QVERIFY(w->headerStrip()->accountButton()->text().contains(u"Second cloud"_s));

    // Back to the sandbox from the header's menu.
    QMenu *menu = w->headerStrip()->accountMenu();
    QAction *sandboxChoice = menu->actions().first();
    sandboxChoice->trigger();
    QTRY_COMPARE(h.shell->currentAccountId(), u"sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w->instanceModel()->rowCount() > 0, 15000);
    QVERIFY(w->headerStrip()->sandboxBadge()->isVisibleTo(w));
    QCOMPARE(w->statusTabs()->currentIndex(), 2);
    // Secrets never reach the settings file.
    h.settings.sync();
    QFile file(h.settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("second-token"));
}

void TestAppShell::badTokenAsksToSignInAgain()
{
    sandbox::EmbeddedSandbox other(otherCloud(u"good-token"_s, true));
    QVERIFY(other.start());
    ShellHarness h(&m_nam);
    QVERIFY(h.load());
    h.shell->openSettings(true);
    ui::AccountDialog *add = h.shell->accountsPage()->openAddDialog();
    fillAccountDialog(add, u"Team"_s, other.baseUrl(), u"good-token"_s);
    QSignalSpy switched(h.shell.get(), &ui::AppShell::accountSwitched);
    add->submit();
    QVERIFY(switched.wait(15000));
    h.shell->settingsDialog()->reject();
    ui::MainWindow *w = h.window();
    QTRY_VERIFY_WITH_TIMEOUT(w->isLoaded() && w->instanceModel()->rowCount() > 0, 15000);
    w->statusTabs()->setCurrentIndex(0);
    const QString selected = w->proxy()->index(0, 0).data(ui::InstanceModel::InstanceIdRole).toString();
    w->selectInstance(selected);
    QCOMPARE(w->selectedInstanceId(), selected);

    // The token stops working (revoked): the next answer is a bad-token reply.
    h.shell->client()->setToken(u"revoked-token"_s);
    w->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(h.shell->signInDialog(), 15000);
    ui::AccountDialog *signIn = h.shell->signInDialog();
    QCOMPARE(signIn->mode(), ui::AccountDialog::Mode::SignIn);
    QCOMPARE(signIn->account().name, u"Team"_s);
    QCOMPARE(h.window(), w);
    QCOMPARE(w->selectedInstanceId(), selected);

    QTest::keyClicks(signIn->tokenEdit(), u"still-wrong"_s);
    signIn->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy(), 15000);
    QVERIFY(!signIn->errorText().isEmpty());
    signIn->tokenEdit()->clear();
    QTest::keyClicks(signIn->tokenEdit(), u"good-token"_s);
    QSignalSpy refreshed(w, &ui::MainWindow::refreshed);
    signIn->submit();
    QVERIFY(refreshed.wait(15000));
    QTRY_VERIFY(!h.shell->signInDialog());
    QCOMPARE(w->selectedInstanceId(), selected);
    QCOMPARE(h.shell->currentAccountId(), switched.last().first().toString());
}

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
