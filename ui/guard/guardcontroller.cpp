// SPDX-License-Identifier: Apache-2.0
#include "ui/guard/guardcontroller.h"

#include "core/logging.h"
#include "guard/guardtext.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/sshpanel.h"
#include "ui/dialogs/confirmation.h"
#include "ui/instancemodel.h"
#include "ui/mainwindow.h"
#include "ui/notify/notifier.h"

#include <QDesktopServices>
#include <QTabWidget>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
constexpr int kJupyterPort = 8888;

// Which mark a row gets from the rules that apply to it.
InstanceModel::GuardMark markFor(const GuardInstanceRules &r, bool idleAvailable)
{
    const bool idle = r.idleEnabled && idleAvailable;
    const bool armed = (idle && r.idleAutoAct) || (r.spendCapEnabled && r.spendCapAutoAct) ||
                       (r.timeCapEnabled && r.timeCapAutoAct);
    if (armed)
        return InstanceModel::GuardMark::Armed;
    return idle || r.spendCapEnabled || r.timeCapEnabled ? InstanceModel::GuardMark::Watched
                                                         : InstanceModel::GuardMark::None;
}
} // namespace

GuardController::GuardController(GlowsClient *client, QSettings *settings, const QString &historyPath,
                                 QObject *parent)
    : QObject(parent), m_history(historyPath.isEmpty() ? GuardHistory::defaultPath() : historyPath),
      m_store(settings), m_runner(client, &m_history)
{
    m_runner.setFallbackSampleSource(&m_sshSamples);
    connect(&m_runner, &GuardRunner::sampleOriginChanged, this, &GuardController::sampleOriginChanged);
    // The history opens (and says so if it cannot) on its first use, the guard's first decision: opening
    // SQLite here held the window's first paint up by the driver's loading.
    connect(&m_runner, &GuardRunner::decided, this, &GuardController::onDecided);
    connect(&m_runner, &GuardRunner::actionFinished, this, &GuardController::onActionFinished);
    connect(&m_runner, &GuardRunner::pendingChanged, this, &GuardController::updateRows);
    connect(&m_runner, &GuardRunner::evaluated, this, &GuardController::updateRows);
    connect(&m_runner, &GuardRunner::idleRuleAvailabilityChanged, this, [this](bool available) {
        updateRows();
        emit idleRuleAvailabilityChanged(available);
    });
    // The countdowns on the rows move every second between polls.
    m_rowTimer.setInterval(1000);
    connect(&m_rowTimer, &QTimer::timeout, this, &GuardController::updateRows);
}

GuardController::~GuardController() = default;

void GuardController::attach(MainWindow *window)
{
    m_window = window;
    if (Notifier *n = notifier())
        connect(n, &Notifier::actionInvoked, this, &GuardController::onNotificationAction);
    connect(window->instanceModel(), &InstanceModel::rowsInserted, this, &GuardController::updateRows);
    // The window already polls the list (every second in transitions, ten when steady); the guard evaluates
    // on those answers and polls the list itself only while they do not come, e.g. in the tray.
    connect(window, &MainWindow::instancesListed, &m_runner, &GuardRunner::offerInstances);
    m_runner.setSharesList(true);
    updateRows();
}

Notifier *GuardController::notifier() const
{
    return m_window ? m_window->notifier() : nullptr;
}

QString GuardController::notificationKey(GuardRule rule, const QString &instanceId)
{
    return instanceId.isEmpty() ? u"guard/%1"_s.arg(guardRuleKey(rule))
                                : u"guard/%1/%2"_s.arg(guardRuleKey(rule), instanceId);
}

void GuardController::setAccount(const QString &accountId)
{
    if (accountId == m_accountId && m_runner.isRunning())
        return;
    m_accountId = accountId;
    m_rules = m_store.load(accountId);
    m_enabled = m_store.isEnabled(accountId);
    m_shownMinutes.clear();
    m_armed.clear();
    m_runner.setAccountId(accountId);
    applyRules();
}

void GuardController::setRules(const GuardAccountRules &rules, bool enabled)
{
    GuardAccountRules next = rules;
    next.overrides = m_rules.overrides; // the page edits the defaults; overrides live in the Billing tab
    m_rules = next;
    m_enabled = enabled;
    m_store.save(m_accountId, m_rules);
    m_store.setEnabled(m_accountId, enabled);
    applyRules();
}

void GuardController::setOverride(const QString &instanceId, const GuardOverride &override)
{
    if (override.isEmpty())
        m_rules.overrides.remove(instanceId);
    else
        m_rules.overrides.insert(instanceId, override);
    m_store.saveOverride(m_accountId, instanceId, override);
    applyRules();
}

void GuardController::applyRules()
{
    m_runner.setRules(m_rules);
    if (m_enabled && !m_accountId.isEmpty()) {
        if (!m_runner.isRunning())
            m_runner.start();
        m_rowTimer.start();
    } else {
        m_runner.stop();
        m_rowTimer.stop();
    }
    updateRows();
    emit rulesChanged();
}

QString GuardController::instanceName(const QString &instanceId) const
{
    const Instance *in = m_window ? m_window->instanceModel()->instance(instanceId) : nullptr;
    return in ? in->displayName() : instanceId;
}

void GuardController::updateRows()
{
    if (!m_window)
        return;
    InstanceModel *model = m_window->instanceModel();
    QHash<QString, InstanceModel::GuardRow> rows;
    if (m_enabled) {
        const bool idle = m_runner.idleRuleAvailable();
        for (int r = 0; r < model->rowCount(); ++r) {
            const Instance *in = model->instanceAt(r);
            if (in->status.state() != InstanceState::Running)
                continue;
            InstanceModel::GuardRow row;
            row.mark = markFor(m_rules.rulesFor(in->instanceID), idle);
            if (row.mark != InstanceModel::GuardMark::None)
                rows.insert(in->instanceID, row);
        }
        const qint64 now = m_runner.serverNow();
        for (const GuardPending &p : m_runner.pending()) {
            InstanceModel::GuardRow &row = rows[p.instanceId];
            row.mark = InstanceModel::GuardMark::Armed;
            row.waiting = p.waitingOffline;
            row.countdownSeconds = p.waitingOffline ? -1 : qMax<qint64>(0, p.deadline - now);
        }
    }
    model->setGuardRows(rows);
    refreshCountdownNotifications();
}

void GuardController::refreshCountdownNotifications()
{
    if (m_armed.isEmpty() || !notifier())
        return;
    const qint64 now = m_runner.serverNow();
    for (const GuardPending &p : m_runner.pending()) {
        const QString key = notificationKey(p.rule, p.instanceId);
        const auto it = m_armed.constFind(key);
        if (it == m_armed.constEnd() || p.waitingOffline)
            continue;
        GuardDecision d = *it;
        d.serverTime = qMin(now, p.deadline);
        d.deadline = p.deadline;
        if (m_shownMinutes.value(key, -1) != (d.deadline - d.serverTime) / 60)
            notifyRule(d);
    }
}

void GuardController::onDecided(const GuardDecision &d)
{
    Notifier *n = notifier();
    if (!n || !m_enabled)
        return;
    const QString key = notificationKey(d.rule, d.instanceId);
    switch (d.kind) {
    case GuardDecisionKind::Arm:
        m_armed.insert(key, d);
        notifyRule(d);
        break;
    case GuardDecisionKind::Notify:
    case GuardDecisionKind::WaitingOffline:
        notifyRule(d);
        break;
    case GuardDecisionKind::Act: {
        m_armed.remove(key);
        Notification note;
        note.key = key;
        note.summary = tr("%1: snapshot, then release").arg(GuardText::ruleName(d.rule));
        note.body = GuardText::describe(d);
        note.actions = {{QString(kOpen), tr("Open")}};
        n->show(note);
        break;
    }
    case GuardDecisionKind::Cancel:
    case GuardDecisionKind::Snoozed:
        m_shownMinutes.remove(key);
        m_armed.remove(key);
        n->withdraw(key);
        break;
    case GuardDecisionKind::RunwayAlert: {
        Notification note;
        note.key = key;
        note.summary = tr("Balance runs low");
        note.body = GuardText::describe(d);
        note.actions = {{QString(kOpen), tr("Open")}};
        note.urgent = d.threshold <= 3600;
        n->show(note);
        break;
    }
    case GuardDecisionKind::Ready: {
        Notification note;
        note.key = key;
        note.summary = tr("Ready: %1").arg(d.instanceName.isEmpty() ? d.instanceId : d.instanceName);
        note.body = GuardText::describe(d);
        note.actions = {{QString(kTerminal), tr("Open Terminal")},
                        {QString(kJupyter), tr("Open JupyterLab")}};
        n->show(note);
        break;
    }
    case GuardDecisionKind::DailyReminder: {
        Notification note;
        note.key = key;
        note.summary = tr("Still running");
        note.body = GuardText::describe(d);
        note.actions = {{QString(kOpen), tr("Open")}};
        n->show(note);
        break;
    }
    case GuardDecisionKind::MetricsUnavailable:
        break; // said on the Guard settings page and in the history
    }
}

void GuardController::notifyRule(const GuardDecision &d)
{
    const QString key = notificationKey(d.rule, d.instanceId);
    Notification note;
    note.key = key;
    const QString name = d.instanceName.isEmpty() ? d.instanceId : d.instanceName;
    note.summary = tr("%1: %2").arg(GuardText::ruleName(d.rule), name);
    QString body = GuardText::describe(d);
    if (d.kind == GuardDecisionKind::Arm && d.deadline > d.serverTime) {
        body += u"\n"_s + tr("Snapshot & Release in %1 unless you answer.")
                              .arg(GuardText::duration(d.deadline - d.serverTime));
    }
    note.body = body;
    note.actions = {{QString(kSnapshotRelease), tr("Snapshot & Release")},
                    {QString(kKeepOneHour), tr("Keep running for 1 h")},
                    {QString(kOpen), tr("Open")}};
    note.resident = true;
    m_shownMinutes.insert(key, (d.deadline - d.serverTime) / 60);
    notifier()->show(note);
}

void GuardController::onActionFinished(const QString &instanceId, bool ok, const QString &message)
{
    Notifier *n = notifier();
    if (!n)
        return;
    Notification note;
    note.key = u"guard/action/"_s + instanceId;
    note.summary = ok ? tr("Guard: snapshot started") : tr("Guard: snapshot failed");
    note.body = ok ? tr("%1 is being saved; it is released once the snapshot has succeeded.")
                         .arg(instanceName(instanceId))
                   : tr("%1 was not touched: %2").arg(instanceName(instanceId), message);
    note.urgent = !ok;
    note.actions = {{QString(kOpen), tr("Open")}};
    n->show(note);
    if (m_window)
        m_window->refreshNow();
}

void GuardController::onNotificationAction(const QString &key, const QString &actionId)
{
    if (!key.startsWith(u"guard/"_s))
        return;
    const QStringList parts = key.split(u'/');
    const QString instanceId = parts.size() >= 3 ? parts.mid(2).join(u'/') : QString();
    qCInfo(lcUi) << "guard notification action" << actionId << "for" << key;
    if (actionId == kKeepOneHour && !instanceId.isEmpty()) {
        m_runner.snooze(instanceId);
    } else if (actionId == kSnapshotRelease && !instanceId.isEmpty()) {
        confirmSnapshotAndRelease(instanceId);
    } else if (actionId == kTerminal) {
        openTerminal(instanceId);
    } else if (actionId == kJupyter) {
        const Instance *in = m_window ? m_window->instanceModel()->instance(instanceId) : nullptr;
        if (in) {
            for (const Access &a : in->accesses) {
                if (a.listenPort == kJupyterPort && !a.url.isEmpty() && a.protocol.startsWith(u"http"_s)) {
                    QDesktopServices::openUrl(QUrl(a.url));
                    return;
                }
            }
        }
        openInstance(instanceId, true);
    } else if (actionId == kOpen || actionId == Notifier::kDefaultAction) {
        openInstance(instanceId, false);
    }
}

void GuardController::openInstance(const QString &instanceId, bool accessTab)
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (instanceId.isEmpty())
        return;
    m_window->showPage(MainWindow::InstancesPage);
    m_window->selectInstance(instanceId);
    if (accessTab && m_window->detailPane()->tabs())
        m_window->detailPane()->tabs()->setCurrentWidget(m_window->detailPane()->accessTab());
}

// Through the Access tab's own SSH panel, so the terminal runs what its "Open in Terminal" runs (`ssh
// <alias>` with the managed config in place). Without a terminal, the tab shows why and the command to copy.
void GuardController::openTerminal(const QString &instanceId)
{
    openInstance(instanceId, false);
    if (!m_window || instanceId.isEmpty())
        return;
    DetailPane *detail = m_window->detailPane();
    const bool selected = detail->instanceId() == instanceId && detail->accessTab();
    if (selected && detail->accessTab()->sshPanel()->openTerminal() == TerminalLauncher::Result::Started)
        return;
    openInstance(instanceId, true);
}

void GuardController::confirmSnapshotAndRelease(const QString &instanceId)
{
    openInstance(instanceId, false);
    if (!m_window)
        return;
    Confirmation what;
    what.title = tr("Snapshot & Release");
    what.text = tr("Take a snapshot of %1, then release it? The release happens only once the snapshot has "
                   "succeeded; billing stops then.")
                    .arg(instanceName(instanceId));
    what.confirmLabel = tr("Snapshot & Release");
    what.objectName = u"guardSnapshotReleaseConfirm"_s;
    confirmDestructive(m_window, what, [this, instanceId] { m_runner.snapshotAndRelease(instanceId); });
}

} // namespace glows::ui
