// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/sshpanel.h"

#include "ui/detail/detailwidgets.h"
#include "ui/formatting.h"
#include "ui/sshconfigsync.h"

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
    for (int i = 0; i < 5; ++i)
        m_names.append(new QLabel(this));
    m_editorRow = new QWidget(this);
    m_editorRow->setObjectName(u"editorRow"_s);
    auto *editorLayout = new QHBoxLayout(m_editorRow);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_names.at(0), row(this, m_command, {m_copyCommand, m_openTerminal}));
    form->addRow(m_names.at(1), row(this, m_port, {m_copyPort}));
    form->addRow(m_names.at(2), row(this, m_user, {m_copyUser}));
    form->addRow(m_names.at(3), row(this, m_password, {m_reveal, m_copyPassword}));
    form->addRow(m_names.at(4), m_editorRow);

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
    refreshEditors();
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
    const QStringList names{tr("SSH Command"), tr("Service Port"), tr("User"), tr("Password"), tr("Editor")};
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
    updateEditorButtons();
}

QString SshPanel::commandLine() const
{
    return m_target ? sshCommandLine(*m_target) : QString();
}

void SshPanel::setRevealed(bool revealed)
{
    m_password->setText(revealed ? m_passwordText : masked(m_passwordText));
    m_password->setTextInteractionFlags(revealed ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    m_reveal->setText(revealed ? tr("Hide") : tr("Reveal"));
}

void SshPanel::setSshConfig(SshConfigSync *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SshConfigSync::stateChanged, this, &SshPanel::onConfigStateChanged);
    updateEditorButtons();
}

QString SshPanel::configAlias() const
{
    if (!m_sync || !m_target)
        return {};
    return m_sync->aliasFor(*m_target).value_or(QString());
}

void SshPanel::refreshEditors()
{
    auto *layout = static_cast<QHBoxLayout *>(m_editorRow->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_editorButtons.clear();
    const QList<EditorLauncher::Editor> editors = m_editors.editors();
    // With none installed, one disabled button says which editors were looked for, instead of a row that
    // silently lacks the action.
    const int count = qMax(1, int(editors.size()));
    for (int i = 0; i < count; ++i) {
        auto *button = new QPushButton(m_editorRow);
        button->setObjectName(editors.isEmpty() ? u"openEditorMissing"_s
                                                : u"openEditor_"_s + editors.at(i).command);
        if (!editors.isEmpty())
            connect(button, &QPushButton::clicked, this, [this, i] { openEditor(i); });
        layout->addWidget(button);
        m_editorButtons.append(button);
    }
    layout->addStretch(1);
    updateEditorButtons();
}

void SshPanel::updateEditorButtons()
{
    const QList<EditorLauncher::Editor> editors = m_editors.editors();
    if (editors.isEmpty() && !m_editorButtons.isEmpty()) {
        QPushButton *button = m_editorButtons.first();
        button->setText(tr("Open in VS Code"));
        button->setEnabled(false);
        button->setToolTip(literalRichText(tr(
            "No VS Code, Cursor or VSCodium was found: looked for code, cursor and codium on the PATH and in "
            "the usual install folders. Install one with its Remote - SSH extension, then restart Glows "
            "Desktop.")));
        return;
    }
    const QString alias = configAlias();
    for (int i = 0; i < m_editorButtons.size() && i < editors.size(); ++i) {
        QPushButton *button = m_editorButtons.at(i);
        button->setText(tr("Open in %1").arg(editors.at(i).name));
        button->setEnabled(m_target.has_value());
        button->setToolTip(literalRichText(
            !alias.isEmpty()
                ? tr("Opens %1 in %2 over Remote-SSH (host %3).")
                      .arg(EditorLauncher::homeFolder(m_target ? m_target->user : QString()),
                           editors.at(i).name, alias)
                : tr("Needs the SSH config Glows Desktop keeps in ~/.ssh; you are asked before anything is "
                     "written.")));
    }
}

void SshPanel::onConfigStateChanged()
{
    updateEditorButtons();
    if (m_pendingEditor >= 0 && !configAlias().isEmpty())
        openEditor(std::exchange(m_pendingEditor, -1));
}

void SshPanel::openEditor(int index)
{
    const QList<EditorLauncher::Editor> editors = m_editors.editors();
    if (index < 0 || index >= editors.size() || !m_target)
        return;
    const QString alias = configAlias();
    if (alias.isEmpty()) {
        if (!m_sync) {
            emit message(tr("The SSH config is not available here."));
            return;
        }
        if (m_sync->isInPlace()) {
            emit message(tr("This instance is not in the SSH config yet; try again after the next refresh."));
            return;
        }
        m_pendingEditor = index;
        m_sync->offerToEnable(window());
        return;
    }
    const EditorLauncher::Editor &editor = editors.at(index);
    if (m_editors.open(editor, alias, EditorLauncher::homeFolder(m_target->user)))
        emit message(tr("Opening %1 on %2 in %3.")
                         .arg(EditorLauncher::homeFolder(m_target->user), alias, editor.name));
    else
        emit message(tr("%1 could not be started.").arg(editor.name));
}

TerminalLauncher::Result SshPanel::openTerminal()
{
    if (!m_target)
        return TerminalLauncher::Result::InvalidTarget;
    const QString alias = configAlias();
    const TerminalLauncher::Result result =
        alias.isEmpty() ? m_launcher.openSsh(*m_target) : m_launcher.openSshAlias(alias);
    switch (result) {
    case TerminalLauncher::Result::Started:
        emit message(
            tr("Opened a terminal running %1.").arg(alias.isEmpty() ? commandLine() : u"ssh "_s + alias));
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
    return result;
}

} // namespace glows::ui
