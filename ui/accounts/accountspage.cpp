// SPDX-License-Identifier: Apache-2.0
#include "ui/accounts/accountspage.h"

#include "api/accounttokens.h"
#include "ui/accounts/accountdialog.h"
#include "ui/dialogs/confirmation.h"
#include "ui/formatting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

AccountsPage::AccountsPage(AccountServices services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(u"accountsPage"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"accountList"_s);
    m_list->setAlternatingRowColors(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addAccountButton"_s);
    m_use = new QPushButton(this);
    m_use->setObjectName(u"useAccountButton"_s);
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeAccountButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_use, m_signIn, m_signOut, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsPage::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit useRequested(item->data(kIdRole).toString()); });
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::openAddDialog);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!selectedAccountId().isEmpty())
            emit useRequested(selectedAccountId());
    });
    connect(m_signIn, &QPushButton::clicked, this, &AccountsPage::openSignInDialog);
    connect(m_signOut, &QPushButton::clicked, this, &AccountsPage::signOutSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const std::optional<Account> account = m_services.store->account(selectedAccountId());
        if (!account || account->isBuiltIn())
            return;
        const QString id = account->id;
        confirmDestructive(this,
                           {tr("Remove Account"),
                            tr("Remove “%1”? Its token is deleted from the keychain. Instances keep running "
                               "on the server.")
                                .arg(account->name),
                            tr("Remove"), u"confirmRemoveAccount"_s},
                           [this, id] { removeAccount(id); });
    });
    reload();
    retranslate();
}

void AccountsPage::reload()
{
    const QString keep = selectedAccountId();
    const QString current = m_services.store->currentAccountId();
    m_list->clear();
    for (const Account &account : m_services.store->accounts()) {
        const QString server = account.serverUrl.toDisplayString();
        QString text = account.isBuiltIn() ? account.name : tr("%1 — %2").arg(account.name, server);
        if (account.id == current)
            text = tr("%1 (in use)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIdRole, account.id);
        item->setToolTip(literalRichText(server));
    }
    selectAccount(keep.isEmpty() ? current : keep);
    updateButtons();
}

QString AccountsPage::selectedAccountId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void AccountsPage::selectAccount(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void AccountsPage::updateButtons()
{
    const std::optional<Account> account = m_services.store->account(selectedAccountId());
    const bool stored = account && account->needsStoredToken();
    m_use->setEnabled(account && account->id != m_services.store->currentAccountId());
    m_signIn->setEnabled(stored);
    m_signOut->setEnabled(stored);
    m_remove->setEnabled(account && !account->isBuiltIn());
}

AccountDialog *AccountsPage::openAddDialog()
{
    auto *dialog = new AccountDialog(AccountDialog::Mode::Add, m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::signedIn, this,
            [this](const Account &account, const QString &token, bool persisted) {
                reload();
                selectAccount(account.id);
                m_status->setText(persisted
                                      ? tr("“%1” was added; its token is in the keychain.").arg(account.name)
                                      : tr("“%1” was added. No keychain is available, so the token is "
                                           "kept in memory until you quit.")
                                            .arg(account.name));
                emit signedIn(account, token, persisted);
            });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

AccountDialog *AccountsPage::openSignInDialog()
{
    const std::optional<Account> account = m_services.store->account(selectedAccountId());
    if (!account || !account->needsStoredToken())
        return nullptr;
    auto *dialog = new AccountDialog(AccountDialog::Mode::SignIn, m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(*account);
    connect(dialog, &AccountDialog::signedIn, this, &AccountsPage::signedIn);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void AccountsPage::signOutSelected()
{
    const std::optional<Account> account = m_services.store->account(selectedAccountId());
    if (!account || !account->needsStoredToken())
        return;
    m_services.tokens->forget(
        *account, this, [this, account = *account](const Result<Done, QString> &deleted) {
            m_status->setText(
                deleted.ok()
                    ? tr("Signed out of “%1”; its token was deleted.").arg(account.name)
                    : tr("The token of “%1” could not be deleted from the keychain.").arg(account.name));
            emit signedOut(account.id);
        });
}

void AccountsPage::removeAccount(const QString &accountId)
{
    const std::optional<Account> account = m_services.store->account(accountId);
    if (!account || account->isBuiltIn())
        return;
    m_services.tokens->forget(*account, this, [this, account = *account](const Result<Done, QString> &) {
        m_services.store->removeAccount(account.id);
        reload();
        m_status->setText(tr("“%1” was removed.").arg(account.name));
        emit removed(account.id);
    });
}

void AccountsPage::retranslate()
{
    m_intro->setText(
        tr("Glows Desktop works with the built-in local sandbox and with your Glows.ai accounts. "
           "Tokens are kept in your system's keychain, never in the settings file."));
    m_add->setText(tr("&Add Glows.ai Account…"));
    m_use->setText(tr("&Use"));
    m_signIn->setText(tr("Sign &In…"));
    m_signOut->setText(tr("Sign &Out"));
    m_remove->setText(tr("&Remove"));
    m_list->setAccessibleName(tr("Accounts"));
    if (auto *tabs = parentWidget() ? qobject_cast<QTabWidget *>(parentWidget()->parentWidget()) : nullptr)
        tabs->setTabText(tabs->indexOf(this), tr("Accounts"));
    reload();
}

void AccountsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace glows::ui
