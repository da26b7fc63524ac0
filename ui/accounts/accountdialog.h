// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/accountstore.h"
#include "ui/accounts/accountservices.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace glows {
class ApiRequest;
}

namespace glows::ui {

// Adds a Glows.ai account (name, server URL, SDK token) or signs in to one again (token only). The token is
// masked, pasted whitespace and line breaks are dropped, and one call checks it before anything is kept.
// A failed check explains itself and leaves every field as the user typed it.
class AccountDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        SignIn,
    };

    AccountDialog(Mode mode, AccountServices services, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // SignIn: the account whose token is asked for.
    void setAccount(const Account &account);
    Account account() const { return m_account; }
    // Why the token is asked for (expired token, no keychain); shown above the form.
    void setReason(const QString &text);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *tokenEdit() const { return m_token; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public slots:
    // Checks the entries and the token; on success the account (Add) is saved, the token remembered, and
    // signedIn() emitted before the dialog closes.
    void submit();

signals:
    // The token was verified and kept (in the keychain, or in memory only when `persisted` is false).
    void signedIn(const glows::Account &account, const QString &token, bool persisted);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void setBusy(bool busy);
    void showError(const QString &text);
    void keep(const Account &account, const QString &token);

    Mode m_mode;
    AccountServices m_services;
    Account m_account;
    QString m_reasonText;
    bool m_busy = false;
    QPointer<ApiRequest> m_check;

    QLabel *m_intro = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenHint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace glows::ui
