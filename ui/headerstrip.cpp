// SPDX-License-Identifier: Apache-2.0
#include "ui/headerstrip.h"

#include "core/clock.h"
#include "guard/guardtext.h"
#include "ui/formatting.h"
#include "ui/settings/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
QLabel *makeFigure(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

HeaderStrip::HeaderStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"headerStrip"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *left = new QVBoxLayout;
    left->setSpacing(2);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    left->addWidget(m_title);

    auto *accountRow = new QHBoxLayout;
    accountRow->setSpacing(8);
    m_account = new QToolButton(this);
    m_account->setObjectName(u"accountButton"_s);
    m_account->setPopupMode(QToolButton::InstantPopup);
    m_account->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_account->setAutoRaise(true);
    m_account->setFocusPolicy(Qt::StrongFocus);
    m_accountMenu = new QMenu(m_account);
    m_accountMenu->setObjectName(u"accountMenu"_s);
    m_account->setMenu(m_accountMenu);
    m_badge = new QLabel(this);
    m_badge->setObjectName(u"sandboxBadge"_s);
    // Amber pill: it must be impossible to mistake the simulation for the real cloud.
    followTheme(m_badge, [this] {
        m_badge->setStyleSheet(u"QLabel#sandboxBadge { background: %1; color: %2; border: 1px solid %3;"
                               " border-radius: 8px; padding: 1px 8px; font-weight: bold; }"_s.arg(
                                   themeColor(ColorRole::WarningBackground).name(),
                                   themeColor(ColorRole::Warning).name(),
                                   themeColor(ColorRole::WarningBorder).name()));
    });
    m_badge->hide();
    accountRow->addWidget(m_account);
    accountRow->addWidget(m_badge);
    accountRow->addStretch(1);
    left->addLayout(accountRow);
    layout->addLayout(left, 1);

    auto *figures = new QVBoxLayout;
    figures->setSpacing(2);
    m_burn = makeFigure(this, u"burnRateLabel"_s);
    m_balance = makeFigure(this, u"balanceLabel"_s);
    m_balance->hide();
    m_runway = makeFigure(this, u"runwayLabel"_s);
    // Their lines are kept while the balance is unknown, so the strip does not grow when it arrives.
    for (QLabel *figure : {m_balance, m_runway}) {
        QSizePolicy keep = figure->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        figure->setSizePolicy(keep);
    }
    m_runway->hide();
    m_burn->setAlignment(Qt::AlignRight);
    m_balance->setAlignment(Qt::AlignRight);
    m_runway->setAlignment(Qt::AlignRight);
    figures->addStretch(1);
    figures->addWidget(m_burn);
    figures->addWidget(m_balance);
    figures->addWidget(m_runway);
    figures->addStretch(1);
    layout->addLayout(figures);

    layout->addSpacing(16);
    auto *freshness = new QHBoxLayout;
    m_updated = makeFigure(this, u"updatedLabel"_s);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    freshness->addWidget(m_updated);
    freshness->addWidget(m_refresh);
    layout->addLayout(freshness);
    retranslate();
}

void HeaderStrip::retranslate()
{
    if (!m_pageTitleSet)
        m_title->setText(tr("My Instances"));
    m_title->setAccessibleName(tr("Page title"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setToolTip(tr("Switch to another account"));
    m_badge->setText(tr("Sandbox (simulated)"));
    m_badge->setAccessibleName(tr("Sandbox (simulated)"));
    m_badge->setToolTip(
        tr("This account is a local simulation: no real machines run and nothing is billed."));
    m_burn->setAccessibleName(tr("Burn rate"));
    m_balance->setAccessibleName(tr("Balance"));
    m_runway->setAccessibleName(tr("Balance runway"));
    m_updated->setAccessibleName(tr("Last update"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Refresh now"));
    m_refresh->setToolTip(tr("Refresh now (F5)"));
    if (!m_accountName.isEmpty())
        setAccount(m_accountName, m_sandbox);
    rebuildAccountMenu();
    setBurnRate(m_runningCount, m_perHour, m_estimated);
    setBalance(m_balanceValue, m_balanceSimulated);
    setRunway(m_runwayValue, m_runwayEstimated);
    setUpdated(m_lastUpdated, m_stale);
}

void HeaderStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HeaderStrip::setAccount(const QString &name, bool sandbox)
{
    m_accountName = name;
    m_sandbox = sandbox;
    m_account->setText(tr("Account: %1").arg(name));
    m_badge->setVisible(sandbox);
}

void HeaderStrip::setAccountChoices(const QList<QPair<QString, QString>> &accounts, const QString &currentId)
{
    m_accountChoices = accounts;
    m_currentAccountId = currentId;
    rebuildAccountMenu();
}

void HeaderStrip::rebuildAccountMenu()
{
    m_accountMenu->clear();
    for (const auto &[id, name] : std::as_const(m_accountChoices)) {
        QAction *choice = m_accountMenu->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(id == m_currentAccountId);
        choice->setData(id);
        connect(choice, &QAction::triggered, this, [this, accountId = id] { emit accountChosen(accountId); });
    }
    if (!m_accountChoices.isEmpty())
        m_accountMenu->addSeparator();
    m_accountMenu->addAction(tr("Manage Accounts…"), this, &HeaderStrip::manageAccountsRequested);
}

void HeaderStrip::setPageTitle(const QString &title)
{
    m_pageTitleSet = true;
    m_pageTitle = title;
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void HeaderStrip::setBurnRate(int runningCount, MilliCredits perHour, bool estimated)
{
    m_runningCount = runningCount;
    m_perHour = perHour;
    m_estimated = estimated;
    const QString rate = formatCreditsPerHour(perHour);
    m_burn->setText(estimated ? tr("Burn rate: ≈ %1").arg(rate) : tr("Burn rate: %1").arg(rate));
    const QString sum = tr("Sum of the hourly price of %n running instance(s)", nullptr, runningCount);
    m_burn->setToolTip(estimated
                           ? tr("%1. This server reports no billing data, so the costs shown are "
                                "estimates from these prices; the console's Billing page has the billed "
                                "amounts.")
                                 .arg(sum)
                           : sum);
}

void HeaderStrip::setBalance(std::optional<MilliCredits> balance, bool simulated)
{
    m_balanceValue = balance;
    m_balanceSimulated = simulated;
    m_balance->setVisible(balance.has_value());
    if (!balance)
        return;
    m_balance->setText(simulated ? tr("Balance: %1 (simulated)").arg(formatCredits(*balance))
                                 : tr("Balance: %1").arg(formatCredits(*balance)));
}

void HeaderStrip::setRunway(const Runway &runway, bool estimated)
{
    m_runwayValue = runway;
    m_runwayEstimated = estimated;
    m_runway->setVisible(runway.known);
    if (!runway.known)
        return;
    const QString text = GuardText::runway(runway);
    // With a burn, the figure assumes today's burn rate continues: an estimate either way, said in words
    // when the rate itself is estimated.
    m_runway->setText(estimated && runway.seconds ? tr("%1 (estimate)").arg(text) : text);
    m_runway->setToolTip(
        runway.seconds
            ? tr("Balance divided by the burn rate of the running instances (%1), if nothing changes.")
                  .arg(formatCreditsPerHour(runway.burnPerHour))
            : tr("No instance is running, so the balance is not being spent."));
}

void HeaderStrip::setUpdated(const QDateTime &lastUpdated, bool stale)
{
    m_lastUpdated = lastUpdated;
    m_stale = stale;
    if (!lastUpdated.isValid()) {
        m_updated->setText(stale ? tr("Not updated yet") : tr("Loading…"));
        return;
    }
    const qint64 seconds = qMax<qint64>(0, (systemClock().wallMs() - lastUpdated.toMSecsSinceEpoch()) / 1000);
    const QString ago = seconds < 60 ? tr("Updated %n s ago", nullptr, int(seconds))
                                     : tr("Updated %1 ago").arg(formatDuration(seconds));
    m_updated->setText(stale ? tr("%1 (stale)").arg(ago) : ago);
    m_updated->setToolTip(formatDateTime(lastUpdated.toSecsSinceEpoch()));
}

} // namespace glows::ui
