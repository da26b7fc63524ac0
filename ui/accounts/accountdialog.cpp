// SPDX-License-Identifier: Apache-2.0
#include "ui/accounts/accountdialog.h"

#include "api/accounttokens.h"
#include "api/apirequest.h"
#include "api/tokencheck.h"
#include "core/logging.h"
#include "ui/settings/theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

AccountDialog::AccountDialog(Mode mode, AccountServices services, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_services(services)
{
    setObjectName(mode == Mode::Add ? u"addAccountDialog"_s : u"signInDialog"_s);
    buildUi();
    retranslate();
}

void AccountDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"reasonLabel"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    followTheme(m_reason, [this] {
        m_reason->setStyleSheet(
            u"QLabel#reasonLabel { background: %1; color: %2; border: 1px solid %3;"
            " border-radius: 4px; padding: 6px; }"_s.arg(themeColor(ColorRole::WarningBackground).name(),
                                                         themeColor(ColorRole::Warning).name(),
                                                         themeColor(ColorRole::WarningBorder).name()));
    });
    m_reason->hide();

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"accountName"_s);
    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverUrl"_s);
    m_server->setText(AccountStore::defaultGlowsServer().toString());
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"sdkToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_token->setMinimumWidth(360);
    // A token pasted from a web page or an e-mail often brings spaces or a line break along.
    connect(m_token, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString clean = AccountStore::normalizeToken(text);
        if (clean != text)
            m_token->setText(clean);
    });
    m_tokenHint = new QLabel(this);
    m_tokenHint->setWordWrap(true);
    setTextColor(m_tokenHint, ColorRole::Muted);
    m_error = new QLabel(this);
    m_error->setObjectName(u"accountError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(m_error, ColorRole::Error);
    m_error->hide();

    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setBuddy(m_token);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(QString(), m_tokenHint);
    if (m_mode == Mode::SignIn) {
        m_name->setReadOnly(true);
        m_server->setReadOnly(true);
        m_token->setFocus();
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void AccountDialog::retranslate()
{
    const bool add = m_mode == Mode::Add;
    setWindowTitle(add ? tr("Add Glows.ai Account") : tr("Sign In Again"));
    m_intro->setText(add ? tr("Connect Glows Desktop to your Glows.ai account. Create an SDK token in the "
                              "Glows.ai console and paste it below.")
                         : tr("Enter the SDK token for “%1”.").arg(m_account.name));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. Work"));
    m_serverLabel->setText(tr("&Server URL:"));
    m_tokenLabel->setText(tr("SDK &token:"));
    m_token->setPlaceholderText(tr("Paste your SDK token"));
    m_token->setAccessibleName(tr("SDK token"));
    m_tokenHint->setText(tr("The token is checked once before it is kept, and it is stored only in your "
                            "system's keychain."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(add ? tr("&Verify and Add") : tr("&Verify and Sign In"));
    m_reason->setText(m_reasonText);
}

void AccountDialog::setAccount(const Account &account)
{
    m_account = account;
    m_name->setText(account.name);
    m_server->setText(account.serverUrl.toString());
    retranslate();
}

void AccountDialog::setReason(const QString &text)
{
    m_reasonText = text;
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

QString AccountDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AccountDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_token->setEnabled(!busy);
    if (busy)
        showError(QString());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void AccountDialog::submit()
{
    if (m_busy)
        return;
    const QString name = m_name->text().trimmed();
    if (m_mode == Mode::Add && name.isEmpty()) {
        showError(tr("Enter a name for the account."));
        m_name->setFocus();
        return;
    }
    QString problem;
    const std::optional<QUrl> server = AccountStore::normalizeServerUrl(m_server->text(), &problem);
    if (!server) {
        showError(problem);
        m_server->setFocus();
        return;
    }
    const QString token = AccountStore::normalizeToken(m_token->text());
    if (token.isEmpty()) {
        showError(tr("Paste the SDK token."));
        m_token->setFocus();
        return;
    }
    setBusy(true);
    m_check = checkToken(m_services.nam, *server, token, this,
                         [this, name, server, token](const TokenCheck &check) {
                             if (!check.ok()) {
                                 qCInfo(lcUi) << "token check failed:" << check.error.detail();
                                 setBusy(false);
                                 showError(check.message());
                                 m_token->setFocus();
                                 return;
                             }
                             if (m_mode == Mode::SignIn) {
                                 keep(m_account, token);
                                 return;
                             }
                             QString error;
                             const std::optional<Account> added =
                                 m_services.store->addAccount(name, *server, Account::Kind::Glows, &error);
                             if (!added) {
                                 setBusy(false);
                                 showError(error);
                                 return;
                             }
                             keep(*added, token);
                         });
}

void AccountDialog::keep(const Account &account, const QString &token)
{
    m_account = account;
    m_services.tokens->remember(account, token, this, [this, token](const Result<Done, QString> &stored) {
        if (!stored.ok())
            qCInfo(lcUi) << "token kept in memory only:" << stored.error();
        setBusy(false);
        emit signedIn(m_account, token, stored.ok());
        accept();
    });
}

void AccountDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace glows::ui
