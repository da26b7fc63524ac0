// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "api/livequery.h"
#include "ui/appcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QSortFilterProxyModel;
class QToolButton;

namespace glows::ui {

class MessageBar;

class SnapshotModel;

// The Snapshots page beside My Instance: ID, Name, Size, Status, Created and source instance, with rename,
// delete (after confirmation) and "New instance from this snapshot".
class SnapshotsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotsPage(AppContext context, QWidget *parent = nullptr);

    SnapshotModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString selectedSnapId() const;
    LiveQuery *query() const { return m_query; }

    void refresh();
    // The requests behind the actions, after the user has confirmed; tests call them directly.
    void renameSnapshot(const QString &snapId, const QString &name);
    void deleteSnapshot(const QString &snapId);

signals:
    void newInstanceRequested(const QString &snapId);
    void refreshed();
    void actionFailed(const glows::ApiError &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyList(const QList<Snapshot> &snapshots);
    void onListFailed(const ApiError &error);
    void clearAccountData();
    void updateActions();
    void showState(const QString &text);
    void askRename();
    void openRenameDialog(const QString &snapId, const QString &text, const QString &problem);
    void askDelete();

    AppContext m_ctx;
    SnapshotModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    MessageBar *m_error = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_newInstanceAction = nullptr;
    LiveQuery *m_query;
};

} // namespace glows::ui
