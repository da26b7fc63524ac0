// SPDX-License-Identifier: Apache-2.0
// MainWindow's pages, the account it shows and the preferences it applies.
#include "ui/mainwindow.h"

#include "ui/detail/detailpane.h"
#include "ui/headerstrip.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/messagebar.h"
#include "ui/offlinebanner.h"
#include "ui/snapshots/snapshotspage.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace glows::ui {

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int page)
{
    page = qBound(0, page, m_pages->count() - 1);
    m_pages->setCurrentIndex(page);
    m_pageTabs->setCurrentIndex(page);
    // The Snapshots page has its own title.
    m_header->setPageTitle(page == InstancesPage ? m_pageTabs->tabText(page) : QString());
    m_toolbar->setVisible(page == InstancesPage);
}

void MainWindow::setAccount(const QString &name, bool sandbox)
{
    m_ctx.sandbox = sandbox;
    setAccountName(name);
    if (!m_list->isRunning())
        m_list->start();
}

void MainWindow::setRefreshIntervals(int steadySeconds, int transitionSeconds, int hiddenSeconds)
{
    LiveQuery::Intervals intervals = m_list->intervals();
    intervals.steadyMs = steadySeconds * 1000;
    intervals.transitionMs = transitionSeconds * 1000;
    intervals.hiddenMs = hiddenSeconds * 1000;
    m_list->setIntervals(intervals);
}

void MainWindow::setNotificationsEnabled(bool enabled)
{
    m_notificationsEnabled = enabled;
}

void MainWindow::setClipboardClearSeconds(int seconds)
{
    m_detail->setClipboardClearDelay(std::chrono::seconds(seconds));
}

} // namespace glows::ui
