// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace glows::ui {

class MainWindow;

// The probe of bench-coldstart (scripts/bench, figures 1 and 3), steered by the environment:
//  - GLOWS_BENCH_FIRST_PAINT=N: the embedded sandbox seeds N more Running instances in memory, and the app
//    exits right after the instance list has been painted once with at least N rows;
//  - GLOWS_BENCH_MONITOR=1 as well: it then selects the first instance, opens its Monitor tab on the
//    one-hour range and exits once that hour of history has been drawn.
// Before exiting it prints "name value" lines: coldstart_inproc_ms (from static initialisation to the
// painted list), and with the Monitor, monitor_open_ms and peak_rss_mib (VmHWM of the process).

// N from GLOWS_BENCH_FIRST_PAINT, or 0 when it is not set.
int benchFirstPaintRows();
void installFirstPaintProbe(MainWindow *window, int rows);

} // namespace glows::ui
