// SPDX-License-Identifier: Apache-2.0
// The client's bounds against a scripted loopback server: every call ends by its overall deadline however
// slowly the server drips, and a response body over the cap is aborted before it is buffered.
#include "api/glowsclient.h"
#include "clienttesthelpers.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::test;

class TestClientLimits final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deadlineDefaults();
    void dripEndsAtTheDeadline();
    void deadlineCoversRetriesAndWaits();
    void retryAfterPastTheDeadlineSettlesAtOnce();
    void oversizedBody_data();
    void oversizedBody();
    void bodyUnderTheCapIsRead();

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GlowsClient> m_client;
};

void TestClientLimits::initTestCase()
{
    ApiRequest::setRetryBaseDelayMs(10);
}

void TestClientLimits::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GlowsClient>(m_nam.get(), QUrl(m_server->baseUrl()), kToken);
    m_client->setRequestTimeoutMs(5000);
}

void TestClientLimits::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestClientLimits::deadlineDefaults()
{
    QCOMPARE(GlowsClient::kDefaultDeadlineMs, 30000);
    QCOMPARE(GlowsClient::kDefaultPagedDeadlineMs, 120000);
    QCOMPARE(m_client->deadlineMs(), 30000);
    QCOMPARE(m_client->pagedDeadlineMs(), 120000);
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    QPointer<ApiRequest> list = m_client->listInstances(this, [](const auto &) {});
    QPointer<ApiRequest> one = m_client->getInstance(u"ins-a"_s, this, [](const auto &) {});
    QCOMPARE(list->deadlineMs(), 120000);
    QCOMPARE(one->deadlineMs(), 30000);
    m_client->setDeadlines(2000, 5000);
    QPointer<ApiRequest> later = m_client->releaseInstance(u"ins-a"_s, this, [](const auto &) {});
    QCOMPARE(later->deadlineMs(), 2000);
    QCOMPARE(list->deadlineMs(), 120000); // a call keeps the deadline it started with
}

void TestClientLimits::dripEndsAtTheDeadline()
{
    // One byte every 400 ms keeps the no-progress timeout (5 s) from ever firing.
    const Action page = listReply({u"ins-a"_s});
    m_server->setHandler([&page](const HttpRequest &) {
        return Action::drip(QJsonDocument::fromJson(page.body).object(), int(page.body.size()), 400);
    });
    m_client->setDeadlines(60000, 2000);
    Recorder<QList<Instance>> recorder;
    QElapsedTimer clock;
    clock.start();
    m_client->listInstances(this, recorder.handler());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.calls == 1, 10000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 1900 && elapsed < 3500, qPrintable(QString::number(elapsed)));
    QVERIFY(!recorder.result->ok());
    const ApiError &error = recorder.result->error();
    QCOMPARE(error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(error.limit(), 2);
    QVERIFY2(error.userMessage().contains(u"within the 2-second time limit"_s),
             qPrintable(error.userMessage()));
    QVERIFY(error.details().contains(u"deadline"_s));
    // The reply was aborted and nothing more was sent.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openExchanges(), 0, 5000);
    QCOMPARE(m_server->count(), 1);
    QCOMPARE(recorder.calls, 1);
}

void TestClientLimits::deadlineCoversRetriesAndWaits()
{
    // Each stalled attempt times out after 400 ms and is retried; without the deadline this call would
    // take four attempts.
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    m_client->setRequestTimeoutMs(400);
    m_client->setDeadlines(1000, 60000);
    Recorder<Instance> recorder;
    QElapsedTimer clock;
    clock.start();
    m_client->getInstance(u"ins-a"_s, this, recorder.handler());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.calls == 1, 10000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 950 && elapsed < 1400, qPrintable(QString::number(elapsed)));
    QCOMPARE(recorder.result->error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(recorder.result->error().limit(), 1);
    QVERIFY(m_server->count() < 4);
    const int sent = m_server->count();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openExchanges(), 0, 5000);
    QCOMPARE(m_server->count(), sent);
}

void TestClientLimits::retryAfterPastTheDeadlineSettlesAtOnce()
{
    m_server->setHandler([](const HttpRequest &) {
        return Action::text(429, "Too Many Requests", {{"Retry-After", "30"}});
    });
    m_client->setDeadlines(5000, 5000);
    Recorder<QList<Instance>> recorder;
    QElapsedTimer clock;
    clock.start();
    m_client->listInstances(this, recorder.handler());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.calls == 1, 10000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(recorder.result->error().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(m_server->count(), 1);
}

void TestClientLimits::oversizedBody_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void TestClientLimits::oversizedBody()
{
    QFETCH(bool, chunked);
    m_server->setHandler(
        [chunked](const HttpRequest &) { return Action::flood(100 * 1024 * 1024, chunked); });
    Recorder<QList<Instance>> recorder;
    m_client->listInstances(this, recorder.handler());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.calls == 1, 20000);
    QVERIFY(!recorder.result->ok());
    const ApiError &error = recorder.result->error();
    QCOMPARE(error.kind(), ApiError::Kind::TooLarge);
    QCOMPARE(error.limit(), 32);
    QVERIFY2(error.userMessage().contains(u"32 MiB"_s), qPrintable(error.userMessage()));
    QVERIFY(!error.isTransient());
    QCOMPARE(m_server->count(), 1); // the same server would send the same body again: not retried
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openExchanges(), 0, 5000);
}

void TestClientLimits::bodyUnderTheCapIsRead()
{
    // The read buffer bound must not stall a large but allowed answer.
    Action page = listReply({u"ins-a"_s, u"ins-b"_s});
    QJsonObject object = QJsonDocument::fromJson(page.body).object();
    object.insert("padding"_L1, QString(int(ApiRequest::kMaxBodyBytes) - 4096, u'x'));
    page = Action::json(object);
    QVERIFY(page.body.size() > 31 * 1024 * 1024 && page.body.size() <= ApiRequest::kMaxBodyBytes);
    m_server->setHandler([&page](const HttpRequest &) { return page; });
    Recorder<QList<Instance>> recorder;
    m_client->listInstances(this, recorder.handler());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.calls == 1, 20000);
    if (!recorder.result->ok())
        QFAIL(qPrintable(recorder.result->error().details()));
    QCOMPARE(recorder.result->value().size(), 2);
}

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_client_limits.moc"
