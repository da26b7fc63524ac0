// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace glows::ui {

// "Start at login": on Linux an XDG autostart entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop) that
// starts the app in the tray (--minimized), so the guard keeps watching after a reboot. Other platforms have
// no such file; there the option is off and says so (autostartExplanation()).
class Autostart final
{
public:
    // `directory` overrides $XDG_CONFIG_HOME/autostart (tests); `executable` the app's own path.
    explicit Autostart(QString directory = {}, QString executable = {});

    static bool isSupported();
    QString filePath() const;
    bool isEnabled() const;
    // Writes or removes the entry. On failure returns false with a translated reason in *error.
    bool setEnabled(bool enabled, QString *error = nullptr) const;
    // The entry's text: Exec with the executable quoted as the Desktop Entry spec asks, and --minimized.
    QString entryText() const;

private:
    QString m_directory;
    QString m_executable;
};

} // namespace glows::ui
