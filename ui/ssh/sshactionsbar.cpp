// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/sshactionsbar.h"

#include "ssh/sshendpoint.h"
#include "ssh/sshkeys.h"
#include "ui/ssh/keyinstallflow.h"
#include "ui/ssh/sshservices.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace glows::ui {

SshActionsBar::SshActionsBar(SshServices *ssh, QWidget *parent)
    : QWidget(parent), m_ssh(ssh), m_sshDir(sshkeys::userSshDir())
{
    setObjectName(u"sshActions"_s);
    m_useKey = new QPushButton(this);
    m_useKey->setObjectName(u"useMySshKey"_s);
    m_portLabel = new QLabel(this);
    m_port = new QLineEdit(this);
    m_port->setObjectName(u"localPortInput"_s);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(u"655350"_s) * 2);
    m_portLabel->setBuddy(m_port);
    m_openLocally = new QPushButton(this);
    m_openLocally->setObjectName(u"openLocally"_s);
    m_tunnels = new QPushButton(this);
    m_tunnels->setObjectName(u"showTunnels"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_useKey);
    layout->addSpacing(12);
    layout->addWidget(m_portLabel);
    layout->addWidget(m_port);
    layout->addWidget(m_openLocally);
    layout->addStretch();
    layout->addWidget(m_tunnels);

    connect(m_useKey, &QPushButton::clicked, this, &SshActionsBar::useMyKey);
    const auto openTyped = [this] {
        if (m_port->hasAcceptableInput())
            openLocally(m_port->text().toInt());
    };
    connect(m_openLocally, &QPushButton::clicked, this, openTyped);
    connect(m_port, &QLineEdit::returnPressed, this, openTyped);
    connect(m_port, &QLineEdit::textChanged, this, &SshActionsBar::updateState);
    connect(m_tunnels, &QPushButton::clicked, this, [this] { m_ssh->showTunnels(window()); });
    connect(m_ssh, &SshServices::tunnelReady, this,
            [this](quint64, const QString &instanceId, int port, const QUrl &url) {
                if (instanceId != m_instance.instanceID)
                    return;
                emit message(
                    tr("Port %1 of the instance is open at %2 (through SSH). It stays open until you "
                       "stop it in the tunnels list.")
                        .arg(port)
                        .arg(url.toString()),
                    MessageBar::Type::Information, {});
            });
    connect(m_ssh, &SshServices::tunnelFailed, this,
            [this](quint64, const QString &instanceId, int port, const QString &why) {
                if (instanceId == m_instance.instanceID)
                    emit message(tr("Port %1 could not be opened locally: %2").arg(port).arg(why),
                                 MessageBar::Type::Error, {});
            });
    retranslate();
}

void SshActionsBar::setInstance(const Instance &instance)
{
    m_instance = instance;
    updateState();
}

bool SshActionsBar::isReady() const
{
    return m_instance.status.canEditAccess() && sshEndpointFor(m_instance).has_value();
}

QString SshActionsBar::notReadyReason() const
{
    if (!m_instance.status.canEditAccess())
        return tr("Only while the instance is Running.");
    if (!sshEndpointFor(m_instance))
        return tr("The instance has no SSH address yet.");
    return {};
}

void SshActionsBar::updateState()
{
    const bool ready = isReady();
    const QString why = notReadyReason();
    m_useKey->setEnabled(ready && !m_flow);
    m_useKey->setToolTip(ready ? tr("Log in once with the instance's password and add your public key to its "
                                    "~/.ssh/authorized_keys, so later logins need no password")
                               : why);
    m_port->setEnabled(ready);
    m_openLocally->setEnabled(ready && m_port->hasAcceptableInput());
    m_openLocally->setToolTip(ready ? tr("Forward a free port on 127.0.0.1 to this port on the instance over "
                                         "SSH, then open it in the browser")
                                    : why);
}

void SshActionsBar::useMyKey()
{
    if (!isReady() || m_flow)
        return;
    auto *flow = new KeyInstallFlow(m_ssh, m_instance, this);
    flow->setSshDir(m_sshDir);
    m_flow = flow;
    connect(flow, &KeyInstallFlow::progress, this,
            [this](const QString &text) { emit message(text, MessageBar::Type::Information, {}); });
    connect(flow, &KeyInstallFlow::finished, this,
            [this, id = m_instance.instanceID](bool, const QString &text, MessageBar::Type type,
                                               const QString &detail) {
                m_flow = nullptr;
                updateState();
                // A flow of an instance no longer shown reports nothing here; its outcome is on the instance.
                if (id == m_instance.instanceID)
                    emit message(text, type, detail);
            });
    updateState();
    flow->start();
}

void SshActionsBar::openLocally(int remotePort)
{
    if (!isReady())
        return;
    emit message(tr("Opening port %1 locally…").arg(remotePort), MessageBar::Type::Information, {});
    m_ssh->openLocally(m_instance, remotePort, this);
}

void SshActionsBar::retranslate()
{
    m_useKey->setText(tr("Use My SSH Key"));
    m_portLabel->setText(tr("Port:"));
    m_port->setPlaceholderText(tr("e.g. 6006"));
    m_port->setAccessibleName(tr("Port on the instance to open locally"));
    m_openLocally->setText(tr("Open Locally"));
    m_tunnels->setText(tr("Tunnels…"));
    m_tunnels->setToolTip(tr("Every open tunnel with its traffic (View → Tunnels)"));
    updateState();
}

void SshActionsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace glows::ui
