// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

namespace glows::screenshots {

// Runs the event loop until `condition` holds (false after `timeoutMs`), so the tools wait on what they
// render instead of sleeping.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);
// Lets pending paints and layout settle for `ms` before a grab.
void settle(int ms = 200);

// The guard's views (Settings → Guard, a row with its countdown and the Billing tab's Guard section, the
// header's runway, the Guard history) from an app on its own sandbox at --speed 60, so an idle rule of one
// simulated minute arms its countdown within seconds.
bool renderGuard(const QString &dir, const QString &suffix, const QString &language, bool dark);

} // namespace glows::screenshots
