// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "core/terminal.h"
#include "ui/detail/editorlauncher.h"
#include "ui/detail/terminallauncher.h"

#include <QGroupBox>
#include <QPointer>
#include <chrono>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace glows::ui {

class SecretClipboard;
class SshConfigSync;

// The console's "SSH Port 22" block: the SSH command, service port, user and masked password, with copy
// buttons and "Open in Terminal".
class SshPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SshPanel(QWidget *parent = nullptr);

    // `ssh` is the instance's ssh access (nullptr when it has none).
    void setAccess(const Access *ssh, const SshCred &credentials);
    std::optional<SshTarget> target() const { return m_target; }
    QString commandLine() const;

    SecretClipboard *secretClipboard() const { return m_secretClipboard; }
    // How long a copied password stays on the clipboard (a setting); the copy button's tooltip says it.
    void setClipboardClearDelay(std::chrono::milliseconds delay);
    TerminalLauncher &terminalLauncher() { return m_launcher; }

    // Issue 19: the managed SSH config. With it in place, Open in Terminal runs `ssh <alias>` and the editor
    // buttons open the instance over Remote-SSH; without it, they offer to write it first.
    void setSshConfig(SshConfigSync *sync);
    EditorLauncher &editorLauncher() { return m_editors; }
    // Looks for the editors again (after a test changed the launcher's seams) and rebuilds their buttons.
    void refreshEditors();
    QList<QPushButton *> editorButtons() const { return m_editorButtons; }
    // The alias Open in Terminal and the editors use now, or empty.
    QString configAlias() const;
    void openEditor(int index);
    // "Open in Terminal": `ssh <alias>` when the managed config is in place, else the plain command. The
    // outcome is also said through message().
    TerminalLauncher::Result openTerminal();

protected:
    void changeEvent(QEvent *event) override;

signals:
    // A one-line outcome for the tab's notice ("Copied", "No terminal found", ...).
    void message(const QString &text);

private:
    void retranslate();
    void updateCopyPasswordTip();
    void setRevealed(bool revealed);
    void updateEditorButtons();
    void onConfigStateChanged();

    QList<QLabel *> m_names;
    QLabel *m_command = nullptr;
    QLabel *m_port = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_password = nullptr;
    QToolButton *m_copyCommand = nullptr;
    QPushButton *m_openTerminal = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_copyPassword = nullptr;
    QToolButton *m_copyPort = nullptr;
    QToolButton *m_copyUser = nullptr;
    QWidget *m_editorRow = nullptr;
    QList<QPushButton *> m_editorButtons;
    QPointer<SshConfigSync> m_sync;
    EditorLauncher m_editors;
    // An editor the user asked for while the config was not in place yet: opened once it is.
    int m_pendingEditor = -1;
    SecretClipboard *m_secretClipboard = nullptr;
    TerminalLauncher m_launcher;
    std::optional<SshTarget> m_target;
    // What setAccess() was last given, to write its texts again in another language.
    std::optional<Access> m_ssh;
    SshCred m_credentials;
    QString m_passwordText;
};

} // namespace glows::ui
