// SPDX-License-Identifier: Apache-2.0
// The list polling policy: fast in transitions, slow when steady, slower hidden, at once after an action,
// never two fetches at a time, and the time of the last update.
#include "api/refreshscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace glows;

class TestRefreshScheduler final : public QObject
{
    Q_OBJECT
private slots:
    void defaultsMatchTheIssue();
    void intervalFollowsState();
    void startFetchesAtOnceAndWaitsForFinish();
    void transitionPollsFastSteadyPollsSlow();
    void transitionStartShortensPendingWait();
    void requestNowDuringFlightFiresRightAfter();
    void requestNowWhenIdleFiresImmediately();
    void lastUpdatedOnlyOnSuccess();
    void becomingVisibleWithStaleDataRefreshes();
    void stopSilences();

private:
    static RefreshScheduler::Intervals fast() { return {60, 400, 1500}; }
};

void TestRefreshScheduler::defaultsMatchTheIssue()
{
    RefreshScheduler s;
    QCOMPARE(s.intervals().transitionMs, 1000);
    QCOMPARE(s.intervals().steadyMs, 10000);
    QVERIFY(s.intervals().hiddenMs > s.intervals().steadyMs);
    QCOMPARE(s.currentIntervalMs(), 10000);
}

void TestRefreshScheduler::intervalFollowsState()
{
    RefreshScheduler s;
    s.setTransitioning(true);
    QCOMPARE(s.currentIntervalMs(), 1000);
    s.setHidden(true);
    QVERIFY(s.currentIntervalMs() > 1000); // hidden is slower even in a transition
    s.setTransitioning(false);
    QCOMPARE(s.currentIntervalMs(), s.intervals().hiddenMs);
    s.setHidden(false);
    QCOMPARE(s.currentIntervalMs(), 10000);
}

void TestRefreshScheduler::startFetchesAtOnceAndWaitsForFinish()
{
    RefreshScheduler s;
    s.setIntervals(fast());
    s.setTransitioning(true);
    QSignalSpy due(&s, &RefreshScheduler::refreshDue);
    s.start();
    QCOMPARE(due.count(), 1);
    QVERIFY(s.isInFlight());
    // However long the fetch takes, no second one is asked for while it runs.
    QTest::qWait(300);
    s.requestNow();
    s.setTransitioning(false);
    s.setTransitioning(true);
    QCOMPARE(due.count(), 1);
    s.finished(true);
    QVERIFY(due.count() >= 2); // the pending requestNow() fired
}

void TestRefreshScheduler::transitionPollsFastSteadyPollsSlow()
{
    RefreshScheduler s;
    s.setIntervals(fast());
    QSignalSpy due(&s, &RefreshScheduler::refreshDue);
    connect(&s, &RefreshScheduler::refreshDue, &s,
            [&s] { QTimer::singleShot(0, &s, [&s] { s.finished(true); }); });
    s.setTransitioning(true);
    s.start();
    QTest::qWait(700);
    const int inTransition = int(due.count());
    QVERIFY2(inTransition >= 4,
             QByteArray::number(inTransition)); // ~60 ms apart: about 11, at least 4 on a busy machine
    s.setTransitioning(false);
    due.clear();
    QTest::qWait(700);
    QVERIFY2(due.count() <= 2, QByteArray::number(due.count())); // ~400 ms apart
    s.stop();
}

void TestRefreshScheduler::transitionStartShortensPendingWait()
{
    RefreshScheduler s;
    s.setIntervals({60, 100000, 100000});
    QSignalSpy due(&s, &RefreshScheduler::refreshDue);
    s.start();
    s.finished(true);
    QCOMPARE(due.count(), 1);
    s.setTransitioning(true); // a release began: the 100 s wait is cut to the transition interval
    QTRY_COMPARE_WITH_TIMEOUT(due.count(), 2, 3000);
}

void TestRefreshScheduler::requestNowDuringFlightFiresRightAfter()
{
    RefreshScheduler s;
    s.setIntervals({100000, 100000, 100000});
    QSignalSpy due(&s, &RefreshScheduler::refreshDue);
    s.start();
    s.requestNow();
    s.requestNow();
    QCOMPARE(due.count(), 1);
    s.finished(true);
    QCOMPARE(due.count(), 2); // once, however often it was asked
    s.finished(true);
    QCOMPARE(due.count(), 2);
}

void TestRefreshScheduler::requestNowWhenIdleFiresImmediately()
{
    RefreshScheduler s;
    s.setIntervals({100000, 100000, 100000});
    QSignalSpy due(&s, &RefreshScheduler::refreshDue);
    s.requestNow(); // not running: ignored
    QCOMPARE(due.count(), 0);
    s.start();
    s.finished(true);
    s.requestNow();
    QCOMPARE(due.count(), 2);
}

void TestRefreshScheduler::lastUpdatedOnlyOnSuccess()
{
    RefreshScheduler s;
    s.setIntervals({100000, 100000, 100000});
    QSignalSpy changed(&s, &RefreshScheduler::lastUpdatedChanged);
    QVERIFY(!s.lastUpdated().isValid());
    s.start();
    s.finished(false);
    QVERIFY(!s.lastUpdated().isValid());
    QCOMPARE(changed.count(), 0);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    s.requestNow();
    s.finished(true);
    QVERIFY(s.lastUpdated().isValid());
    QVERIFY(s.lastUpdated() >= before);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toDateTime(), s.lastUpdated());
}

void TestRefreshScheduler::becomingVisibleWithStaleDataRefreshes()
{
    RefreshScheduler s;
    s.setIntervals({50, 100, 100000});
    QSignalSpy due(&s, &RefreshScheduler::refreshDue);
    s.setHidden(true);
    s.start();
    s.finished(true);
    QCOMPARE(due.count(), 1);
    QTest::qWait(200); // older than the visible interval, but hidden waits 100 s
    QCOMPARE(due.count(), 1);
    s.setHidden(false);
    QCOMPARE(due.count(), 2);
    // Fresh data does not refetch on show.
    s.finished(true);
    s.setHidden(true);
    s.setHidden(false);
    QCOMPARE(due.count(), 2);
}

void TestRefreshScheduler::stopSilences()
{
    RefreshScheduler s;
    s.setIntervals({30, 30, 30});
    QSignalSpy due(&s, &RefreshScheduler::refreshDue);
    s.start();
    s.finished(true);
    s.stop();
    QTest::qWait(150);
    QCOMPARE(due.count(), 1);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
