// SPDX-License-Identifier: Apache-2.0
#include "guardscreenshots.h"

#include "api/accountstore.h"
#include "api/secretstore.h"
#include "guard/guardsettings.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/appshell.h"
#include "ui/detail/detailpane.h"
#include "ui/guard/guardcontroller.h"
#include "ui/guard/guardhistorydialog.h"
#include "ui/guard/guardhistorymodel.h"
#include "ui/guard/guardpage.h"
#include "ui/headerstrip.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/traycontroller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace glows::screenshots {
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int ms)
{
    waitFor([start = QDateTime::currentMSecsSinceEpoch(), ms] {
        return QDateTime::currentMSecsSinceEpoch() - start >= ms;
    });
}

namespace {
bool save(QWidget *widget, const QString &dir, const QString &name, const QString &suffix)
{
    const QString path = QDir(dir).filePath(name + suffix + u".png"_s);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}
} // namespace

bool renderGuard(const QString &dir, const QString &suffix, const QString &language, bool dark)
{
    sandbox::SandboxOptions options;
    options.dataPath = u":memory:"_s;
    options.speed = 60;
    sandbox::EmbeddedSandbox sandbox{options};
    if (!sandbox.start())
        return false;
    QNetworkAccessManager nam;
    QTemporaryDir tmp;
    QSettings settings(tmp.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(u"preferences/language"_s, language);
    if (dark)
        settings.setValue(u"preferences/theme"_s, u"dark"_s);
    GuardAccountRules rules;
    rules.defaults.idleMinutes = 1;
    rules.defaults.idleAutoAct = true;
    rules.defaults.graceMinutes = 30;
    rules.defaults.spendCapEnabled = true;
    rules.defaults.spendCap = 50'000;
    rules.defaults.readyEnabled = true;
    GuardSettings(&settings).save(QString(AccountStore::kBuiltInSandboxId), rules);
    SecretStore secrets(u"glows-screenshots"_s);
    ui::ShellOptions shellOptions{&settings, &nam, &secrets, sandbox.baseUrl(), sandbox.token()};
    shellOptions.guardHistoryPath = tmp.filePath(u"guard-history.sqlite"_s);
    ui::AppShell shell(shellOptions);
    shell.start();
    ui::MainWindow &window = *shell.window();
    window.tray()->setClosePrompt(
        [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
    shell.guard()->runner()->setPollIntervalMs(1000);
    window.resize(1280, 800);
    window.show();
    if (!waitFor([&] { return window.isLoaded(); }))
        return false;
    bool ok = true;

    // A row with its countdown: idle-notebook's GPU has been idle for a simulated minute.
    ui::InstanceModel *model = window.instanceModel();
    QString idleId;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->instanceAt(r)->displayName() == u"idle-notebook"_s)
            idleId = model->instanceAt(r)->instanceID;
    }
    if (idleId.isEmpty() || !waitFor([&] { return model->guardRow(idleId).countdownSeconds >= 0; }, 60000)) {
        QTextStream(stderr) << "no guard countdown on idle-notebook" << Qt::endl;
        return false;
    }
    window.statusTabs()->setCurrentIndex(0);
    window.selectInstance(idleId);
    window.detailPane()->tabs()->setCurrentIndex(ui::DetailPane::BillingPage);
    settle(600);
    ok &= save(&window, dir, u"main-guard-countdown"_s, suffix);
    waitFor([&] { return window.headerStrip()->runwayLabel()->isVisible(); });
    settle();
    ok &= save(window.headerStrip(), dir, u"header-runway"_s, suffix);

    // The history after "Keep running for 1 h".
    shell.guard()->onNotificationAction(ui::GuardController::notificationKey(GuardRule::Idle, idleId),
                                        QString(ui::GuardController::kKeepOneHour));
    ui::GuardHistoryDialog *history = shell.openGuardHistory();
    waitFor([&] { return history->model()->rowCount() >= 2; });
    history->resize(960, 360);
    settle();
    ok &= save(history, dir, u"guard-history"_s, suffix);
    history->close();

    ui::SettingsDialog *settingsDialog = shell.openSettings();
    settingsDialog->pages()->setCurrentWidget(shell.guardPage());
    settingsDialog->resize(720, 700); // the whole page, without its scroll bar
    settle();
    ok &= save(settingsDialog, dir, u"guard-settings"_s, suffix);
    settingsDialog->reject();
    window.close();
    return ok;
}

} // namespace glows::screenshots
