// SPDX-License-Identifier: Apache-2.0
// The live-query helper every polling view uses: fast in transitions, slow when steady, slower or off while
// hidden, one call at a time, a refresh that cancels the call in flight, the fresh/failed/unsupported state,
// and a reset when the client switches account.
#include "api/livequery.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace glows;
using namespace Qt::StringLiterals;

namespace {

// Stands in for a server: every call the query makes waits here until the test answers it.
class FakeCalls final
{
public:
    explicit FakeCalls(GlowsClient *client) : m_client(client) {}

    void attach(LiveQuery &query)
    {
        query.setCall<int>(
            [this](GlowsClient &, QObject *context, GlowsClient::Handler<int> done) {
                // A child of the client, like every real call, so an account switch ends it.
                auto *request = new ApiRequest(
                    nullptr, ApiRequest::Spec::get(QUrl(u"http://127.0.0.1:9/x"_s)), {}, m_client);
                const QMetaObject::Connection delivery = QObject::connect(
                    request, &ApiRequest::finished, context, [request, done] { done(request->error()); });
                m_pending.append({request, delivery, done});
                ++made;
                return request;
            },
            [this](const int &value) { applied.append(value); });
    }

    // Answers the oldest open call.
    void answer(int value)
    {
        Pending p = takeOpen();
        QObject::disconnect(p.delivery);
        p.done(value);
        p.request->cancel();
    }
    void fail(ApiError::Kind kind)
    {
        Pending p = takeOpen();
        p.request->fail(ApiError(kind, u"test"_s));
    }
    int open() const
    {
        int n = 0;
        for (const Pending &p : m_pending)
            n += p.request && !p.request->isFinished() ? 1 : 0;
        return n;
    }

    // Calls whose request still exists: only those could still deliver an answer.
    int alive() const
    {
        int n = 0;
        for (const Pending &p : m_pending)
            n += p.request ? 1 : 0;
        return n;
    }

    int made = 0;
    QList<int> applied;

private:
    struct Pending
    {
        QPointer<ApiRequest> request;
        QMetaObject::Connection delivery;
        GlowsClient::Handler<int> done;
    };
    Pending takeOpen()
    {
        while (!m_pending.isEmpty()) {
            Pending p = m_pending.takeFirst();
            if (p.request && !p.request->isFinished())
                return p;
        }
        qFatal("no open call");
    }

    GlowsClient *m_client;
    QList<Pending> m_pending;
};

} // namespace

class TestLiveQuery final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultsMatchTheIssue();
    void intervalFollowsState();
    void startFetchesAtOnceAndNeverStacksPolls();
    void refreshCancelsTheCallInFlight();
    void transitionPollsFastSteadyPollsSlow();
    void failureKeepsDataAndSaysSo();
    void unsupportedStopsPolling();
    void hiddenWithoutHiddenIntervalDoesNotPoll();
    void becomingVisibleWithStaleDataRefreshes();
    void stopCancelsAndSilences();
    void accountSwitchEndsTheOldCallAndResets();

private:
    QNetworkAccessManager *m_nam = nullptr;
    GlowsClient *m_client = nullptr;
};

void TestLiveQuery::init()
{
    m_nam = new QNetworkAccessManager;
    m_client = new GlowsClient(m_nam, QUrl(u"http://127.0.0.1:9/sdk/v1"_s), u"token-a"_s);
}

void TestLiveQuery::cleanup()
{
    delete m_client;
    delete m_nam;
}

void TestLiveQuery::defaultsMatchTheIssue()
{
    LiveQuery q(m_client);
    QCOMPARE(q.intervals().transitionMs, 1000);
    QCOMPARE(q.intervals().steadyMs, 10000);
    QVERIFY(q.intervals().hiddenMs > q.intervals().steadyMs);
    QCOMPARE(q.currentIntervalMs(), 10000);
    QCOMPARE(q.state(), LiveQuery::State::Empty);
}

void TestLiveQuery::intervalFollowsState()
{
    LiveQuery q(m_client);
    q.setTransitioning(true);
    QCOMPARE(q.currentIntervalMs(), 1000);
    q.setHidden(true);
    QVERIFY(q.currentIntervalMs() > 1000); // hidden is slower even in a transition
    q.setTransitioning(false);
    QCOMPARE(q.currentIntervalMs(), q.intervals().hiddenMs);
    q.setHidden(false);
    QCOMPARE(q.currentIntervalMs(), 10000);
}

void TestLiveQuery::startFetchesAtOnceAndNeverStacksPolls()
{
    LiveQuery q(m_client);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({20, 20, 20});
    q.setTransitioning(true);
    q.start();
    QCOMPARE(calls.made, 1);
    QVERIFY(q.isInFlight());
    // However long the call takes, the timer never starts a second one beside it: while a call is open no
    // poll is scheduled, not even when the schedule changes.
    QCOMPARE(q.msUntilNextFetch(), -1);
    q.setIntervals({20, 20, 20});
    q.setTransitioning(false);
    q.setTransitioning(true);
    QCOMPARE(q.msUntilNextFetch(), -1);
    QCOMPARE(calls.made, 1);
    calls.answer(7);
    QCOMPARE(calls.applied, QList<int>{7});
    QCOMPARE(q.state(), LiveQuery::State::Fresh);
    QVERIFY(q.msUntilNextFetch() >= 0);
    QTRY_COMPARE(calls.made, 2);
}

void TestLiveQuery::refreshCancelsTheCallInFlight()
{
    LiveQuery q(m_client);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({100000, 100000, 100000});
    QSignalSpy failed(&q, &LiveQuery::failed);
    q.refresh(); // not running: nothing
    QCOMPARE(calls.made, 0);
    q.start();
    q.refresh();
    q.refresh();
    // Each refresh replaced the call in flight: one open call, the older ones cancelled, not left to answer.
    QCOMPARE(calls.made, 3);
    QCOMPARE(calls.open(), 1);
    QCOMPARE(failed.count(), 0); // a cancelled call is no failure
    QCOMPARE(q.state(), LiveQuery::State::Empty);
    calls.answer(3);
    QCOMPARE(calls.applied, QList<int>{3});
}

void TestLiveQuery::transitionPollsFastSteadyPollsSlow()
{
    LiveQuery q(m_client);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({30, 100000, 100000});
    connect(&q, &LiveQuery::updated, &q, [] {});
    q.setTransitioning(true);
    q.start();
    for (int i = 0; i < 4; ++i) {
        QTRY_COMPARE(calls.open(), 1);
        calls.answer(i);
    }
    QCOMPARE(calls.applied.size(), 4);
    QTRY_COMPARE(calls.open(), 1);
    q.setTransitioning(false); // settled: the next wait is the steady one
    calls.answer(4);
    QCOMPARE(calls.made, 5);
    QCOMPARE(q.currentIntervalMs(), 100000);
    QVERIFY(q.msUntilNextFetch() > 90000);
}

void TestLiveQuery::failureKeepsDataAndSaysSo()
{
    LiveQuery q(m_client);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({100000, 100000, 100000});
    QSignalSpy failed(&q, &LiveQuery::failed);
    QSignalSpy changed(&q, &LiveQuery::lastUpdatedChanged);
    q.start();
    calls.fail(ApiError::Kind::Network);
    QCOMPARE(q.state(), LiveQuery::State::Failed);
    QCOMPARE(q.error().kind(), ApiError::Kind::Network);
    QVERIFY(!q.lastUpdated().isValid());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    q.refresh();
    calls.answer(1);
    QCOMPARE(q.state(), LiveQuery::State::Fresh);
    QVERIFY(q.lastUpdated() >= before);
    QCOMPARE(changed.count(), 1);
}

void TestLiveQuery::unsupportedStopsPolling()
{
    LiveQuery q(m_client);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({20, 20, 20});
    q.start();
    calls.fail(ApiError::Kind::Unsupported);
    QVERIFY(q.isUnsupported());
    q.refresh();
    QCOMPARE(calls.made, 1);
    QCOMPARE(q.msUntilNextFetch(), -1); // and none by the timer
}

void TestLiveQuery::hiddenWithoutHiddenIntervalDoesNotPoll()
{
    ManualClock clock;
    LiveQuery q(m_client, nullptr, clock);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({20, 20, 0});
    q.setHidden(true);
    q.start();
    calls.answer(1);
    QCOMPARE(q.msUntilNextFetch(), -1);
    QCOMPARE(calls.made, 1);
    clock.advance(q.intervals().steadyMs); // the data is now as old as the visible interval
    q.setHidden(false);                    // stale: fetched at once
    QCOMPARE(calls.made, 2);
}

void TestLiveQuery::becomingVisibleWithStaleDataRefreshes()
{
    ManualClock clock;
    LiveQuery q(m_client, nullptr, clock);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({50, 100, 100000});
    q.setHidden(true);
    q.start();
    calls.answer(1);
    QCOMPARE(calls.made, 1);
    // Hidden, the next poll is the hidden one, however old the data gets.
    QVERIFY(q.msUntilNextFetch() > 90000);
    clock.advance(q.intervals().steadyMs - 1);
    q.setHidden(false); // not yet older than the visible interval: no fetch
    QCOMPARE(calls.made, 1);
    q.setHidden(true);
    clock.advance(1);
    QCOMPARE(calls.made, 1);
    q.setHidden(false);
    QCOMPARE(calls.made, 2);
    // Fresh data does not refetch on show.
    calls.answer(2);
    q.setHidden(true);
    q.setHidden(false);
    QCOMPARE(calls.made, 2);
}

void TestLiveQuery::stopCancelsAndSilences()
{
    LiveQuery q(m_client);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({30, 30, 30});
    q.start();
    q.stop();
    QCOMPARE(calls.open(), 0);
    QCOMPARE(q.msUntilNextFetch(), -1); // no timer call
    QTRY_COMPARE(calls.alive(), 0);     // the cancelled call is gone: no late answer can come
    QCOMPARE(calls.made, 1);
    QVERIFY(calls.applied.isEmpty());
}

void TestLiveQuery::accountSwitchEndsTheOldCallAndResets()
{
    LiveQuery q(m_client);
    FakeCalls calls(m_client);
    calls.attach(q);
    q.setIntervals({100000, 100000, 100000});
    QSignalSpy reset(&q, &LiveQuery::reset);
    QSignalSpy failed(&q, &LiveQuery::failed);
    q.start();
    calls.answer(1);
    q.refresh();
    QCOMPARE(calls.open(), 1);
    m_client->switchAccount(QUrl(u"http://127.0.0.1:10/sdk/v1"_s), u"token-b"_s);
    // The old account's call ended before the reset; the new account's fetch is the only one open.
    QCOMPARE(reset.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(q.state(), LiveQuery::State::Empty);
    QVERIFY(!q.lastUpdated().isValid());
    QCOMPARE(calls.made, 3);
    QCOMPARE(calls.open(), 1);
}

QTEST_GUILESS_MAIN(TestLiveQuery)
#include "tst_livequery.moc"
