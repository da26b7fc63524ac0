// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ui/messagebar.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace glows::ui {

class KeyInstallFlow;
class SshServices;

// The Access tab's SSH actions: "Use my SSH key", "Open locally" for a port typed in, and the tunnels list.
// Outcomes go to the tab's message bar through message().
class SshActionsBar final : public QWidget
{
    Q_OBJECT
public:
    SshActionsBar(SshServices *ssh, QWidget *parent = nullptr);

    void setInstance(const Instance &instance);
    // Whether tunnels and key install can work for the instance now (Running, with an SSH address).
    bool isReady() const;
    QString notReadyReason() const;
    // The folder "Use my SSH key" looks in (~/.ssh); a seam for tests.
    void setSshDir(const QString &dir) { m_sshDir = dir; }

    void useMyKey();
    void openLocally(int remotePort);

    QPushButton *useKeyButton() const { return m_useKey; }
    QLineEdit *portInput() const { return m_port; }
    QPushButton *openLocallyButton() const { return m_openLocally; }

signals:
    void message(const QString &text, glows::ui::MessageBar::Type type, const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    SshServices *m_ssh;
    Instance m_instance;
    QString m_sshDir;
    QPointer<KeyInstallFlow> m_flow;
    QLabel *m_portLabel = nullptr;
    QPushButton *m_useKey = nullptr;
    QLineEdit *m_port = nullptr;
    QPushButton *m_openLocally = nullptr;
    QPushButton *m_tunnels = nullptr;
};

} // namespace glows::ui
