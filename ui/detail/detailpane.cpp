// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/detailpane.h"

#include "ui/detail/accesstab.h"
#include "ui/detail/billingtab.h"
#include "ui/detail/configtab.h"
#include "ui/detail/hardwaretab.h"
#include "ui/detail/monitortab.h"
#include "ui/detail/networkgrouptab.h"
#include "ui/formatting.h"

#include <QLabel>
#include <QScopedValueRollback>
#include <QStackedLayout>
#include <QTabWidget>

namespace glows::ui {

DetailPane::DetailPane(AppContext context, QWidget *parent) : QWidget(parent), m_ctx(context)
{
    auto *stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Select an instance to see its details."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_tabs = new QTabWidget(this);
    m_pages = {new AccessTab(context, m_tabs),   new MonitorTab(context, m_tabs),
               new BillingTab(context, m_tabs),  new ConfigTab(context, m_tabs),
               new HardwareTab(context, m_tabs), new NetworkGroupTab(context, m_tabs)};
    const QStringList titles{tr("Access"), tr("Monitor"),  tr("Billing"),
                             tr("Config"), tr("Hardware"), tr("Network Group")};
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        m_tabs->addTab(m_pages.at(i), titles.at(i));
    stack->addWidget(m_empty);
    stack->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailPane::updateActivePage);
}

DetailPane::~DetailPane() = default;

AccessTab *DetailPane::accessTab() const
{
    return static_cast<AccessTab *>(m_pages.at(AccessPage));
}

MonitorTab *DetailPane::monitorTab() const
{
    return static_cast<MonitorTab *>(m_pages.at(MonitorPage));
}

BillingTab *DetailPane::billingTab() const
{
    return static_cast<BillingTab *>(m_pages.at(BillingPage));
}

ConfigTab *DetailPane::configTab() const
{
    return static_cast<ConfigTab *>(m_pages.at(ConfigPage));
}

HardwareTab *DetailPane::hardwareTab() const
{
    return static_cast<HardwareTab *>(m_pages.at(HardwarePage));
}

NetworkGroupTab *DetailPane::networkGroupTab() const
{
    return static_cast<NetworkGroupTab *>(m_pages.at(NetworkGroupPage));
}

void DetailPane::showInstance(const Instance *instance)
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (!instance) {
        m_instance = {};
        m_hasInstance = false;
        stack->setCurrentWidget(m_empty);
        updateActivePage();
        return;
    }
    m_instance = *instance;
    m_hasInstance = true;
    // Availability first, so a page that just became unavailable stops polling before it sees the new state.
    applyAvailability();
    for (DetailTab *page : std::as_const(m_pages))
        page->setInstance(m_instance);
    stack->setCurrentWidget(m_tabs);
    updateActivePage();
}

void DetailPane::applyAvailability()
{
    const bool live = m_instance.status.allowsLiveTabs();
    // QTabBar moves off a tab being disabled to its neighbour, which may be disabled next; leaving for
    // Config first and activating pages once at the end keeps those passing tabs from polling.
    const QScopedValueRollback<bool> quiet(m_applyingAvailability, true);
    if (!live && m_tabs->currentIndex() != HardwarePage)
        m_tabs->setCurrentIndex(ConfigPage);
    const QString why = tr("Only available while the instance is Running; it is %1 now. Config and Hardware "
                           "can still be viewed.")
                            .arg(statusText(m_instance.status));
    for (int tab : {AccessPage, MonitorPage, BillingPage, NetworkGroupPage}) {
        m_tabs->setTabEnabled(tab, live);
        m_tabs->setTabToolTip(tab, live ? QString() : why);
    }
}

void DetailPane::updateActivePage()
{
    if (m_applyingAvailability)
        return;
    const int current = m_tabs->currentIndex();
    const bool shown = m_hasInstance && isVisible();
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->setActive(shown && i == current && m_tabs->isTabEnabled(int(i)));
}

void DetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActivePage();
}

void DetailPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActivePage();
}

} // namespace glows::ui
