// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include "api/glowsclient.h"
#include "core/logging.h"
#include "ui/formatting.h"
#include "ui/instancefilterproxy.h"
#include "ui/instancemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent), m_ctx(context), m_model(new InstanceModel(this)),
      m_proxy(new InstanceFilterProxy(m_model, this))
{
    buildUi();
    connect(&m_pollTimer, &QTimer::timeout, this, &MainWindow::refreshNow);
    connect(&m_tickTimer, &QTimer::timeout, m_model, &InstanceModel::tick);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTabCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTabCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTabCounts);
    m_tickTimer.start(1000);
    m_pollTimer.start(10000);
    refreshNow();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("Glows Desktop"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *title = new QLabel(tr("My Instances"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_tabs = new QTabBar(central);
    m_tabs->setObjectName(u"statusTabs"_s);
    m_tabs->setAccessibleName(tr("Instance status"));
    for (StatusGroup g : {StatusGroup::Running, StatusGroup::Snapshotting, StatusGroup::Released})
        m_tabs->addTab(statusGroupText(g));
    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::onStatusTabChanged);
    layout->addWidget(m_tabs);

    m_view = new QTableView(central);
    m_view->setObjectName(u"instanceView"_s);
    m_view->setAccessibleName(tr("Instances"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = InstanceModel::RegionColumn; c < InstanceModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, true);
    m_view->setColumnWidth(InstanceModel::IdColumn, 140);
    m_view->setColumnWidth(InstanceModel::NameColumn, 320);
    m_view->setColumnWidth(InstanceModel::CostColumn, 160);
    layout->addWidget(m_view, 1);

    setCentralWidget(central);
    m_status = new QLabel(statusBar());
    statusBar()->addWidget(m_status, 1);
    resize(1100, 700);
    updateTabCounts();
}

void MainWindow::onStatusTabChanged(int index)
{
    m_proxy->setGroup(StatusGroup(index));
}

void MainWindow::updateTabCounts()
{
    for (StatusGroup g : {StatusGroup::Running, StatusGroup::Snapshotting, StatusGroup::Released}) {
        m_tabs->setTabText(int(g), tr("%1 (%2)").arg(statusGroupText(g)).arg(m_model->countInGroup(g)));
    }
}

void MainWindow::refreshNow()
{
    if (m_requestInFlight || !m_ctx.client)
        return;
    m_requestInFlight = true;
    m_ctx.client->listInstances(this, [this](const ApiResult<QList<Instance>> &result) {
        m_requestInFlight = false;
        if (!result.ok()) {
            m_status->setText(result.error().userMessage());
            return;
        }
        m_model->applySnapshot(result.value());
        m_status->setText(tr("%n instance(s)", nullptr, int(result.value().size())));
        emit refreshed();
    });
}

} // namespace glows::ui
