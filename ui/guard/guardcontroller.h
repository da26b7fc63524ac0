// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/guard/guardengine.h"
#include "guard/guardhistory.h"
#include "guard/guardrunner.h"
#include "guard/guardsettings.h"
#include "guard/sshgpusamplesource.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace glows {
class GlowsClient;
}

namespace glows::ui {

class MainWindow;
class Notifier;

// The guard inside the app: one GuardRunner on the app's client (so it follows every account switch the
// client makes), its history file and the stored rules. It turns the runner's decisions into notifications
// (with their actions) and into the rows' indicators and countdowns. It lives in AppShell, not in the window:
// closing the window to the tray leaves it running.
class GuardController final : public QObject
{
    Q_OBJECT
public:
    // Notification action IDs (org.freedesktop.Notifications action keys).
    static constexpr auto kSnapshotRelease = QLatin1StringView("snapshot-release");
    static constexpr auto kKeepOneHour = QLatin1StringView("keep-1h");
    static constexpr auto kOpen = QLatin1StringView("open");
    static constexpr auto kTerminal = QLatin1StringView("terminal");
    static constexpr auto kJupyter = QLatin1StringView("jupyter");

    // `historyPath` empty: GuardHistory::defaultPath().
    GuardController(GlowsClient *client, QSettings *settings, const QString &historyPath = {},
                    QObject *parent = nullptr);
    ~GuardController() override;

    // Rows, header and notifications of this window (not owned).
    void attach(MainWindow *window);
    // The account now in use: its rules are loaded and the runner drops the previous account's state.
    void setAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }

    GuardRunner *runner() { return &m_runner; }
    GuardHistory *history() { return &m_history; }
    GuardSettings *store() { return &m_store; }
    const GuardAccountRules &rules() const { return m_rules; }
    bool isEnabled() const { return m_enabled; }
    // The Guard settings page's OK: stores the account's rules and master switch and applies them at once.
    void setRules(const GuardAccountRules &rules, bool enabled);
    // The Billing tab's Guard section: an empty override returns the instance to the account defaults.
    void setOverride(const QString &instanceId, const GuardOverride &override);
    GuardOverride overrideFor(const QString &instanceId) const { return m_rules.overrides.value(instanceId); }
    bool idleRuleAvailable() const { return m_runner.idleRuleAvailable(); }
    // Where the idle rule's samples come from: the server's metrics, or the instances over SSH when the
    // server has no metrics extension (only instances whose host key the user already trusted).
    GpuSampleSource::Origin sampleOrigin() const { return m_runner.sampleOrigin(); }
    SshGpuSampleSource *sshSamples() { return &m_sshSamples; }

    // What a notification's button does; public so the tray path and tests use the same entry.
    void onNotificationAction(const QString &key, const QString &actionId);
    static QString notificationKey(GuardRule rule, const QString &instanceId);

signals:
    void rulesChanged();
    void idleRuleAvailabilityChanged(bool available);
    void sampleOriginChanged(glows::GpuSampleSource::Origin origin);

private:
    void applyRules();
    void onDecided(const GuardDecision &decision);
    void onActionFinished(const QString &instanceId, bool ok, const QString &message);
    void notifyRule(const GuardDecision &decision);
    void updateRows();
    void refreshCountdownNotifications();
    void openInstance(const QString &instanceId, bool accessTab);
    void openTerminal(const QString &instanceId);
    void confirmSnapshotAndRelease(const QString &instanceId);
    QString instanceName(const QString &instanceId) const;
    Notifier *notifier() const;

    GuardHistory m_history;
    GuardSettings m_store;
    SshGpuSampleSource m_sshSamples; // the runner's fallback; outlives it
    GuardRunner m_runner;
    QPointer<MainWindow> m_window;
    QString m_accountId;
    GuardAccountRules m_rules;
    bool m_enabled = true;
    QTimer m_rowTimer;
    // The last minute shown in each countdown notification, so it is replaced once a minute, not every poll.
    QHash<QString, qint64> m_shownMinutes;
    QHash<QString, GuardDecision> m_armed; // the Arm decision behind each countdown notification
};

} // namespace glows::ui
