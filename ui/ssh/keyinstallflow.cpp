// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/keyinstallflow.h"

#include "ssh/sshconnection.h"
#include "ssh/sshkeys.h"
#include "ui/ssh/sshservices.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace glows::ui {

KeyInstallFlow::KeyInstallFlow(SshServices *ssh, const Instance &instance, QWidget *parent)
    : QObject(parent), m_ssh(ssh), m_instance(instance), m_parent(parent), m_sshDir(sshkeys::userSshDir())
{}

KeyInstallFlow::~KeyInstallFlow()
{
    wipeSecret(m_instance.sshCred.password);
}

void KeyInstallFlow::start()
{
    if (!sshEndpointFor(m_instance)) {
        finish(false, tr("This instance has no SSH address yet, so no key can be installed."),
               MessageBar::Type::Warning);
        return;
    }
    if (const std::optional<QString> found = sshkeys::findPublicKey(m_sshDir)) {
        install(*found);
        return;
    }
    askToCreateKey();
}

void KeyInstallFlow::askToCreateKey()
{
    const QString path = QDir::toNativeSeparators(sshkeys::newKeyPath(m_sshDir));
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Create an SSH Key"),
                        tr("You have no SSH key yet. Create one now?"), QMessageBox::NoButton, m_parent);
    box->setObjectName(u"createSshKey"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Glows Desktop runs ssh-keygen to create an ed25519 key pair:\n%1 (the private key, which never "
           "leaves this computer)\n%1.pub (the public key, which is copied to the instance).\n\nThe private "
           "key has no passphrase: keep it as safe as a password. You can add a passphrase later with "
           "ssh-keygen -p.")
            .arg(path));
    if (auto *informative = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
    QPushButton *create = box->addButton(tr("Create Key"), QMessageBox::AcceptRole);
    create->setObjectName(u"createKey"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(create);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, create] {
        if (box->clickedButton() == create)
            createKey();
        else
            finish(false, tr("No key was created, so none was installed."), MessageBar::Type::Information);
    });
    box->open();
}

void KeyInstallFlow::createKey()
{
    emit progress(tr("Creating an SSH key…"));
    m_generator = new sshkeys::KeyGenerator(this);
    connect(m_generator, &sshkeys::KeyGenerator::finished, this,
            [this](const QString &publicKeyPath, const QString &error) {
                if (publicKeyPath.isEmpty()) {
                    finish(false, tr("The SSH key could not be created."), MessageBar::Type::Error, error);
                    return;
                }
                install(publicKeyPath);
            });
    m_generator->generate(sshkeys::newKeyPath(m_sshDir), sshkeys::KeyGenerator::Passphrase::None,
                          u"glows-desktop"_s);
}

void KeyInstallFlow::install(const QString &publicKeyPath)
{
    QString error;
    const std::optional<QString> line = sshkeys::readPublicKey(publicKeyPath, &error);
    if (!line) {
        finish(false, tr("Your public key could not be read."), MessageBar::Type::Error, error);
        return;
    }
    m_publicKeyPath = publicKeyPath;
    emit progress(tr("Installing %1 on the instance…").arg(QDir::toNativeSeparators(publicKeyPath)));
    m_connection = new SshConnection(*sshEndpointFor(m_instance), SshServices::authFor(m_instance),
                                     m_ssh->options(), this);
    m_ssh->openTrusted(m_connection, m_instance, m_parent, this, [this, line = *line](const auto &opened) {
        if (!opened.ok()) {
            const bool declined = opened.error().kind() == SshError::Kind::Cancelled;
            finish(false,
                   declined ? tr("The host key was not trusted, so the key was not installed.")
                            : tr("The key could not be installed: %1").arg(opened.error().userMessage()),
                   declined ? MessageBar::Type::Information : MessageBar::Type::Error,
                   opened.error().details());
            return;
        }
        m_connection->installPublicKey(line, this, [this](const SshResult<Done> &installed) {
            if (!installed.ok()) {
                finish(false, tr("The key could not be installed: %1").arg(installed.error().userMessage()),
                       MessageBar::Type::Error, installed.error().details());
                return;
            }
            emit m_ssh->keyInstalled(m_instance.instanceID, m_publicKeyPath);
            finish(true,
                   tr("Your key %1 is installed on %2. SSH, editors and tunnels can log in without the "
                      "password now.")
                       .arg(QDir::toNativeSeparators(m_publicKeyPath), m_instance.displayName()),
                   MessageBar::Type::Information);
        });
    });
}

void KeyInstallFlow::finish(bool ok, const QString &text, MessageBar::Type type, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->close();
    wipeSecret(m_instance.sshCred.password);
    emit finished(ok, text, type, detail);
    deleteLater();
}

} // namespace glows::ui
