// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/accountstore.h"
#include "ui/accounts/accountservices.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace glows::ui {

class AccountDialog;

// The Accounts page of the Settings dialog: the configured accounts (the built-in sandbox first), adding a
// Glows.ai account, signing in and out, removing one, and switching to it.
class AccountsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(AccountServices services, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString selectedAccountId() const;
    void selectAccount(const QString &id);
    // The dialog opened by Add… or Sign In…, while it is open (a seam for tests).
    AccountDialog *openDialog() const { return m_dialog; }
    AccountDialog *openAddDialog();
    AccountDialog *openSignInDialog();
    // Signing out deletes the stored token; removing also deletes the account.
    void signOutSelected();
    void removeAccount(const QString &accountId);
    void reload();

signals:
    void useRequested(const QString &accountId);
    void signedIn(const glows::Account &account, const QString &token, bool persisted);
    void signedOut(const QString &accountId);
    void removed(const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    AccountServices m_services;
    QPointer<AccountDialog> m_dialog;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace glows::ui
