// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/appsettings.h"

#include "ui/translations.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
constexpr auto kLanguage = "preferences/language";
constexpr auto kTheme = "preferences/theme";
constexpr auto kRefreshSteady = "preferences/refreshSteadySeconds";
constexpr auto kRefreshTransition = "preferences/refreshTransitionSeconds";
constexpr auto kRefreshHidden = "preferences/refreshHiddenSeconds";
constexpr auto kNotifications = "preferences/notifications";
constexpr auto kClipboardClear = "preferences/clipboardClearSeconds";
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings) {}

int AppSettings::boundedInt(const char *key, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = m_settings->value(QLatin1StringView(key), fallback).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}

void AppSettings::setInt(const char *key, int value)
{
    m_settings->setValue(QLatin1StringView(key), value);
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(QLatin1StringView(kLanguage), u"system"_s).toString();
    return value == "en"_L1 || value == "ja"_L1 ? value : u"system"_s;
}

void AppSettings::setLanguage(const QString &language)
{
    const QString before = effectiveLanguage();
    m_settings->setValue(QLatin1StringView(kLanguage), language);
    if (effectiveLanguage() != before)
        emit languageChanged(effectiveLanguage());
    emit changed();
}

QString AppSettings::effectiveLanguage() const
{
    const QString value = language();
    return value == "system"_L1 ? Translations::systemLanguage() : value;
}

AppSettings::Theme AppSettings::theme() const
{
    const QString value = m_settings->value(QLatin1StringView(kTheme)).toString();
    if (value == "light"_L1)
        return Theme::Light;
    if (value == "dark"_L1)
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    const QString value = theme == Theme::Light ? u"light"_s : theme == Theme::Dark ? u"dark"_s : u"system"_s;
    m_settings->setValue(QLatin1StringView(kTheme), value);
    emit themeChanged(theme);
    emit changed();
}

int AppSettings::refreshSteadySeconds() const
{
    return boundedInt(kRefreshSteady, 10, 2, 600);
}

void AppSettings::setRefreshSteadySeconds(int seconds)
{
    setInt(kRefreshSteady, qBound(2, seconds, 600));
    emit refreshIntervalsChanged();
    emit changed();
}

int AppSettings::refreshTransitionSeconds() const
{
    return boundedInt(kRefreshTransition, 1, 1, 30);
}

void AppSettings::setRefreshTransitionSeconds(int seconds)
{
    setInt(kRefreshTransition, qBound(1, seconds, 30));
    emit refreshIntervalsChanged();
    emit changed();
}

int AppSettings::refreshHiddenSeconds() const
{
    return boundedInt(kRefreshHidden, 60, 10, 3600);
}

void AppSettings::setRefreshHiddenSeconds(int seconds)
{
    setInt(kRefreshHidden, qBound(10, seconds, 3600));
    emit refreshIntervalsChanged();
    emit changed();
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(QLatin1StringView(kNotifications), true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(QLatin1StringView(kNotifications), enabled);
    emit changed();
}

int AppSettings::clipboardClearSeconds() const
{
    return boundedInt(kClipboardClear, 30, 5, 600);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    setInt(kClipboardClear, qBound(5, seconds, 600));
    emit changed();
}

} // namespace glows::ui
