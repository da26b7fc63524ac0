// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace glows::ui {

// Typed access to the user's preferences in QSettings. Secrets never pass through here: tokens live in
// the OS keychain only.
class AppSettings final : public QObject
{
    Q_OBJECT
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    QSettings *store() const { return m_settings; }

    // "system", "en" or "ja".
    QString language() const;
    void setLanguage(const QString &language);
    // The language to load: the system's when the preference is "system".
    QString effectiveLanguage() const;

    Theme theme() const;
    void setTheme(Theme theme);

    int refreshSteadySeconds() const;
    void setRefreshSteadySeconds(int seconds);
    int refreshTransitionSeconds() const;
    void setRefreshTransitionSeconds(int seconds);
    int refreshHiddenSeconds() const;
    void setRefreshHiddenSeconds(int seconds);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

signals:
    void languageChanged(const QString &effectiveLanguage);
    void themeChanged(glows::ui::AppSettings::Theme theme);
    void refreshIntervalsChanged();
    void changed();

private:
    int boundedInt(const char *key, int fallback, int min, int max) const;
    void setInt(const char *key, int value);

    QSettings *m_settings;
};

} // namespace glows::ui
