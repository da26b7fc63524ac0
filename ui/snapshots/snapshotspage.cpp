// SPDX-License-Identifier: Apache-2.0
#include "ui/snapshots/snapshotspage.h"

#include "api/glowsclient.h"
#include "core/names.h"
#include "ui/dialogs/confirmation.h"
#include "ui/formatting.h"
#include "ui/messagebar.h"
#include "ui/snapshots/snapshotmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {}

SnapshotsPage::SnapshotsPage(AppContext context, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_model(new SnapshotModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_query(new LiveQuery(m_ctx.client, this))
{
    setObjectName(u"snapshotsPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotModel::SortRole);
    buildUi();
    // Polled only while the page is shown.
    m_query->setIntervals({10000, 10000, 0});
    m_query->setCall<QList<Snapshot>>(
        [](GlowsClient &client, QObject *context, auto done) { return client.listSnapshots(context, done); },
        [this](const QList<Snapshot> &snapshots) { applyList(snapshots); });
    connect(m_query, &LiveQuery::failed, this, &SnapshotsPage::onListFailed);
    connect(m_query, &LiveQuery::reset, this, &SnapshotsPage::clearAccountData);
    retranslate();
}

void SnapshotsPage::buildUi()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto makeButton = [this](QAction *&action, const QString &name, QKeySequence shortcut) {
        action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(makeButton(m_newInstanceAction, u"newFromSnapshotAction"_s, QKeySequence(u"Ctrl+N"_s)));
    bar->addWidget(makeButton(m_renameAction, u"renameSnapshotAction"_s, QKeySequence(Qt::Key_F2)));
    bar->addWidget(makeButton(m_deleteAction, u"deleteSnapshotAction"_s, QKeySequence::Delete));
    bar->addWidget(makeButton(m_refreshAction, u"refreshSnapshotsAction"_s, QKeySequence::Refresh));
    connect(m_refreshAction, &QAction::triggered, this, &SnapshotsPage::refresh);
    connect(m_renameAction, &QAction::triggered, this, &SnapshotsPage::askRename);
    connect(m_deleteAction, &QAction::triggered, this, &SnapshotsPage::askDelete);
    connect(m_newInstanceAction, &QAction::triggered, this, [this] {
        if (!selectedSnapId().isEmpty())
            emit newInstanceRequested(selectedSnapId());
    });

    m_view = new QTableView(this);
    m_view->setObjectName(u"snapshotView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SnapshotModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SnapshotModel::NameColumn, 260);
    // One line per snapshot: the date, size and status columns are as wide as their longest text.
    m_view->setWordWrap(false);
    for (const int column :
         {SnapshotModel::SizeColumn, SnapshotModel::StatusColumn, SnapshotModel::CreatedColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotsPage::updateActions);

    m_state = new QLabel(this);
    m_state->setObjectName(u"snapshotsState"_s);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_error = new MessageBar(this);
    m_error->setObjectName(u"snapshotsError"_s);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    updateActions();
}

void SnapshotsPage::retranslate()
{
    m_title->setText(tr("Snapshots"));
    m_refreshAction->setText(tr("&Refresh"));
    m_renameAction->setText(tr("Re&name…"));
    m_deleteAction->setText(tr("&Delete…"));
    m_newInstanceAction->setText(tr("New &instance from this snapshot…"));
    m_view->setAccessibleName(tr("Snapshots"));
    m_model->retranslate();
    if (m_query->isUnsupported())
        showState(tr("This server does not offer snapshot management through the API. Use the "
                     "Glows.ai console's Snapshots page instead."));
    else if (m_query->state() == LiveQuery::State::Empty)
        showState(tr("Loading snapshots…"));
    else if (m_model->rowCount() == 0)
        showState(tr("No snapshots yet. Take a snapshot of a Running instance to keep its environment: "
                     "everything except /datadrive is saved."));
}

void SnapshotsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SnapshotsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_query->start();
}

void SnapshotsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_query->stop();
}

QString SnapshotsPage::selectedSnapId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SnapshotModel::SnapIdRole).toString();
}

void SnapshotsPage::showState(const QString &text)
{
    m_state->setText(text);
    m_stack->setCurrentWidget(m_state);
}

void SnapshotsPage::updateActions()
{
    const Snapshot *s = m_model->snapshot(selectedSnapId());
    const bool available = s && s->status == "Available"_L1;
    m_renameAction->setEnabled(s != nullptr);
    m_deleteAction->setEnabled(s != nullptr);
    m_newInstanceAction->setEnabled(available);
}

void SnapshotsPage::refresh()
{
    // While hidden nothing is polled; the page fetches when shown.
    m_query->refresh();
}

void SnapshotsPage::onListFailed(const ApiError &error)
{
    if (m_query->isUnsupported() || m_model->rowCount() == 0) {
        if (m_query->isUnsupported())
            retranslate();
        else
            showState(error.userMessage());
        return;
    }
    m_error->showError(error);
}

void SnapshotsPage::applyList(const QList<Snapshot> &snapshots)
{
    m_error->hide();
    m_model->applySnapshot(snapshots);
    if (m_model->rowCount() == 0)
        retranslate();
    else
        m_stack->setCurrentWidget(m_view);
    updateActions();
    emit refreshed();
}

void SnapshotsPage::clearAccountData()
{
    m_error->hide();
    m_model->applySnapshot({});
    retranslate();
    updateActions();
}

void SnapshotsPage::renameSnapshot(const QString &snapId, const QString &name)
{
    m_ctx.client->renameSnapshot(snapId, name, this, [this, snapId, name](const ApiResult<Done> &result) {
        if (!result.ok()) {
            m_error->showMessage(tr("Could not rename the snapshot: %1").arg(result.error().userMessage()),
                                 MessageBar::Type::Error, result.error().detail());
            emit actionFailed(result.error());
            return;
        }
        refresh();
    });
}

void SnapshotsPage::deleteSnapshot(const QString &snapId)
{
    m_ctx.client->deleteSnapshot(snapId, this, [this](const ApiResult<Done> &result) {
        if (!result.ok()) {
            m_error->showMessage(tr("Could not delete the snapshot: %1").arg(result.error().userMessage()),
                                 MessageBar::Type::Error, result.error().detail());
            emit actionFailed(result.error());
            return;
        }
        refresh();
    });
}

void SnapshotsPage::askRename()
{
    const Snapshot *s = m_model->snapshot(selectedSnapId());
    if (!s)
        return;
    openRenameDialog(s->snapID, s->name, QString());
}

void SnapshotsPage::openRenameDialog(const QString &snapId, const QString &text, const QString &problem)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"renameSnapshotDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Snapshot"));
    dialog->setLabelText(problem.isEmpty() ? tr("New name for snapshot %1:").arg(snapId)
                                           : tr("%1\nNew name for snapshot %2:").arg(problem, snapId));
    dialog->setTextValue(text);
    // The ID came from the server: shown as data, never as markup.
    if (auto *label = dialog->findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    // Asked again with what the user typed until it is valid or they cancel: nothing typed is lost.
    connect(dialog, &QInputDialog::textValueSelected, this, [this, snapId](const QString &typed) {
        if (const NameProblem problem = checkName(typed); problem != NameProblem::None)
            openRenameDialog(snapId, typed, nameProblemText(problem));
        else
            renameSnapshot(snapId, normalizedName(typed));
    });
    dialog->open();
}

void SnapshotsPage::askDelete()
{
    const Snapshot *s = m_model->snapshot(selectedSnapId());
    if (!s)
        return;
    // Only the ID reaches the handler: polls re-order and replace the model's rows while the box is open.
    const QString snapId = s->snapID;
    confirmDestructive(
        this,
        {tr("Delete Snapshot"),
         tr("Delete snapshot \"%1\" (%2)? Instances can no longer be created from it.").arg(s->name, snapId),
         tr("Delete"), u"confirmDeleteSnapshot"_s},
        [this, snapId] { deleteSnapshot(snapId); });
}

} // namespace glows::ui
