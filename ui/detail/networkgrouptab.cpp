// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/networkgrouptab.h"

#include "api/glowsclient.h"
#include "ui/consolelinks.h"
#include "ui/detail/detailwidgets.h"
#include "ui/dialogs/confirmation.h"
#include "ui/formatting.h"
#include "ui/messagebar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

bool hasMember(const NetworkGroup &group, const QString &instanceId)
{
    return std::any_of(group.members.cbegin(), group.members.cend(),
                       [&](const GroupMember &m) { return normalizeInstanceId(m.instanceID) == instanceId; });
}

QTableWidgetItem *plainItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString unsupportedText()
{
    return NetworkGroupTab::tr("Network groups are not available from this server: it does not provide the "
                               "Mesh Clustering extension, so this instance's private network cannot be "
                               "shown or changed here.");
}

} // namespace

NetworkGroupTab::NetworkGroupTab(AppContext context, QWidget *parent)
    : DetailTab(context, parent), m_query(new LiveQuery(m_ctx.client, this))
{
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addToGroup"_s);
    m_notice = makeNoticeLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    m_goToMesh = new QPushButton(this);
    m_goToMesh->setObjectName(u"goToMeshClustering"_s);
    m_goToMesh->hide();
    connect(m_goToMesh, &QPushButton::clicked, this,
            [this] { openConsolePage(this, m_ctx, ConsolePage::MeshClustering); });
    // Polled while the tab is visible.
    m_query->setIntervals({10000, 10000, 0});
    m_query->setCall<QList<NetworkGroup>>(
        [](GlowsClient &client, QObject *ctx, auto done) { return client.listNetworkGroups(ctx, done); },
        [this](const QList<NetworkGroup> &groups) { showGroups(groups); });
    connect(m_query, &LiveQuery::failed, this, &NetworkGroupTab::reportError);
    connect(m_query, &LiveQuery::reset, this, [this] {
        m_loaded = false;
        m_groups.clear();
        m_notice->hide();
        rebuild();
    });

    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_scroll = scroll;

    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_empty);
    layout->addWidget(m_goToMesh, 0, Qt::AlignHCenter);
    layout->addWidget(scroll, 1);
    layout->addStretch();

    connect(m_add, &QPushButton::clicked, this, &NetworkGroupTab::openAddToGroup);
    rebuild();
    retranslate();
}

void NetworkGroupTab::retranslate()
{
    m_add->setText(tr("Add to group…"));
    m_empty->setText(
        tr("This instance is not part of any network group.\n\nMesh Clustering puts several "
           "instances in one network group, where they reach each other over private IPs. Use it "
           "for multi-node, multi-GPU work such as distributed training. Create a group on the Mesh "
           "Clustering page, then add this instance with \"Add to group…\"."));
    m_goToMesh->setText(tr("Go to Mesh Clustering"));
    m_goToMesh->setToolTip(m_ctx.sandbox ? tr("A feature of the Glows.ai web console")
                                         : tr("Opens the Glows.ai web console in your browser"));
    if (m_query->isUnsupported())
        m_notice->setText(unsupportedText());
    updateAddButton();
    for (const auto &texts : std::as_const(m_groupTexts))
        texts();
}

void NetworkGroupTab::updateAddButton()
{
    const bool running = instance().status.canEditAccess();
    m_add->setEnabled(running && m_loaded && !m_query->isUnsupported());
    m_add->setToolTip(!running                   ? tr("Only a Running instance can join a network group.")
                      : m_query->isUnsupported() ? tr("This server does not support network groups.")
                                                 : QString());
}

void NetworkGroupTab::setPollInterval(int ms)
{
    m_query->setIntervals({ms, ms, 0});
}

bool NetworkGroupTab::isUnsupported() const
{
    return m_query->isUnsupported();
}

QList<NetworkGroup> NetworkGroupTab::memberGroups() const
{
    QList<NetworkGroup> mine;
    const QString id = instance().normalizedId();
    std::copy_if(m_groups.cbegin(), m_groups.cend(), std::back_inserter(mine),
                 [&](const NetworkGroup &g) { return hasMember(g, id); });
    return mine;
}

QString NetworkGroupTab::emptyStateText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void NetworkGroupTab::instanceChanged(bool switched)
{
    // The list refreshes the selected instance every few seconds; only a new instance or a change of what the
    // buttons allow needs new widgets (rebuilding would reset the member tables' scroll and selection).
    const bool editable = instance().status.canEditAccess();
    if (switched) {
        // The groups are the account's; only the answer in flight is for a view that is gone.
        m_notice->hide();
        if (isActive())
            m_query->refresh();
    } else if (editable == m_builtEditable) {
        return;
    }
    rebuild();
}

void NetworkGroupTab::activeChanged(bool active)
{
    if (active)
        m_query->start();
    else
        m_query->stop();
}

void NetworkGroupTab::showGroups(const QList<NetworkGroup> &groups)
{
    m_loaded = true;
    m_groups = groups;
    rebuild();
}

void NetworkGroupTab::reportError(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unsupported) {
        m_notice->setText(unsupportedText());
        rebuild();
    } else {
        m_notice->showMessage(error.userMessage(), MessageBar::Type::Error, error.detail());
    }
    m_notice->show();
}

void NetworkGroupTab::rebuild()
{
    const bool running = instance().status.canEditAccess();
    m_builtEditable = running;
    updateAddButton();
    m_groupTexts.clear();
    while (m_contentLayout->count() > 1) {
        QLayoutItem *item = m_contentLayout->takeAt(0);
        if (QWidget *widget = item->widget()) {
            // Deleted later (a group's own button may be on the stack); unnamed and hidden at once, so
            // nothing finds or shows the old group meanwhile.
            widget->setObjectName(QString());
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QList<NetworkGroup> mine = memberGroups();
    m_empty->setVisible(m_loaded && !m_query->isUnsupported() && mine.isEmpty());
    m_goToMesh->setVisible(m_empty->isVisibleTo(this));
    m_scroll->setVisible(!mine.isEmpty());
    for (qsizetype i = 0; i < mine.size(); ++i)
        m_contentLayout->insertWidget(int(i), groupBox(mine.at(i)));
}

QWidget *NetworkGroupTab::groupBox(const NetworkGroup &group)
{
    const QString id = instance().normalizedId();
    const auto self = std::find_if(group.members.cbegin(), group.members.cend(), [&](const GroupMember &m) {
        return normalizeInstanceId(m.instanceID) == id;
    });
    auto *box = new QGroupBox(m_content);
    box->setObjectName(u"group-%1"_s.arg(group.groupID));
    auto *form = new QFormLayout;
    QList<QLabel *> names;
    for (int i = 0; i < 5; ++i)
        names.append(new QLabel(box));
    auto *bandwidth = makeValueLabel(box);
    auto *capacity = makeValueLabel(box);
    form->addRow(names.at(0), makeValueLabel(box, self->ipCidr));
    form->addRow(names.at(1), bandwidth);
    form->addRow(names.at(2), makeValueLabel(box, self->status));
    form->addRow(names.at(3), makeValueLabel(box, group.regionName));
    form->addRow(names.at(4), capacity);

    auto *table = new QTableWidget(0, 4, box);
    table->setObjectName(u"members"_s);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const GroupMember &member : group.members) {
        if (normalizeInstanceId(member.instanceID) == id)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, plainItem(member.instanceID));
        table->setItem(row, 1, plainItem(member.name));
        table->setItem(row, 2, plainItem(member.ipCidr));
        table->setItem(row, 3, plainItem(serverValueText(member.status)));
    }

    auto *leave = new QPushButton(box);
    leave->setObjectName(u"leaveGroup"_s);
    const bool running = instance().status.canEditAccess();
    leave->setEnabled(running);
    connect(leave, &QPushButton::clicked, this,
            [this, groupId = group.groupID] { confirmLeaveGroup(groupId); });
    auto *others = new QLabel(box);

    m_groupTexts.append([group, bandwidthMbps = self->bandwidthMbps, running, box, names, bandwidth, capacity,
                         table, leave, others] {
        box->setTitle(tr("%1 (%2)").arg(group.name, group.groupID));
        const QStringList rows{tr("Private IP/CIDR"), tr("Bandwidth"), tr("Status"), tr("Region"),
                               tr("Capacity")};
        for (qsizetype i = 0; i < rows.size(); ++i)
            names.at(i)->setText(rows.at(i));
        bandwidth->setText(tr("%1 Mbps").arg(QLocale().toString(bandwidthMbps)));
        capacity->setText(tr("%1/%2").arg(group.members.size()).arg(group.capacity));
        table->setHorizontalHeaderLabels({tr("ID"), tr("Name"), tr("Private IP/CIDR"), tr("Status")});
        leave->setText(tr("Leave group"));
        leave->setToolTip(running ? QString() : tr("Only a Running instance can leave a network group."));
        others->setText(table->rowCount() > 0 ? tr("Other members") : tr("No other members yet."));
    });
    m_groupTexts.constLast()();
    table->resizeColumnsToContents();
    table->setMinimumHeight(qMin(220, 40 + table->rowCount() * 28));

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(others);
    layout->addWidget(table);
    table->setVisible(table->rowCount() > 0);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(leave);
    layout->addLayout(buttons);
    return box;
}

void NetworkGroupTab::openAddToGroup()
{
    if (!instance().status.canEditAccess())
        return;
    const QString id = instance().normalizedId();
    QStringList labels;
    QStringList ids;
    for (const NetworkGroup &group : std::as_const(m_groups)) {
        const bool room = group.capacity <= 0 || group.members.size() < group.capacity;
        if (hasMember(group, id) || !room ||
            (!group.regionName.isEmpty() && group.regionName != instance().regionName))
            continue;
        labels.append(tr("%1 (%2, %3/%4)")
                          .arg(group.name, group.groupID)
                          .arg(group.members.size())
                          .arg(group.capacity));
        ids.append(group.groupID);
    }
    if (ids.isEmpty()) {
        m_notice->setText(
            tr("No network group in region %1 has room for this instance. Create one on the Mesh "
               "Clustering page first.")
                .arg(instance().regionName));
        m_notice->show();
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"addToGroupDialog"_s);
    dialog->setWindowTitle(tr("Add to Network Group"));
    dialog->setLabelText(literalRichText(tr("Network group for %1:").arg(instance().instanceID)));
    dialog->setComboBoxItems(labels);
    dialog->setComboBoxEditable(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, labels, ids](const QString &chosen) {
        const qsizetype index = labels.indexOf(chosen);
        if (index >= 0)
            addToGroup(ids.at(index));
    });
    dialog->open();
}

void NetworkGroupTab::confirmLeaveGroup(const QString &groupId)
{
    const QString instanceId = instance().instanceID;
    confirmDestructive(this,
                       {tr("Leave Network Group"),
                        tr("Remove %1 from the network group? It loses its private IP there, and the other "
                           "members can no longer reach it.")
                            .arg(instanceId),
                        tr("Leave group"), u"confirmLeave"_s},
                       [this, groupId, instanceId] {
                           if (instance().instanceID == instanceId)
                               leaveGroup(groupId);
                       });
}

void NetworkGroupTab::addToGroup(const QString &groupId)
{
    if (!instance().status.canEditAccess())
        return;
    m_ctx.client->addGroupMember(groupId, instance().instanceID, this,
                                 [this](const ApiResult<NetworkGroup> &result) {
                                     if (!result.ok()) {
                                         reportError(result.error());
                                         return;
                                     }
                                     m_notice->hide();
                                     m_query->refresh();
                                 });
}

void NetworkGroupTab::leaveGroup(const QString &groupId)
{
    if (!instance().status.canEditAccess())
        return;
    m_ctx.client->removeGroupMember(groupId, instance().instanceID, this,
                                    [this](const ApiResult<Done> &result) {
                                        if (!result.ok()) {
                                            reportError(result.error());
                                            return;
                                        }
                                        m_notice->hide();
                                        m_query->refresh();
                                    });
}

} // namespace glows::ui
