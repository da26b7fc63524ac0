// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/accesstab.h"

#include "api/glowsclient.h"
#include "core/logging.h"
#include "ui/detail/detailwidgets.h"
#include "ui/detail/portforwarddialog.h"
#include "ui/detail/sshpanel.h"
#include "ui/dialogs/confirmation.h"
#include "ui/formatting.h"
#include "ui/messagebar.h"
#include "ui/settings/theme.h"
#include "ui/ssh/sshactionsbar.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

bool isSsh(const Access &access)
{
    return access.protocol.compare("ssh"_L1, Qt::CaseInsensitive) == 0;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) &&
           !url.host().isEmpty();
}

QString protocolName(const QString &protocol)
{
    return protocol.toUpper();
}

} // namespace

AccessTab::AccessTab(AppContext context, QWidget *parent)
    : DetailTab(context, parent), m_pendingQuery(new LiveQuery(m_ctx.client, this))
{
    m_newForward = new QPushButton(this);
    m_newForward->setObjectName(u"newPortForwarding"_s);
    m_notice = makeNoticeLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_ssh = new SshPanel(this);
    m_forwardBox = new QGroupBox(this);
    m_rows = new QGridLayout(m_forwardBox);
    m_rows->setColumnStretch(1, 1);
    // While a port mapping is pending, the instance is asked for again until its URL is there.
    m_pendingQuery->setIntervals({3000, 3000, 0});
    m_pendingQuery->setCall<Instance>(
        [this](GlowsClient &client, QObject *ctx, auto done) {
            return client.getInstance(instance().instanceID, ctx, done);
        },
        [this](const Instance &answered) {
            Instance fresh = instance();
            fresh.accesses = answered.accesses;
            setInstance(fresh);
        });

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_newForward);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_notice);
    contentLayout->addWidget(m_ssh);
    if (m_ctx.ssh) {
        m_sshActions = new SshActionsBar(m_ctx.ssh, content);
        contentLayout->addWidget(m_sshActions);
        connect(m_sshActions, &SshActionsBar::message, this,
                [this](const QString &text, MessageBar::Type type, const QString &detail) {
                    m_notice->showMessage(text, type, detail);
                    m_notice->show();
                });
    }
    contentLayout->addWidget(m_forwardBox);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_newForward, &QPushButton::clicked, this, &AccessTab::openNewPortForwarding);
    connect(m_ssh, &SshPanel::message, this, &AccessTab::showNotice);
    connect(m_ctx.client, &GlowsClient::featureUnavailable, this, [this](Feature feature) {
        if (feature == Feature::PortForwards)
            rebuildRows();
    });
    retranslate();
}

void AccessTab::retranslate()
{
    m_newForward->setText(tr("+ New Port Forwarding"));
    m_forwardBox->setTitle(tr("Port Forwarding"));
    updateNewForwardButton();
    for (const auto &texts : std::as_const(m_rowTexts))
        texts();
}

void AccessTab::updateNewForwardButton()
{
    const bool running = instance().status.canEditAccess();
    const bool supported = m_ctx.client->isAvailable(Feature::PortForwards);
    m_newForward->setEnabled(running);
    m_newForward->setToolTip(!running
                                 ? tr("Port forwarding can be changed only while the instance is Running.")
                             : !supported ? tr("This server does not support port forwarding.")
                                          : QString());
}

void AccessTab::setPendingPollInterval(int ms)
{
    m_pendingQuery->setIntervals({ms, ms, 0});
}

void AccessTab::instanceChanged(bool switched)
{
    if (switched) {
        m_local.clear();
        m_notice->hide();
    }
    reconcileLocalChanges();
    rebuildRows();
}

void AccessTab::activeChanged(bool)
{
    updatePendingPolling();
}

QList<Access> AccessTab::shownAccesses() const
{
    QList<Access> shown;
    for (const Access &access : instance().accesses) {
        const auto local = m_local.constFind(access.id);
        if (access.id.isEmpty() || local == m_local.cend())
            shown.append(access);
        else if (local->has_value())
            shown.append(**local);
    }
    for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
        const bool known = std::any_of(instance().accesses.cbegin(), instance().accesses.cend(),
                                       [&](const Access &a) { return a.id == it.key(); });
        if (!known && it->has_value())
            shown.append(**it);
    }
    return shown;
}

void AccessTab::reconcileLocalChanges()
{
    for (auto it = m_local.begin(); it != m_local.end();) {
        const auto server = std::find_if(instance().accesses.cbegin(), instance().accesses.cend(),
                                         [&](const Access &a) { return a.id == it.key(); });
        const bool serverHas = server != instance().accesses.cend();
        const bool agreed = it->has_value() ? serverHas && server->listenPort == (*it)->listenPort &&
                                                  server->protocol == (*it)->protocol
                                            : !serverHas;
        it = agreed ? m_local.erase(it) : std::next(it);
    }
}

QList<int> AccessTab::forwardedPorts() const
{
    QList<int> ports;
    for (const Access &access : shownAccesses())
        ports.append(access.listenPort);
    return ports;
}

void AccessTab::rebuildRows()
{
    const QList<Access> accesses = shownAccesses();
    const auto ssh = std::find_if(accesses.cbegin(), accesses.cend(), isSsh);
    m_ssh->setAccess(ssh != accesses.cend() ? &*ssh : nullptr, instance().sshCred);
    if (m_sshActions)
        m_sshActions->setInstance(instance());

    const bool running = instance().status.canEditAccess();
    updateNewForwardButton();

    QList<Access> rows;
    std::copy_if(accesses.cbegin(), accesses.cend(), std::back_inserter(rows),
                 [](const Access &a) { return !isSsh(a); });
    const bool tunnels = m_sshActions && m_sshActions->isReady();
    if (rows == m_shownRows && running == m_rowsEditable && tunnels == m_rowsTunnel && m_rows->count() > 0) {
        updatePendingPolling();
        return;
    }
    m_shownRows = rows;
    m_rowsEditable = running;
    m_rowsTunnel = tunnels;
    m_rowTexts.clear();
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // Deleted later (a row's own button may be on the stack); unnamed and hidden at once, so nothing
            // finds or shows the old row meanwhile.
            widget->setObjectName(QString());
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (rows.isEmpty()) {
        auto *empty = new QLabel(m_forwardBox);
        m_rows->addWidget(empty, 0, 0, 1, 7);
        m_rowTexts.append([empty] { empty->setText(tr("No ports are forwarded besides SSH.")); });
        m_rowTexts.constLast()();
    }
    int line = 0;
    for (const Access &access : rows) {
        auto *title = new QLabel(m_forwardBox);
        title->setTextFormat(Qt::PlainText);
        title->setObjectName(u"forwardName-%1"_s.arg(access.listenPort));
        const QUrl url(access.url);
        const bool web = isWebUrl(url);

        QWidget *link = nullptr;
        QLabel *pending = nullptr;
        QPushButton *webLink = nullptr;
        if (access.isPending()) {
            pending = makeValueLabel(m_forwardBox);
            pending->setObjectName(u"pending-%1"_s.arg(access.listenPort));
            link = pending;
        } else if (web) {
            webLink = new QPushButton(access.url, m_forwardBox);
            webLink->setFlat(true);
            webLink->setCursor(Qt::PointingHandCursor);
            QFont font = webLink->font();
            font.setUnderline(true);
            webLink->setFont(font);
            setTextColor(webLink, ColorRole::Link);
            webLink->setStyleSheet(u"text-align: left;"_s);
            connect(webLink, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
            link = webLink;
        } else {
            link = makeValueLabel(m_forwardBox, access.url);
        }
        if (!access.isPending())
            link->setObjectName(u"link-%1"_s.arg(access.listenPort));

        auto *open = new QToolButton(m_forwardBox);
        open->setObjectName(u"open-%1"_s.arg(access.listenPort));
        open->setEnabled(web);
        styleToolButton(open, ButtonIcon::Open);
        connect(open, &QToolButton::clicked, this, [url] { QDesktopServices::openUrl(url); });

        // HTTP and HTTPS forwards serve plain HTTP on the instance: the tunnel reaches it there.
        const bool httpForward = access.protocol.startsWith("http"_L1, Qt::CaseInsensitive);
        QToolButton *local = nullptr;
        if (m_sshActions && httpForward) {
            local = new QToolButton(m_forwardBox);
            local->setObjectName(u"openLocally-%1"_s.arg(access.listenPort));
            local->setEnabled(tunnels);
            connect(local, &QToolButton::clicked, this,
                    [this, port = access.listenPort] { m_sshActions->openLocally(port); });
        }

        auto *copy = makeCopyButton(m_forwardBox, QString());
        copy->setObjectName(u"copy-%1"_s.arg(access.listenPort));
        copy->setEnabled(!access.isPending());
        connect(copy, &QToolButton::clicked, this, [this, text = access.url] {
            QGuiApplication::clipboard()->setText(text);
            showNotice(tr("Address copied."));
        });

        const bool editable = running && !access.id.isEmpty();
        auto *edit = new QToolButton(m_forwardBox);
        edit->setObjectName(u"edit-%1"_s.arg(access.listenPort));
        edit->setEnabled(editable);
        connect(edit, &QToolButton::clicked, this, [this, id = access.id] { openEditPortForwarding(id); });
        auto *remove = new QToolButton(m_forwardBox);
        remove->setObjectName(u"delete-%1"_s.arg(access.listenPort));
        remove->setEnabled(editable);
        connect(remove, &QToolButton::clicked, this,
                [this, id = access.id] { confirmDeletePortForward(id); });

        m_rowTexts.append([this, access, web, running, title, pending, webLink, open, local, copy, edit,
                           remove] {
            title->setText(access.listenPort == 8888 &&
                                   access.protocol.startsWith("http"_L1, Qt::CaseInsensitive)
                               ? tr("%1 Port %2 (JupyterLab)").arg(protocolName(access.protocol)).arg(8888)
                               : tr("%1 Port %2").arg(protocolName(access.protocol)).arg(access.listenPort));
            if (pending)
                pending->setText(tr(
                    "Pending: the address appears once the port is mapped, usually within 10–20 seconds."));
            if (webLink)
                webLink->setToolTip(literalRichText(tr("Open %1 in the browser").arg(access.url)));
            open->setText(tr("Open"));
            open->setToolTip(web ? tr("Open in the browser")
                                 : tr("Only web addresses can be opened in the browser."));
            if (local) {
                local->setText(tr("Open Locally"));
                local->setToolTip(m_sshActions->isReady()
                                      ? tr("Open port %1 through an SSH tunnel on 127.0.0.1, without the "
                                           "public address")
                                            .arg(access.listenPort)
                                      : m_sshActions->notReadyReason());
            }
            retranslateCopyButton(copy, tr("Copy the address"));
            const QString why =
                !running ? tr("Port forwarding can be changed only while the instance is Running.")
                : access.id.isEmpty()
                    ? tr("This server does not identify port forwards, so they cannot be changed here.")
                    : QString();
            edit->setText(tr("Edit"));
            edit->setToolTip(why);
            remove->setText(tr("Delete"));
            remove->setToolTip(why);
        });
        m_rowTexts.constLast()();

        m_rows->addWidget(title, line, 0);
        m_rows->addWidget(link, line, 1);
        m_rows->addWidget(open, line, 2);
        if (local)
            m_rows->addWidget(local, line, 3);
        m_rows->addWidget(copy, line, 4);
        m_rows->addWidget(edit, line, 5);
        m_rows->addWidget(remove, line, 6);
        ++line;
    }
    updatePendingPolling();
}

void AccessTab::updatePendingPolling()
{
    const QList<Access> accesses = shownAccesses();
    const bool pending =
        std::any_of(accesses.cbegin(), accesses.cend(), [](const Access &a) { return a.isPending(); });
    if (isActive() && pending && instance().status.canEditAccess()) {
        if (!m_pendingQuery->isRunning())
            m_pendingQuery->start();
    } else if (m_pendingQuery->isRunning()) {
        m_pendingQuery->stop();
    }
}

void AccessTab::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void AccessTab::showUnsupported()
{
    const QString text =
        tr("This server does not support port forwarding, so ports cannot be added, changed or "
           "deleted here. The ports the instance was created with (SSH 22 and JupyterLab "
           "8888 on official images) still work.");
    showNotice(text);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Port forwarding unavailable"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(u"portForwardUnsupported"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AccessTab::reportError(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unsupported) {
        showUnsupported();
        rebuildRows();
        return;
    }
    m_notice->showError(error);
}

void AccessTab::openNewPortForwarding()
{
    if (!instance().status.canEditAccess())
        return;
    if (!m_ctx.client->isAvailable(Feature::PortForwards)) {
        showUnsupported();
        return;
    }
    auto *dialog = new PortForwardDialog(forwardedPorts(), this);
    dialog->setObjectName(u"portForwardDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addPortForward(dialog->port(), dialog->protocol()); });
    dialog->open();
}

void AccessTab::openEditPortForwarding(const QString &accessId)
{
    const QList<Access> accesses = shownAccesses();
    const auto access =
        std::find_if(accesses.cbegin(), accesses.cend(), [&](const Access &a) { return a.id == accessId; });
    if (access == accesses.cend())
        return;
    auto *dialog = new PortForwardDialog(forwardedPorts(), this);
    dialog->setObjectName(u"portForwardDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditing(access->listenPort, access->protocol);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, accessId] { editPortForward(accessId, dialog->port(), dialog->protocol()); });
    dialog->open();
}

void AccessTab::confirmDeletePortForward(const QString &accessId)
{
    const QList<Access> accesses = shownAccesses();
    const auto access =
        std::find_if(accesses.cbegin(), accesses.cend(), [&](const Access &a) { return a.id == accessId; });
    if (access == accesses.cend())
        return;
    const QString instanceId = instance().instanceID;
    confirmDestructive(this,
                       {tr("Delete Port Forwarding"),
                        tr("Delete the forward of port %1? Connections through its address stop working.")
                            .arg(access->listenPort),
                        tr("Delete"), u"confirmDelete"_s},
                       [this, accessId, instanceId] {
                           if (instance().instanceID == instanceId)
                               deletePortForward(accessId);
                       });
}

void AccessTab::addPortForward(int port, const QString &protocol)
{
    const QString id = instance().instanceID;
    showNotice(tr("Adding port %1…").arg(port));
    m_ctx.client->addPortForward(id, port, protocol, this, [this, id, port](const ApiResult<Access> &result) {
        if (id != instance().instanceID)
            return;
        if (!result.ok()) {
            reportError(result.error());
            return;
        }
        Access added = result.value();
        if (added.id.isEmpty())
            added.id = u"local-%1"_s.arg(port);
        m_local.insert(added.id, added);
        showNotice(added.isPending()
                       ? tr("Port %1 added. It is pending until its address is ready.").arg(port)
                       : tr("Port %1 added.").arg(port));
        rebuildRows();
    });
}

void AccessTab::editPortForward(const QString &accessId, int port, const QString &protocol)
{
    const QString id = instance().instanceID;
    m_ctx.client->editPortForward(id, accessId, port, protocol, this,
                                  [this, id, accessId, port](const ApiResult<Access> &result) {
                                      if (id != instance().instanceID)
                                          return;
                                      if (!result.ok()) {
                                          reportError(result.error());
                                          return;
                                      }
                                      Access changed = result.value();
                                      if (changed.id.isEmpty())
                                          changed.id = accessId;
                                      m_local.insert(accessId, changed);
                                      showNotice(tr("Port forward changed to port %1.").arg(port));
                                      rebuildRows();
                                  });
}

void AccessTab::deletePortForward(const QString &accessId)
{
    const QString id = instance().instanceID;
    m_ctx.client->deletePortForward(id, accessId, this, [this, id, accessId](const ApiResult<Done> &result) {
        if (id != instance().instanceID)
            return;
        if (!result.ok()) {
            reportError(result.error());
            return;
        }
        m_local.insert(accessId, std::nullopt);
        showNotice(tr("Port forward deleted."));
        rebuildRows();
    });
}

} // namespace glows::ui
