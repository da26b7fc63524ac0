// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QMessageBox;
class QPushButton;

namespace glows::ui {

// What the user is shown about an instance's SSH host key.
struct HostKeyFacts
{
    QString instanceName;
    QString instanceId;
    QString keyType;     // "ssh-ed25519"
    QString fingerprint; // "SHA256:…"
};

// The first connection to an instance: its host key's fingerprint, to trust (stored, keyed by instance ID)
// or not. Trust is not the default button, so Enter does not accept a key unread.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyFacts &facts, QWidget *parent = nullptr);

    const HostKeyFacts &facts() const { return m_facts; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    HostKeyFacts m_facts;
    QLabel *m_intro = nullptr;
    QLabel *m_instanceName = nullptr;
    QLabel *m_instanceNameName = nullptr;
    QLabel *m_instanceIdName = nullptr;
    QLabel *m_keyTypeName = nullptr;
    QLabel *m_fingerprintName = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_outro = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
};

// A changed host key: the connection was refused. Explains why and how to undo a legitimate change; offers
// no way to accept the new key. Opened with open(), deleted on close; objectName "hostKeyChanged".
QMessageBox *showHostKeyChanged(const HostKeyFacts &facts, const QString &knownHostsPath, QWidget *parent);

} // namespace glows::ui
