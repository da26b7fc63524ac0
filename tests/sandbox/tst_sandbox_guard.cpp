// SPDX-License-Identifier: Apache-2.0
// The sandbox's HTTP layer over bare sockets: limits decided before anything is buffered, idle and surplus
// connections, the checks that keep web pages out (Host, Origin, Content-Type, token only in the header),
// framing (HEAD, HTTP/1.0, Connection: close) and the embedded sandbox's per-run token.
#include "httptestclient.h"
#include "rawhttp.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000;

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArrayList &headers,
                   const QByteArray &body = {}, const QByteArray &version = "HTTP/1.1")
{
    QByteArray out = method + " /sdk/v1" + path + ' ' + version + "\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    if (!body.isEmpty())
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

const QByteArray kHost = "Host: 127.0.0.1";
const QByteArray kAuth = "Authorization: Bearer sandbox-token";
const QByteArray kJson = "Content-Type: application/json";

int codeOf(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value("code"_L1).toInt(-1);
}

QString msgOf(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value("msg"_L1).toString();
}

} // namespace

class TestSandboxGuard final : public QObject
{
    Q_OBJECT
private slots:
    void init() { start(); }
    void cleanup() { m_server.reset(); }

    void headerOver64KiBIsRefusedWith431();
    void bodyOverTheLimitIsRefusedFromContentLength();
    void noTokenIsAnsweredBeforeTheBody();
    void idleConnectionsAreClosed();
    void connectionsAreCapped();
    void foreignOriginIsRefused();
    void foreignHostIsRefused();
    void formPostIsRefused();
    void tokenInTheQueryIsNotAccepted();
    void headHasNoBody();
    void http10AndConnectionCloseClose();
    void embeddedSandboxUsesARandomToken();

private:
    void start(SandboxOptions options = {});
    quint16 port() const { return m_server->port(); }
    QByteArray fingerprint();

    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxGuard::start(SandboxOptions options)
{
    m_server.reset();
    options.manualClock = true;
    options.clockStartMs = kT0;
    options.rngSeed = 99;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

QByteArray TestSandboxGuard::fingerprint()
{
    HttpTestClient http(m_server->baseUrl());
    return http.get(u"/instance/list?per_page=1000"_s).body + http.get(u"/snapshot/list"_s).body;
}

void TestSandboxGuard::headerOver64KiBIsRefusedWith431()
{
    RawHttp raw(port());
    raw.send("GET /sdk/v1/account/balance HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " +
             QByteArray(70 * 1024, 'a'));
    const auto r = raw.read();
    QVERIFY(r);
    QCOMPARE(r->status, 431);
    QCOMPARE(codeOf(*r), 43100);
    QCOMPARE(r->header("Connection"), "close");
    QVERIFY(raw.waitClosedByServer(5000));
}

void TestSandboxGuard::bodyOverTheLimitIsRefusedFromContentLength()
{
    // Not a byte of the body is sent: the answer comes from the head alone.
    RawHttp raw(port());
    raw.send("POST /sdk/v1/instance HTTP/1.1\r\nHost: 127.0.0.1\r\n" + kAuth + "\r\n" + kJson +
             "\r\nContent-Length: 314572800\r\n\r\n");
    const auto r = raw.read();
    QVERIFY(r);
    QCOMPARE(r->status, 413);
    QCOMPARE(codeOf(*r), codes::BodyTooLarge);
    QVERIFY(raw.waitClosedByServer(5000));
}

void TestSandboxGuard::noTokenIsAnsweredBeforeTheBody()
{
    RawHttp raw(port());
    raw.send("POST /sdk/v1/network/group HTTP/1.1\r\nHost: 127.0.0.1\r\n" + kJson +
             "\r\nContent-Length: 1000\r\n\r\n");
    const auto r = raw.read();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(codeOf(*r), codes::BadToken);
    QCOMPARE(r->header("Connection"), "close");
    QVERIFY(raw.waitClosedByServer(5000));
}

void TestSandboxGuard::idleConnectionsAreClosed()
{
    SandboxOptions options;
    options.http.idleTimeoutMs = 300;
    start(options);
    RawHttp silent(port());
    QVERIFY(silent.isConnected());
    RawHttp kept(port());
    kept.send(request("GET", "/account/balance", {kHost, kAuth}));
    const auto r = kept.read();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(r->header("Connection").isEmpty()); // kept alive
    QVERIFY(silent.waitClosedByServer(5000));
    QVERIFY(kept.waitClosedByServer(5000));
}

void TestSandboxGuard::connectionsAreCapped()
{
    // 200 idle connections: the longest idle ones make room, so a client is still served at once.
    std::vector<std::unique_ptr<RawHttp>> idle;
    for (int i = 0; i < 200; ++i)
        idle.push_back(std::make_unique<RawHttp>(port()));
    HttpTestClient http(m_server->baseUrl());
    const HttpResult served = http.get(u"/account/balance"_s);
    QCOMPARE(served.code(), 0);
    QVERIFY2(served.elapsedMs < 1000, QByteArray::number(served.elapsedMs));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(idle.begin(), idle.end(), [](const auto &c) { return !c->isConnected(); }) >= 200 - 64,
        5000);
    idle.clear();

    // 64 connections in the middle of a request are not closed for a newcomer: it is refused at once.
    std::vector<std::unique_ptr<RawHttp>> busy;
    for (int i = 0; i < 64; ++i) {
        busy.push_back(std::make_unique<RawHttp>(port()));
        busy.back()->send("GET /sdk/v1/account/balance HTTP/1.1\r\n");
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            RawHttp probe(port());
            return probe.waitClosedByServer(200);
        }(),
        5000);
    QVERIFY(std::all_of(busy.begin(), busy.end(), [](const auto &c) { return c->isConnected(); }));
    busy.back()->send("Host: 127.0.0.1\r\n" + kAuth + "\r\nConnection: close\r\n\r\n");
    const auto r = busy.back()->read();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(busy.back()->waitClosedByServer(5000));
    QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/account/balance"_s).code(), 0, 5000); // a slot was free again
}

void TestSandboxGuard::foreignOriginIsRefused()
{
    RawHttp raw(port());
    raw.send(request("GET", "/instance/list", {kHost, kAuth, "Origin: https://evil.example"}));
    const auto r = raw.read();
    QVERIFY(r);
    QCOMPARE(r->status, 403);
    QVERIFY2(msgOf(*r).contains("Origin \"https://evil.example\" is not this sandbox"_L1),
             qPrintable(msgOf(*r)));
    QVERIFY(raw.waitClosedByServer(5000));

    RawHttp own(port());
    own.send(request("GET", "/instance/list",
                     {kHost, kAuth, "Origin: http://127.0.0.1:" + QByteArray::number(port())}));
    const auto ok = own.read();
    QVERIFY(ok);
    QCOMPARE(codeOf(*ok), 0);
}

void TestSandboxGuard::foreignHostIsRefused()
{
    RawHttp raw(port());
    raw.send(request("GET", "/instance/list", {"Host: evil.example:8790", kAuth}));
    const auto r = raw.read();
    QVERIFY(r);
    QCOMPARE(r->status, 421);
    QVERIFY2(msgOf(*r).contains("evil.example"_L1), qPrintable(msgOf(*r)));
    QVERIFY(raw.waitClosedByServer(5000));
    for (const QByteArray host : {"localhost", "127.0.0.1:1", "[::1]:8790", "LOCALHOST:9"}) {
        RawHttp ok(port());
        ok.send(request("GET", "/account/balance", {"Host: " + host, kAuth}));
        const auto answer = ok.read();
        QVERIFY2(answer && codeOf(*answer) == 0, host.constData());
    }
    for (const QByteArray host : {"127.0.0.1.evil.example", "localhost.evil.example", "[::1", "::1"}) {
        RawHttp bad(port());
        bad.send(request("GET", "/account/balance", {"Host: " + host, kAuth}));
        const auto answer = bad.read();
        QVERIFY2(answer && answer->status == 421, host.constData());
    }
}

void TestSandboxGuard::formPostIsRefused()
{
    // What a web page can send without asking: a text/plain form POST, the token in its URL.
    const QByteArray before = fingerprint();
    RawHttp raw(port());
    raw.send(request("POST", "/snapshot?Authorization=sandbox-token",
                     {kHost, "Content-Type: text/plain", "Origin: null"},
                     R"({"instance_id":"ins-5y4p57y9","name":"x","auto_release":true})"));
    const auto r = raw.read();
    QVERIFY(r);
    QCOMPARE(r->status, 403); // Origin: null comes first
    RawHttp noOrigin(port());
    noOrigin.send(request("POST", "/snapshot", {kHost, kAuth, "Content-Type: text/plain"},
                          R"({"instance_id":"ins-5y4p57y9","name":"x","auto_release":true})"));
    const auto plain = noOrigin.read();
    QVERIFY(plain);
    QCOMPARE(plain->status, 415);
    QVERIFY2(msgOf(*plain).contains("application/json"_L1), qPrintable(msgOf(*plain)));
    QCOMPARE(fingerprint(), before);
}

void TestSandboxGuard::tokenInTheQueryIsNotAccepted()
{
    HttpTestClient http(m_server->baseUrl());
    const HttpResult r = http.send("GET", u"/instance/list?Authorization=sandbox-token"_s, {}, false);
    QCOMPARE(r.code(), codes::BadToken);
    QVERIFY2(r.msg().contains("Authorization header"_L1), qPrintable(r.msg()));
    QCOMPARE(http.send("GET", u"/instance/list?Authorization=Bearer%20sandbox-token"_s, {}, false).code(),
             codes::BadToken);
    QCOMPARE(http.get(u"/instance/list"_s).code(), 0);
}

void TestSandboxGuard::headHasNoBody()
{
    RawHttp raw(port());
    raw.send(request("HEAD", "/account/balance", {kHost, kAuth}) +
             request("GET", "/account/balance", {kHost, kAuth}));
    const auto head = raw.read(true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->header("Content-Length").toInt() > 0);
    const auto get = raw.read();
    QVERIFY(get); // framed right: the next answer starts where the HEAD answer's headers end
    QCOMPARE(get->status, 200);
    QCOMPARE(get->body.size(), head->header("Content-Length").toInt());
    QCOMPARE(codeOf(*get), 0);
    QVERIFY(raw.isConnected());
    QCOMPARE(raw.leftover(), QByteArray());
}

void TestSandboxGuard::http10AndConnectionCloseClose()
{
    RawHttp old(port());
    old.send(request("GET", "/account/balance", {kAuth}, {}, "HTTP/1.0"));
    const auto r10 = old.read();
    QVERIFY(r10);
    QCOMPARE(codeOf(*r10), 0);
    QVERIFY(old.waitClosedByServer(5000));

    RawHttp closing(port());
    closing.send(request("GET", "/account/balance", {kHost, kAuth, "Connection: close"}));
    const auto rc = closing.read();
    QVERIFY(rc);
    QCOMPARE(rc->header("Connection"), "close");
    QVERIFY(closing.waitClosedByServer(5000));

    RawHttp kept(port()); // HTTP/1.0 that asks for keep-alive gets it
    kept.send(request("GET", "/account/balance", {kAuth, "Connection: keep-alive"}, {}, "HTTP/1.0"));
    const auto first = kept.read();
    QVERIFY(first);
    QCOMPARE(first->header("Connection"), "keep-alive");
    kept.send(request("GET", "/account/balance", {kAuth}, {}, "HTTP/1.0"));
    QVERIFY(kept.read());
    QVERIFY(kept.waitClosedByServer(5000));
}

void TestSandboxGuard::embeddedSandboxUsesARandomToken()
{
    SandboxOptions options;
    options.manualClock = true;
    EmbeddedSandbox a(options);
    EmbeddedSandbox b(options);
    QVERIFY(a.start());
    QVERIFY(a.token() != QLatin1StringView(kWellKnownToken));
    QVERIFY(a.token().size() >= 32);
    QVERIFY(a.token() != b.token());
    HttpTestClient http(a.baseUrl().toString());
    QCOMPARE(http.get(u"/account/balance"_s).code(), codes::BadToken);
    http.setToken(a.token());
    QCOMPARE(http.get(u"/account/balance"_s).code(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxGuard)
#include "tst_sandbox_guard.moc"
