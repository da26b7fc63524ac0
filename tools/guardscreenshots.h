// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace glows::screenshots {

// The guard's views (Settings → Guard, a row with its countdown and the Billing tab's Guard section, the
// header's runway, the Guard history) from an app on its own sandbox at --speed 60, so an idle rule of one
// simulated minute arms its countdown within seconds.
bool renderGuard(const QString &dir, const QString &suffix, const QString &language, bool dark);

} // namespace glows::screenshots
