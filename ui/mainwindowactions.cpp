// SPDX-License-Identifier: Apache-2.0
// MainWindow's menus, toolbar and actions, and the texts that follow a runtime language switch.
#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"
#include "ui/accessibility.h"
#include "ui/create/newinstancedialog.h"
#include "ui/detail/detailpane.h"
#include "ui/formatting.h"
#include "ui/headerstrip.h"
#include "ui/instanceactions.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/notify/notifier.h"
#include "ui/snapshots/snapshotspage.h"
#include "ui/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace glows::ui {

void MainWindow::buildActions()
{
    m_actions = new InstanceActions(m_ctx, m_model, this);
    connect(m_view->instanceDelegate(), &InstanceDelegate::actionTriggered, m_actions,
            [this](const QString &id, RowAction action) {
                selectInstance(id);
                m_actions->trigger(id, action);
            });
    connect(m_actions, &InstanceActions::actionSubmitted, this, [this](const QString &id, RowAction action) {
        statusBar()->showMessage(action == RowAction::TakeSnapshot
                                     ? tr("Snapshot of %1 started.").arg(instanceLabel(id))
                                     : tr("Release of %1 started.").arg(instanceLabel(id)),
                                 8000);
        refreshNow();
    });
    connect(m_actions, &InstanceActions::actionFailed, this,
            [this](const QString &id, RowAction action, const ApiError &error) {
                m_tray->notify(action == RowAction::TakeSnapshot ? tr("Take Snapshot failed")
                                                                 : tr("Release failed"),
                               tr("%1: %2").arg(instanceLabel(id), error.userMessage()), true);
            });

    m_tray = new TrayController(this);
    m_notifier = createDesktopNotifier(m_tray, this);
    m_tray->setNotifier(m_notifier);
    connect(m_notifier, &Notifier::actionInvoked, this, [this](const QString &, const QString &actionId) {
        if (actionId == Notifier::kDefaultAction || actionId == u"open"_s) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &TrayController::notified, this, &MainWindow::showNotification);
    connect(m_tray, &TrayController::quitRequested, this, [this] {
        saveSettings();
        QApplication::setQuitOnLastWindowClosed(true);
        QCoreApplication::quit();
    });

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshNow);
    m_createAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), QString(), this);
    m_createAction->setObjectName(u"newInstanceAction"_s);
    m_createAction->setShortcut(QKeySequence::New);
    connect(m_createAction, &QAction::triggered, this, [this] { openNewInstanceDialog(); });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_guardHistoryAction = new QAction(this);
    m_guardHistoryAction->setObjectName(u"guardHistoryAction"_s);
    m_guardHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_guardHistoryAction, &QAction::triggered, this, &MainWindow::guardHistoryRequested);
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *page = m_viewMenu->addAction(QString(), this, [this, i] { showPage(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(page);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_guardHistoryAction);
    m_viewMenu->addSeparator();
    // Ctrl+1/Ctrl+2 pick the page, so the status tabs take Alt+1…3.
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *tab = m_viewMenu->addAction(QString(), this, [this, i] {
            showPage(InstancesPage);
            m_tabs->setCurrentIndex(i);
        });
        tab->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_tabActions.append(tab);
    }
    m_viewMenu->addSeparator();
    m_columnsMenu = m_viewMenu->addMenu(QString());
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        m_columnsMenu->clear();
        for (int c : m_view->optionalColumns()) {
            QAction *toggle =
                m_columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!m_view->isColumnHidden(c));
            connect(toggle, &QAction::toggled, m_view,
                    [this, c](bool on) { m_view->setOptionalColumnVisible(c, on); });
        }
    });
    m_instanceMenu = menuBar()->addMenu(QString());
    m_instanceMenu->addAction(m_createAction);
    m_instanceMenu->addSeparator();
    m_instanceMenu->addAction(m_actions->takeSnapshotAction());
    m_instanceMenu->addAction(m_actions->releaseAction());
    buildSshActions();
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    // Refresh lives in the header strip next to "Updated N s ago" (and in the View menu); the toolbar holds
    // New Instance and the row actions.
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"instanceToolbar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_createAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions->takeSnapshotAction());
    m_toolbar->addAction(m_actions->releaseAction());
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Glows Desktop"));
    m_tabs->setAccessibleName(tr("Instance status"));
    m_search->setPlaceholderText(tr("Search by ID or name"));
    m_search->setAccessibleName(tr("Search instances by ID or name"));
    nameClearButtons(m_search->parentWidget());
    m_splitter->setAccessibleName(tr("List and details"));
    m_detail->setAccessibleName(tr("Instance details"));
    statusBar()->setAccessibleName(tr("Status"));

    m_refreshAction->setText(tr("&Refresh"));
    m_createAction->setText(tr("&New Instance…"));
    m_createAction->setToolTip(tr("Create a new instance from an image or a snapshot (Ctrl+N)"));
    m_findAction->setText(tr("&Search"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_guardHistoryAction->setText(tr("&Guard History…"));
    m_aboutAction->setText(tr("&About Glows Desktop"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_pageTabs->setTabText(InstancesPage, tr("My Instances"));
    m_pageTabs->setTabText(SnapshotsPageIndex, tr("Snapshots"));
    m_pageTabs->setTabToolTip(InstancesPage, tr("Your instances (Ctrl+1)"));
    m_pageTabs->setTabToolTip(SnapshotsPageIndex, tr("Saved snapshots (Ctrl+2)"));
    m_pageTabs->setAccessibleName(tr("Pages"));
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setText(m_pageTabs->tabText(i));
    m_header->setPageTitle(m_pages->currentIndex() == InstancesPage ? m_pageTabs->tabText(InstancesPage)
                                                                    : QString());
    m_helpMenu->setTitle(tr("&Help"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_instanceMenu->setTitle(tr("&Instance"));
    for (int i = 0; i < m_tabActions.size(); ++i)
        m_tabActions.at(i)->setText(statusGroupText(StatusGroup(i)));
    m_toolbar->setWindowTitle(tr("Instance Actions"));
    m_toolbar->setAccessibleName(tr("Instance actions"));

    retranslateSsh();
    m_actions->retranslate();
    m_tray->retranslate();
    m_model->retranslate();
    setAccountName(m_accountName);
    updateSummary();
    updatePlaceholder();
}

NewInstanceDialog *MainWindow::openNewInstanceDialog(const QString &snapId)
{
    auto *dialog = new NewInstanceDialog(m_ctx, this);
    if (!snapId.isEmpty())
        dialog->preselectSnapshot(snapId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewInstanceDialog::created, this, [this](const Instance &created) {
        m_model->applyOne(created);
        showPage(InstancesPage);
        m_tabs->setCurrentIndex(int(created.status.group()));
        selectInstance(created.instanceID);
        statusBar()->showMessage(tr("%1 is being created.").arg(instanceLabel(created.instanceID)), 8000);
        refreshNow();
    });
    dialog->open();
    return dialog;
}

void MainWindow::setAccountName(const QString &name)
{
    m_accountName = name;
    const QString shown = !name.isEmpty() ? name : m_ctx.sandbox ? tr("Local sandbox") : tr("Glows.ai");
    m_header->setAccount(shown, m_ctx.sandbox);
}

} // namespace glows::ui
