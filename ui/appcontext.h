// SPDX-License-Identifier: Apache-2.0
#pragma once

class QSettings;

namespace glows {
class GlowsClient;
}

namespace glows::ui {

// What widgets are given instead of reaching for singletons. Owned by the entry point.
struct AppContext
{
    // Never null: a view relies on it. It outlives every widget and always points at the current account.
    GlowsClient *client = nullptr;
    QSettings *settings = nullptr;
    bool sandbox = false;
};

} // namespace glows::ui
