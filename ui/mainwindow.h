// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "api/livequery.h"
#include "core/cost.h"
#include "core/instance.h"
#include "ui/appcontext.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>
#include <optional>

class QAction;
class QLineEdit;
class QMenu;
class QToolBar;
class QSplitter;
class QStackedWidget;
class QTabBar;

namespace glows::ui {

class DetailPane;
class MessageBar;
class HeaderStrip;
class InstanceActions;
class InstanceFilterProxy;
class InstanceModel;
class InstanceView;
class NewInstanceDialog;
class Notifier;
class OfflineBanner;
class SnapshotsPage;
class SshServices;
class TrayController;

// The app window: header strip (account switch, burn rate, balance), and two pages, My Instances (status
// tabs over one live list of the account's instances and the detail pane of the selected one) and Snapshots.
// The list and the balance are LiveQueries; each list answer is applied as a diff.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        InstancesPage,
        SnapshotsPageIndex,
    };

    explicit MainWindow(AppContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    InstanceModel *instanceModel() const { return m_model; }
    InstanceFilterProxy *proxy() const { return m_proxy; }
    QTabBar *statusTabs() const { return m_tabs; }
    QTabBar *pageTabs() const { return m_pageTabs; }
    QStackedWidget *pageStack() const { return m_pages; }
    SnapshotsPage *snapshotsPage() const { return m_snapshots; }
    int currentPage() const;
    void showPage(int page);
    InstanceView *instanceView() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    HeaderStrip *headerStrip() const { return m_header; }
    OfflineBanner *offlineBanner() const { return m_banner; }
    MessageBar *errorPanel() const { return m_error; }
    // Failures reported while the user was elsewhere (actions, state changes), until closed.
    MessageBar *messageBar() const { return m_messages; }
    InstanceActions *actions() const { return m_actions; }
    TrayController *tray() const { return m_tray; }
    // Where every notification goes (the tray's too): native notifications with actions, or the tray.
    Notifier *notifier() const { return m_notifier; }
    DetailPane *detailPane() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    LiveQuery *listQuery() const { return m_list; }
    LiveQuery *balanceQuery() const { return m_balance; }
    bool isLoaded() const { return m_loaded; }
    // SSH: host-key prompt, tunnels (they end with the window), the tunnels list (View → Tunnels).
    SshServices *ssh() const { return m_ctx.ssh; }
    QAction *tunnelsAction() const { return m_tunnelsAction; }

    // The user asked for fresh data (refresh button, F5, after an action): fetch now, or retry when offline.
    void refreshNow();
    QString selectedInstanceId() const;
    void selectInstance(const QString &instanceId);
    void saveSettings() const;
    // The New Instance button: opens the create dialog; a created instance is selected in its tab.
    // With a snapshot ID, the dialog starts on "from snapshot" with that one (the Snapshots page's action).
    NewInstanceDialog *openNewInstanceDialog(const QString &snapId = {});
    // The account shown in the header strip (the sandbox badge follows AppContext::sandbox).
    void setAccountName(const QString &name);
    // The account the client now points at, for the header (its rows were already dropped when the client
    // switched; see clearAccountData()). Starts polling if it has not started yet.
    void setAccount(const QString &name, bool sandbox);
    // Preferences that live in the window: refresh intervals, notifications, clipboard-clear delay.
    void setRefreshIntervals(int steadySeconds, int transitionSeconds, int hiddenSeconds);
    void setNotificationsEnabled(bool enabled);
    bool notificationsEnabled() const { return m_notificationsEnabled; }
    void setClipboardClearSeconds(int seconds);

signals:
    // A list answer was applied (successfully): the list itself, then refreshed().
    void instancesListed(const QList<glows::Instance> &instances);
    void refreshed();
    void settingsRequested();
    // View → Guard History (Ctrl+H); the shell opens it, it owns the guard.
    void guardHistoryRequested();
    void manageAccountsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void retranslate();
    void restoreSettings();
    void applyList(const QList<Instance> &instances);
    void onListFailed(const ApiError &error);
    void clearAccountData();
    void goOffline(const ApiError &error);
    void updateSummary();
    void updatePlaceholder();
    void updateDetail();
    void onSecondTick();
    void onSelectionChanged();
    void onStatusTabChanged(int index);
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void onInstanceStateChanged(const QString &instanceId, InstanceState from, InstanceState to);
    QString instanceLabel(const QString &instanceId) const;
    void notify(const QString &title, const QString &message, bool failure = false);
    // Failures in the window's message bar, the rest briefly in the status bar.
    void showNotification(const QString &title, const QString &message, bool failure);
    QWidget *buildInstancesPage(QWidget *parent);
    // ui/mainwindowssh.cpp: the SSH services before the pages are built, their menu entry with the menus.
    void buildSsh();
    void buildSshActions();
    void retranslateSsh();

    AppContext m_ctx;
    InstanceModel *m_model;
    InstanceFilterProxy *m_proxy;
    HeaderStrip *m_header = nullptr;
    OfflineBanner *m_banner = nullptr;
    MessageBar *m_error = nullptr;
    MessageBar *m_messages = nullptr;
    QTabBar *m_tabs = nullptr;
    QTabBar *m_pageTabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    SnapshotsPage *m_snapshots = nullptr;
    QLineEdit *m_search = nullptr;
    InstanceView *m_view = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    InstanceActions *m_actions = nullptr;
    TrayController *m_tray = nullptr;
    Notifier *m_notifier = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_guardHistoryAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_tunnelsAction = nullptr;
    QList<QAction *> m_tabActions;
    QList<QAction *> m_pageActions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_instanceMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
    QString m_accountName;
    LiveQuery *m_list;
    LiveQuery *m_balance;
    QTimer m_tickTimer;
    std::optional<MilliCredits> m_balanceValue; // for the runway
    bool m_loaded = false;
    bool m_notificationsEnabled = true;
};

} // namespace glows::ui
