// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/portforwarddialog.h"

#include "core/terminal.h"
#include "ui/settings/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

PortForwardDialog::PortForwardDialog(QList<int> forwardedPorts, QWidget *parent)
    : QDialog(parent), m_forwarded(std::move(forwardedPorts))
{
    m_port = new QLineEdit(this);
    m_port->setObjectName(u"servicePort"_s);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(u"protocol"_s);
    m_protocol->addItem(QString(), u"tcp"_s);
    m_protocol->addItem(QString(), u"https"_s);
    m_advice = new QLabel(this);
    m_advice->setObjectName(u"advice"_s);
    m_advice->setWordWrap(true);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingAdvice"_s);
    m_pending->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    setTextColor(m_problem, ColorRole::Error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_portLabel = new QLabel(this);
    m_protocolLabel = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(m_portLabel, m_port);
    form->addRow(m_protocolLabel, m_protocol);
    form->addRow(QString(), m_advice);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pending);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_port, &QLineEdit::textChanged, this, &PortForwardDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isInputValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void PortForwardDialog::retranslate()
{
    setWindowTitle(m_editingPort > 0 ? tr("Edit Port Forwarding") : tr("New Port Forwarding"));
    m_port->setPlaceholderText(tr("1–65535"));
    m_protocol->setItemText(0, tr("TCP"));
    m_protocol->setItemText(1, tr("HTTPS"));
    m_advice->setText(tr("The default is TCP. To forward a web service (for example JupyterLab or a "
                         "dashboard), choose HTTPS to enable encrypted access, which keeps the browser "
                         "connection secure."));
    m_pending->setText(
        tr("A new port forward shows as pending until its address is ready, usually within 10–20 seconds."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
    m_portLabel->setText(tr("Service Port"));
    m_protocolLabel->setText(tr("Protocol"));
    validate();
}

void PortForwardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PortForwardDialog::setEditing(int currentPort, const QString &protocol)
{
    m_editingPort = currentPort;
    setWindowTitle(tr("Edit Port Forwarding"));
    setPort(currentPort);
    setProtocol(protocol);
}

void PortForwardDialog::setPort(int port)
{
    m_port->setText(QString::number(port));
}

int PortForwardDialog::port() const
{
    bool ok = false;
    const int value = m_port->text().toInt(&ok);
    return ok ? value : 0;
}

QString PortForwardDialog::protocol() const
{
    return m_protocol->currentData().toString();
}

void PortForwardDialog::setProtocol(const QString &protocol)
{
    const int index = m_protocol->findData(protocol.toLower());
    // "http" from the server is the same web choice as HTTPS in this form.
    m_protocol->setCurrentIndex(index >= 0 ? index
                                           : (protocol.startsWith("http"_L1, Qt::CaseInsensitive) ? 1 : 0));
}

bool PortForwardDialog::isInputValid() const
{
    const int value = port();
    return isValidPort(value) && (value == m_editingPort || !m_forwarded.contains(value));
}

void PortForwardDialog::validate()
{
    const int value = port();
    QString problem;
    if (m_port->text().isEmpty())
        problem = tr("Enter the service port inside the instance.");
    else if (!isValidPort(value))
        problem = tr("The service port must be between 1 and 65535.");
    else if (value != m_editingPort && m_forwarded.contains(value))
        problem = tr("Port %1 is already forwarded.").arg(value);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace glows::ui
