// SPDX-License-Identifier: Apache-2.0
// MainWindow's SSH wiring: the services every view is handed (AppContext::ssh), View → Tunnels, and the
// tunnels following the list (an instance that leaves Running loses its tunnels).
#include "ui/mainwindow.h"

#include "core/logging.h"
#include "core/sshconfigfile.h"
#include "ui/ssh/sshservices.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace glows::ui {

void MainWindow::buildSsh()
{
    if (!m_ctx.ssh)
        m_ctx.ssh = new SshServices(m_ctx.client, this);
    // The list as it arrived (shared, not copied: a copy of a thousand instances on every poll was a
    // megabyte, docs/perf.md figure 3).
    connect(this, &MainWindow::instancesListed, m_ctx.ssh, &SshServices::syncWithInstances);
    // The managed config names a key installed through the app with IdentityFile (ssh-config's registry).
    connect(m_ctx.ssh, &SshServices::keyInstalled, this,
            [this](const QString &instanceId, const QString &path) {
                QString error;
                if (!SshKeyRegistry(SshConfigFiles::forCurrentUser())
                         .recordInstalledKey(normalizeInstanceId(instanceId), path, &error))
                    qCWarning(lcUi).noquote() << "the installed key was not recorded:" << error;
            });
}

void MainWindow::buildSshActions()
{
    m_tunnelsAction = new QAction(this);
    m_tunnelsAction->setObjectName(u"tunnelsAction"_s);
    m_tunnelsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tunnelsAction, &QAction::triggered, this, [this] { m_ctx.ssh->showTunnels(this); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tunnelsAction);
}

void MainWindow::retranslateSsh()
{
    m_tunnelsAction->setText(tr("&Tunnels…"));
    m_tunnelsAction->setToolTip(tr("Local ports forwarded to instances over SSH (Ctrl+T)"));
}

} // namespace glows::ui
