// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ui/appcontext.h"

#include <QWidget>

class QTabWidget;
class QLabel;

namespace glows::ui {

// The selected instance in the console's detail tabs: Access, Monitor, Billing, Config, Hardware, Network
// Group. Only the visible tab polls; Snapshotting and Released instances only offer Config and Hardware.
class DetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(AppContext context, QWidget *parent = nullptr);
    ~DetailPane() override;

    // Called on selection and on every refresh of the selected instance; nullptr clears the pane.
    void showInstance(const Instance *instance);
    QString instanceId() const { return m_instance.instanceID; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    AppContext m_ctx;
    Instance m_instance;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace glows::ui
