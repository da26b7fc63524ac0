// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/livequery.h"
#include "ui/detail/detailtab.h"

#include <QHash>
#include <functional>
#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace glows {
class ApiError;
}

namespace glows::ui {

class MessageBar;

class SshActionsBar;
class SshPanel;

// The Access tab: the SSH block, then JupyterLab (HTTP 8888) and every port forward with Link, Open, Copy,
// Edit and Delete, and "New Port Forwarding". While a forward is pending and the tab is visible, the tab
// polls the instance until its address arrives.
class AccessTab final : public DetailTab
{
    Q_OBJECT
public:
    explicit AccessTab(AppContext context, QWidget *parent = nullptr);

    SshPanel *sshPanel() const { return m_ssh; }
    // "Use my SSH key", "Open locally" and the tunnels list; nullptr without AppContext::ssh.
    SshActionsBar *sshActions() const { return m_sshActions; }
    // The accesses as shown: the server's list with this tab's own changes applied until the server agrees.
    QList<Access> shownAccesses() const;
    void setPendingPollInterval(int ms);

    // The actions behind the buttons; each reports its outcome in the notice line.
    void openNewPortForwarding();
    void openEditPortForwarding(const QString &accessId);
    void confirmDeletePortForward(const QString &accessId);
    void addPortForward(int port, const QString &protocol);
    void editPortForward(const QString &accessId, int port, const QString &protocol);
    void deletePortForward(const QString &accessId);

protected:
    void instanceChanged(bool switched) override;
    void activeChanged(bool active) override;
    void retranslate() override;

private:
    void rebuildRows();
    void updateNewForwardButton();
    void reconcileLocalChanges();
    void updatePendingPolling();
    void showNotice(const QString &text);
    void showUnsupported();
    void reportError(const ApiError &error);
    QList<int> forwardedPorts() const;

    SshPanel *m_ssh = nullptr;
    SshActionsBar *m_sshActions = nullptr;
    MessageBar *m_notice = nullptr;
    QPushButton *m_newForward = nullptr;
    QGroupBox *m_forwardBox = nullptr;
    QGridLayout *m_rows = nullptr;
    LiveQuery *m_pendingQuery;
    // Changes this tab made that the server's list does not show yet; nullopt marks a deletion.
    QHash<QString, std::optional<Access>> m_local;
    QList<Access> m_shownRows;
    // Writes each shown row's texts; run again on a language switch, so the rows are not rebuilt.
    QList<std::function<void()>> m_rowTexts;
    bool m_rowsEditable = false;
    bool m_rowsTunnel = false;
};

} // namespace glows::ui
