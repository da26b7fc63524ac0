// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/accountstore.h"
#include "api/accounttokens.h"
#include "api/apierror.h"
#include "api/glowsclient.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountspage.h"
#include "ui/guard/guardhistorydialog.h"
#include "ui/guard/guardpage.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/settingsdialog.h"
#include "ui/translations.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace glows {
class SecretStore;
}

namespace glows::ui {

class GuardController;
class MainWindow;
class SshConfigSync;

// What the app is made of besides the window, so main() only wires the embedded sandbox in.
struct ShellOptions
{
    QSettings *settings = nullptr;
    QNetworkAccessManager *nam = nullptr;
    SecretStore *secrets = nullptr;
    // The embedded sandbox: where the built-in "Sandbox (local, simulated)" account points.
    QUrl sandboxUrl;
    QString sandboxToken;
    // The guard's history file; empty: GuardHistory::defaultPath() (the app's data folder).
    QString guardHistoryPath = {};
};

// Owns the main window and what it works with: preferences (language, theme, refresh, notifications,
// clipboard delay), the accounts and their tokens, and the one GlowsClient. An account switch is an event of
// that client: it ends every call of the old account before the new server and token take effect, and every
// view's LiveQuery drops the old data; widgets keep their pointer to the client.
class AppShell final : public QObject
{
    Q_OBJECT
public:
    explicit AppShell(ShellOptions options, QObject *parent = nullptr);
    ~AppShell() override;

    // Installs the language and theme and builds the main window, without touching any server: main()
    // does this while the embedded sandbox starts on its own thread. start() calls it when it has not run.
    void createWindow();
    // Where the built-in sandbox account points, when it was not known at construction.
    void setSandboxUrl(const QUrl &url) { m_options.sandboxUrl = url; }
    // Applies the preferences and opens the remembered account (asking for its token when the keychain has
    // none). The caller shows window().
    void start();

    MainWindow *window() const { return m_window.get(); }
    // --minimized: the window stays in the tray (minimised where there is no tray); polling and the guard
    // run.
    void startInTray();
    // Shows the window in front, restored if it was minimised or hidden in the tray (a second start of the
    // app asks for this).
    void raiseWindow();
    // A message the user must see once, e.g. where a damaged sandbox data file went; stays in the status bar
    // until something replaces it. Does nothing for an empty text.
    void showNotice(const QString &text);
    AppSettings *preferences() { return &m_prefs; }
    AccountStore *accounts() { return &m_accounts; }
    AccountTokens *tokens() { return &m_tokens; }
    GlowsClient *client() { return &m_client; }
    Translations *translations() { return &m_translations; }
    GuardController *guard() const { return m_guard.get(); }
    // View → Guard History: the decisions and actions of the account in use.
    GuardHistoryDialog *openGuardHistory();
    GuardPage *guardPage() const { return m_guardPage; }
    QString currentAccountId() const { return m_current.id; }
    SshConfigSync *sshConfig() const { return m_sshConfig.get(); }

    // Points the client and the window at another account; when its token is missing, asks for it first
    // (the window stays on the current account until the user has signed in).
    void switchAccount(const QString &accountId);
    SettingsDialog *openSettings(bool accountsPage = false);
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    AccountsPage *accountsPage() const { return m_accountsPage; }
    // The open "sign in" prompt, if any (a seam for tests: it is opened with open(), never exec()).
    AccountDialog *signInDialog() const { return m_signIn; }

signals:
    void accountSwitched(const QString &accountId);

private:
    void applyPreferences();
    void applyAccount(const Account &account, const QString &token, bool remember = true);
    void askForToken(const Account &account, const QString &reason);
    void onAuthenticationFailed(const ApiError &error);
    void onSignedOut(const QString &accountId);
    void updateAccountChoices();
    Account builtInSandbox() const;

    ShellOptions m_options;
    AppSettings m_prefs;
    Translations m_translations;
    AccountStore m_accounts;
    AccountTokens m_tokens;
    GlowsClient m_client;
    std::unique_ptr<SshConfigSync> m_sshConfig;
    // Before the window, after the client: it outlives the window's rows and follows the client's account.
    std::unique_ptr<GuardController> m_guard;
    std::unique_ptr<MainWindow> m_window;
    Account m_current;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<AccountsPage> m_accountsPage;
    QPointer<AccountDialog> m_signIn;
    QPointer<GuardPage> m_guardPage;
    QPointer<GuardHistoryDialog> m_guardHistory;
};

} // namespace glows::ui
