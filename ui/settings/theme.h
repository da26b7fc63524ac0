// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/settings/appsettings.h"

namespace glows::ui {

// Applies the user's theme to the whole application. "System" keeps the platform's own style and palette;
// Light and Dark use Fusion with a matching palette, since Qt 6.4 cannot switch the platform's scheme.
void applyTheme(AppSettings::Theme theme);

} // namespace glows::ui
