// SPDX-License-Identifier: Apache-2.0
// The parsers of metrics over SSH, on outputs copied from real machines (a 2-GPU box, a CPU container).
#include "core/remotemetrics.h"

#include <QTest>

using namespace glows;
using namespace glows::remotemetrics;

namespace {

const QByteArray kProcStat1 = "cpu  10132153 290696 3084719 46828483 16683 0 25195 0 0 0\n"
                              "cpu0 1393280 32966 572056 13343292 6080 0 17875 0 0 0\n"
                              "cpu1 1335168 30542 454999 13555766 4553 0 2811 0 0 0\n"
                              "intr 199292383 9 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0\n"
                              "ctxt 401526017\n"
                              "btime 1700000000\n"
                              "processes 1152343\n"
                              "procs_running 2\n"
                              "procs_blocked 0\n"
                              "softirq 77543510 2 25184440 10 4416 1134 0 118820 29541436 0 22693252\n";

// 1000 more jiffies: 250 busy (user 200, system 50), 750 idle (700 idle, 50 iowait).
const QByteArray kProcStat2 = "cpu  10132353 290696 3084769 46829183 16733 0 25195 0 0 0\n"
                              "cpu0 1393380 32966 572076 13343642 6100 0 17875 0 0 0\n";

const QByteArray kMeminfo = "MemTotal:       16316412 kB\n"
                            "MemFree:         1021484 kB\n"
                            "MemAvailable:   10232788 kB\n"
                            "Buffers:          412100 kB\n"
                            "Cached:          8612300 kB\n"
                            "SwapCached:            0 kB\n"
                            "Active:          7341904 kB\n"
                            "HugePages_Total:       0\n"
                            "Hugepagesize:       2048 kB\n";

const QByteArray kNetDev1 =
    "Inter-|   Receive                                                |  Transmit\n"
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls "
    "carrier compressed\n"
    "    lo: 98765432   12345    0    0    0     0          0         0 98765432   12345    0    0    0     "
    "0 "
    "      0          0\n"
    "  eth0: 1048576000  812345    0    0    0     0          0         0 524288000  512345    0    0    0   "
    "  0 "
    "      0          0\n"
    "docker0:  2048000    1234    0    0    0     0          0         0  1024000    1000    0    0    0     "
    "0 "
    "      0          0\n";

// Five seconds later: eth0 received 5 MiB and sent 1 MiB more; lo moved a lot (ignored).
const QByteArray kNetDev2 =
    "Inter-|   Receive                                                |  Transmit\n"
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls "
    "carrier compressed\n"
    "    lo: 198765432   22345    0    0    0     0          0         0 198765432   22345    0    0    0    "
    " 0 "
    "      0          0\n"
    "  eth0: 1053818880  813345    0    0    0     0          0         0 525336576  513345    0    0    0   "
    "  0 "
    "      0          0\n"
    "docker0:  2048000    1234    0    0    0     0          0         0  1024000    1000    0    0    0     "
    "0 "
    "      0          0\n";

const QByteArray kDf = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n"
                       "overlay          104857600 31457280  73400320      30% /\n";

} // namespace

class TestRemoteMetrics final : public QObject
{
    Q_OBJECT
private slots:
    void nvidiaSmiTwoGpus();
    void nvidiaSmiOneGpuWithNotAvailable();
    void nvidiaSmiMissingIsNoGpu_data();
    void nvidiaSmiMissingIsNoGpu();
    void nvidiaSmiFailureIsAnError();
    void nvidiaSmiGarbageIsAnError();
    void procStat();
    void procStatRejectsGarbage();
    void meminfo();
    void meminfoWithoutMemAvailable();
    void netDevSkipsLoopback();
    void netDevWithoutHeaderIsRejected();
    void df();
    void dfRejectsGarbage();
    void procQueryCombined();
    void procQueryNeedsAllThree();
    void cpuPercentEdges();
    void sampleFromTwoReadings();
    void counterResetGivesZeroRate();
};

void TestRemoteMetrics::nvidiaSmiTwoGpus()
{
    const GpuReading r = parseNvidiaSmi(0, "87, 20480, 24564\n13, 4096, 24564\n", "");
    QCOMPARE(r.status, GpuStatus::Present);
    QCOMPARE(r.count, 2);
    QCOMPARE(r.utilPct, 50.0);
    QCOMPARE(r.memUsedMB, 24576.0);
    QCOMPARE(r.memTotalMB, 49128.0);
}

void TestRemoteMetrics::nvidiaSmiOneGpuWithNotAvailable()
{
    const GpuReading r = parseNvidiaSmi(0, "[N/A], 1024, 81920\r\n", "");
    QCOMPARE(r.status, GpuStatus::Present);
    QCOMPARE(r.count, 1);
    QCOMPARE(r.utilPct, 0.0);
    QCOMPARE(r.memUsedMB, 1024.0);
}

void TestRemoteMetrics::nvidiaSmiMissingIsNoGpu_data()
{
    QTest::addColumn<int>("exitStatus");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("dash") << 127 << QByteArray("sh: 1: nvidia-smi: not found\n");
    QTest::newRow("bash") << 127 << QByteArray("bash: line 1: nvidia-smi: command not found\n");
    QTest::newRow("busybox, status 1") << 1 << QByteArray("sh: nvidia-smi: not found\n");
    QTest::newRow("driver without device") << 6 << QByteArray("No devices were found\n");
    QTest::newRow("empty answer") << 0 << QByteArray();
}

void TestRemoteMetrics::nvidiaSmiMissingIsNoGpu()
{
    QFETCH(int, exitStatus);
    QFETCH(QByteArray, err);
    const GpuReading r = parseNvidiaSmi(exitStatus, "", err);
    QCOMPARE(r.status, GpuStatus::Absent);
    QCOMPARE(r.count, 0);
}

void TestRemoteMetrics::nvidiaSmiFailureIsAnError()
{
    const GpuReading r = parseNvidiaSmi(
        9, "", "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n");
    QCOMPARE(r.status, GpuStatus::Error);
}

void TestRemoteMetrics::nvidiaSmiGarbageIsAnError()
{
    QCOMPARE(parseNvidiaSmi(0, "utilization.gpu [%], memory.used [MiB]\n", "").status, GpuStatus::Error);
}

void TestRemoteMetrics::procStat()
{
    const auto c = parseProcStat(kProcStat1);
    QVERIFY(c);
    const quint64 total = 10132153ull + 290696 + 3084719 + 46828483 + 16683 + 0 + 25195 + 0;
    QCOMPARE(c->total, total);
    QCOMPARE(c->busy, total - 46828483 - 16683);
}

void TestRemoteMetrics::procStatRejectsGarbage()
{
    QVERIFY(!parseProcStat("cpu  x y z w\n"));
    QVERIFY(!parseProcStat("intr 1 2 3\n"));
    QVERIFY(!parseProcStat(""));
}

void TestRemoteMetrics::meminfo()
{
    const auto m = parseMeminfo(kMeminfo);
    QVERIFY(m);
    QCOMPARE(m->totalMB, 16316412 / 1024.0);
    QCOMPARE(m->usedMB, (16316412 - 10232788) / 1024.0);
}

void TestRemoteMetrics::meminfoWithoutMemAvailable()
{
    const auto m = parseMeminfo("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 100 kB\nCached: 300 kB\n");
    QVERIFY(m);
    QCOMPARE(m->usedMB, 500 / 1024.0);
    QVERIFY(!parseMeminfo("MemFree: 100 kB\n"));
}

void TestRemoteMetrics::netDevSkipsLoopback()
{
    const auto n = parseNetDev(kNetDev1);
    QVERIFY(n);
    QCOMPARE(n->rxBytes, 1048576000ull + 2048000);
    QCOMPARE(n->txBytes, 524288000ull + 1024000);
}

void TestRemoteMetrics::netDevWithoutHeaderIsRejected()
{
    QVERIFY(!parseNetDev("eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n"));
    QVERIFY(!parseNetDev("Inter-| Receive | Transmit\n face |bytes|bytes\n  eth0: 1 2 3\n"));
}

void TestRemoteMetrics::df()
{
    const auto d = parseDf(kDf);
    QVERIFY(d);
    QCOMPARE(d->totalGB, 100.0);
    QCOMPARE(d->usedGB, 30.0);
}

void TestRemoteMetrics::dfRejectsGarbage()
{
    QVERIFY(!parseDf("Filesystem 1024-blocks Used Available Capacity Mounted on\n"));
    QVERIFY(!parseDf("Filesystem 1024-blocks Used Available Capacity Mounted on\nov x y z 1% /\n"));
}

void TestRemoteMetrics::procQueryCombined()
{
    const auto p = parseProcQuery(kProcStat1 + kMeminfo + kNetDev1);
    QVERIFY(p);
    QCOMPARE(p->cpu, *parseProcStat(kProcStat1));
    QCOMPARE(p->memory, *parseMeminfo(kMeminfo));
    QCOMPARE(p->net, *parseNetDev(kNetDev1));
}

void TestRemoteMetrics::procQueryNeedsAllThree()
{
    QVERIFY(!parseProcQuery(kProcStat1 + kMeminfo));
    QVERIFY(!parseProcQuery(kMeminfo + kNetDev1));
    QVERIFY(!parseProcQuery(kProcStat1 + kNetDev1));
}

void TestRemoteMetrics::cpuPercentEdges()
{
    QCOMPARE(cpuPercent({250, 1000}, {500, 2000}), 25.0);
    QCOMPARE(cpuPercent({250, 1000}, {250, 1000}), 0.0);
    QCOMPARE(cpuPercent({250, 1000}, {10, 20}), 0.0);
    QCOMPARE(cpuPercent({0, 0}, {2000, 1000}), 100.0); // busy beyond total is clamped
}

void TestRemoteMetrics::sampleFromTwoReadings()
{
    Reading before;
    before.epochSeconds = 1700000000;
    before.monotonicMs = 10000;
    before.proc = *parseProcQuery(kProcStat1 + kMeminfo + kNetDev1);
    Reading after = before;
    after.epochSeconds = 1700000005;
    after.monotonicMs = 15000;
    after.proc = *parseProcQuery(kProcStat2 + kMeminfo + kNetDev2);
    after.gpu = parseNvidiaSmi(0, "87, 20480, 24564\n13, 4096, 24564\n", "");
    after.disk = *parseDf(kDf);

    const MetricSample s = toSample(before, after);
    QCOMPARE(s.t, 1700000005);
    QCOMPARE(s.cpuPct, 25.0);
    QCOMPARE(s.gpuUtil, 50.0);
    QCOMPARE(s.gpuMemUsedMB, 24576.0);
    QCOMPARE(s.gpuMemTotalMB, 49128.0);
    QCOMPARE(s.ramTotalMB, 15934.0);
    QCOMPARE(s.diskUsedGB, 30.0);
    QCOMPARE(s.diskTotalGB, 100.0);
    QCOMPARE(s.netInKBps, 1024.0); // 5 MiB in 5 s
    QCOMPARE(s.netOutKBps, 204.8); // 1 MiB in 5 s
}

void TestRemoteMetrics::counterResetGivesZeroRate()
{
    Reading before;
    before.monotonicMs = 0;
    before.proc = *parseProcQuery(kProcStat2 + kMeminfo + kNetDev2);
    Reading after;
    after.monotonicMs = 5000;
    after.proc = *parseProcQuery(kProcStat1 + kMeminfo + kNetDev1);
    const MetricSample s = toSample(before, after);
    QCOMPARE(s.cpuPct, 0.0);
    QCOMPARE(s.netInKBps, 0.0);
    QCOMPARE(s.netOutKBps, 0.0);
    QCOMPARE(s.gpuUtil, 0.0); // no GPU reading: zero, not garbage
}

QTEST_GUILESS_MAIN(TestRemoteMetrics)
#include "tst_remotemetrics.moc"
