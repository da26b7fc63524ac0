// SPDX-License-Identifier: Apache-2.0
#include "core/cost.h"
#include "core/instance.h"
#include "core/instancefilter.h"
#include "core/lagmonitor.h"
#include "core/names.h"
#include "core/ringbuffer.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace glows;

class TestCore final : public QObject
{
    Q_OBJECT
private slots:
    void statusParsesKnownNames_data();
    void statusParsesKnownNames();
    void statusToleratesUnknownStrings();
    void statusRulesFollowTheConsole();
    void costIsExactPerSecond();
    void projectedCostTicksOnlyWhenBilled();
    void filterMatchesGroupAndSearch();
    void legacyIdsNormalize();
    void ringBufferIsBounded();
    void creditsFormatWithThreeDecimals();
    void lagMonitorSeesABlockedLoop();
    void nameRule_data();
    void nameRule();
    void optionalNameAndLimits();
};

void TestCore::statusParsesKnownNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("group");
    QTest::newRow("running") << u"Running"_s << int(InstanceState::Running) << int(StatusGroup::Running);
    QTest::newRow("queued") << u"SchedQueued"_s << int(InstanceState::SchedQueued)
                            << int(StatusGroup::Running);
    QTest::newRow("suspending") << u"Suspending"_s << int(InstanceState::Suspending)
                                << int(StatusGroup::Snapshotting);
    QTest::newRow("paused") << u"paused"_s << int(InstanceState::Paused) << int(StatusGroup::Snapshotting);
    QTest::newRow("releasing") << u"Releasing"_s << int(InstanceState::Releasing)
                               << int(StatusGroup::Released);
    QTest::newRow("terminated") << u"Terminated"_s << int(InstanceState::Terminated)
                                << int(StatusGroup::Released);
}

void TestCore::statusParsesKnownNames()
{
    QFETCH(QString, text);
    QFETCH(int, state);
    QFETCH(int, group);
    const InstanceStatus status = InstanceStatus::fromString(text);
    QCOMPARE(int(status.state()), state);
    QCOMPARE(int(status.group()), group);
    QVERIFY(status.isKnown());
}

void TestCore::statusToleratesUnknownStrings()
{
    const InstanceStatus status = InstanceStatus::fromString(u"Hibernating"_s);
    QCOMPARE(status.state(), InstanceState::Unknown);
    QCOMPARE(status.raw(), u"Hibernating"_s);
    QCOMPARE(status.group(), StatusGroup::Running);
    QVERIFY(!status.canTakeSnapshot());
    QVERIFY(!status.canRelease());
}

void TestCore::statusRulesFollowTheConsole()
{
    const InstanceStatus running(InstanceState::Running);
    QVERIFY(running.isBilled());
    QVERIFY(running.canTakeSnapshot());
    QVERIFY(running.canRelease());
    QVERIFY(running.allowsLiveTabs());
    for (InstanceState s : {InstanceState::Suspending, InstanceState::Paused, InstanceState::Released}) {
        const InstanceStatus status(s);
        QVERIFY(!status.isBilled());
        QVERIFY(!status.canTakeSnapshot());
        QVERIFY(!status.canRelease());
        QVERIFY(!status.allowsLiveTabs());
    }
    QVERIFY(InstanceStatus(InstanceState::Paused).isTransitional());
    QVERIFY(!InstanceStatus(InstanceState::Released).isTransitional());
}

void TestCore::costIsExactPerSecond()
{
    // 0.49 credits/h for one hour is 0.490 credits.
    QCOMPARE(costForSeconds(3600, 49), 490);
    // 65 cent/h for 10 minutes = 0.108333.. credits -> 108 milli.
    QCOMPARE(costForSeconds(600, 65), 108);
    // 296 cent/h for one second = 0.8222 milli -> rounds to 1.
    QCOMPARE(costForSeconds(1, 296), 1);
    QCOMPARE(costForSeconds(0, 296), 0);
    QCOMPARE(costForSeconds(-5, 296), 0);
    // A day on an H100: 71.04 credits.
    QCOMPARE(costForSeconds(86400, 296), 71040);
}

void TestCore::projectedCostTicksOnlyWhenBilled()
{
    QCOMPARE(projectedCost(1000, 3600, 100, true), 2000);
    QCOMPARE(projectedCost(1000, 3600, 100, false), 1000);
    QCOMPARE(burnRatePerHour(49), 490);
}

void TestCore::filterMatchesGroupAndSearch()
{
    Instance a;
    a.instanceID = u"ins-aaaa1111"_s;
    a.remark = u"llama finetune"_s;
    a.status = InstanceStatus(InstanceState::Running);
    Instance b = a;
    b.instanceID = u"ins-bbbb2222"_s;
    b.remark = u"render"_s;
    b.status = InstanceStatus(InstanceState::Paused);

    InstanceFilter filter;
    QVERIFY(filter.matches(a));
    QVERIFY(!filter.matches(b));
    filter.setGroup(StatusGroup::Snapshotting);
    QVERIFY(filter.matches(b));
    filter.setGroup(StatusGroup::Running);
    filter.setSearchText(u"  LLAMA "_s);
    QVERIFY(filter.matches(a));
    filter.setSearchText(u"aaaa1"_s);
    QVERIFY(filter.matches(a));
    filter.setSearchText(u"zzz"_s);
    QVERIFY(!filter.matches(a));
}

void TestCore::legacyIdsNormalize()
{
    QCOMPARE(normalizeInstanceId(u"boyqp4g8"_s), u"ins-boyqp4g8"_s);
    QCOMPARE(normalizeInstanceId(u"ins-boyqp4g8"_s), u"ins-boyqp4g8"_s);
    QCOMPARE(normalizeInstanceId(QString()), QString());
}

void TestCore::ringBufferIsBounded()
{
    RingBuffer<int> ring(3);
    QVERIFY(ring.isEmpty());
    for (int i = 1; i <= 5; ++i)
        ring.push(i);
    QCOMPARE(ring.size(), 3);
    QCOMPARE(ring.capacity(), 3);
    QCOMPARE(ring.at(0), 3);
    QCOMPARE(ring.last(), 5);
    ring.clear();
    QCOMPARE(ring.size(), 0);
}

void TestCore::creditsFormatWithThreeDecimals()
{
    QCOMPARE(formatMilliCredits(84750), u"84.750"_s);
    QCOMPARE(formatMilliCredits(40), u"0.040"_s);
    QCOMPARE(formatMilliCredits(-1500), u"-1.500"_s);
}

void TestCore::lagMonitorSeesABlockedLoop()
{
    LagMonitor monitor(5, 50);
    QSignalSpy stalls(&monitor, &LagMonitor::stalled);
    monitor.start();
    QTRY_VERIFY(monitor.samples() > 0);
    // Block the event loop; the monitor must report at least most of it (only a lower bound is asserted).
    QTimer::singleShot(0, [] { QThread::msleep(120); });
    QTRY_VERIFY(monitor.maxLagMs() >= 90);
    QVERIFY(stalls.count() >= 1);
    QVERIFY(monitor.samples() > 0);
}

void TestCore::nameRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<NameProblem>("problem");
    QTest::newRow("ascii") << u"llama-finetune-20261127-0905"_s << NameProblem::None;
    QTest::newRow("japanese") << u"テスト環境"_s << NameProblem::None;
    QTest::newRow("spaces inside") << u"my env v2"_s << NameProblem::None;
    QTest::newRow("emoji with joiner") << u"👩‍💻 dev"_s << NameProblem::None;
    QTest::newRow("arabic") << u"خادم التدريب"_s << NameProblem::None;
    QTest::newRow("markup is only text") << u"<b>x</b> / \\"_s << NameProblem::None;
    QTest::newRow("trimmed") << u"  name  "_s << NameProblem::None;
    QTest::newRow("empty") << QString() << NameProblem::Empty;
    QTest::newRow("blank") << u" \t "_s << NameProblem::Empty;
    QTest::newRow("bell") << u"snap\u0007"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("escape") << u"a\x1b[2J"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("newline inside") << u"sn\nap"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("DEL") << u"a\u007fb"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("C1") << u"a\u0085b"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("RLO") << u"photo\u202egpj.exe"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("LRE") << u"a\u202ab"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("RLI") << u"a\u2067b"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("PDI") << u"a\u2069b"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("RLM") << u"a\u200fb"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("line separator") << u"a\u2028b"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("noncharacter") << u"a\uffffb"_s << NameProblem::ForbiddenCharacter;
    QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xD800) + u"b"_s)
                                    << NameProblem::ForbiddenCharacter;
    QTest::newRow("64 kanji") << QString(64, QChar(0x65E5)) << NameProblem::None;
    QTest::newRow("65 kanji") << QString(65, QChar(0x65E5)) << NameProblem::TooLong;
    // Characters, not UTF-16 units: 64 emoji are 128 units and still fit.
    QTest::newRow("64 emoji") << QString(64, u'a').replace(u"a"_s, u"🚀"_s) << NameProblem::None;
    QTest::newRow("65 emoji") << QString(65, u'a').replace(u"a"_s, u"🚀"_s) << NameProblem::TooLong;
}

void TestCore::nameRule()
{
    QFETCH(QString, name);
    QFETCH(NameProblem, problem);
    QCOMPARE(checkName(name), problem);
    QCOMPARE(nameProblemText(problem).isEmpty(), problem == NameProblem::None);
}

void TestCore::optionalNameAndLimits()
{
    QCOMPARE(checkName(u"  "_s, NameRequirement::Optional), NameProblem::None);
    QCOMPARE(checkName(u"a\u202e"_s, NameRequirement::Optional), NameProblem::ForbiddenCharacter);
    QCOMPARE(checkName(QString(128, u'a'), NameRequirement::Optional, kMaxRemarkLength), NameProblem::None);
    QCOMPARE(checkName(QString(129, u'a'), NameRequirement::Optional, kMaxRemarkLength),
             NameProblem::TooLong);
    QCOMPARE(normalizedName(u"  テスト環境 "_s), u"テスト環境"_s);
    QVERIFY(nameProblemText(NameProblem::TooLong).contains(u"64"_s));
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
