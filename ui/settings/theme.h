// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/settings/appsettings.h"

#include <QColor>
#include <functional>

class QWidget;

namespace glows::ui {

// Applies the user's theme to the whole application. "System" keeps the platform's own style and palette;
// Light and Dark use Fusion with a matching palette, since Qt 6.4 cannot switch the platform's scheme.
void applyTheme(AppSettings::Theme theme);

// The app's own colours, beyond QPalette's roles. Each has a light and a dark value; widgets use only these,
// so a theme switch changes every colour at once.
enum class ColorRole
{
    Error,             // error text, the Release action's text
    ErrorBackground,   // behind an error message
    Warning,           // warning text
    WarningBackground, // behind a warning (offline banner, sandbox badge)
    WarningBorder,
    Information,           // information text
    InformationBackground, // behind an information message
    Success,               // Running
    Simulated,             // "simulated data", states in transition
    Muted,                 // Released, secondary text
    Link,
    Destructive, // the Release button's face, hovered, its border, and the text on it
    DestructiveHover,
    DestructiveBorder,
    OnDestructive,
};

// The colour of `role` for the active theme: dark when the application's window colour is dark, so "System"
// follows a dark platform palette too.
QColor themeColor(ColorRole role);
bool isDarkTheme();
// Runs `apply` now and again after every applyTheme(), for as long as `widget` lives. For style sheets and
// palette colours taken from themeColor().
void followTheme(QWidget *widget, std::function<void()> apply);
// Draws `widget`'s text (WindowText, Text and ButtonText) in `role`'s colour, following the theme.
void setTextColor(QWidget *widget, ColorRole role);

} // namespace glows::ui
