// SPDX-License-Identifier: Apache-2.0
#include "guard/guardsettings.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace glows {

namespace {

// Account and instance IDs become settings keys: percent-encode anything but plain characters, so no "/"
// in an ID can reach another group.
QString keyPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString idFromKey(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toLatin1());
}

void writeRules(QSettings &s, const GuardInstanceRules &r)
{
    s.setValue(u"idle/enabled"_s, r.idleEnabled);
    s.setValue(u"idle/belowPercent"_s, r.idleBelowPercent);
    s.setValue(u"idle/minutes"_s, r.idleMinutes);
    s.setValue(u"idle/autoAct"_s, r.idleAutoAct);
    s.setValue(u"spendCap/enabled"_s, r.spendCapEnabled);
    s.setValue(u"spendCap/milliCredits"_s, r.spendCap);
    s.setValue(u"spendCap/autoAct"_s, r.spendCapAutoAct);
    s.setValue(u"timeCap/enabled"_s, r.timeCapEnabled);
    s.setValue(u"timeCap/minutes"_s, r.timeCapMinutes);
    s.setValue(u"timeCap/autoAct"_s, r.timeCapAutoAct);
    s.setValue(u"ready/enabled"_s, r.readyEnabled);
    s.setValue(u"graceMinutes"_s, r.graceMinutes);
}

GuardInstanceRules readRules(const QSettings &s)
{
    GuardInstanceRules r;
    r.idleEnabled = s.value(u"idle/enabled"_s, r.idleEnabled).toBool();
    r.idleBelowPercent = qBound(0.0, s.value(u"idle/belowPercent"_s, r.idleBelowPercent).toDouble(), 100.0);
    r.idleMinutes = qMax(1, s.value(u"idle/minutes"_s, r.idleMinutes).toInt());
    r.idleAutoAct = s.value(u"idle/autoAct"_s, r.idleAutoAct).toBool();
    r.spendCapEnabled = s.value(u"spendCap/enabled"_s, r.spendCapEnabled).toBool();
    r.spendCap = qMax<qint64>(0, s.value(u"spendCap/milliCredits"_s, r.spendCap).toLongLong());
    r.spendCapAutoAct = s.value(u"spendCap/autoAct"_s, r.spendCapAutoAct).toBool();
    r.timeCapEnabled = s.value(u"timeCap/enabled"_s, r.timeCapEnabled).toBool();
    r.timeCapMinutes = qMax(0, s.value(u"timeCap/minutes"_s, r.timeCapMinutes).toInt());
    r.timeCapAutoAct = s.value(u"timeCap/autoAct"_s, r.timeCapAutoAct).toBool();
    r.readyEnabled = s.value(u"ready/enabled"_s, r.readyEnabled).toBool();
    r.graceMinutes = qMax(0, s.value(u"graceMinutes"_s, r.graceMinutes).toInt());
    return r;
}

template<typename T>
void writeOptional(QSettings &s, const QString &key, const std::optional<T> &value)
{
    if (value)
        s.setValue(key, QVariant::fromValue(*value));
    else
        s.remove(key);
}

template<typename T>
std::optional<T> readOptional(const QSettings &s, const QString &key)
{
    if (!s.contains(key))
        return std::nullopt;
    const QVariant value = s.value(key);
    if constexpr (std::is_same_v<T, bool>)
        return value.toBool();
    else if constexpr (std::is_same_v<T, double>)
        return value.toDouble();
    else if constexpr (std::is_same_v<T, int>)
        return value.toInt();
    else
        return value.toLongLong();
}

void writeOverride(QSettings &s, const GuardOverride &o)
{
    writeOptional(s, u"idle/enabled"_s, o.idleEnabled);
    writeOptional(s, u"idle/belowPercent"_s, o.idleBelowPercent);
    writeOptional(s, u"idle/minutes"_s, o.idleMinutes);
    writeOptional(s, u"idle/autoAct"_s, o.idleAutoAct);
    writeOptional(s, u"spendCap/enabled"_s, o.spendCapEnabled);
    writeOptional(s, u"spendCap/milliCredits"_s, o.spendCap);
    writeOptional(s, u"spendCap/autoAct"_s, o.spendCapAutoAct);
    writeOptional(s, u"timeCap/enabled"_s, o.timeCapEnabled);
    writeOptional(s, u"timeCap/minutes"_s, o.timeCapMinutes);
    writeOptional(s, u"timeCap/autoAct"_s, o.timeCapAutoAct);
    writeOptional(s, u"ready/enabled"_s, o.readyEnabled);
    writeOptional(s, u"graceMinutes"_s, o.graceMinutes);
}

GuardOverride readOverride(const QSettings &s)
{
    GuardOverride o;
    o.idleEnabled = readOptional<bool>(s, u"idle/enabled"_s);
    o.idleBelowPercent = readOptional<double>(s, u"idle/belowPercent"_s);
    o.idleMinutes = readOptional<int>(s, u"idle/minutes"_s);
    o.idleAutoAct = readOptional<bool>(s, u"idle/autoAct"_s);
    o.spendCapEnabled = readOptional<bool>(s, u"spendCap/enabled"_s);
    o.spendCap = readOptional<qint64>(s, u"spendCap/milliCredits"_s);
    o.spendCapAutoAct = readOptional<bool>(s, u"spendCap/autoAct"_s);
    o.timeCapEnabled = readOptional<bool>(s, u"timeCap/enabled"_s);
    o.timeCapMinutes = readOptional<int>(s, u"timeCap/minutes"_s);
    o.timeCapAutoAct = readOptional<bool>(s, u"timeCap/autoAct"_s);
    o.readyEnabled = readOptional<bool>(s, u"ready/enabled"_s);
    o.graceMinutes = readOptional<int>(s, u"graceMinutes"_s);
    return o;
}

} // namespace

QString GuardSettings::group(const QString &accountId) const
{
    return u"guard/"_s + keyPart(accountId);
}

GuardAccountRules GuardSettings::load(const QString &accountId) const
{
    GuardAccountRules rules;
    QSettings &s = *m_settings;
    s.beginGroup(group(accountId));
    s.beginGroup(u"defaults"_s);
    rules.defaults = readRules(s);
    s.endGroup();
    rules.runwayEnabled = s.value(u"runway/enabled"_s, rules.runwayEnabled).toBool();
    if (s.contains(u"runway/thresholdsSeconds"_s)) {
        QList<qint64> thresholds;
        const QStringList stored = s.value(u"runway/thresholdsSeconds"_s).toStringList();
        for (const QString &text : stored) {
            bool ok = false;
            const qint64 seconds = text.toLongLong(&ok);
            if (ok && seconds > 0)
                thresholds.append(seconds);
        }
        rules.runwayThresholdsSeconds = thresholds;
    }
    rules.dailyEnabled = s.value(u"daily/enabled"_s, rules.dailyEnabled).toBool();
    rules.dailyMinuteOfDay =
        qBound(0, s.value(u"daily/minuteOfDay"_s, rules.dailyMinuteOfDay).toInt(), 24 * 60 - 1);
    s.beginGroup(u"instances"_s);
    const QStringList keys = s.childGroups();
    for (const QString &key : keys) {
        s.beginGroup(key);
        const GuardOverride override = readOverride(s);
        s.endGroup();
        if (!override.isEmpty())
            rules.overrides.insert(idFromKey(key), override);
    }
    s.endGroup();
    s.endGroup();
    return rules;
}

void GuardSettings::saveDefaults(const QString &accountId, const GuardInstanceRules &defaults)
{
    QSettings &s = *m_settings;
    s.beginGroup(group(accountId) + u"/defaults"_s);
    writeRules(s, defaults);
    s.endGroup();
}

void GuardSettings::save(const QString &accountId, const GuardAccountRules &rules)
{
    saveDefaults(accountId, rules.defaults);
    QSettings &s = *m_settings;
    s.beginGroup(group(accountId));
    s.setValue(u"runway/enabled"_s, rules.runwayEnabled);
    QStringList thresholds;
    for (qint64 seconds : rules.runwayThresholdsSeconds)
        thresholds.append(QString::number(seconds));
    s.setValue(u"runway/thresholdsSeconds"_s, thresholds);
    s.setValue(u"daily/enabled"_s, rules.dailyEnabled);
    s.setValue(u"daily/minuteOfDay"_s, rules.dailyMinuteOfDay);
    s.remove(u"instances"_s);
    s.endGroup();
    for (auto it = rules.overrides.cbegin(); it != rules.overrides.cend(); ++it)
        saveOverride(accountId, it.key(), it.value());
}

void GuardSettings::saveOverride(const QString &accountId, const QString &instanceId,
                                 const GuardOverride &override)
{
    removeOverride(accountId, instanceId);
    if (override.isEmpty())
        return;
    QSettings &s = *m_settings;
    s.beginGroup(group(accountId) + u"/instances/"_s + keyPart(instanceId));
    writeOverride(s, override);
    s.endGroup();
}

void GuardSettings::removeOverride(const QString &accountId, const QString &instanceId)
{
    m_settings->remove(group(accountId) + u"/instances/"_s + keyPart(instanceId));
}

bool GuardSettings::isEnabled(const QString &accountId) const
{
    return m_settings->value(group(accountId) + u"/enabled"_s, true).toBool();
}

void GuardSettings::setEnabled(const QString &accountId, bool enabled)
{
    m_settings->setValue(group(accountId) + u"/enabled"_s, enabled);
}

} // namespace glows
