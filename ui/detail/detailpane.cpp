// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/detailpane.h"

#include "ui/detail/accesstab.h"
#include "ui/detail/billingtab.h"
#include "ui/detail/configtab.h"
#include "ui/detail/detailwidgets.h"
#include "ui/detail/hardwaretab.h"
#include "ui/detail/monitortab.h"
#include "ui/detail/networkgrouptab.h"
#include "ui/detail/sshpanel.h"
#include "ui/formatting.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace glows::ui {

DetailPane::DetailPane(AppContext context, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_clipboardClearDelay(SecretClipboard::kDefaultClearDelay)
{
    auto *stack = new QStackedLayout(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    stack->addWidget(m_empty);
    retranslate();
}

void DetailPane::retranslate()
{
    m_empty->setText(tr("Select an instance to see its details."));
    if (!m_tabs)
        return;
    const QStringList titles{tr("Access"), tr("Monitor"),  tr("Billing"),
                             tr("Config"), tr("Hardware"), tr("Network Group")};
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, titles.value(i));
    if (m_hasInstance)
        updateAvailabilityTexts();
}

void DetailPane::changeEvent(QEvent *event)
{
    // The pages retranslate themselves; the pane only writes its own texts, so nothing is rebuilt and the
    // selected tab, scroll positions and chart history stay.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailPane::ensurePages()
{
    if (m_tabs)
        return;
    auto *page = new QWidget(this);
    m_availabilityNote = new QLabel(page);
    m_availabilityNote->setObjectName(QStringLiteral("availabilityNote"));
    m_availabilityNote->setTextFormat(Qt::PlainText);
    m_availabilityNote->setWordWrap(true);
    m_availabilityNote->setMargin(6);
    m_availabilityNote->hide();
    m_tabs = new QTabWidget(page);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_availabilityNote);
    pageLayout->addWidget(m_tabs, 1);
    m_pages = {new AccessTab(m_ctx, m_tabs),   new MonitorTab(m_ctx, m_tabs),
               new BillingTab(m_ctx, m_tabs),  new ConfigTab(m_ctx, m_tabs),
               new HardwareTab(m_ctx, m_tabs), new NetworkGroupTab(m_ctx, m_tabs)};
    for (DetailTab *page : std::as_const(m_pages))
        m_tabs->addTab(page, QString());
    retranslate();
    accessTab()->sshPanel()->setClipboardClearDelay(m_clipboardClearDelay);
    accessTab()->sshPanel()->setSshConfig(m_sshConfig);
    static_cast<QStackedLayout *>(layout())->addWidget(page);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailPane::updateActivePage);
}

DetailPane::~DetailPane() = default;

DetailTab *DetailPane::page(Tab tab)
{
    ensurePages();
    return m_pages.value(tab);
}

void DetailPane::setSshConfig(SshConfigSync *sync)
{
    m_sshConfig = sync;
    if (m_tabs)
        accessTab()->sshPanel()->setSshConfig(sync);
}

void DetailPane::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    m_clipboardClearDelay = delay;
    if (m_tabs)
        accessTab()->sshPanel()->setClipboardClearDelay(delay);
}

AccessTab *DetailPane::accessTab()
{
    return static_cast<AccessTab *>(page(AccessPage));
}

MonitorTab *DetailPane::monitorTab()
{
    return static_cast<MonitorTab *>(page(MonitorPage));
}

BillingTab *DetailPane::billingTab()
{
    return static_cast<BillingTab *>(page(BillingPage));
}

ConfigTab *DetailPane::configTab()
{
    return static_cast<ConfigTab *>(page(ConfigPage));
}

HardwareTab *DetailPane::hardwareTab()
{
    return static_cast<HardwareTab *>(page(HardwarePage));
}

NetworkGroupTab *DetailPane::networkGroupTab()
{
    return static_cast<NetworkGroupTab *>(page(NetworkGroupPage));
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
    ensurePages();
    m_instance = *instance;
    m_hasInstance = true;
    // Availability first, so a page that just became unavailable stops polling before it sees the new state.
    applyAvailability();
    for (DetailTab *page : std::as_const(m_pages))
        page->setInstance(m_instance);
    stack->setCurrentWidget(m_tabs->parentWidget());
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
    m_availabilityNote->setVisible(!live);
    for (int tab : {AccessPage, MonitorPage, BillingPage, NetworkGroupPage})
        m_tabs->setTabEnabled(tab, live);
    updateAvailabilityTexts();
}

void DetailPane::updateAvailabilityTexts()
{
    const bool live = m_instance.status.allowsLiveTabs();
    const QString why = tr("Only available while the instance is Running; it is %1 now. Config and Hardware "
                           "can still be viewed.")
                            .arg(statusText(m_instance.status));
    m_availabilityNote->setText(tr("This instance is %1, so only Config and Hardware can be viewed.")
                                    .arg(statusText(m_instance.status)));
    for (int tab : {AccessPage, MonitorPage, BillingPage, NetworkGroupPage})
        m_tabs->setTabToolTip(tab, live ? QString() : why);
}

void DetailPane::updateActivePage()
{
    if (m_applyingAvailability || !m_tabs)
        return;
    const int current = m_tabs->currentIndex();
    // A splitter collapses the pane to zero size without hiding it; a collapsed pane shows nothing either.
    const bool shown = m_hasInstance && isVisible() && width() > 0 && height() > 0;
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->setActive(shown && i == current && m_tabs->isTabEnabled(int(i)));
}

void DetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActivePage();
}

void DetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().isEmpty() != event->size().isEmpty())
        updateActivePage();
}

void DetailPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActivePage();
}

} // namespace glows::ui
