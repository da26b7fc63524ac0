// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/appcontext.h"

#include <QUrl>
#include <functional>

class QWidget;

namespace glows::ui {

// Console features the app does not rebuild, reached from the detail tabs.
enum class ConsolePage
{
    UpgradeHardware, // Hardware tab
    MeshClustering,  // Network Group tab
};

// Where a real account's console shows the page (docs/api.md, "Console pages": only the base is known).
QUrl consolePageUrl(ConsolePage page);

// For a real account opens the console page in the browser; on the sandbox, which has no console, explains
// in a message box (object name "consoleFeatureNotice") that this is a console feature. Never blocks.
void openConsolePage(QWidget *parent, const AppContext &context, ConsolePage page);

// Tests replace the browser; returns the previous opener. The default is QDesktopServices::openUrl.
using UrlOpener = std::function<bool(const QUrl &)>;
UrlOpener setUrlOpenerForTesting(UrlOpener opener);

} // namespace glows::ui
