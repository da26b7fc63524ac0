// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/hostkeydialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

QLabel *plainLabel(QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyFacts &facts, QWidget *parent) : QDialog(parent), m_facts(facts)
{
    setObjectName(u"hostKeyDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_instanceName = plainLabel(this);
    m_instanceName->setObjectName(u"instanceName"_s);
    auto *instanceId = plainLabel(this, facts.instanceId);
    instanceId->setObjectName(u"instanceId"_s);
    auto *keyType = plainLabel(this, facts.keyType);
    keyType->setObjectName(u"keyType"_s);
    m_fingerprint = plainLabel(this, facts.fingerprint);
    m_fingerprint->setObjectName(u"fingerprint"_s);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setWordWrap(true);
    m_outro = new QLabel(this);
    m_outro->setWordWrap(true);
    m_outro->setTextFormat(Qt::PlainText);

    m_instanceNameName = new QLabel(this);
    m_instanceIdName = new QLabel(this);
    m_keyTypeName = new QLabel(this);
    m_fingerprintName = new QLabel(this);
    m_instanceName->setText(facts.instanceName);
    auto *form = new QFormLayout;
    form->addRow(m_instanceNameName, m_instanceName);
    form->addRow(m_instanceIdName, instanceId);
    form->addRow(m_keyTypeName, keyType);
    form->addRow(m_fingerprintName, m_fingerprint);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(u"trust"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancel"_s);
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_outro);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslate();
}

void HostKeyDialog::retranslate()
{
    setWindowTitle(tr("New Host Key"));
    m_intro->setText(
        tr("This is the first SSH connection to this instance from this computer. Check its host "
           "key before you trust it:"));
    m_instanceNameName->setText(tr("Instance"));
    m_instanceIdName->setText(tr("Instance ID"));
    m_keyTypeName->setText(tr("Key type"));
    m_fingerprintName->setText(tr("Fingerprint"));
    m_outro->setText(tr("Once trusted, the key is stored for this instance ID. If the instance ever presents "
                        "another key, the connection is refused."));
    m_trust->setText(tr("&Trust"));
    m_trust->setToolTip(tr("Store this key for %1 and connect").arg(m_facts.instanceId));
    m_cancel->setText(tr("Cancel"));
}

void HostKeyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QMessageBox *showHostKeyChanged(const HostKeyFacts &facts, const QString &knownHostsPath, QWidget *parent)
{
    const QString name = facts.instanceName.isEmpty() ? facts.instanceId : facts.instanceName;
    auto *box = new QMessageBox(
        QMessageBox::Critical, HostKeyDialog::tr("Host Key Changed"),
        HostKeyDialog::tr("The connection to %1 (%2) was refused: its SSH host key is not the one stored "
                          "at the first connection.")
            .arg(name, facts.instanceId),
        QMessageBox::Close, parent);
    box->setObjectName(u"hostKeyChanged"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        HostKeyDialog::tr(
            "Someone may be intercepting the connection, or the instance's SSH server was set up "
            "again. The app never accepts a changed key. If you know why it changed, delete "
            "the line starting with %1 from %2; the next connection then asks again.\n\n"
            "Key presented: %3 %4")
            .arg(facts.instanceId, knownHostsPath, facts.keyType, facts.fingerprint));
    // The informative label is Qt's own; the name in it is server text, so it is made plain explicitly.
    if (auto *informative = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace glows::ui
