// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ui/appcontext.h"

#include <QWidget>
#include <chrono>

class QTabWidget;
class QLabel;

namespace glows::ui {

class AccessTab;
class SshConfigSync;
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
    // The tab widget, or nullptr until the tabs are built: that happens on the first selection (or the first
    // call of a page accessor below), so a start with nothing selected does not pay for six tabs.
    QTabWidget *tabs() const { return m_tabs; }

    DetailTab *page(Tab tab);
    AccessTab *accessTab();
    MonitorTab *monitorTab();
    BillingTab *billingTab();
    ConfigTab *configTab();
    HardwareTab *hardwareTab();
    NetworkGroupTab *networkGroupTab();

    // How long a copied SSH password stays on the clipboard; kept here so it holds before the tabs exist.
    void setClipboardClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clipboardClearDelay() const { return m_clipboardClearDelay; }
    // Issue 19: the managed SSH config the SSH panel uses for Open in Terminal and the editors.
    void setSshConfig(SshConfigSync *sync);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensurePages();
    void retranslate();
    void applyAvailability();
    void updateAvailabilityTexts();
    void updateActivePage();

    AppContext m_ctx;
    Instance m_instance;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_availabilityNote = nullptr;
    QList<DetailTab *> m_pages;
    std::chrono::milliseconds m_clipboardClearDelay{30000};
    SshConfigSync *m_sshConfig = nullptr;
    bool m_hasInstance = false;
    bool m_applyingAvailability = false;
};

} // namespace glows::ui
