// SPDX-License-Identifier: Apache-2.0
#include "ui/instanceactions.h"

#include "core/logging.h"
#include "ui/dialogs/releasedialog.h"
#include "ui/dialogs/snapshotdialog.h"
#include "ui/instancemodel.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace glows::ui {

InstanceActions::InstanceActions(AppContext context, InstanceModel *model, QWidget *dialogParent)
    : QObject(dialogParent), m_ctx(context), m_model(model), m_dialogParent(dialogParent),
      m_snapshot(new QAction(this)), m_release(new QAction(this))
{
    m_snapshot->setObjectName(u"takeSnapshotAction"_s);
    m_snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_snapshot->setIcon(dialogParent->style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_release->setObjectName(u"releaseAction"_s);
    m_release->setShortcut(QKeySequence::Delete);
    m_release->setIcon(dialogParent->style()->standardIcon(QStyle::SP_DialogDiscardButton));
    for (QAction *action : {m_snapshot, m_release})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_snapshot, &QAction::triggered, this, [this] { trigger(m_current, RowAction::TakeSnapshot); });
    connect(m_release, &QAction::triggered, this, [this] { trigger(m_current, RowAction::Release); });
    // Any change of the list may change what the current instance allows, or the open dialog's instance.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateEnabled();
        syncOpenDialog();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstanceActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void InstanceActions::retranslate()
{
    m_snapshot->setText(tr("Take &Snapshot…"));
    m_snapshot->setToolTip(tr("Take a snapshot of the selected instance (Ctrl+Shift+S)"));
    m_release->setText(tr("&Release…"));
    m_release->setToolTip(tr("Stop and release the selected instance (Delete)"));
}

void InstanceActions::setCurrentInstance(const QString &instanceId)
{
    m_current = instanceId;
    updateEnabled();
}

void InstanceActions::updateEnabled()
{
    const Instance *in = m_model->instance(m_current);
    m_snapshot->setEnabled(in && in->status.canTakeSnapshot());
    m_release->setEnabled(in && in->status.canRelease());
}

void InstanceActions::syncOpenDialog()
{
    if (!m_dialog)
        return;
    const int row = m_model->rowOf(m_dialog->instanceId());
    const Instance *in = m_model->instanceAt(row);
    if (!in)
        return;
    m_dialog->setInstance(*in);
    if (auto *release = qobject_cast<ReleaseDialog *>(m_dialog.data()))
        release->setAccruedCost(m_model->index(row, 0).data(InstanceModel::CostMilliRole).toLongLong());
}

void InstanceActions::populateMenu(QMenu *menu, const QString &instanceId)
{
    const Instance *in = m_model->instance(instanceId);
    QAction *snapshot = menu->addAction(m_snapshot->icon(), m_snapshot->text(),
                                        [this, instanceId] { trigger(instanceId, RowAction::TakeSnapshot); });
    snapshot->setShortcut(m_snapshot->shortcut());
    snapshot->setEnabled(in && in->status.canTakeSnapshot());
    QAction *release = menu->addAction(m_release->icon(), m_release->text(),
                                       [this, instanceId] { trigger(instanceId, RowAction::Release); });
    release->setShortcut(m_release->shortcut());
    release->setEnabled(in && in->status.canRelease());
}

ActionDialog *InstanceActions::trigger(const QString &instanceId, RowAction action)
{
    const Instance *in = m_model->instance(instanceId);
    if (!in)
        return nullptr;
    const bool allowed =
        action == RowAction::TakeSnapshot ? in->status.canTakeSnapshot() : in->status.canRelease();
    if (!allowed) {
        qCInfo(lcUi) << "action refused in state" << in->status.raw() << "for" << instanceId;
        return nullptr;
    }
    if (m_dialog) {
        // One action dialog at a time; a busy one keeps its request.
        if (m_dialog->isBusy())
            return nullptr;
        m_dialog->close();
    }
    m_dialog = createDialog(instanceId, action);
    m_dialog->open();
    return m_dialog;
}

ActionDialog *InstanceActions::createDialog(const QString &instanceId, RowAction action)
{
    const int row = m_model->rowOf(instanceId);
    const Instance &in = *m_model->instanceAt(row);
    ActionDialog *dialog = nullptr;
    if (action == RowAction::TakeSnapshot) {
        dialog = new SnapshotDialog(m_ctx, in, m_dialogParent);
    } else {
        const MilliCredits cost = m_model->index(row, 0).data(InstanceModel::CostMilliRole).toLongLong();
        auto *release = new ReleaseDialog(m_ctx, in, cost, m_dialogParent);
        connect(release, &ReleaseDialog::snapshotFirstRequested, this, [this](const QString &id) {
            // Queued: the release dialog is still closing.
            QMetaObject::invokeMethod(
                this, [this, id] { trigger(id, RowAction::TakeSnapshot); }, Qt::QueuedConnection);
        });
        dialog = release;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActionDialog::succeeded, this,
            [this, action](const QString &id) { emit actionSubmitted(id, action); });
    connect(dialog, &ActionDialog::failed, this, [this, action](const QString &id, const ApiError &error) {
        emit actionFailed(id, action, error);
    });
    return dialog;
}

} // namespace glows::ui
