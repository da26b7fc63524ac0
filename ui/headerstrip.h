// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"
#include "core/guard/runway.h"

#include <QDateTime>
#include <QWidget>
#include <optional>

class QLabel;
class QMenu;
class QToolButton;

namespace glows::ui {

// The strip above the list: title, account (with the sandbox badge), burn rate, balance and freshness.
class HeaderStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit HeaderStrip(QWidget *parent = nullptr);

    void setAccount(const QString &name, bool sandbox);
    // The accounts offered by the account button's menu (ID and name, in order) and the current one.
    void setAccountChoices(const QList<QPair<QString, QString>> &accounts, const QString &currentId);
    // The title follows the page shown below the strip; empty hides it (a page with its own title).
    void setPageTitle(const QString &title);
    // `estimated`: the server reports no accrued cost, so the list's costs are the client's estimates.
    void setBurnRate(int runningCount, MilliCredits perHour, bool estimated = false);
    // nullopt hides the balance (the server does not provide it).
    void setBalance(std::optional<MilliCredits> balance, bool simulated = false);
    // "Balance lasts about 5 h 10 min" (the guard's runway: balance ÷ burn rate), always shown once the
    // balance is known; `estimated`: the burn rate comes from the client's estimates.
    void setRunway(const Runway &runway, bool estimated = false);
    // Re-renders "Updated N s ago"; stale marks the figure as the last known one.
    void setUpdated(const QDateTime &lastUpdated, bool stale);

    QToolButton *refreshButton() const { return m_refresh; }
    QToolButton *accountButton() const { return m_account; }
    QMenu *accountMenu() const { return m_accountMenu; }
    QLabel *sandboxBadge() const { return m_badge; }
    QLabel *burnRateLabel() const { return m_burn; }
    QLabel *balanceLabel() const { return m_balance; }
    QLabel *runwayLabel() const { return m_runway; }
    QLabel *updatedLabel() const { return m_updated; }

signals:
    void accountChosen(const QString &accountId);
    void manageAccountsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildAccountMenu();

    QLabel *m_title = nullptr;
    QToolButton *m_account = nullptr;
    QMenu *m_accountMenu = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_burn = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_runway = nullptr;
    QLabel *m_updated = nullptr;
    QToolButton *m_refresh = nullptr;
    // What the figures show, kept so a language switch can render them again.
    QString m_accountName;
    QString m_pageTitle;
    bool m_pageTitleSet = false;
    QList<QPair<QString, QString>> m_accountChoices;
    QString m_currentAccountId;
    bool m_sandbox = false;
    int m_runningCount = 0;
    MilliCredits m_perHour = 0;
    bool m_estimated = false;
    std::optional<MilliCredits> m_balanceValue;
    bool m_balanceSimulated = false;
    Runway m_runwayValue;
    bool m_runwayEstimated = false;
    QDateTime m_lastUpdated;
    bool m_stale = false;
};

} // namespace glows::ui
