// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/appcontext.h"
#include "ui/dialogs/actiondialog.h"
#include "ui/instancedelegate.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace glows {
class ApiError;
}

namespace glows::ui {

class InstanceModel;

// The row actions, wherever they are started from (painted buttons, context menu, toolbar, shortcuts): they
// follow the current instance's state and open the Take Snapshot and Release dialogs.
class InstanceActions final : public QObject
{
    Q_OBJECT
public:
    InstanceActions(AppContext context, InstanceModel *model, QWidget *dialogParent);

    QAction *takeSnapshotAction() const { return m_snapshot; }
    QAction *releaseAction() const { return m_release; }
    void setCurrentInstance(const QString &instanceId);
    // Texts again, after a language switch.
    void retranslate();
    QString currentInstance() const { return m_current; }
    // Fills a context menu for one instance.
    void populateMenu(QMenu *menu, const QString &instanceId);

    // Opens the dialog for an instance; refused (returns nullptr) when its state does not allow the action.
    ActionDialog *trigger(const QString &instanceId, RowAction action);
    ActionDialog *openDialog() const { return m_dialog; }

signals:
    // The server accepted an action: the list should refresh at once.
    void actionSubmitted(const QString &instanceId, glows::ui::RowAction action);
    void actionFailed(const QString &instanceId, glows::ui::RowAction action, const glows::ApiError &error);

private:
    void updateEnabled();
    void syncOpenDialog();
    ActionDialog *createDialog(const QString &instanceId, RowAction action);

    AppContext m_ctx;
    InstanceModel *m_model;
    QWidget *m_dialogParent;
    QAction *m_snapshot;
    QAction *m_release;
    QString m_current;
    QPointer<ActionDialog> m_dialog;
};

} // namespace glows::ui
