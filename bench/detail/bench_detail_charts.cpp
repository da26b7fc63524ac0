// SPDX-License-Identifier: Apache-2.0
// Drives the real Monitor tab offscreen with one new sample per "second" over a simulated hour, with the
// history already full (3600 samples per metric), and prints:
//   - UI-thread CPU time per update of all six charts: data only (series replace + axes), and data + the
//     scene update + a synchronous repaint of the tab;
//   - resident memory at the start, middle and end of the hour.
// Goals (issue 6): one update <= 2 ms of UI-thread time; memory flat over the hour.
// stdout carries "name value" lines for scripts/bench; the readable summary goes to stderr.
#include "api/glowsclient.h"
#include "ui/detail/metricchart.h"
#include "ui/detail/monitortab.h"

#include <QApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QtMath>
#include <algorithm>
#include <ctime>
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT                                                                             \
    do {                                                                                                     \
    } while (false)
#endif

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

MetricSample sampleAt(qint64 t)
{
    const double x = double(t);
    MetricSample s;
    s.t = t;
    s.gpuUtil = 70 + 20 * qSin(x / 90);
    s.gpuMemTotalMB = 24564;
    s.gpuMemUsedMB = 15000 + 2000 * qSin(x / 600);
    s.cpuPct = 35 + 15 * qSin(x / 45);
    s.ramTotalMB = 43008;
    s.ramUsedMB = 18000 + 3000 * qSin(x / 400);
    s.diskTotalGB = 100;
    s.diskUsedGB = 41 + x / 1e6;
    s.netInKBps = 800 + 600 * qSin(x / 30);
    s.netOutKBps = 120 + 80 * qSin(x / 20);
    return s;
}

// Counts the calling thread's user-space instructions; unavailable (-1) where hardware counters are not
// exposed, as in many containers.
class InstructionCounter final
{
public:
    InstructionCounter()
    {
        perf_event_attr attr{};
        attr.type = PERF_TYPE_HARDWARE;
        attr.size = sizeof(attr);
        attr.config = PERF_COUNT_HW_INSTRUCTIONS;
        attr.exclude_kernel = 1;
        attr.exclude_hv = 1;
        m_fd = int(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
    }
    ~InstructionCounter()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    InstructionCounter(const InstructionCounter &) = delete;
    InstructionCounter &operator=(const InstructionCounter &) = delete;
    long long read() const
    {
        long long value = 0;
        if (m_fd < 0 || ::read(m_fd, &value, sizeof(value)) != sizeof(value))
            return -1;
        return value;
    }

private:
    int m_fd = -1;
};

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats summarize(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.at(qsizetype(double(values.size()) * 0.95)), values.last()};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The benchmark feeds the tab itself: its own poll goes to a source that never answers.
    QNetworkAccessManager nam;
    GlowsClient nowhere(&nam, QUrl(u"http://127.0.0.1:9/sdk/v1"_s), u"t"_s);
    ui::MonitorTab tab(ui::AppContext{&nowhere, nullptr, true});
    tab.setMetricsFetcher([](const QString &, qint64, ui::MonitorTab::MetricsHandler) {});
    tab.resize(920, 900);
    tab.show();
    tab.setRange(ui::MonitorTab::Range::OneHour);
    tab.setActive(true);

    qint64 t = 1'700'000'000;
    MetricSeries hour;
    hour.simulated = true;
    for (int i = 0; i < 3600; ++i)
        hour.samples.append(sampleAt(++t));
    tab.applyMetrics(hour);
    QCoreApplication::processEvents();

    enum class Render
    {
        None,    // series replace, axes, current-value labels
        Natural, // plus what the event loop then does: scene update and painting the dirty regions
        Full,    // plus a forced synchronous repaint of the whole tab: the worst case
    };
    const InstructionCounter counter;
    QList<double> instructions;
    const auto oneUpdate = [&](Render render) {
        MetricSeries next;
        next.simulated = true;
        next.samples.append(sampleAt(++t));
        const long long startInstructions = counter.read();
        // Under `valgrind --tool=callgrind --collect-atstart=no`, only the measured updates are counted.
        if (render == Render::Natural)
            CALLGRIND_TOGGLE_COLLECT;
        const double start = threadCpuMs();
        tab.applyMetrics(next);
        if (render != Render::None) {
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        }
        if (render == Render::Full)
            tab.repaint();
        const double spent = threadCpuMs() - start;
        if (render == Render::Natural)
            CALLGRIND_TOGGLE_COLLECT;
        if (render == Render::Natural && startInstructions >= 0)
            instructions.append(double(counter.read() - startInstructions));
        return spent;
    };

    for (int i = 0; i < 60; ++i) // warm-up: caches, fonts, first layouts
        oneUpdate(Render::Full);

    const qint64 rssStart = residentKiB();
    QList<double> dataOnly;
    QList<double> withRender;
    QList<double> withFullRepaint;
    qint64 rssMiddle = 0;
    // An optional argument shortens the run (e.g. for a profiler); the reported figures assume the full hour.
    const int seconds = argc > 1 ? qBound(10, QByteArray(argv[1]).toInt(), 3600) : 3600;
    for (int second = 0; second < seconds; ++second) {
        switch (second % 3) {
        case 0:
            dataOnly.append(oneUpdate(Render::None));
            break;
        case 1:
            withRender.append(oneUpdate(Render::Natural));
            break;
        default:
            withFullRepaint.append(oneUpdate(Render::Full));
        }
        if (second == seconds / 2)
            rssMiddle = residentKiB();
    }
    const qint64 rssEnd = residentKiB();

    const Stats data = summarize(dataOnly);
    const Stats render = summarize(withRender);
    const Stats full = summarize(withFullRepaint);
    int points = 0;
    for (const ui::MetricChart *chart : tab.charts())
        points += chart->updateCount() > 0 ? 1 : 0;
    std::fprintf(
        stderr,
        "Monitor tab, 6 charts (7 series), 1-hour range, history %lld/%lld samples, %d charts drawn\n",
        qlonglong(tab.history().size()), qlonglong(tab.history().capacity()), points);
    std::fprintf(
        stderr,
        "UI-thread CPU per update, data only      : median %.3f ms, p95 %.3f ms, max %.3f ms (n=%lld)\n",
        data.median, data.p95, data.max, qlonglong(dataOnly.size()));
    std::fprintf(
        stderr,
        "UI-thread CPU per update, data + paint   : median %.3f ms, p95 %.3f ms, max %.3f ms (n=%lld)\n",
        render.median, render.p95, render.max, qlonglong(withRender.size()));
    std::fprintf(
        stderr,
        "UI-thread CPU per update, + full repaint : median %.3f ms, p95 %.3f ms, max %.3f ms (n=%lld)\n",
        full.median, full.p95, full.max, qlonglong(withFullRepaint.size()));
    std::fprintf(stderr,
                 "Resident memory over one simulated hour  : start %lld KiB, middle %lld KiB, end %lld KiB "
                 "(end - start %+lld KiB)\n",
                 rssStart, rssMiddle, rssEnd, rssEnd - rssStart);
    std::fprintf(
        stderr,
        "Goal: <= 2 ms per update, median (data only: %s, data + paint: %s, full repaint: %s); memory %s\n",
        data.median <= 2.0 ? "met" : "NOT met", render.median <= 2.0 ? "met" : "NOT met",
        full.median <= 2.0 ? "met" : "NOT met", rssEnd - rssStart < 1024 ? "flat (< 1 MiB)" : "GREW");
    std::printf("monitor_update_ms %.3f\n", render.median);
    std::printf("monitor_update_p95_ms %.3f\n", render.p95);
    std::printf("monitor_update_data_ms %.3f\n", data.median);
    std::printf("monitor_update_full_repaint_ms %.3f\n", full.median);
    if (instructions.isEmpty())
        std::printf("monitor_update_instructions n/a\n");
    else
        std::printf("monitor_update_instructions %.0f\n", summarize(instructions).median);
    std::printf("monitor_rss_growth_kib %lld\n", rssEnd - rssStart);
    std::printf("monitor_updates_measured %lld\n", qlonglong(withRender.size()));
    return 0;
}
