// SPDX-License-Identifier: Apache-2.0
#include "ui/guard/guardsection.h"

#include "guard/guardtext.h"
#include "ui/guard/guardcontroller.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace glows::ui {

GuardSection::GuardSection(GuardController *guard, QWidget *parent) : QGroupBox(parent), m_guard(guard)
{
    setObjectName(u"guardSection"_s);
    auto *grid = new QGridLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"guardStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_snooze = new QPushButton(this);
    m_snooze->setObjectName(u"guardSnooze"_s);
    m_useDefaults = new QCheckBox(this);
    m_useDefaults->setObjectName(u"guardUseDefaults"_s);
    m_idle = new QCheckBox(this);
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setRange(1, 24 * 60);
    m_idleAuto = new QCheckBox(this);
    m_spend = new QCheckBox(this);
    m_spendCap = new QDoubleSpinBox(this);
    m_spendCap->setRange(0.01, 1e6);
    m_spendCap->setDecimals(2);
    m_spendAuto = new QCheckBox(this);
    m_time = new QCheckBox(this);
    m_timeCap = new QDoubleSpinBox(this);
    m_timeCap->setRange(0.1, 24 * 90);
    m_timeCap->setDecimals(1);
    m_timeAuto = new QCheckBox(this);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(u"guardApply"_s);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_snooze);
    grid->addLayout(statusRow, 0, 0, 1, 4);
    grid->addWidget(m_useDefaults, 1, 0, 1, 3);
    grid->addWidget(m_apply, 1, 3, Qt::AlignRight);
    grid->addWidget(m_idle, 2, 0);
    grid->addWidget(m_idleMinutes, 2, 1);
    grid->addWidget(m_idleAuto, 2, 2);
    grid->addWidget(m_spend, 3, 0);
    grid->addWidget(m_spendCap, 3, 1);
    grid->addWidget(m_spendAuto, 3, 2);
    grid->addWidget(m_time, 4, 0);
    grid->addWidget(m_timeCap, 4, 1);
    grid->addWidget(m_timeAuto, 4, 2);
    grid->setColumnStretch(3, 1);

    for (QCheckBox *box : {m_useDefaults, m_idle, m_spend, m_time})
        connect(box, &QCheckBox::toggled, this, &GuardSection::updateStates);
    connect(m_apply, &QPushButton::clicked, this, &GuardSection::apply);
    connect(m_snooze, &QPushButton::clicked, this, [this] {
        if (!m_instanceId.isEmpty())
            m_guard->runner()->snooze(m_instanceId);
    });
    connect(m_guard, &GuardController::rulesChanged, this, &GuardSection::load);
    connect(m_guard->runner(), &GuardRunner::evaluated, this, &GuardSection::updateStatus);
    retranslate();
    load();
}

void GuardSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void GuardSection::retranslate()
{
    setTitle(tr("Guard"));
    m_snooze->setText(tr("Keep running for 1 h"));
    m_useDefaults->setText(tr("Use the account's rules (Settings → Guard)"));
    m_idle->setText(tr("Idle GPU for:"));
    m_idleMinutes->setSuffix(tr(" min", "minutes suffix"));
    m_idleMinutes->setAccessibleName(tr("Idle minutes"));
    m_spend->setText(tr("Spend cap:"));
    m_spendCap->setSuffix(tr(" credits"));
    m_spendCap->setAccessibleName(tr("Spend cap in credits"));
    m_time->setText(tr("Time cap:"));
    m_timeCap->setSuffix(tr(" h", "hours suffix"));
    m_timeCap->setAccessibleName(tr("Time cap in hours"));
    for (QCheckBox *box : {m_idleAuto, m_spendAuto, m_timeAuto})
        box->setText(tr("Snapshot and release automatically"));
    m_idleAuto->setAccessibleName(tr("Idle GPU: snapshot and release automatically"));
    m_spendAuto->setAccessibleName(tr("Spend cap: snapshot and release automatically"));
    m_timeAuto->setAccessibleName(tr("Time cap: snapshot and release automatically"));
    m_apply->setText(tr("Apply"));
    updateStatus();
}

void GuardSection::setInstanceId(const QString &instanceId)
{
    if (instanceId == m_instanceId)
        return;
    m_instanceId = instanceId;
    load();
}

void GuardSection::load()
{
    const GuardOverride o = m_guard->overrideFor(m_instanceId);
    const GuardInstanceRules r = m_guard->rules().rulesFor(m_instanceId);
    m_useDefaults->setChecked(o.isEmpty());
    m_idle->setChecked(r.idleEnabled);
    m_idleMinutes->setValue(r.idleMinutes);
    m_idleAuto->setChecked(r.idleAutoAct);
    m_spend->setChecked(r.spendCapEnabled);
    m_spendCap->setValue(r.spendCap > 0 ? double(r.spendCap) / 1000.0 : 10.0);
    m_spendAuto->setChecked(r.spendCapAutoAct);
    m_time->setChecked(r.timeCapEnabled);
    m_timeCap->setValue(r.timeCapMinutes > 0 ? r.timeCapMinutes / 60.0 : 8.0);
    m_timeAuto->setChecked(r.timeCapAutoAct);
    updateStates();
    updateStatus();
}

void GuardSection::updateStates()
{
    const bool own = !m_useDefaults->isChecked() && !m_instanceId.isEmpty();
    const bool idleAvailable = m_guard->idleRuleAvailable();
    m_idle->setEnabled(own && idleAvailable);
    m_idleMinutes->setEnabled(own && idleAvailable && m_idle->isChecked());
    m_idleAuto->setEnabled(own && idleAvailable && m_idle->isChecked());
    m_spend->setEnabled(own);
    m_spendCap->setEnabled(own && m_spend->isChecked());
    m_spendAuto->setEnabled(own && m_spend->isChecked());
    m_time->setEnabled(own);
    m_timeCap->setEnabled(own && m_time->isChecked());
    m_timeAuto->setEnabled(own && m_time->isChecked());
    m_apply->setEnabled(!m_instanceId.isEmpty());
}

void GuardSection::updateStatus()
{
    std::optional<GuardPending> pending =
        m_instanceId.isEmpty() ? std::nullopt : m_guard->runner()->pendingFor(m_instanceId);
    m_snooze->setVisible(pending.has_value());
    if (!m_guard->isEnabled()) {
        m_status->setText(tr("The guard is off for this account (Settings → Guard)."));
    } else if (pending && pending->waitingOffline) {
        m_status->setText(tr("%1: the snapshot and release wait for fresh data from the server.")
                              .arg(GuardText::ruleName(pending->rule)));
    } else if (pending) {
        const qint64 left = qMax<qint64>(0, pending->deadline - m_guard->runner()->serverNow());
        m_status->setText(tr("%1: snapshot and release in %2 unless you keep it running.")
                              .arg(GuardText::ruleName(pending->rule), GuardText::duration(left)));
    } else if (!m_guard->idleRuleAvailable()) {
        m_status->setText(tr("Idle GPU: %1").arg(GuardText::metricsUnavailable()));
    } else {
        m_status->setText(tr("Nothing pending for this instance."));
    }
}

void GuardSection::apply()
{
    if (m_instanceId.isEmpty())
        return;
    GuardOverride o;
    if (!m_useDefaults->isChecked()) {
        o.idleEnabled = m_idle->isChecked();
        o.idleMinutes = m_idleMinutes->value();
        o.idleAutoAct = m_idleAuto->isChecked();
        o.spendCapEnabled = m_spend->isChecked();
        o.spendCap = MilliCredits(qRound64(m_spendCap->value() * 1000.0));
        o.spendCapAutoAct = m_spendAuto->isChecked();
        o.timeCapEnabled = m_time->isChecked();
        o.timeCapMinutes = int(qRound(m_timeCap->value() * 60.0));
        o.timeCapAutoAct = m_timeAuto->isChecked();
    }
    m_guard->setOverride(m_instanceId, o);
}

} // namespace glows::ui
