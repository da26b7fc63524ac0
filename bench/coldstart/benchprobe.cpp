// SPDX-License-Identifier: Apache-2.0
#include "benchprobe.h"

#include "ui/detail/detailpane.h"
#include "ui/detail/monitortab.h"
#include "ui/instancefilterproxy.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

// Started by static initialisation, i.e. after the dynamic loader and before main(): the in-process
// counterpart of the whole-process time scripts/bench measures.
QElapsedTimer startedTimer()
{
    QElapsedTimer timer;
    timer.start();
    return timer;
}
const QElapsedTimer g_sinceStart = startedTimer();

// A "Vm...:" or "Rss...:" line of /proc/self/status, in MiB (-1 where the kernel has none).
double statusMiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return double(line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong()) / 1024.0;
    }
    return -1;
}

// With GLOWS_BENCH_MAPS=FILE, writes the resident size of every mapping of the process, summed by file
// (anonymous memory as "[anon]"), largest first: where the peak RSS of figure 3 lives.
void writeResidentMappings()
{
    const QString target = qEnvironmentVariable("GLOWS_BENCH_MAPS");
    if (target.isEmpty())
        return;
    QFile smaps(u"/proc/self/smaps"_s);
    QFile out(target);
    if (!smaps.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QHash<QByteArray, qint64> residentKiB;
    QByteArray current;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields.first().contains('-') && !line.endsWith(" kB")) {
            current = fields.size() >= 6 ? fields.at(5) : QByteArrayLiteral("[anon]");
        } else if (line.startsWith("Rss:") && fields.size() >= 2) {
            residentKiB[current] += fields.at(1).toLongLong();
        }
    }
    QList<std::pair<qint64, QByteArray>> sorted;
    for (auto it = residentKiB.cbegin(); it != residentKiB.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (const auto &[kib, name] : std::as_const(sorted))
        out.write(QByteArray::number(kib) + " KiB " + name + '\n');
}

double elapsedMs()
{
    return double(g_sinceStart.nsecsElapsed()) / 1e6;
}

class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(MainWindow *window, int rows, bool monitor)
        : QObject(window), m_window(window), m_rows(rows), m_monitor(monitor)
    {
        m_window->instanceView()->viewport()->installEventFilter(this);
        std::printf("coldstart_window_shown_ms %.1f\n", elapsedMs());
        connect(m_window, &MainWindow::refreshed, this, [this] {
            if (!m_answered)
                std::printf("coldstart_list_applied_ms %.1f\n", elapsedMs());
            m_answered = true;
        });
        // A benchmark that never reaches its figure must still end, and say so.
        QTimer::singleShot(30'000, this, [this] {
            std::fprintf(stderr, "bench: timed out with %d rows listed\n", m_window->proxy()->rowCount());
            QCoreApplication::exit(2);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && m_window->proxy()->rowCount() >= m_rows) {
            m_painted = true;
            // Queued, so it runs once this paint event has been handled completely.
            QTimer::singleShot(0, this, &FirstPaintProbe::onListPainted);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void onListPainted()
    {
        std::printf("coldstart_inproc_ms %.1f\n", elapsedMs());
        std::fflush(stdout);
        if (!m_monitor) {
            QCoreApplication::exit(0);
            return;
        }
        m_monitorStart.start();
        // One of the instances the benchmark seeded: Running for more than the hour, so the chart is full.
        m_window->selectInstance(u"ins-b0000000"_s);
        DetailPane *pane = m_window->detailPane();
        pane->tabs()->setCurrentIndex(DetailPane::MonitorPage);
        pane->monitorTab()->setRange(MonitorTab::Range::OneHour);
        connect(&m_poll, &QTimer::timeout, this, &FirstPaintProbe::checkMonitor);
        m_poll.start(50);
    }

    void checkMonitor()
    {
        const MetricHistory &history = m_window->detailPane()->monitorTab()->history();
        if (history.size() < 3000) // the first fetch brings the whole last hour (one sample a second)
            return;
        m_poll.stop();
        m_window->detailPane()->monitorTab()->repaint();
        std::printf("monitor_open_ms %.1f\n", double(m_monitorStart.nsecsElapsed()) / 1e6);
        std::printf("monitor_history_samples %lld\n", qlonglong(history.size()));
        // Where the resident memory is now: the heap and other private pages versus mapped files (code and
        // data of the shared libraries, fonts), which other Qt programs share.
        std::printf("peak_rss_mib %.1f\n", statusMiB("VmHWM"));
        std::printf("rss_anon_mib %.1f\n", statusMiB("RssAnon"));
        std::printf("rss_file_mib %.1f\n", statusMiB("RssFile"));
        std::fflush(stdout);
        writeResidentMappings();
        QCoreApplication::exit(0);
    }

    MainWindow *m_window;
    int m_rows;
    bool m_monitor;
    bool m_painted = false;
    bool m_answered = false;
    QTimer m_poll;
    QElapsedTimer m_monitorStart;
};

} // namespace

int benchFirstPaintRows()
{
    return qMax(0, qEnvironmentVariableIntValue("GLOWS_BENCH_FIRST_PAINT"));
}

void installFirstPaintProbe(MainWindow *window, int rows)
{
    new FirstPaintProbe(window, rows, qEnvironmentVariableIntValue("GLOWS_BENCH_MONITOR") != 0);
}

} // namespace glows::ui
