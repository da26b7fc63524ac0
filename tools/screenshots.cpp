// SPDX-License-Identifier: Apache-2.0
// glows-screenshots: renders the app window (as glows-desktop builds it, through AppShell) on each status tab
// and the Snapshots page, the Settings dialog's pages, the account dialogs and the action dialogs offscreen
// into docs/screenshots/, at 100 % and (through a second run of itself with QT_SCALE_FACTOR=2) at 200 %.
// Usage: QT_QPA_PLATFORM=offscreen build/bin/glows-screenshots [output-dir] [language] [dark]
// A language other than "en" (e.g. "ja") adds "-ja" to every file name; "dark" renders the Dark theme at 100
// % only, adding "-dark".
#include "guardscreenshots.h"

#include "api/glowsclient.h"
#include "api/secretstore.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/aboutdialog.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountspage.h"
#include "ui/appshell.h"
#include "ui/create/newinstancedialog.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/portforwarddialog.h"
#include "ui/dialogs/releasedialog.h"
#include "ui/dialogs/snapshotdialog.h"
#include "ui/headerstrip.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/offlinebanner.h"
#include "ui/settings/settingsdialog.h"
#include "ui/snapshots/snapshotmodel.h"
#include "ui/snapshots/snapshotspage.h"
#include "ui/sshconfigsync.h"
#include "ui/translations.h"
#include "ui/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

using screenshots::settle;
using screenshots::waitFor;

bool save(QWidget *widget, const QString &dir, const QString &name, const QString &suffix);

// Saves the confirmation box `trigger` opens (modal, with exec() or open()) and dismisses it with Cancel, so
// nothing is deleted or closed.
bool saveConfirmation(const std::function<void()> &trigger, const QString &dir, const QString &name,
                      const QString &suffix)
{
    bool saved = false;
    bool seen = false;
    QTimer::singleShot(400, [&] {
        if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            seen = true;
            saved = save(box, dir, name, suffix);
            box->reject();
        }
    });
    trigger();
    waitFor([&] { return seen; }, 3000);
    if (!seen)
        QTextStream(stderr) << "no confirmation box for " << name << Qt::endl;
    return saved;
}

bool save(QWidget *widget, const QString &dir, const QString &name, const QString &suffix)
{
    const QString path = QDir(dir).filePath(name + suffix + u".png"_s);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

quint16 deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The Settings dialog on each page, and the account dialogs (empty, and after a failed verification).
bool renderSettings(ui::AppShell &shell, QNetworkAccessManager *nam, const QString &dir,
                    const QString &suffix)
{
    bool ok = true;
    ui::SettingsDialog *dialog = shell.openSettings(true);
    dialog->resize(640, 420);
    const QStringList pages{u"settings-accounts"_s, u"settings-ssh"_s, u"settings-general"_s,
                            u"settings-refresh"_s};
    for (int i = 0; i < pages.size(); ++i) {
        dialog->pages()->setCurrentIndex(i);
        settle();
        ok &= save(dialog, dir, pages.at(i), suffix);
    }
    {
        // Issue 19: the one-time consent for the managed SSH config (cancelled: nothing is written).
        QMessageBox *consent = shell.sshConfig()->offerToEnable(dialog);
        settle();
        ok &= save(consent, dir, u"dialog-ssh-config-consent"_s, suffix);
        consent->reject();
    }
    const ui::AccountServices services{shell.accounts(), shell.tokens(), nam};
    {
        ui::AccountDialog add(ui::AccountDialog::Mode::Add, services, dialog);
        add.show();
        settle();
        ok &= save(&add, dir, u"dialog-add-account"_s, suffix);
        add.nameEdit()->setText(u"Work"_s);
        add.serverEdit()->setText(u"http://127.0.0.1:%1/sdk/v1"_s.arg(deadPort()));
        add.tokenEdit()->setText(u"not-a-real-token"_s);
        add.submit();
        if (!waitFor([&] { return !add.isBusy(); }, 30000))
            return false;
        add.resize(add.width(), add.layout()->totalHeightForWidth(add.width()));
        settle();
        ok &= save(&add, dir, u"dialog-add-account-error"_s, suffix);
    }
    {
        ui::AccountDialog signIn(ui::AccountDialog::Mode::SignIn, services, dialog);
        signIn.setAccount(
            Account{u"work"_s, u"Work"_s, AccountStore::defaultGlowsServer(), Account::Kind::Glows});
        signIn.setReason(QCoreApplication::translate(
                             "glows::ui::AppShell",
                             "The server no longer accepts the token of “%1” (it may have expired or been "
                             "revoked). Sign in again; the window keeps its state.")
                             .arg(u"Work"_s));
        signIn.show();
        signIn.resize(signIn.width(), signIn.layout()->totalHeightForWidth(signIn.width()));
        settle();
        ok &= save(&signIn, dir, u"dialog-sign-in-again"_s, suffix);
    }
    dialog->reject();
    return ok;
}

int render(const QString &dir, const QString &suffix, const QString &language, bool dark)
{
    sandbox::SandboxOptions options;
    options.dataPath = u":memory:"_s; // the freshly seeded demo data every time
    sandbox::EmbeddedSandbox sandbox{options};
    if (!sandbox.start())
        return 2;
    QNetworkAccessManager nam;
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(u"preferences/language"_s, language);
    if (dark)
        settings.setValue(u"preferences/theme"_s, u"dark"_s);
    SecretStore secrets(u"glows-screenshots"_s);
    ui::ShellOptions shellOptions{&settings, &nam, &secrets, sandbox.baseUrl(), sandbox.token()};
    shellOptions.guardHistoryPath = settingsDir.filePath(u"guard-history.sqlite"_s); // not the user's
    ui::AppShell shell(shellOptions);
    // A pretend home for the paths the SSH settings show; the managed config is off, so nothing is written.
    shell.sshConfig()->setFiles(SshConfigFiles(u"/home/you"_s));
    shell.start();
    GlowsClient &client = *shell.client();
    ui::MainWindow &window = *shell.window();
    window.tray()->setClosePrompt(
        [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
    window.resize(1280, 800);
    window.show();
    if (!waitFor([&] { return window.isLoaded(); }))
        return 3;
    bool ok = true;
    const QStringList tabs{u"running"_s, u"snapshotting"_s, u"released"_s};
    for (int i = 0; i < tabs.size(); ++i) {
        window.statusTabs()->setCurrentIndex(i);
        window.instanceView()->selectRow(0);
        settle();
        ok &= save(&window, dir, u"main-"_s + tabs.at(i), suffix);
        if (i == 0 && suffix.isEmpty()) // the README's picture
            ok &= save(&window, dir, u"main-window"_s, suffix);
    }

    // The Monitor tab at the window's default size: every chart whole.
    window.statusTabs()->setCurrentIndex(0);
    window.instanceView()->selectRow(0);
    window.detailPane()->tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    waitFor([&] { return window.detailPane()->findChild<QWidget *>(u"chart5"_s)->isVisible(); });
    settle();
    ok &= save(&window, dir, u"main-monitor"_s, suffix);
    window.detailPane()->tabs()->setCurrentIndex(ui::DetailPane::AccessPage);

    window.searchBox()->setText(u"no-such-instance"_s);
    settle();
    ok &= save(&window, dir, u"main-empty-search"_s, suffix);
    window.searchBox()->clear();

    window.showPage(ui::MainWindow::SnapshotsPageIndex);
    if (!waitFor([&] { return window.snapshotsPage()->model()->rowCount() > 0; }))
        return 7;
    window.snapshotsPage()->view()->selectRow(0);
    settle();
    ok &= save(&window, dir, u"main-snapshots"_s, suffix);
    ok &= saveConfirmation(
        [&] { window.snapshotsPage()->findChild<QAction *>(u"deleteSnapshotAction"_s)->trigger(); }, dir,
        u"confirm-delete-snapshot"_s, suffix);
    window.showPage(ui::MainWindow::InstancesPage);
    window.headerStrip()->accountMenu()->popup(window.headerStrip()->accountButton()->mapToGlobal(
        window.headerStrip()->accountButton()->rect().bottomLeft()));
    settle();
    ok &= save(window.headerStrip()->accountMenu(), dir, u"menu-accounts"_s, suffix);
    window.headerStrip()->accountMenu()->hide();
    ok &= renderSettings(shell, &nam, dir, suffix);

    const ui::InstanceModel *model = window.instanceModel();
    const Instance *running = nullptr;
    for (int r = 0; r < model->rowCount() && !running; ++r) {
        if (model->instanceAt(r)->status.canTakeSnapshot())
            running = model->instanceAt(r);
    }
    if (!running)
        return 4;
    {
        ui::SnapshotDialog dialog(ui::AppContext{&client, &settings, true}, *running, &window);
        dialog.show();
        settle();
        ok &= save(&dialog, dir, u"dialog-take-snapshot"_s, suffix);
    }
    {
        // A failed request: the dialog stays open with the error (details expanded) and the input.
        GlowsClient dead(&nam, QUrl(u"http://127.0.0.1:%1/sdk/v1"_s.arg(deadPort())), u"t"_s);
        ui::SnapshotDialog dialog(ui::AppContext{&dead, &settings, true}, *running, &window);
        dialog.autoReleaseBox()->setChecked(true);
        dialog.show();
        dialog.submit();
        if (!waitFor([&] { return !dialog.isBusy(); }, 30000))
            return 6;
        dialog.errorPanel()->detailsButton()->click();
        settle();
        dialog.resize(dialog.width(), dialog.layout()->totalHeightForWidth(dialog.width()));
        settle();
        ok &= save(&dialog, dir, u"dialog-take-snapshot-error"_s, suffix);
    }
    {
        const MilliCredits cost = model->index(model->rowOf(running->instanceID), 0)
                                      .data(ui::InstanceModel::CostMilliRole)
                                      .toLongLong();
        ui::ReleaseDialog dialog(ui::AppContext{&client, &settings, true}, *running, cost, &window);
        dialog.show();
        settle();
        ok &= save(&dialog, dir, u"dialog-release"_s, suffix);
        emit dialog.whySaveLink()->linkActivated(u"#why"_s);
        dialog.adjustSize();
        settle();
        ok &= save(&dialog, dir, u"dialog-release-why"_s, suffix);
    }
    {
        // New Instance, with the catalogue loaded and the first machine in stock chosen.
        ui::NewInstanceDialog dialog(ui::AppContext{&client, &settings, true}, &window);
        dialog.show();
        auto *specs = dialog.findChild<QTableWidget *>(u"specTable"_s);
        waitFor([&] { return specs && specs->rowCount() > 0; }, 10000);
        if (specs && specs->rowCount() > 0)
            specs->selectRow(0);
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"llama-70b-finetune"_s);
        dialog.findChild<QLineEdit *>(u"portsEdit"_s)->setText(u"7860/https"_s);
        settle();
        ok &= save(&dialog, dir, u"dialog-new-instance"_s, suffix);
    }
    {
        ui::PortForwardDialog dialog(QList<int>{22, 8888}, &window);
        dialog.show();
        settle();
        ok &= save(&dialog, dir, u"dialog-new-port-forwarding"_s, suffix);
    }
    {
        ui::AboutDialog dialog(&window);
        dialog.show();
        settle();
        ok &= save(&dialog, dir, u"dialog-about"_s, suffix);
    }

    {
        // The confirmations of the Access tab and of closing while instances run.
        window.selectInstance(running->instanceID);
        window.detailPane()->tabs()->setCurrentIndex(ui::DetailPane::AccessPage);
        ui::AccessTab *access = window.detailPane()->accessTab();
        QString jupyter;
        waitFor([&] {
            for (const Access &a : access->shownAccesses()) {
                if (a.listenPort == 8888)
                    jupyter = a.id;
            }
            return !jupyter.isEmpty();
        });
        ok &= saveConfirmation([&] { access->confirmDeletePortForward(jupyter); }, dir,
                               u"confirm-delete-port-forwarding"_s, suffix);
        ok &= saveConfirmation([&] { ui::TrayController::askWithMessageBox(&window, 2, 98'000, true); }, dir,
                               u"confirm-close-while-running"_s, suffix);
    }

    // Offline: the sandbox goes away, the banner appears and the last data stays, marked stale.
    sandbox.stop();
    window.refreshNow();
    if (!waitFor([&] { return window.offlineBanner()->isOffline(); }))
        return 5;
    settle();
    ok &= save(&window, dir, u"main-offline"_s, suffix);
    window.close();
    ok &= screenshots::renderGuard(dir, suffix, language, dark);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool child = qEnvironmentVariableIsSet("GLOWS_SCREENSHOT_SCALE");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"glows-screenshots"_s);
    const QStringList args = QApplication::arguments();
    const QString dir = args.size() > 1 ? args.at(1) : u"docs/screenshots"_s;
    const QString language = args.size() > 2 ? args.at(2) : u"en"_s;
    const bool dark = args.size() > 3 && args.at(3) == "dark"_L1;
    QDir().mkpath(dir);
    // Strings whose translations are not in translations/*.ts yet (a branch's new texts): a .qm built from
    // them, named by GLOWS_SCREENSHOT_EXTRA_QM, is searched after the app's own translators.
    QTranslator extra;
    if (language != "en"_L1 && qEnvironmentVariableIsSet("GLOWS_SCREENSHOT_EXTRA_QM") &&
        extra.load(qEnvironmentVariable("GLOWS_SCREENSHOT_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    const QString suffix = (language == "en"_L1 ? QString() : u"-"_s + language) +
                           (dark ? u"-dark"_s : QString()) + (child ? u"@2x"_s : QString());
    const int rc = render(dir, suffix, language, dark);
    if (child || dark || rc != 0)
        return rc;
    // 200 %: the scale factor must be set before QApplication exists, so a second run of this tool does it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_SCALE_FACTOR"_s, u"2"_s);
    env.insert(u"GLOWS_SCREENSHOT_SCALE"_s, u"2"_s);
    QProcess scaled;
    scaled.setProcessEnvironment(env);
    scaled.setProcessChannelMode(QProcess::ForwardedChannels);
    scaled.start(QApplication::applicationFilePath(), {dir, language});
    scaled.waitForFinished(120000);
    return scaled.exitStatus() == QProcess::NormalExit ? scaled.exitCode() : 1;
}
