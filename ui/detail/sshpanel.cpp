// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/sshpanel.h"

#include "ui/detail/detailwidgets.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

QWidget *row(QWidget *parent, QLabel *value, std::initializer_list<QWidget *> buttons)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(value, 1);
    for (QWidget *button : buttons)
        layout->addWidget(button);
    return box;
}

QString masked(const QString &password)
{
    return password.isEmpty() ? QString() : QString(qMax<qsizetype>(8, password.size()), QChar(0x2022));
}

} // namespace

SshPanel::SshPanel(QWidget *parent) : QGroupBox(parent), m_secretClipboard(new SecretClipboard(this))
{
    m_command = makeValueLabel(this);
    m_command->setObjectName(u"sshCommand"_s);
    QFont mono = m_command->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_command->setFont(mono);
    m_port = makeValueLabel(this);
    m_port->setObjectName(u"servicePort"_s);
    m_user = makeValueLabel(this);
    m_user->setObjectName(u"sshUser"_s);
    m_password = makeValueLabel(this);
    m_password->setObjectName(u"password"_s);
    m_password->setTextInteractionFlags(Qt::NoTextInteraction);

    m_copyCommand = makeCopyButton(this, QString());
    m_copyCommand->setObjectName(u"copyCommand"_s);
    m_openTerminal = new QPushButton(this);
    m_openTerminal->setObjectName(u"openTerminal"_s);
    m_copyPort = makeCopyButton(this, QString());
    m_copyUser = makeCopyButton(this, QString());
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(u"revealPassword"_s);
    m_reveal->setCheckable(true);
    styleToolButton(m_reveal, ButtonIcon::Reveal);
    m_copyPassword = makeCopyButton(this, QString());
    m_copyPassword->setObjectName(u"copyPassword"_s);

    auto *form = new QFormLayout(this);
    for (int i = 0; i < 4; ++i)
        m_names.append(new QLabel(this));
    form->addRow(m_names.at(0), row(this, m_command, {m_copyCommand, m_openTerminal}));
    form->addRow(m_names.at(1), row(this, m_port, {m_copyPort}));
    form->addRow(m_names.at(2), row(this, m_user, {m_copyUser}));
    form->addRow(m_names.at(3), row(this, m_password, {m_reveal, m_copyPassword}));

    connect(m_copyCommand, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(commandLine());
        emit message(tr("SSH command copied."));
    });
    connect(m_copyPort, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_port->text()); });
    connect(m_copyUser, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_user->text()); });
    connect(m_copyPassword, &QToolButton::clicked, this, [this] {
        m_secretClipboard->copy(m_passwordText);
        emit message(tr("Password copied. It is cleared from the clipboard after %1 s.")
                         .arg(m_secretClipboard->clearDelay().count() / 1000));
    });
    connect(m_reveal, &QToolButton::toggled, this, &SshPanel::setRevealed);
    connect(m_openTerminal, &QPushButton::clicked, this, &SshPanel::openTerminal);
    retranslate();
}

void SshPanel::retranslate()
{
    retranslateCopyButton(m_copyCommand, tr("Copy the SSH command"));
    m_copyCommand->setText(tr("Copy Command"));
    m_openTerminal->setText(tr("Open in Terminal"));
    retranslateCopyButton(m_copyPort, tr("Copy the service port"));
    retranslateCopyButton(m_copyUser, tr("Copy the user"));
    updateCopyPasswordTip();
    const QStringList names{tr("SSH Command"), tr("Service Port"), tr("User"), tr("Password")};
    for (qsizetype i = 0; i < names.size(); ++i)
        m_names.at(i)->setText(names.at(i));
    setAccess(m_ssh ? &*m_ssh : nullptr, m_credentials);
}

void SshPanel::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    m_secretClipboard->setClearDelay(delay);
    updateCopyPasswordTip();
}

void SshPanel::updateCopyPasswordTip()
{
    retranslateCopyButton(m_copyPassword, tr("Copy the password; it is cleared from the clipboard after %1 s")
                                              .arg(m_secretClipboard->clearDelay().count() / 1000));
}

void SshPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void SshPanel::setAccess(const Access *ssh, const SshCred &credentials)
{
    m_ssh = ssh ? std::optional(*ssh) : std::nullopt;
    m_credentials = credentials;
    setTitle(tr("SSH Port %1").arg(ssh ? ssh->listenPort : 22));
    m_target = ssh ? sshTargetFromUrl(QUrl(ssh->url), credentials.user) : std::nullopt;
    if (m_target) {
        m_command->setText(commandLine());
        m_port->setText(QString::number(m_target->port));
    } else if (ssh && ssh->isPending()) {
        m_command->setText(tr("Pending: the address appears once the port is mapped."));
        m_port->clear();
    } else {
        m_command->setText(ssh ? tr("The server sent an SSH address that is not valid: %1").arg(ssh->url)
                               : tr("This instance has no SSH access."));
        m_port->clear();
    }
    m_user->setText(credentials.user);
    if (credentials.password != m_passwordText)
        m_reveal->setChecked(false);
    m_passwordText = credentials.password;
    setRevealed(m_reveal->isChecked());
    m_copyCommand->setEnabled(m_target.has_value());
    m_openTerminal->setEnabled(m_target.has_value());
    m_copyPort->setEnabled(m_target.has_value());
    m_copyUser->setEnabled(!credentials.user.isEmpty());
    m_reveal->setEnabled(!m_passwordText.isEmpty());
    m_copyPassword->setEnabled(!m_passwordText.isEmpty());
}

QString SshPanel::commandLine() const
{
    return m_target ? sshCommandLine(*m_target) : QString();
}

void SshPanel::setRevealed(bool revealed)
{
    m_revealed = revealed;
    m_password->setText(revealed ? m_passwordText : masked(m_passwordText));
    m_password->setTextInteractionFlags(revealed ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    m_reveal->setText(revealed ? tr("Hide") : tr("Reveal"));
}

void SshPanel::openTerminal()
{
    if (!m_target)
        return;
    switch (m_launcher.openSsh(*m_target)) {
    case TerminalLauncher::Result::Started:
        emit message(tr("Opened a terminal running %1.").arg(commandLine()));
        break;
    case TerminalLauncher::Result::InvalidTarget:
        emit message(tr("The SSH host or port is not valid, so no terminal was opened."));
        break;
    case TerminalLauncher::Result::NoTerminal:
        emit message(tr("No terminal program was found. Copy the command and run it in your terminal."));
        break;
    case TerminalLauncher::Result::StartFailed:
        emit message(tr("The terminal could not be started. Copy the command and run it in your terminal."));
        break;
    }
}

} // namespace glows::ui
