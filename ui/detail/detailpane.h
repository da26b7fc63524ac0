// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ui/appcontext.h"

#include <QWidget>

class QTabWidget;
class QLabel;

namespace glows::ui {

class AccessTab;
class BillingTab;
class ConfigTab;
class DetailTab;
class HardwareTab;
class MonitorTab;
class NetworkGroupTab;

// The selected instance in the console's detail tabs: Access, Monitor, Billing, Config, Hardware, Network
// Group. Only the visible tab polls; Snapshotting and Released instances only offer Config and Hardware.
class DetailPane final : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        AccessPage,
        MonitorPage,
        BillingPage,
        ConfigPage,
        HardwarePage,
        NetworkGroupPage,
        PageCount
    };

    explicit DetailPane(AppContext context, QWidget *parent = nullptr);
    ~DetailPane() override;

    // Called on selection and on every refresh of the selected instance; nullptr clears the pane.
    void showInstance(const Instance *instance);
    QString instanceId() const { return m_instance.instanceID; }
    QTabWidget *tabs() const { return m_tabs; }

    DetailTab *page(Tab tab) const { return m_pages.value(tab); }
    AccessTab *accessTab() const;
    MonitorTab *monitorTab() const;
    BillingTab *billingTab() const;
    ConfigTab *configTab() const;
    HardwareTab *hardwareTab() const;
    NetworkGroupTab *networkGroupTab() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyAvailability();
    void updateActivePage();

    AppContext m_ctx;
    Instance m_instance;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
    QList<DetailTab *> m_pages;
    bool m_hasInstance = false;
    bool m_applyingAvailability = false;
};

} // namespace glows::ui
