// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/livequery.h"
#include "core/clock.h"
#include "ui/detail/detailtab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace glows::ui {

class GuardSection;
class MessageBar;

class BillingModel;

// The Billing tab: the instance's billing records with a total line and CSV export. Without the server's
// billing extension it shows an estimate from the hourly price and the time Running, labelled as such.
class BillingTab final : public DetailTab
{
    Q_OBJECT
public:
    explicit BillingTab(AppContext context, QWidget *parent = nullptr);

    BillingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The instance's guard overrides; null when the app runs no guard.
    GuardSection *guardSection() const { return m_guard; }
    bool isEstimate() const { return m_estimate; }
    QString totalText() const;
    void setPollInterval(int ms);
    // The clock of the estimate (the system's by default); it must outlive the tab.
    void setClock(const Clock &clock) { m_clock = &clock; }
    bool writeCsv(const QString &path) const;
    void exportCsv();

protected:
    void instanceChanged(bool switched) override;
    void activeChanged(bool active) override;
    void retranslate() override;

private:
    void updatePolling();
    void showRecords(const QList<BillingRecord> &records);
    void showError(const ApiError &error);
    void clearRecords();
    void showEstimate();
    void updateTotal();

    BillingModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    MessageBar *m_notice = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_export = nullptr;
    GuardSection *m_guard = nullptr;
    LiveQuery *m_query;
    const Clock *m_clock = &systemClock();
    bool m_estimate = false;
    bool m_loaded = false;
};

} // namespace glows::ui
