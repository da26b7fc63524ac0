// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace glows::ui {

class GuardController;

// The Billing tab's "Guard" section: this instance's overrides of the account's rules (idle GPU, spend cap,
// time cap, each with its automatic action), and its pending countdown with "Keep running for 1 h".
class GuardSection final : public QGroupBox
{
    Q_OBJECT
public:
    explicit GuardSection(GuardController *guard, QWidget *parent = nullptr);

    void setInstanceId(const QString &instanceId);
    QString instanceId() const { return m_instanceId; }
    // Stores what the fields say (nothing when "Use the account's rules" is on) and applies it at once.
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void updateStates();
    void updateStatus();

    GuardController *m_guard;
    QString m_instanceId;
    QLabel *m_status = nullptr;
    QPushButton *m_snooze = nullptr;
    QCheckBox *m_useDefaults = nullptr;
    QCheckBox *m_idle = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QCheckBox *m_idleAuto = nullptr;
    QCheckBox *m_spend = nullptr;
    QDoubleSpinBox *m_spendCap = nullptr;
    QCheckBox *m_spendAuto = nullptr;
    QCheckBox *m_time = nullptr;
    QDoubleSpinBox *m_timeCap = nullptr;
    QCheckBox *m_timeAuto = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace glows::ui
