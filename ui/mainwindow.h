// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/appcontext.h"

#include <QMainWindow>
#include <QTimer>

class QTabBar;
class QTableView;
class QLabel;

namespace glows::ui {

class InstanceModel;
class InstanceFilterProxy;

// The My Instance page: status tabs over one live list of the account's instances.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    InstanceModel *instanceModel() const { return m_model; }
    InstanceFilterProxy *proxy() const { return m_proxy; }
    QTabBar *statusTabs() const { return m_tabs; }
    QTableView *instanceView() const { return m_view; }

    void refreshNow();

signals:
    void refreshed();

private:
    void buildUi();
    void updateTabCounts();
    void onStatusTabChanged(int index);

    AppContext m_ctx;
    InstanceModel *m_model;
    InstanceFilterProxy *m_proxy;
    QTabBar *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_pollTimer;
    QTimer m_tickTimer;
    bool m_requestInFlight = false;
};

} // namespace glows::ui
