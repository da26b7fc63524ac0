// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ui/messagebar.h"

#include <QObject>
#include <QPointer>

class QMessageBox;

namespace glows {
class SshConnection;
namespace sshkeys {
class KeyGenerator;
}
} // namespace glows

namespace glows::ui {

class SshServices;

// "Use my SSH key": finds the user's public key (or, after asking, creates an ed25519 key with ssh-keygen),
// logs in once with the instance's password (the first-connection prompt included) and appends the key to
// the instance's ~/.ssh/authorized_keys. Every step is reported through progress(); finished() comes once.
// Prompts are children of `parent`, opened with open().
class KeyInstallFlow final : public QObject
{
    Q_OBJECT
public:
    KeyInstallFlow(SshServices *ssh, const Instance &instance, QWidget *parent);
    ~KeyInstallFlow() override;

    void start();
    // The folder the key is looked for and created in (~/.ssh by default); a seam for tests.
    void setSshDir(const QString &dir) { m_sshDir = dir; }
    QString instanceId() const { return m_instance.instanceID; }

signals:
    void progress(const QString &text);
    void finished(bool ok, const QString &text, MessageBar::Type type, const QString &detail);

private:
    void askToCreateKey();
    void createKey();
    void install(const QString &publicKeyPath);
    void finish(bool ok, const QString &text, MessageBar::Type type, const QString &detail = {});

    SshServices *m_ssh;
    Instance m_instance;
    QPointer<QWidget> m_parent;
    QString m_sshDir;
    QString m_publicKeyPath;
    SshConnection *m_connection = nullptr;
    sshkeys::KeyGenerator *m_generator = nullptr;
    bool m_done = false;
};

} // namespace glows::ui
