// SPDX-License-Identifier: Apache-2.0
// The client against a scripted misbehaving HTTP server on loopback: retries, timeouts, malformed bodies,
// dropped connections, idempotent create, cancel, the in-flight limit and the token-leak check.
#include "api/codec.h"
#include "api/glowsclient.h"
#include "clienttesthelpers.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::test;

namespace {
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableAllGlowsLogging(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "glows.", 6) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }
}
} // namespace

class TestClientChaos final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void retryAfterParsing();
    void retriesAfter429HonouringRetryAfter();
    void retries503ThenSucceeds();
    void gives503UpAfterMaxAttempts();
    void retriesTruncatedBody();
    void malformedBodyEndsInDecodeError();
    void retriesDroppedConnection();
    void stallTimesOutOncePerAttempt();
    void timeoutRestartsOnProgress();
    void nonZeroCodeOnHttp200IsAnError();
    void badTokenCodes_data();
    void badTokenCodes();
    void cancelQueuedInFlightAndWaiting();
    void inFlightLimitPerServer();
    void destroyedContextCancelsCall();
    void newTokenReachesQueuedCalls();
    void clientDestructionDeliversCancelled();
    void everyCallEndsExactlyOnce();
    void tokenNeverReachesLogsOrDetails();

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GlowsClient> m_client;
};

void TestClientChaos::initTestCase()
{
    ApiRequest::setRetryBaseDelayMs(10);
}

void TestClientChaos::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GlowsClient>(m_nam.get(), QUrl(m_server->baseUrl()), kToken);
    m_client->setRequestTimeoutMs(5000);
}

void TestClientChaos::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestClientChaos::retryAfterParsing()
{
    const QDateTime now = QDateTime::fromString(u"Fri, 27 Nov 2026 10:00:00 +0000"_s, Qt::RFC2822Date);
    QVERIFY(now.isValid());
    QCOMPARE(ApiRequest::parseRetryAfterMs("2", now), 2000);
    QCOMPARE(ApiRequest::parseRetryAfterMs(" 0 ", now), 0);
    QCOMPARE(ApiRequest::parseRetryAfterMs("", now), -1);
    QCOMPARE(ApiRequest::parseRetryAfterMs("soon", now), -1);
    QCOMPARE(ApiRequest::parseRetryAfterMs("-5", now), -1);
    QCOMPARE(ApiRequest::parseRetryAfterMs("999999999", now), ApiRequest::kMaxRetryAfterMs);
    QCOMPARE(ApiRequest::parseRetryAfterMs("Fri, 27 Nov 2026 10:00:03 GMT", now), 3000);
    QCOMPARE(ApiRequest::parseRetryAfterMs("Fri, 27 Nov 2026 09:00:00 GMT", now), 0);
}

void TestClientChaos::retriesAfter429HonouringRetryAfter()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) {
        return ++n == 1 ? Action::text(429, "Too Many Requests", {{"Retry-After", "1"}})
                        : listReply({u"ins-a"_s});
    });
    Recorder<QList<Instance>> rec;
    QElapsedTimer clock;
    clock.start();
    QPointer<ApiRequest> request = m_client->listInstances(this, rec.handler());
    QSignalSpy retrying(request.data(), &ApiRequest::retrying);
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 10000);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(m_server->count(), 2);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(1).toInt(), 1000); // the server's delay, not the 10 ms test backoff
    QVERIFY(clock.elapsed() >= 900);
}

void TestClientChaos::retries503ThenSucceeds()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) {
        return ++n <= 2 ? Action::text(503, "busy") : listReply({u"ins-a"_s, u"ins-b"_s});
    });
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->ok());
    QCOMPARE(rec.result->value().size(), 2);
    QCOMPARE(m_server->count(), 3);
}

void TestClientChaos::gives503UpAfterMaxAttempts()
{
    m_server->setHandler([](const HttpRequest &) { return Action::text(503, "down"); });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QTRY_VERIFY(rec.released()); // the call is gone: no fifth attempt and no second result can come
    QCOMPARE(rec.calls, 1);
    QVERIFY(!rec.result->ok());
    const ApiError &e = rec.result->error();
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.httpStatus(), 503);
    QVERIFY(e.isTransient());
    QCOMPARE(e.attempts(), 4);
    QCOMPARE(m_server->count(), 4);
    QVERIFY(e.details().contains(u"HTTP status: 503"_s));
    QVERIFY(e.details().contains(u"GET /sdk/v1/instance"_s));
    QVERIFY(!e.userMessage().isEmpty());
}

void TestClientChaos::retriesTruncatedBody()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) {
        return ++n == 1 ? Action::truncated(
                              QJsonObject{{"code"_L1, 0}, {"instance"_L1, instanceJson(u"ins-a"_s)}}, 20)
                        : Action::ok({{"instance"_L1, instanceJson(u"ins-a"_s)}});
    });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(rec.result->value().instanceID, u"ins-a"_s);
    QCOMPARE(m_server->count(), 2);
}

void TestClientChaos::malformedBodyEndsInDecodeError()
{
    m_server->setHandler([](const HttpRequest &) { return Action::text(200, "<html>oops</html>"); });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::Decode);
    QCOMPARE(m_server->count(), 4);

    // A well-formed envelope whose payload has the wrong shape is not retried: the server meant it.
    m_server->setHandler([](const HttpRequest &) { return Action::ok({{"instance"_L1, u"nope"_s}}); });
    Recorder<Instance> rec2;
    m_client->getInstance(u"ins-a"_s, this, rec2.handler());
    QTRY_COMPARE(rec2.calls, 1);
    QCOMPARE(rec2.result->error().kind(), ApiError::Kind::Decode);
    QCOMPARE(m_server->count(), 5);
}

void TestClientChaos::retriesDroppedConnection()
{
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &) { return ++n <= 2 ? Action::drop() : listReply({}); });
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->ok());
    QCOMPARE(m_server->count(), 3);
}

void TestClientChaos::stallTimesOutOncePerAttempt()
{
    m_client->setRequestTimeoutMs(200);
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 15000);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(rec.result->error().attempts(), 4);
    QCOMPARE(m_server->count(), 4);
    QCOMPARE(m_client->inFlight(), 0);
}

void TestClientChaos::timeoutRestartsOnProgress()
{
    // 8 chunks 150 ms apart take ~1.2 s in total, far beyond the 500 ms timeout, but bytes keep moving.
    m_client->setRequestTimeoutMs(500);
    m_server->setHandler([](const HttpRequest &) {
        return Action::drip(
            QJsonObject{{"code"_L1, 0}, {"msg"_L1, u""_s}, {"instance"_L1, instanceJson(u"ins-a"_s)}}, 8,
            150);
    });
    Recorder<Instance> rec;
    m_client->getInstance(u"ins-a"_s, this, rec.handler());
    QTRY_COMPARE_WITH_TIMEOUT(rec.calls, 1, 10000);
    QVERIFY2(rec.result->ok(), qPrintable(rec.result->ok() ? QString() : rec.result->error().details()));
    QCOMPARE(m_server->count(), 1);
}

void TestClientChaos::nonZeroCodeOnHttp200IsAnError()
{
    m_server->setHandler([](const HttpRequest &) { return Action::envelope(40900, u"instance is busy"_s); });
    Recorder<Snapshot> rec;
    m_client->takeSnapshot(u"ins-a"_s, u"s"_s, false, this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QCOMPARE(rec.result->error().kind(), ApiError::Kind::InvalidState);
    QCOMPARE(rec.result->error().serverMessage(), u"instance is busy"_s);
    QCOMPARE(m_server->count(), 1);
}

void TestClientChaos::badTokenCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("glows-176") << 200 << 176;
    QTest::newRow("sandbox-40100") << 200 << 40100;
    QTest::newRow("http-401") << 401 << -1;
}

void TestClientChaos::badTokenCodes()
{
    QFETCH(int, status);
    QFETCH(int, code);
    m_server->setHandler([&](const HttpRequest &) {
        return code < 0 ? Action::text(status, "Unauthorized") : Action::envelope(code, u"token expired"_s);
    });
    QSignalSpy authFailed(m_client.get(), &GlowsClient::authenticationFailed);
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QVERIFY(rec.result->error().needsSignIn());
    QCOMPARE(authFailed.count(), 1);
    QCOMPARE(m_server->count(), 1);
    QVERIFY(rec.result->error().userMessage().contains(u"sign in again"_s));
}

void TestClientChaos::cancelQueuedInFlightAndWaiting()
{
    m_server->setHandler([](const HttpRequest &r) {
        return r.path == "/instance/list"_L1 ? Action::text(503, "busy") : Action::stall();
    });
    ApiRequest::setRetryBaseDelayMs(5000); // keeps the list call waiting between attempts
    Recorder<Instance> inFlight;
    Recorder<QList<Instance>> waiting;
    QPointer<ApiRequest> a = m_client->getInstance(u"ins-a"_s, this, inFlight.handler());
    QPointer<ApiRequest> b = m_client->listInstances(this, waiting.handler());
    QSignalSpy retrying(b.data(), &ApiRequest::retrying);
    QTRY_COMPARE(m_server->count(), 2);
    QTRY_COMPARE(retrying.count(), 1); // the list call now waits between attempts
    QVERIFY(b && b->attempts() == 1 && m_server->count("GET", u"/instance/list"_s) == 1);
    a->cancel();
    b->cancel();
    ApiRequest::setRetryBaseDelayMs(10);
    // cancel() delivers the Cancelled result before it returns.
    QCOMPARE(inFlight.calls, 1);
    QCOMPARE(waiting.calls, 1);
    QCOMPARE(inFlight.result->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(waiting.result->error().kind(), ApiError::Kind::Cancelled);
    // Both calls are gone, with their retry timer: no second result and no retry can come.
    QTRY_VERIFY(!a && !b && inFlight.released() && waiting.released());
    QCOMPARE(inFlight.calls, 1);
    QCOMPARE(waiting.calls, 1);
    QCOMPARE(m_server->count("GET", u"/instance/list"_s), 1); // no retry after cancel
    QCOMPARE(m_client->inFlight(), 0);
}

void TestClientChaos::inFlightLimitPerServer()
{
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    constexpr int total = GlowsClient::kMaxInFlight + 3;
    std::vector<Recorder<Instance>> recs(total);
    QList<QPointer<ApiRequest>> requests;
    for (int i = 0; i < total; ++i)
        requests.append(m_client->getInstance(u"ins-%1"_s.arg(i), this, recs[size_t(i)].handler()));
    QTRY_COMPARE(m_server->count(), GlowsClient::kMaxInFlight);
    // The queued calls stay queued: they were never started, so nothing of theirs is on the wire.
    for (int i = GlowsClient::kMaxInFlight; i < total; ++i)
        QVERIFY(!requests.at(i)->isStarted());
    QCOMPARE(m_server->count(), GlowsClient::kMaxInFlight);
    QCOMPARE(m_client->inFlight(), GlowsClient::kMaxInFlight);
    QCOMPARE(m_client->queued(), 3);

    // Freeing one slot lets exactly the next queued call go out, in order.
    requests.at(0)->cancel();
    QTRY_COMPARE(m_server->count(), GlowsClient::kMaxInFlight + 1);
    QCOMPARE(m_server->requests().last().query.queryItemValue(u"request_id"_s),
             u"ins-%1"_s.arg(GlowsClient::kMaxInFlight));
    // Cancelling a queued call frees nothing and sends nothing.
    requests.at(total - 1)->cancel();
    QVERIFY(!requests.at(total - 1)->isStarted());
    QTRY_VERIFY(!requests.at(total - 1)); // gone, after the client's turn to start another call
    QVERIFY(!requests.at(total - 2)->isStarted());
    QCOMPARE(m_client->inFlight(), GlowsClient::kMaxInFlight);
    QCOMPARE(m_client->queued(), 1);
    QCOMPARE(m_server->count(), GlowsClient::kMaxInFlight + 1);
    for (const QPointer<ApiRequest> &r : std::as_const(requests)) {
        if (r)
            r->cancel();
    }
    for (auto &rec : recs)
        QTRY_COMPARE(rec.calls, 1);
    QTRY_COMPARE(m_client->inFlight(), 0);
}

void TestClientChaos::destroyedContextCancelsCall()
{
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    auto context = std::make_unique<QObject>();
    Recorder<Instance> rec;
    QPointer<ApiRequest> request = m_client->getInstance(u"ins-a"_s, context.get(), rec.handler());
    QTRY_COMPARE(m_client->inFlight(), 1);
    QTRY_COMPARE(m_server->count(), 1);
    context.reset();
    QTRY_VERIFY(!request);
    QCOMPARE(m_client->inFlight(), 0);
    QVERIFY(rec.released()); // the handler of a destroyed context is dropped, never run
    QCOMPARE(rec.calls, 0);
}

void TestClientChaos::newTokenReachesQueuedCalls()
{
    m_server->setHandler([](const HttpRequest &r) {
        return r.query.queryItemValue(u"request_id"_s) == "ins-q"_L1
                   ? Action::ok({{"instance"_L1, instanceJson(u"ins-q"_s)}})
                   : Action::stall();
    });
    QList<QPointer<ApiRequest>> stalled;
    for (int i = 0; i < GlowsClient::kMaxInFlight; ++i)
        stalled.append(m_client->getInstance(u"ins-x"_s, this, [](const auto &) {}));
    Recorder<Instance> queued;
    m_client->getInstance(u"ins-q"_s, this, queued.handler());
    QTRY_COMPARE(m_server->count(), GlowsClient::kMaxInFlight);
    m_client->setToken(u"fresh-token-after-sign-in"_s);
    stalled.first()->cancel();
    QTRY_COMPARE(queued.calls, 1);
    QCOMPARE(m_server->requests().last().headers.value("authorization"),
             QByteArray("Bearer fresh-token-after-sign-in"));
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "Bearer "_ba + kToken.toUtf8());
    for (const auto &r : std::as_const(stalled)) {
        if (r)
            r->cancel();
    }
}

void TestClientChaos::clientDestructionDeliversCancelled()
{
    m_server->setHandler([](const HttpRequest &) { return Action::stall(); });
    Recorder<Instance> a;
    Recorder<Instance> b;
    for (int i = 0; i < GlowsClient::kMaxInFlight; ++i)
        m_client->getInstance(u"ins-x"_s, this, [](const auto &) {});
    m_client->getInstance(u"ins-a"_s, this, a.handler());
    m_client->getInstance(u"ins-b"_s, this, b.handler()); // still queued
    m_client.reset();
    QTRY_COMPARE(a.calls, 1);
    QTRY_COMPARE(b.calls, 1);
    QCOMPARE(a.result->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(b.result->error().kind(), ApiError::Kind::Cancelled);
}

void TestClientChaos::everyCallEndsExactlyOnce()
{
    m_client->setRequestTimeoutMs(300);
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &r) {
        switch (++n % 7) {
        case 0:
            return Action::text(429, "slow down", {{"Retry-After", "0"}});
        case 1:
            return Action::text(503, "busy");
        case 2:
            return Action::drop();
        case 3:
            return Action::truncated(QJsonObject{{"code"_L1, 0}, {"instances"_L1, QJsonArray{}}}, 5);
        case 4:
            return n % 3 == 0 ? Action::stall() : Action::text(200, "garbage");
        default:
            return r.path == "/instance/list"_L1
                       ? listReply({u"ins-a"_s})
                       : Action::ok({{"instance"_L1, instanceJson(u"ins-a"_s, u"k"_s)}});
        }
    });
    constexpr int calls = 24;
    std::vector<Recorder<QList<Instance>>> lists(calls);
    std::vector<Recorder<Instance>> gets(calls);
    std::vector<Recorder<Instance>> creates(4);
    for (int i = 0; i < calls; ++i) {
        m_client->listInstances(this, lists[size_t(i)].handler());
        m_client->getInstance(u"ins-a"_s, this, gets[size_t(i)].handler());
    }
    for (auto &c : creates)
        m_client->createInstance(CreateInstanceRequest{}, this, c.handler());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(lists.begin(), lists.end(), [](auto &r) { return r.calls > 0; }) &&
            std::all_of(gets.begin(), gets.end(), [](auto &r) { return r.calls > 0; }) &&
            std::all_of(creates.begin(), creates.end(), [](auto &r) { return r.calls > 0; }),
        60000);
    // Every call is gone with its handler: none can be called a second time.
    QTRY_VERIFY(std::all_of(lists.begin(), lists.end(), [](auto &r) { return r.released(); }) &&
                std::all_of(gets.begin(), gets.end(), [](auto &r) { return r.released(); }) &&
                std::all_of(creates.begin(), creates.end(), [](auto &r) { return r.released(); }));
    for (auto &r : lists)
        QCOMPARE(r.calls, 1);
    for (auto &r : gets)
        QCOMPARE(r.calls, 1);
    for (auto &r : creates)
        QCOMPARE(r.calls, 1);
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_client->queued(), 0);
}

void TestClientChaos::tokenNeverReachesLogsOrDetails()
{
    // The server echoes the token everywhere it can: a 429 body, a 503 body, an error message.
    int n = 0;
    m_server->setHandler([&n](const HttpRequest &r) {
        const QByteArray auth = r.headers.value("authorization");
        switch (++n) {
        case 1:
            return Action::text(429, "rate limited for " + auth, {{"Retry-After", "0"}});
        case 2:
            return Action::text(503, "backend rejected " + auth);
        default:
            return Action::envelope(40100, u"invalid token %1"_s.arg(QString::fromUtf8(auth)));
        }
    });
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    g_previousFilter = QLoggingCategory::installFilter(enableAllGlowsLogging);
    Recorder<QList<Instance>> rec;
    m_client->listInstances(this, rec.handler());
    QTRY_COMPARE(rec.calls, 1);
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);

    QVERIFY(m_server->requests().first().headers.value("authorization").contains(kToken.toUtf8()));
    QCOMPARE(m_server->count(), 3);
    QVERIFY(rec.result->error().needsSignIn());
    QVERIFY2(g_log.size() >= 4, qPrintable(g_log.join(u'\n'))); // sends, retries and the failure were logged
    const QString all = g_log.join(u'\n');
    QVERIFY2(!all.contains(kToken), qPrintable(all));
    QVERIFY(all.contains(u"[redacted]"_s));
    const ApiError &e = rec.result->error();
    for (const QString &text : {e.details(), e.detail(), e.serverMessage(), e.userMessage()})
        QVERIFY2(!text.contains(kToken), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestClientChaos)
#include "tst_client_chaos.moc"
