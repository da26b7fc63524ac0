// SPDX-License-Identifier: Apache-2.0
// The detail pane's pure parts in core: bounded metric history and the terminal argument list.
#include "core/metrichistory.h"
#include "core/terminal.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace glows;

class TestDetailCore final : public QObject
{
    Q_OBJECT
private slots:
    void historyIsBoundedAndOrdered();
    void historyBucketsLongRanges();
    void historyCsvCoversTheRange();
    void sshTargetComesFromTheAccessUrl();
    void sshTargetRejectsUnsafeParts_data();
    void sshTargetRejectsUnsafeParts();
    void terminalArgumentsPerPlatform();
    void noTerminalWhenNoneIsInstalled();
};

namespace {

MetricSample sample(qint64 t, double gpu = 50)
{
    MetricSample s;
    s.t = t;
    s.gpuUtil = gpu;
    s.gpuMemUsedMB = 2048;
    s.gpuMemTotalMB = 24576;
    s.cpuPct = 10;
    s.netInKBps = 1.5;
    return s;
}

} // namespace

void TestDetailCore::historyIsBoundedAndOrdered()
{
    MetricHistory history(100);
    QList<MetricSample> batch;
    for (qint64 t = 1; t <= 250; ++t)
        batch.append(sample(t));
    QCOMPARE(history.append(batch), 250);
    QCOMPARE(history.size(), 100);
    QCOMPARE(history.capacity(), 100);
    QCOMPARE(history.at(0).t, 151);
    QCOMPARE(history.latestTime(), 250);
    // An overlapping poll adds only what is new.
    QCOMPARE(history.append({sample(249), sample(250), sample(251)}), 1);
    QCOMPARE(history.latestTime(), 251);
    QCOMPARE(history.firstIndexSince(200), 48); // holds 152..251
    QCOMPARE(history.firstIndexSince(1000), history.size());
    history.clear();
    QVERIFY(history.isEmpty());
}

void TestDetailCore::historyBucketsLongRanges()
{
    MetricHistory history;
    QList<MetricSample> batch;
    for (qint64 t = 1; t <= 3600; ++t)
        batch.append(sample(t, double(t % 10)));
    history.append(batch);
    QList<QPointF> points;
    history.pointsSince(1, MetricKind::GpuUtil, 360, &points);
    QCOMPARE(points.size(), 360);
    QCOMPARE(points.last().x(), 3600.0 * 1000.0);
    QCOMPARE(points.first().y(), 4.5); // mean of 1..9,0
    history.pointsSince(3301, MetricKind::GpuMemUsed, 360, &points);
    QCOMPARE(points.size(), 300);
    QCOMPARE(points.first().y(), 2.0); // GB
}

void TestDetailCore::historyCsvCoversTheRange()
{
    MetricHistory history;
    history.append({sample(1700000000), sample(1700000001), sample(1700000002)});
    const QStringList lines = history.csvSince(1700000001).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith("time,gpu_util_pct"_L1));
    QCOMPARE(lines.at(1).section(u',', 0, 1), u"2023-11-14T22:13:21Z,50.00"_s);
}

void TestDetailCore::sshTargetComesFromTheAccessUrl()
{
    const auto target = sshTargetFromUrl(QUrl(u"ssh://tw-03.access.glows.ai:24243"_s), u"root"_s);
    QVERIFY(target);
    QCOMPARE(target->host, u"tw-03.access.glows.ai"_s);
    QCOMPARE(target->port, 24243);
    QCOMPARE(sshCommandLine(*target), u"ssh -p 24243 root@tw-03.access.glows.ai"_s);
    QCOMPARE(sshTargetFromUrl(QUrl(u"ssh://10.0.0.7"_s), QString())->port, 22);
    QCOMPARE(sshTargetFromUrl(QUrl(u"ssh://10.0.0.7"_s), QString())->user, u"root"_s);
}

void TestDetailCore::sshTargetRejectsUnsafeParts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::newRow("option as host") << u"ssh://-oProxyCommand=touch:22"_s << u"root"_s;
    QTest::newRow("not ssh") << u"https://host.example:22"_s << u"root"_s;
    QTest::newRow("empty") << QString() << u"root"_s;
    QTest::newRow("port zero") << u"ssh://host.example:0"_s << u"root"_s;
    QTest::newRow("user with space") << u"ssh://host.example:22"_s << u"root -v"_s;
    QTest::newRow("user as option") << u"ssh://host.example:22"_s << u"-oX"_s;
    QTest::newRow("quote in host") << u"ssh://ho%22st.example:22"_s << u"root"_s;
}

void TestDetailCore::sshTargetRejectsUnsafeParts()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QVERIFY(!sshTargetFromUrl(QUrl(url), user));
    QVERIFY(!isValidHost(u"a;b"_s));
    QVERIFY(!isValidHost(u"a b"_s));
    QVERIFY(!isValidPort(65536));
    QVERIFY(!sshTerminalLaunch(SshTarget{u"bad host"_s, 22, u"root"_s}, Platform::Linux,
                               [](const QString &) { return true; }));
}

void TestDetailCore::terminalArgumentsPerPlatform()
{
    const SshTarget target{u"tw-03.access.glows.ai"_s, 24243, u"root"_s};
    const QStringList ssh{u"ssh"_s, u"-p"_s, u"24243"_s, u"root@tw-03.access.glows.ai"_s};
    const auto only = [](const QString &name) { return [name](const QString &p) { return p == name; }; };

    QCOMPARE(*sshTerminalLaunch(target, Platform::Linux, [](const QString &) { return true; }),
             (TerminalLaunch{u"x-terminal-emulator"_s, QStringList{u"-e"_s} + ssh}));
    QCOMPARE(*sshTerminalLaunch(target, Platform::Linux, only(u"gnome-terminal"_s)),
             (TerminalLaunch{u"gnome-terminal"_s, QStringList{u"--"_s} + ssh}));
    QCOMPARE(*sshTerminalLaunch(target, Platform::Linux, only(u"konsole"_s)),
             (TerminalLaunch{u"konsole"_s, QStringList{u"-e"_s} + ssh}));
    QCOMPARE(*sshTerminalLaunch(target, Platform::Windows, only(u"wt"_s)), (TerminalLaunch{u"wt"_s, ssh}));
    QCOMPARE(*sshTerminalLaunch(target, Platform::Windows, only(u"none"_s)),
             (TerminalLaunch{u"cmd"_s, QStringList{u"/k"_s} + ssh}));
    const auto mac = sshTerminalLaunch(target, Platform::MacOS, only(u"none"_s));
    QVERIFY(mac);
    QCOMPARE(mac->program, u"osascript"_s);
    QCOMPARE(mac->arguments.at(1),
             u"tell application \"Terminal\" to do script \"ssh -p 24243 root@tw-03.access.glows.ai\""_s);
}

void TestDetailCore::noTerminalWhenNoneIsInstalled()
{
    const SshTarget target{u"host.example"_s, 22, u"root"_s};
    QVERIFY(!sshTerminalLaunch(target, Platform::Linux, [](const QString &) { return false; }));
}

QTEST_GUILESS_MAIN(TestDetailCore)
#include "tst_detail_core.moc"
