// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/records.h"

namespace glows::sandbox::metrics {

inline constexpr qint64 kHistorySeconds = 3600;
// The simulated loads POST /sandbox/instance/load sets (InstanceRec::load).
inline constexpr const char *kLoadIdle = "idle";
inline constexpr const char *kLoadBusy = "busy";

// One simulated sample for second `t`. Plausible (utilisation follows slow waves plus a little noise, memory
// and disk sit at stable fractions of the machine) and stable: the same instance and second always give the
// same values.
MetricSample sample(const InstanceRec &rec, qint64 t);

// One sample per second at which the instance was Running, after `since` and within the last hour before
// `nowSecs` (inclusive), oldest first.
QList<MetricSample> series(const InstanceRec &rec, qint64 since, qint64 nowSecs);

// Disk in use on the instance, in GB: what a snapshot of it is about to hold (minus /datadrive).
qint64 diskUsedGB(const InstanceRec &rec);

} // namespace glows::sandbox::metrics
