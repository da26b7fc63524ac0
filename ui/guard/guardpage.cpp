// SPDX-License-Identifier: Apache-2.0
#include "ui/guard/guardpage.h"

#include "guard/guardtext.h"
#include "ui/settings/autostart.h"
#include "ui/settings/theme.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString hoursList(const QList<qint64> &seconds)
{
    QList<qint64> sorted = seconds;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QStringList parts;
    for (qint64 s : sorted)
        parts << QLocale().toString(double(s) / 3600.0, 'g', 4);
    return parts.join(u", "_s);
}

QList<qint64> parseHours(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        double hours = QLocale().toDouble(part.trimmed(), &ok);
        if (!ok)
            hours = part.trimmed().toDouble(&ok);
        if (ok && hours > 0 && hours <= 24 * 365)
            out << qint64(hours * 3600);
    }
    return out;
}
} // namespace

GuardPage::GuardPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"guardPage"_s);
    // Long explanations wrap; in a scroll area they get the height they need at any dialog size and scale.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"guardPageScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(u"guardEnabled"_s);
    layout->addWidget(m_enabled);

    m_idleBox = new QGroupBox(this);
    auto *idle = new QGridLayout(m_idleBox);
    m_idle = new QCheckBox(m_idleBox);
    m_idle->setObjectName(u"idleEnabled"_s);
    m_idleUnavailable = wrapped(m_idleBox, u"idleUnavailable"_s);
    m_idleBelow = new QDoubleSpinBox(m_idleBox);
    m_idleBelow->setObjectName(u"idleBelow"_s);
    m_idleBelow->setRange(0.5, 100);
    m_idleBelow->setDecimals(1);
    m_idleBelowLabel = new QLabel(m_idleBox);
    m_idleBelowLabel->setBuddy(m_idleBelow);
    m_idleMinutes = new QSpinBox(m_idleBox);
    m_idleMinutes->setObjectName(u"idleMinutes"_s);
    m_idleMinutes->setRange(1, 24 * 60);
    m_idleMinutesLabel = new QLabel(m_idleBox);
    m_idleMinutesLabel->setBuddy(m_idleMinutes);
    m_idleAuto = new QCheckBox(m_idleBox);
    m_idleAuto->setObjectName(u"idleAuto"_s);
    idle->addWidget(m_idle, 0, 0, 1, 4);
    idle->addWidget(m_idleUnavailable, 1, 0, 1, 4);
    idle->addWidget(m_idleBelowLabel, 2, 0);
    idle->addWidget(m_idleBelow, 2, 1);
    idle->addWidget(m_idleMinutesLabel, 2, 2);
    idle->addWidget(m_idleMinutes, 2, 3);
    idle->addWidget(m_idleAuto, 3, 0, 1, 4);
    idle->setColumnStretch(4, 1);
    layout->addWidget(m_idleBox);

    m_capBox = new QGroupBox(this);
    auto *caps = new QGridLayout(m_capBox);
    m_spend = new QCheckBox(m_capBox);
    m_spend->setObjectName(u"spendEnabled"_s);
    m_spendCap = new QDoubleSpinBox(m_capBox);
    m_spendCap->setObjectName(u"spendCap"_s);
    m_spendCap->setRange(0.01, 1e6);
    m_spendCap->setDecimals(2);
    m_spendAuto = new QCheckBox(m_capBox);
    m_spendAuto->setObjectName(u"spendAuto"_s);
    m_time = new QCheckBox(m_capBox);
    m_time->setObjectName(u"timeEnabled"_s);
    m_timeCap = new QDoubleSpinBox(m_capBox);
    m_timeCap->setObjectName(u"timeCap"_s);
    m_timeCap->setRange(0.1, 24 * 90);
    m_timeCap->setDecimals(1);
    m_timeAuto = new QCheckBox(m_capBox);
    m_timeAuto->setObjectName(u"timeAuto"_s);
    m_grace = new QSpinBox(m_capBox);
    m_grace->setObjectName(u"graceMinutes"_s);
    m_grace->setRange(1, 24 * 60);
    m_graceLabel = new QLabel(m_capBox);
    m_graceLabel->setBuddy(m_grace);
    m_autoWarning = wrapped(m_capBox, u"autoWarning"_s);
    followTheme(m_autoWarning, [this] {
        m_autoWarning->setStyleSheet(
            u"QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px;"
            " padding: 4px 6px; }"_s.arg(themeColor(ColorRole::WarningBackground).name(),
                                         themeColor(ColorRole::Warning).name(),
                                         themeColor(ColorRole::WarningBorder).name()));
    });
    caps->addWidget(m_spend, 0, 0);
    caps->addWidget(m_spendCap, 0, 1);
    caps->addWidget(m_spendAuto, 0, 2);
    caps->addWidget(m_time, 1, 0);
    caps->addWidget(m_timeCap, 1, 1);
    caps->addWidget(m_timeAuto, 1, 2);
    caps->addWidget(m_graceLabel, 2, 0);
    caps->addWidget(m_grace, 2, 1);
    caps->addWidget(m_autoWarning, 3, 0, 1, 4);
    caps->setColumnStretch(3, 1);
    layout->addWidget(m_capBox);

    m_otherBox = new QGroupBox(this);
    auto *other = new QGridLayout(m_otherBox);
    m_ready = new QCheckBox(m_otherBox);
    m_ready->setObjectName(u"readyEnabled"_s);
    m_runway = new QCheckBox(m_otherBox);
    m_runway->setObjectName(u"runwayEnabled"_s);
    m_runwayHours = new QLineEdit(m_otherBox);
    m_runwayHours->setObjectName(u"runwayHours"_s);
    m_daily = new QCheckBox(m_otherBox);
    m_daily->setObjectName(u"dailyEnabled"_s);
    m_dailyTime = new QTimeEdit(m_otherBox);
    m_dailyTime->setObjectName(u"dailyTime"_s);
    m_dailyTime->setDisplayFormat(u"HH:mm"_s);
    m_backendNote = wrapped(m_otherBox, u"notificationBackend"_s);
    other->addWidget(m_ready, 0, 0, 1, 2);
    other->addWidget(m_runway, 1, 0);
    other->addWidget(m_runwayHours, 1, 1);
    other->addWidget(m_daily, 2, 0);
    other->addWidget(m_dailyTime, 2, 1);
    other->addWidget(m_backendNote, 3, 0, 1, 3);
    other->setColumnStretch(2, 1);
    layout->addWidget(m_otherBox);

    m_autostart = new QCheckBox(this);
    m_autostart->setObjectName(u"startAtLogin"_s);
    m_autostartNote = wrapped(this, u"startAtLoginNote"_s);
    layout->addWidget(m_autostart);
    layout->addWidget(m_autostartNote);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    for (QCheckBox *box :
         {m_enabled, m_idle, m_spend, m_time, m_runway, m_daily, m_idleAuto, m_spendAuto, m_timeAuto})
        connect(box, &QCheckBox::toggled, this, &GuardPage::updateEnabledStates);
    m_autostart->setEnabled(Autostart::isSupported());
    load(GuardAccountRules(), true);
    retranslate();
}

void GuardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GuardPage::retranslate()
{
    m_enabled->setText(tr("&Watch my instances (Guard)"));
    m_idleBox->setTitle(GuardText::ruleName(GuardRule::Idle));
    m_idle->setText(tr("Notify when the GPU of a running instance stays idle"));
    updateIdleNote();
    m_idleBelowLabel->setText(tr("GPU &below:"));
    m_idleBelow->setSuffix(tr(" %", "percent suffix"));
    m_idleMinutesLabel->setText(tr("f&or:"));
    const QString minutes = tr(" min", "minutes suffix");
    m_idleMinutes->setSuffix(minutes);
    m_grace->setSuffix(minutes);
    m_idleAuto->setText(tr("Then snapshot and release automatically"));
    m_capBox->setTitle(tr("Caps and automatic action"));
    m_spend->setText(tr("&Spend cap per instance:"));
    m_spendCap->setSuffix(tr(" credits"));
    m_spendAuto->setText(tr("Automatic"));
    m_spendAuto->setAccessibleName(tr("Spend cap: snapshot and release automatically"));
    m_time->setText(tr("&Time cap per instance:"));
    m_timeCap->setSuffix(tr(" h", "hours suffix"));
    m_timeAuto->setText(tr("Automatic"));
    m_timeAuto->setAccessibleName(tr("Time cap: snapshot and release automatically"));
    m_graceLabel->setText(tr("&Grace period before acting:"));
    m_autoWarning->setText(tr(
        "An automatic action takes a snapshot of the instance, then releases it so that billing stops. The "
        "release "
        "happens only once the snapshot has succeeded; the guard never releases without a snapshot. It acts "
        "only after the grace period without an answer to its notification, and only on fresh data."));
    m_otherBox->setTitle(tr("Notifications"));
    m_ready->setText(tr("&Ready: when a new instance accepts SSH (and JupyterLab answers)"));
    m_runway->setText(tr("Balance &runway alerts below (hours):"));
    m_runwayHours->setAccessibleName(tr("Runway alert thresholds in hours, separated by commas"));
    m_daily->setText(tr("&Daily reminder of what runs, at:"));
    m_dailyTime->setAccessibleName(tr("Daily reminder time"));
    m_autostart->setText(tr("Start at &login, in the tray, so the guard keeps watching"));
    m_autostartNote->setText(Autostart::isSupported()
                                 ? tr("Adds an autostart entry for your desktop session "
                                      "(~/.config/autostart). The guard also keeps "
                                      "running while the window is closed to the tray.")
                                 : tr("Not available on this system: add Glows Desktop to your login items "
                                      "yourself. The guard keeps "
                                      "running while the window is closed to the tray."));
    setNotificationBackend(m_backend);
    updateEnabledStates();
    if (auto *tabs = parentWidget() ? qobject_cast<QTabWidget *>(parentWidget()->parentWidget()) : nullptr)
        tabs->setTabText(tabs->indexOf(this), tr("Guard"));
}

void GuardPage::setNotificationBackend(const QString &backend)
{
    m_backend = backend;
    if (backend.isEmpty()) {
        m_backendNote->hide();
        return;
    }
    m_backendNote->show();
    m_backendNote->setText(backend == u"dbus"_s ? tr("Notifications appear on your desktop with their "
                                                     "buttons (Snapshot & Release, Keep running for 1 h, "
                                                     "Open).")
                                                : tr("Notifications appear as tray messages, which have no "
                                                     "buttons: click one to open the window and "
                                                     "answer there."));
}

void GuardPage::updateIdleNote()
{
    m_idleUnavailable->setText(m_idleAvailable && m_origin == GpuSampleSource::Origin::Ssh
                                   ? tr("GPU metrics: from the instances over SSH (those whose host key you "
                                        "trusted in their Access or Monitor tab)")
                                   : tr("Idle GPU: %1").arg(GuardText::metricsUnavailable()));
}

void GuardPage::setIdleRuleAvailable(bool available)
{
    m_idleAvailable = available;
    updateIdleNote();
    updateEnabledStates();
}

void GuardPage::setSampleOrigin(GpuSampleSource::Origin origin)
{
    m_origin = origin;
    updateIdleNote();
    updateEnabledStates();
}

void GuardPage::updateEnabledStates()
{
    const bool on = m_enabled->isChecked();
    m_idleUnavailable->setVisible(!m_idleAvailable || m_origin == GpuSampleSource::Origin::Ssh);
    m_idle->setEnabled(on && m_idleAvailable);
    const bool idle = on && m_idleAvailable && m_idle->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_idleBelow), static_cast<QWidget *>(m_idleMinutes),
                       static_cast<QWidget *>(m_idleAuto), static_cast<QWidget *>(m_idleBelowLabel),
                       static_cast<QWidget *>(m_idleMinutesLabel)})
        w->setEnabled(idle);
    m_spend->setEnabled(on);
    m_spendCap->setEnabled(on && m_spend->isChecked());
    m_spendAuto->setEnabled(on && m_spend->isChecked());
    m_time->setEnabled(on);
    m_timeCap->setEnabled(on && m_time->isChecked());
    m_timeAuto->setEnabled(on && m_time->isChecked());
    const bool anyAuto = (idle && m_idleAuto->isChecked()) ||
                         (m_spendAuto->isEnabled() && m_spendAuto->isChecked()) ||
                         (m_timeAuto->isEnabled() && m_timeAuto->isChecked());
    m_grace->setEnabled(anyAuto);
    m_graceLabel->setEnabled(anyAuto);
    m_ready->setEnabled(on);
    m_runway->setEnabled(on);
    m_runwayHours->setEnabled(on && m_runway->isChecked());
    m_daily->setEnabled(on);
    m_dailyTime->setEnabled(on && m_daily->isChecked());
}

void GuardPage::load(const GuardAccountRules &rules, bool enabled)
{
    m_loaded = rules;
    const GuardInstanceRules &d = rules.defaults;
    m_enabled->setChecked(enabled);
    m_idle->setChecked(d.idleEnabled);
    m_idleBelow->setValue(d.idleBelowPercent);
    m_idleMinutes->setValue(d.idleMinutes);
    m_idleAuto->setChecked(d.idleAutoAct);
    m_spend->setChecked(d.spendCapEnabled);
    m_spendCap->setValue(d.spendCap > 0 ? double(d.spendCap) / 1000.0 : 10.0);
    m_spendAuto->setChecked(d.spendCapAutoAct);
    m_time->setChecked(d.timeCapEnabled);
    m_timeCap->setValue(d.timeCapMinutes > 0 ? d.timeCapMinutes / 60.0 : 8.0);
    m_timeAuto->setChecked(d.timeCapAutoAct);
    m_grace->setValue(d.graceMinutes);
    m_ready->setChecked(d.readyEnabled);
    m_runway->setChecked(rules.runwayEnabled);
    m_runwayHours->setText(hoursList(rules.runwayThresholdsSeconds));
    m_daily->setChecked(rules.dailyEnabled);
    m_dailyTime->setTime(QTime(rules.dailyMinuteOfDay / 60, rules.dailyMinuteOfDay % 60));
    if (m_autostartStore)
        m_autostart->setChecked(m_autostartStore->isEnabled());
    updateEnabledStates();
}

GuardAccountRules GuardPage::rules() const
{
    GuardAccountRules r = m_loaded;
    GuardInstanceRules &d = r.defaults;
    d.idleEnabled = m_idle->isChecked();
    d.idleBelowPercent = m_idleBelow->value();
    d.idleMinutes = m_idleMinutes->value();
    d.idleAutoAct = m_idleAuto->isChecked();
    d.spendCapEnabled = m_spend->isChecked();
    // A cap that is off keeps its stored figure (0 when never set) rather than the field's suggestion.
    if (d.spendCapEnabled)
        d.spendCap = MilliCredits(qRound64(m_spendCap->value() * 1000.0));
    d.spendCapAutoAct = m_spendAuto->isChecked();
    d.timeCapEnabled = m_time->isChecked();
    if (d.timeCapEnabled)
        d.timeCapMinutes = int(qRound(m_timeCap->value() * 60.0));
    d.timeCapAutoAct = m_timeAuto->isChecked();
    d.graceMinutes = m_grace->value();
    d.readyEnabled = m_ready->isChecked();
    r.runwayEnabled = m_runway->isChecked();
    if (const QList<qint64> hours = parseHours(m_runwayHours->text()); !hours.isEmpty())
        r.runwayThresholdsSeconds = hours;
    r.dailyEnabled = m_daily->isChecked();
    r.dailyMinuteOfDay = m_dailyTime->time().hour() * 60 + m_dailyTime->time().minute();
    return r;
}

bool GuardPage::guardEnabled() const
{
    return m_enabled->isChecked();
}

void GuardPage::setAutostart(Autostart *autostart)
{
    m_autostartStore = autostart;
    m_autostart->setChecked(autostart && autostart->isEnabled());
}

bool GuardPage::applyAutostart()
{
    if (!m_autostartStore || !Autostart::isSupported())
        return true;
    QString error;
    if (m_autostartStore->setEnabled(m_autostart->isChecked(), &error))
        return true;
    m_autostartNote->setText(error);
    return false;
}

} // namespace glows::ui
