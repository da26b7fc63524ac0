// SPDX-License-Identifier: Apache-2.0
#include "ui/appshell.h"

#include "api/secretstore.h"
#include "core/logging.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountspage.h"
#include "ui/detail/detailpane.h"
#include "ui/guard/guardcontroller.h"
#include "ui/guard/guardhistorydialog.h"
#include "ui/guard/guardpage.h"
#include "ui/headerstrip.h"
#include "ui/mainwindow.h"
#include "ui/notify/notifier.h"
#include "ui/settings/autostart.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/sshsettingspage.h"
#include "ui/settings/theme.h"
#include "ui/sshconfigsync.h"
#include "ui/traycontroller.h"

#include <QApplication>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace glows::ui {

AppShell::AppShell(ShellOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_prefs(m_options.settings),
      m_accounts(m_options.settings), m_tokens(m_options.secrets),
      m_client(m_options.nam, m_options.sandboxUrl, m_options.sandboxToken),
      m_guard(std::make_unique<GuardController>(&m_client, m_options.settings, m_options.guardHistoryPath))
{
    m_current = builtInSandbox();
    connect(&m_prefs, &AppSettings::languageChanged, &m_translations, &Translations::install);
    // The built-in sandbox's name is a translated text.
    connect(&m_prefs, &AppSettings::languageChanged, this, [this] {
        if (const std::optional<Account> account = m_accounts.account(m_current.id); account && m_window)
            m_window->setAccountName(account->name);
        updateAccountChoices();
    });
    connect(&m_prefs, &AppSettings::themeChanged, this, [](AppSettings::Theme theme) { applyTheme(theme); });
    connect(&m_prefs, &AppSettings::changed, this, &AppShell::applyPreferences);
    connect(&m_client, &GlowsClient::authenticationFailed, this, &AppShell::onAuthenticationFailed);
    m_sshConfig = std::make_unique<SshConfigSync>(m_options.settings, SshConfigFiles::forCurrentUser());
}

AppShell::~AppShell()
{
    // The window's destructor saves its layout into the settings, which outlive the shell.
    m_window.reset();
    m_guard.reset();
}

Account AppShell::builtInSandbox() const
{
    Account sandbox = AccountStore::builtInSandbox();
    sandbox.serverUrl = m_options.sandboxUrl;
    return sandbox;
}

void AppShell::createWindow()
{
    if (m_window)
        return;
    m_translations.install(m_prefs.effectiveLanguage());
    applyTheme(m_prefs.theme());
    m_window = std::make_unique<MainWindow>(AppContext{&m_client, m_options.settings, true, m_guard.get()});
    m_guard->attach(m_window.get());
    // The managed SSH config follows the list: every applied answer, and an empty list on an account switch.
    connect(m_window.get(), &MainWindow::instancesListed, m_sshConfig.get(), &SshConfigSync::setInstances);
    connect(m_window->listQuery(), &LiveQuery::reset, m_sshConfig.get(),
            &SshConfigSync::clearForAccountSwitch);
    m_window->detailPane()->setSshConfig(m_sshConfig.get());
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window.get(), &MainWindow::guardHistoryRequested, this, &AppShell::openGuardHistory);
    connect(m_window.get(), &MainWindow::manageAccountsRequested, this, [this] { openSettings(true); });
    connect(m_window->headerStrip(), &HeaderStrip::accountChosen, this, &AppShell::switchAccount);
}

void AppShell::start()
{
    createWindow();
    applyPreferences();
    // The sandbox answers at once; a remembered Glows.ai account follows as soon as its token is read.
    const QString remembered = m_accounts.currentAccountId();
    applyAccount(builtInSandbox(), m_options.sandboxToken, false);
    if (remembered != m_current.id)
        switchAccount(remembered);
}

void AppShell::startInTray()
{
    if (!m_window)
        return;
    if (m_window->tray()->isAvailable()) {
        QApplication::setQuitOnLastWindowClosed(false);
        return;
    }
    m_window->showMinimized();
}

void AppShell::raiseWindow()
{
    if (!m_window)
        return;
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppShell::showNotice(const QString &text)
{
    if (text.isEmpty() || !m_window)
        return;
    qCWarning(lcUi).noquote() << text;
    m_window->statusBar()->showMessage(text);
}

void AppShell::applyPreferences()
{
    if (!m_window)
        return;
    m_window->setRefreshIntervals(m_prefs.refreshSteadySeconds(), m_prefs.refreshTransitionSeconds(),
                                  m_prefs.refreshHiddenSeconds());
    m_window->setNotificationsEnabled(m_prefs.notificationsEnabled());
    m_window->setClipboardClearSeconds(m_prefs.clipboardClearSeconds());
}

void AppShell::switchAccount(const QString &accountId)
{
    const std::optional<Account> account = m_accounts.account(accountId);
    if (!account) {
        qCInfo(lcUi) << "no such account:" << accountId;
        return;
    }
    if (account->isBuiltIn()) {
        applyAccount(builtInSandbox(), m_options.sandboxToken);
        return;
    }
    m_tokens.tokenFor(*account, this, [this, account = *account](const AccountTokens::Lookup &lookup) {
        if (lookup.ok())
            return applyAccount(account, lookup.value());
        switch (lookup.error().kind) {
        case TokenMissing::Kind::NeedsToken:
            askForToken(account, tr("You are not signed in to “%1”. Enter its SDK token.").arg(account.name));
            break;
        case TokenMissing::Kind::NeedsTokenNoKeychain:
            askForToken(account, tr("No keychain is available on this system, so tokens cannot be stored. "
                                    "Enter the SDK token for “%1”; it is kept in memory until you quit.")
                                     .arg(account.name));
            break;
        case TokenMissing::Kind::Failed:
            qCInfo(lcUi) << "keychain read failed:" << lookup.error().detail;
            askForToken(
                account,
                tr("The keychain did not give out the token of “%1”. Enter it again.").arg(account.name));
            break;
        }
    });
}

void AppShell::applyAccount(const Account &account, const QString &token, bool remember)
{
    const bool sandbox = account.kind == Account::Kind::Sandbox;
    m_current = account;
    // Ends every call of the previous account first; each view drops its data and fetches anew.
    m_client.switchAccount(account.serverUrl, token);
    if (remember)
        m_accounts.setCurrentAccountId(account.id);
    if (m_window)
        m_window->setAccount(account.name, sandbox);
    // The guard's rules are per account; its runner drops the previous account's state and countdowns.
    m_guard->setAccount(account.id);
    updateAccountChoices();
    if (m_accountsPage)
        m_accountsPage->reload();
    qCInfo(lcUi) << "account in use:" << account.id;
    emit accountSwitched(account.id);
}

void AppShell::askForToken(const Account &account, const QString &reason)
{
    if (m_signIn) {
        if (m_signIn->account().id == account.id)
            return; // already asking
        m_signIn->reject();
    }
    auto *dialog = new AccountDialog(AccountDialog::Mode::SignIn,
                                     AccountServices{&m_accounts, &m_tokens, m_options.nam}, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(account);
    dialog->setReason(reason);
    connect(dialog, &AccountDialog::signedIn, this,
            [this](const Account &signedIn, const QString &token, bool persisted) {
                if (signedIn.id == m_current.id) {
                    // Same account, new token: the window keeps everything and simply asks again.
                    m_client.setToken(token);
                    m_window->refreshNow();
                } else {
                    applyAccount(signedIn, token);
                }
                if (!persisted)
                    m_window->statusBar()->showMessage(
                        tr("No keychain: the token is kept in memory and asked for again at the next start."),
                        10000);
            });
    m_signIn = dialog;
    dialog->open();
}

void AppShell::onAuthenticationFailed(const ApiError &error)
{
    qCInfo(lcUi) << "authentication failed:" << error.detail();
    if (!m_current.needsStoredToken() || !m_window)
        return; // the sandbox's token is not the user's to change; the error panel explains it
    askForToken(m_current, tr("The server no longer accepts the token of “%1” (it may have expired or been "
                              "revoked). Sign in again; the window keeps its state.")
                               .arg(m_current.name));
}

void AppShell::onSignedOut(const QString &accountId)
{
    if (accountId != m_current.id)
        return;
    applyAccount(builtInSandbox(), m_options.sandboxToken);
    m_window->statusBar()->showMessage(tr("Signed out; now using the local sandbox."), 8000);
}

void AppShell::updateAccountChoices()
{
    if (!m_window)
        return;
    QList<QPair<QString, QString>> choices;
    for (const Account &account : m_accounts.accounts())
        choices.append({account.id, account.name});
    m_window->headerStrip()->setAccountChoices(choices, m_current.id);
}

SettingsDialog *AppShell::openSettings(bool accountsPage)
{
    if (!m_settingsDialog) {
        auto *dialog = new SettingsDialog(&m_prefs, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *page = new AccountsPage(AccountServices{&m_accounts, &m_tokens, m_options.nam}, dialog);
        dialog->insertPage(0, page, tr("Accounts"));
        dialog->pages()->setCurrentIndex(1);
        dialog->insertPage(1, new SshSettingsPage(m_sshConfig.get(), dialog), tr("SSH"));
        connect(page, &AccountsPage::useRequested, this, &AppShell::switchAccount);
        connect(page, &AccountsPage::signedIn, this,
                [this](const Account &account, const QString &token) { applyAccount(account, token); });
        connect(page, &AccountsPage::signedOut, this, &AppShell::onSignedOut);
        connect(page, &AccountsPage::removed, this, [this](const QString &id) {
            onSignedOut(id);
            updateAccountChoices();
        });
        auto *guardPage = new GuardPage(dialog);
        guardPage->load(m_guard->rules(), m_guard->isEnabled());
        guardPage->setIdleRuleAvailable(m_guard->idleRuleAvailable());
        guardPage->setSampleOrigin(m_guard->sampleOrigin());
        guardPage->setNotificationBackend(m_window ? m_window->notifier()->backendName() : QString());
        auto *autostart = new Autostart;
        connect(guardPage, &QObject::destroyed, this, [autostart] { delete autostart; });
        guardPage->setAutostart(autostart);
        dialog->insertPage(dialog->pages()->count(), guardPage, tr("Guard"));
        connect(m_guard.get(), &GuardController::idleRuleAvailabilityChanged, guardPage,
                &GuardPage::setIdleRuleAvailable);
        connect(m_guard.get(), &GuardController::sampleOriginChanged, guardPage, &GuardPage::setSampleOrigin);
        connect(dialog, &QDialog::accepted, this, [this, guardPage] {
            m_guard->setRules(guardPage->rules(), guardPage->guardEnabled());
            guardPage->applyAutostart();
        });
        m_settingsDialog = dialog;
        m_accountsPage = page;
        m_guardPage = guardPage;
        dialog->open();
    }
    if (accountsPage)
        m_settingsDialog->pages()->setCurrentWidget(m_accountsPage);
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

} // namespace glows::ui

namespace glows::ui {

GuardHistoryDialog *AppShell::openGuardHistory()
{
    if (!m_guardHistory) {
        auto *dialog = new GuardHistoryDialog(m_guard->history(), m_current.id, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_guardHistory = dialog;
        dialog->open();
    }
    m_guardHistory->raise();
    m_guardHistory->activateWindow();
    return m_guardHistory;
}

} // namespace glows::ui
