// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include "api/glowsclient.h"
#include "core/guard/runway.h"
#include "core/logging.h"
#include "ui/create/newinstancedialog.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/detailwidgets.h"
#include "ui/detail/sshpanel.h"
#include "ui/formatting.h"
#include "ui/headerstrip.h"
#include "ui/instanceactions.h"
#include "ui/instancefilterproxy.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/messagebar.h"
#include "ui/offlinebanner.h"
#include "ui/snapshots/snapshotspage.h"
#include "ui/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <array>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
constexpr auto kGeometryKey = "mainWindow/geometry"_L1;
constexpr auto kStateKey = "mainWindow/state"_L1;
constexpr auto kTabKey = "mainWindow/statusTab"_L1;
constexpr auto kSplitterKey = "mainWindow/splitter"_L1;
constexpr auto kPageKey = "mainWindow/page"_L1;
constexpr int kBalanceEveryMs = 60000;
constexpr std::array kGroups{StatusGroup::Running, StatusGroup::Snapshotting, StatusGroup::Released};

bool isSnapshotting(InstanceState s)
{
    return s == InstanceState::Suspending || s == InstanceState::Paused;
}
} // namespace

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent), m_ctx(context), m_model(new InstanceModel(this)),
      m_proxy(new InstanceFilterProxy(m_model, this)), m_list(new LiveQuery(m_ctx.client, this)),
      m_balance(new LiveQuery(m_ctx.client, this))
{
    m_list->setCall<QList<Instance>>(
        [](GlowsClient &client, QObject *context, auto done) { return client.listInstances(context, done); },
        [this](const QList<Instance> &instances) { applyList(instances); });
    connect(m_list, &LiveQuery::failed, this, &MainWindow::onListFailed);
    connect(m_list, &LiveQuery::reset, this, &MainWindow::clearAccountData);
    m_balance->setIntervals({kBalanceEveryMs, kBalanceEveryMs, 5 * kBalanceEveryMs});
    m_balance->setCall<AccountBalance>(
        [](GlowsClient &client, QObject *context, auto done) { return client.balance(context, done); },
        [this](const AccountBalance &balance) {
            m_balanceValue = balance.balanceMilliCredit;
            m_header->setBalance(balance.balanceMilliCredit, balance.simulated);
            updateSummary();
        });
    connect(m_balance, &LiveQuery::failed, this, [this] {
        if (m_balance->isUnsupported()) {
            m_balanceValue.reset();
            m_header->setBalance(std::nullopt);
            updateSummary();
        }
    });

    buildSsh();
    buildUi();
    buildActions();
    retranslate();
    restoreSettings();

    connect(m_model, &InstanceModel::countsChanged, this, &MainWindow::updateSummary);
    connect(m_model, &InstanceModel::instanceStateChanged, this, &MainWindow::onInstanceStateChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaceholder);
    connect(m_banner, &OfflineBanner::retryRequested, this, &MainWindow::refreshNow);
    connect(&m_tickTimer, &QTimer::timeout, this, &MainWindow::onSecondTick);
    m_tickTimer.start(1000);
    updateSummary();
    updatePlaceholder();
    // Deferred, so an owner that points the window at an account right after building it (AppShell) starts
    // the one first fetch itself instead of having this one dropped and sent again.
    QTimer::singleShot(0, this, [this] {
        if (!m_list->isRunning())
            m_list->start();
    });
}

MainWindow::~MainWindow()
{
    saveSettings(); // also when the app ends without closing the window (session end, tray Quit)
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("Glows Desktop"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 6, 12, 6);

    m_pageTabs = new QTabBar(central);
    m_pageTabs->setObjectName(u"pageTabs"_s);
    m_pageTabs->setDrawBase(true);
    m_pageTabs->setExpanding(false);
    m_pageTabs->setDocumentMode(true);
    m_pageTabs->setFocusPolicy(Qt::StrongFocus);
    m_pageTabs->addTab(QString());
    m_pageTabs->addTab(QString());
    layout->addWidget(m_pageTabs);

    m_header = new HeaderStrip(central);
    layout->addWidget(m_header);
    m_banner = new OfflineBanner(central);
    layout->addWidget(m_banner);
    m_error = new MessageBar(central);
    layout->addWidget(m_error);
    // What failed in the background (an action, a state change): stays until the user closes it.
    m_messages = new MessageBar(central);
    m_messages->setObjectName(u"windowMessage"_s);
    m_messages->setClosable(true);
    layout->addWidget(m_messages);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pageStack"_s);
    m_pages->addWidget(buildInstancesPage(m_pages));
    m_snapshots = new SnapshotsPage(m_ctx, m_pages);
    m_snapshots->setObjectName(u"snapshotsPage"_s);
    m_pages->addWidget(m_snapshots);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_pageTabs, &QTabBar::currentChanged, this, &MainWindow::showPage);
    connect(m_snapshots, &SnapshotsPage::newInstanceRequested, this,
            [this](const QString &snapId) { openNewInstanceDialog(snapId); });

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_view, &InstanceView::contextMenuRequested, this, &MainWindow::showContextMenu);
    // Enter (or a double click) on a row moves the keyboard into its details.
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_detail->tabs() && m_detail->tabs()->isVisible())
            m_detail->tabs()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_header->refreshButton(), &QToolButton::clicked, this, &MainWindow::refreshNow);
    connect(m_header, &HeaderStrip::manageAccountsRequested, this, &MainWindow::manageAccountsRequested);
    setTabOrder(m_pageTabs, m_header->accountButton());
    setTabOrder(m_header->accountButton(), m_header->refreshButton());
    setTabOrder(m_header->refreshButton(), m_tabs);
    setTabOrder(m_tabs, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_detail);
    statusBar()->setAccessibleName(tr("Status"));
    resize(1280, 800);
}

QWidget *MainWindow::buildInstancesPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(u"instancesPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tabRow = new QHBoxLayout;
    m_tabs = new QTabBar(page);
    m_tabs->setObjectName(u"statusTabs"_s);
    m_tabs->setAccessibleName(tr("Instance status"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setFocusPolicy(Qt::StrongFocus);
    for (StatusGroup g : kGroups)
        m_tabs->addTab(statusGroupText(g));
    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::onStatusTabChanged);
    tabRow->addWidget(m_tabs);
    tabRow->addStretch(1);
    m_search = new QLineEdit(page);
    m_search->setObjectName(u"searchBox"_s);
    m_search->setPlaceholderText(tr("Search by ID or name"));
    m_search->setAccessibleName(tr("Search instances by ID or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePlaceholder();
    });
    tabRow->addWidget(m_search);
    layout->addLayout(tabRow);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(u"listDetailSplitter"_s);
    m_splitter->setAccessibleName(tr("List and details"));
    m_splitter->setChildrenCollapsible(false);
    m_view = new InstanceView(m_splitter);
    m_view->setModel(m_proxy);
    m_detail = new DetailPane(m_ctx, m_splitter);
    m_detail->setObjectName(u"detailPane"_s);
    m_detail->setAccessibleName(tr("Instance details"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    return page;
}

void MainWindow::restoreSettings()
{
    QSettings *s = m_ctx.settings;
    m_view->restoreLayout(s);
    m_splitter->setSizes({280, 320});
    if (!s)
        return;
    restoreGeometry(s->value(kGeometryKey).toByteArray());
    restoreState(s->value(kStateKey).toByteArray());
    m_splitter->restoreState(s->value(kSplitterKey).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, s->value(kTabKey, 0).toInt(), m_tabs->count() - 1));
    showPage(s->value(kPageKey, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings *s = m_ctx.settings;
    if (!s)
        return;
    s->setValue(kGeometryKey, saveGeometry());
    s->setValue(kStateKey, saveState());
    s->setValue(kSplitterKey, m_splitter->saveState());
    s->setValue(kTabKey, m_tabs->currentIndex());
    s->setValue(kPageKey, m_pages->currentIndex());
    m_view->saveLayout(s);
}

void MainWindow::refreshNow()
{
    if (m_banner->isOffline())
        m_list->start(); // polling was paused while offline; this is the retry
    else
        m_list->refresh();
}

void MainWindow::onListFailed(const ApiError &error)
{
    qCInfo(lcUi) << "instance list failed:" << error.detail();
    if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout) {
        goOffline(error);
        return;
    }
    // The server answered, so it is reachable again; the list stays stale until a list arrives.
    if (m_banner->isOffline())
        m_banner->reportRecovered();
    m_error->showError(error);
    updatePlaceholder();
}

void MainWindow::applyList(const QList<Instance> &instances)
{
    m_banner->reportRecovered();
    m_view->setStale(false);
    m_error->clear();
    m_model->applySnapshot(instances);
    m_loaded = true;
    m_list->setTransitioning(m_model->anyTransitional());
    m_header->setUpdated(m_list->lastUpdated(), false);
    updateSummary();
    updatePlaceholder();
    updateDetail();
    if (!m_balance->isRunning())
        m_balance->start();
    emit instancesListed(instances);
    emit refreshed();
}

void MainWindow::clearAccountData()
{
    m_model->applySnapshot({});
    m_loaded = false;
    m_balanceValue.reset();
    m_header->setBalance(std::nullopt);
    m_error->clear();
    if (m_banner->isOffline())
        m_banner->reportRecovered();
    m_view->setStale(false);
    updateSummary();
    updatePlaceholder();
    updateDetail();
}

void MainWindow::goOffline(const ApiError &error)
{
    // Polling pauses; the banner's countdown (with backoff) decides when to try again.
    m_list->stop();
    m_banner->reportFailure(error, m_list->lastUpdated());
    m_view->setStale(true);
    m_header->setUpdated(m_list->lastUpdated(), true);
    updatePlaceholder();
}

void MainWindow::updateSummary()
{
    for (int i = 0; i < int(kGroups.size()); ++i) {
        const StatusGroup g = kGroups.at(size_t(i));
        const int count = m_model->countInGroup(g);
        m_tabs->setTabText(i, tr("%1 (%2)").arg(statusGroupText(g)).arg(count));
        m_tabs->setAccessibleTabName(i, tr("%1, %n instance(s)", nullptr, count).arg(statusGroupText(g)));
    }
    const MilliCredits burn = burnRatePerHour(int(m_model->burnRateCentPerHour()));
    m_header->setBurnRate(m_model->billedCount(), burn, m_model->anyCostEstimated());
    m_header->setRunway(computeRunway(m_balanceValue, burn, m_model->billedCount()),
                        m_model->anyCostEstimated());
    m_tray->setSummary(m_model->billedCount(), burn);
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (!m_loaded) {
        text = m_banner->isOffline()
                   ? tr("The server cannot be reached yet. The list appears as soon as it answers.")
               : m_error->isVisible() ? tr("The list could not be loaded.")
                                      : tr("Loading instances…");
    } else if (!m_proxy->filter().searchText().isEmpty()) {
        text = tr("No instance in this tab matches “%1”.").arg(m_proxy->filter().searchText());
    } else {
        switch (m_proxy->filter().group()) {
        case StatusGroup::Running:
            text = tr("No running instances.\nInstances you create appear here while they run and bill.");
            break;
        case StatusGroup::Snapshotting:
            text = tr("No snapshot in progress.\nInstances appear here while a snapshot is being saved.");
            break;
        case StatusGroup::Released:
            text = tr("No released instances.\nReleased instances stay listed here with their final cost.");
            break;
        }
    }
    m_view->setPlaceholderText(text);
}

void MainWindow::updateDetail()
{
    const QString id = selectedInstanceId();
    m_detail->showInstance(id.isEmpty() ? nullptr : m_model->instance(id));
}

void MainWindow::onSecondTick()
{
    if (!m_banner->isOffline())
        m_model->tick();
    m_header->setUpdated(m_list->lastUpdated(), m_banner->isOffline());
}

QString MainWindow::selectedInstanceId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(InstanceModel::InstanceIdRole).toString();
}

void MainWindow::selectInstance(const QString &instanceId)
{
    const int sourceRow = m_model->rowOf(instanceId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, InstanceModel::IdColumn));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void MainWindow::onSelectionChanged()
{
    m_actions->setCurrentInstance(selectedInstanceId());
    updateDetail();
}

void MainWindow::onStatusTabChanged(int index)
{
    m_proxy->setGroup(kGroups.at(size_t(qBound(0, index, int(kGroups.size()) - 1))));
    updatePlaceholder();
}

void MainWindow::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    const QString id = index.data(InstanceModel::InstanceIdRole).toString();
    QMenu menu(this);
    menu.setAccessibleName(tr("Instance actions"));
    m_actions->populateMenu(&menu, id);
    menu.addSeparator();
    menu.addAction(tr("Copy ID"), this, [id] { QApplication::clipboard()->setText(id); });
    menu.exec(globalPos);
}

QString MainWindow::instanceLabel(const QString &instanceId) const
{
    const Instance *in = m_model->instance(instanceId);
    return in ? tr("%1 (%2)").arg(in->displayName(), in->instanceID) : instanceId;
}

void MainWindow::onInstanceStateChanged(const QString &instanceId, InstanceState from, InstanceState to)
{
    const QString label = instanceLabel(instanceId);
    if (isSnapshotting(from) && to == InstanceState::Running) {
        notify(tr("Snapshot finished"), tr("%1 is running again.").arg(label));
    } else if (isSnapshotting(from) && to == InstanceState::Releasing) {
        notify(tr("Snapshot finished"), tr("%1 was saved and is being released.").arg(label));
    } else if (isSnapshotting(from) && to == InstanceState::Released) {
        notify(tr("Snapshot finished"), tr("%1 was saved and released; its billing has stopped.").arg(label));
    } else if (to == InstanceState::Released) {
        notify(tr("Instance released"), tr("%1 was released; its billing has stopped.").arg(label));
    } else if (to == InstanceState::Terminated) {
        notify(tr("Instance terminated"), tr("%1 was terminated by the server.").arg(label), true);
    }
}

void MainWindow::notify(const QString &title, const QString &message, bool failure)
{
    if (m_notificationsEnabled)
        m_tray->notify(title, message, failure);
    else
        showNotification(title, message, failure);
}

void MainWindow::showNotification(const QString &title, const QString &message, bool failure)
{
    if (failure)
        m_messages->showMessage(tr("%1 — %2").arg(title, message), MessageBar::Type::Error);
    else
        statusBar()->showMessage(tr("%1 — %2").arg(title, message), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_model->billedCount();
    if (running > 0) {
        const MilliCredits burn = burnRatePerHour(int(m_model->burnRateCentPerHour()));
        switch (m_tray->askOnClose(running, burn)) {
        case TrayController::CloseChoice::Cancel:
            event->ignore();
            return;
        case TrayController::CloseChoice::KeepInTray:
            saveSettings();
            QApplication::setQuitOnLastWindowClosed(false);
            event->ignore();
            hide();
            notify(tr("Glows Desktop is still running"),
                   tr("Your instances keep billing. Open the window again from the tray icon."));
            return;
        case TrayController::CloseChoice::Quit:
            QApplication::setQuitOnLastWindowClosed(true);
            break;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_list->setHidden(false);
    m_balance->setHidden(false);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_list->setHidden(true);
    m_balance->setHidden(true);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::WindowStateChange) {
        m_list->setHidden(isMinimized() || isHidden());
        m_balance->setHidden(isMinimized() || isHidden());
    }
}

} // namespace glows::ui
