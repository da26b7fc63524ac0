// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"
#include "core/instancestatus.h"

#include <QString>

namespace glows::ui {

// User-facing formatting, in the current UI locale and language. One place, so every screen agrees.
QString formatCredits(MilliCredits value);          // "84.750 Credits", "0.040 Credit" (≤ 1)
QString formatCreditsPerHour(MilliCredits perHour); // "1.290 Credits/h"
QString formatDuration(qint64 seconds);             // "2 h 05 min"
QString formatDateTime(qint64 epochSeconds);
QString formatMegabytes(qint64 megabytes);        // "24 GB"
QString statusText(const InstanceStatus &status); // translated state name, "Unknown (raw)" otherwise
QString statusGroupText(StatusGroup group);       // tab names
// A known server enum value ("Pay-as-you-go", "Connected" …) in the UI language; anything else as sent.
QString serverValueText(const QString &raw);

// Rich text that shows `text` literally. For every place where Qt guesses the format with
// Qt::mightBeRichText (tooltips, ToolTipRole, QInputDialog labels, the static QMessageBox functions): server
// text like <img src="file:///…"> is shown as typed, never loaded. Empty stays empty, so no tooltip appears.
// QLabel and QMessageBox objects take Qt::PlainText instead.
QString literalRichText(const QString &text);

} // namespace glows::ui
