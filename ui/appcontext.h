// SPDX-License-Identifier: Apache-2.0
#pragma once

class QSettings;

namespace glows {
class GlowsClient;
}

namespace glows::ui {

class GuardController;
class SshServices;

// What widgets are given instead of reaching for singletons. Owned by the entry point.
struct AppContext
{
    // Never null: a view relies on it. It outlives every widget and always points at the current account.
    GlowsClient *client = nullptr;
    QSettings *settings = nullptr;
    bool sandbox = false;
    // The app's guard (rules, overrides, countdowns); null where no guard runs (some tests, screenshots).
    GuardController *guard = nullptr;
    // The app's SSH features (host-key prompt, tunnels); null where a view is built without them (tests),
    // and the SSH actions then stay hidden.
    SshServices *ssh = nullptr;
};

} // namespace glows::ui
