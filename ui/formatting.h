// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"
#include "core/instancestatus.h"

#include <QString>

namespace glows::ui {

// User-facing formatting, in the current UI locale and language. One place, so every screen agrees.
QString formatCredits(MilliCredits value);          // "84.750 Credits"
QString formatCreditsPerHour(MilliCredits perHour); // "1.290 Credits/h"
QString formatDuration(qint64 seconds);             // "2 h 05 min"
QString formatDateTime(qint64 epochSeconds);
QString formatMegabytes(qint64 megabytes);        // "24 GB"
QString statusText(const InstanceStatus &status); // translated state name, "Unknown (raw)" otherwise
QString statusGroupText(StatusGroup group);       // tab names

} // namespace glows::ui
