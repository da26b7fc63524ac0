// SPDX-License-Identifier: Apache-2.0
// With SSH endpoints on, the sandbox's HTTP forward of port 8888 is a real loopback page (jupyterforward.h):
// its URL, the page, the bounded request head, and that it follows the instance's lifecycle.
#include "sandbox/jupyterforward.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sshendpoints.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

namespace {

SandboxOptions sshOptions()
{
    SandboxOptions o;
    o.manualClock = true;
    o.clockStartMs = 1'790'000'000'000;
    o.rngSeed = 7;
    o.dataPath = u":memory:"_s;
    o.ssh.enabled = true;
    return o;
}

// The first Running instance of the demo data that forwards port 8888.
QString runningWithJupyter(SandboxServer &server)
{
    for (const Instance &in : server.engine().instances()) {
        if (in.status.state() != InstanceState::Running)
            continue;
        for (const Access &a : in.accesses) {
            if (a.listenPort == 8888)
                return in.instanceID;
        }
    }
    return {};
}

QString jupyterUrl(SandboxServer &server, const QString &id)
{
    const auto in = server.engine().instance(id);
    for (const Access &a : in ? in->accesses : QList<Access>{}) {
        if (a.listenPort == 8888)
            return a.url;
    }
    return {};
}

struct PageReply
{
    int status = 0;
    QByteArray body;
};

PageReply get(const QString &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15'000);
    PageReply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return out;
}

} // namespace

class TestSandboxJupyterForward final : public QObject
{
    Q_OBJECT
private slots:
    void forwardUrlServesThePage();
    void newInstanceGetsALoopbackForward();
    void requestHeadIsBounded();
    void forwardFollowsTheLifecycle();
    void withoutSshTheForwardStaysSimulated();
};

void TestSandboxJupyterForward::forwardUrlServesThePage()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningWithJupyter(server);
    QVERIFY(!id.isEmpty());
    const quint16 port = server.sshEndpoints()->jupyterPort(id);
    QVERIFY(port != 0);
    QCOMPARE(jupyterUrl(server, id), u"http://127.0.0.1:%1/"_s.arg(port));
    const PageReply reply = get(jupyterUrl(server, id));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("<title>JupyterLab (Glows sandbox, simulated)</title>"));
    QVERIFY(reply.body.contains(id.toUtf8()));
}

void TestSandboxJupyterForward::newInstanceGetsALoopbackForward()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    CreateInstanceRequest r;
    r.fromImageId = u"img-87p9kq26"_s;
    r.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    r.regionName = u"TW-03"_s;
    r.customMetaKey = u"jupyter-forward"_s;
    const auto created = server.engine().create(r);
    QVERIFY(created.ok());
    const QString id = created.value().instanceID;
    QCOMPARE(server.sshEndpoints()->jupyterPort(id), quint16(0));
    const StepDurations steps = server.engine().steps();
    server.clock().advance(steps.schedQueuedMs + steps.pendingMs);
    QCOMPARE(server.engine().instance(id)->status.state(), InstanceState::Running);
    const quint16 port = server.sshEndpoints()->jupyterPort(id);
    QVERIFY(port != 0);
    QCOMPARE(jupyterUrl(server, id), u"http://127.0.0.1:%1/"_s.arg(port));
    QCOMPARE(get(jupyterUrl(server, id)).status, 200);
}

void TestSandboxJupyterForward::requestHeadIsBounded()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningWithJupyter(server);
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, server.sshEndpoints()->jupyterPort(id));
    QVERIFY(socket.waitForConnected(5000));
    // One byte over the cap, never ending its head (exactly: unread bytes would turn the close into a reset).
    const QByteArray start = "GET / HTTP/1.1\r\nX-Filler: ";
    socket.write(start + QByteArray(JupyterForward::kMaxRequestHead + 1 - start.size(), 'a'));
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10'000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.constData());
    QTRY_COMPARE(server.sshEndpoints()->jupyterConnectionCount(id), 0);
}

void TestSandboxJupyterForward::forwardFollowsTheLifecycle()
{
    SandboxServer server(sshOptions());
    QVERIFY(server.open());
    const QString id = runningWithJupyter(server);
    const quint16 port = server.sshEndpoints()->jupyterPort(id);
    QVERIFY(port != 0);
    // Paused by a snapshot: nothing listens until it runs again, then on the same port.
    QVERIFY(server.engine().takeSnapshot(id, u"forward-test"_s, false).ok());
    server.sshEndpoints()->sync();
    QCOMPARE(server.sshEndpoints()->jupyterPort(id), quint16(0));
    QCOMPARE(get(u"http://127.0.0.1:%1/"_s.arg(port)).status, 0);
    const StepDurations steps = server.engine().steps();
    server.clock().advance(steps.suspendingMs + steps.pausedMs + 1000);
    server.engine().advance();
    QCOMPARE(server.engine().instance(id)->status.state(), InstanceState::Running);
    const quint16 back = server.sshEndpoints()->jupyterPort(id);
    QVERIFY(back != 0);
    QCOMPARE(jupyterUrl(server, id), u"http://127.0.0.1:%1/"_s.arg(back));
    QCOMPARE(get(jupyterUrl(server, id)).status, 200);

    // Released: the listener closes, a connection that was open included.
    QTcpSocket open;
    open.connectToHost(u"127.0.0.1"_s, back);
    QVERIFY(open.waitForConnected(5000));
    QTRY_COMPARE(server.sshEndpoints()->jupyterConnectionCount(id), 1);
    QVERIFY(server.engine().release(id).ok());
    server.sshEndpoints()->sync();
    QCOMPARE(server.sshEndpoints()->jupyterPort(id), quint16(0));
    QTRY_COMPARE_WITH_TIMEOUT(open.state(), QAbstractSocket::UnconnectedState, 10'000);
    QCOMPARE(get(u"http://127.0.0.1:%1/"_s.arg(back)).status, 0);
}

void TestSandboxJupyterForward::withoutSshTheForwardStaysSimulated()
{
    SandboxOptions options = sshOptions();
    options.ssh.enabled = false;
    SandboxServer server(options);
    QVERIFY(server.open());
    const QString id = runningWithJupyter(server);
    QVERIFY(QUrl(jupyterUrl(server, id)).host().endsWith(".access.sandbox.invalid"_L1));
}

QTEST_GUILESS_MAIN(TestSandboxJupyterForward)
#include "tst_sandbox_jupyterforward.moc"
