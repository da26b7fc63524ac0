// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/guard/guardrules.h"
#include "guard/gpusamplesource.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace glows::ui {

class Autostart;

// Settings → Guard: the account's defaults for every rule (thresholds, grace period, the automatic action
// opt-in per rule, runway thresholds, the daily reminder) and "Start at login". Values are read with rules()
// when the dialog's OK is pressed; nothing is stored by the page itself except the autostart entry.
class GuardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit GuardPage(QWidget *parent = nullptr);

    void load(const GuardAccountRules &rules, bool enabled);
    GuardAccountRules rules() const;
    bool guardEnabled() const;
    // False: this account's server has no GPU metrics; the idle rule is shown off and explained.
    void setIdleRuleAvailable(bool available);
    // Where the idle rule's GPU metrics come from; over SSH it says so under the rule.
    void setSampleOrigin(GpuSampleSource::Origin origin);
    // Where "Start at login" writes (tests pass a temporary folder); the page reads its state from it.
    void setAutostart(Autostart *autostart);
    // Writes or removes the autostart entry as the checkbox says. False with the reason shown on failure.
    bool applyAutostart();
    // "dbus" or "tray": how notifications reach the user, explained on the page.
    void setNotificationBackend(const QString &backend);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabledStates();
    void updateIdleNote();

    QCheckBox *m_enabled = nullptr;
    QGroupBox *m_idleBox = nullptr;
    QCheckBox *m_idle = nullptr;
    QLabel *m_idleUnavailable = nullptr;
    QLabel *m_idleBelowLabel = nullptr;
    QDoubleSpinBox *m_idleBelow = nullptr;
    QLabel *m_idleMinutesLabel = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QCheckBox *m_idleAuto = nullptr;
    QGroupBox *m_capBox = nullptr;
    QCheckBox *m_spend = nullptr;
    QDoubleSpinBox *m_spendCap = nullptr;
    QCheckBox *m_spendAuto = nullptr;
    QCheckBox *m_time = nullptr;
    QDoubleSpinBox *m_timeCap = nullptr;
    QCheckBox *m_timeAuto = nullptr;
    QLabel *m_graceLabel = nullptr;
    QSpinBox *m_grace = nullptr;
    QLabel *m_autoWarning = nullptr;
    QGroupBox *m_otherBox = nullptr;
    QCheckBox *m_ready = nullptr;
    QCheckBox *m_runway = nullptr;
    QLineEdit *m_runwayHours = nullptr;
    QCheckBox *m_daily = nullptr;
    QTimeEdit *m_dailyTime = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_autostartNote = nullptr;
    QLabel *m_backendNote = nullptr;
    Autostart *m_autostartStore = nullptr;
    GuardAccountRules m_loaded;
    bool m_idleAvailable = true;
    GpuSampleSource::Origin m_origin = GpuSampleSource::Origin::Server;
    QString m_backend;
};

} // namespace glows::ui
