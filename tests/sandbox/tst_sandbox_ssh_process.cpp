// SPDX-License-Identifier: Apache-2.0
// Black box: `glows-sandbox --ssh` as a separate process, driven over HTTP and SSH only.
#include "core/sshremote.h"
#include "httptestclient.h"
#include "sshtestclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using glows::test::SshTestClient;

namespace {

const QString kExe = QStringLiteral(GLOWS_SANDBOX_EXE);

} // namespace

class TestSandboxSshProcess final : public QObject
{
    Q_OBJECT
private slots:
    void sshOptionGivesRunningInstancesEndpoints();
    void withoutTheOptionNothingListens();

private:
    // Starts the sandbox and returns its base URL (empty on failure).
    QString launch(QProcess &process, const QStringList &extra);
};

QString TestSandboxSshProcess::launch(QProcess &process, const QStringList &extra)
{
    process.setProgram(kExe);
    process.setArguments(QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u":memory:"_s} + extra);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    static const QRegularExpression urlLine(u"Glows sandbox \\(simulated\\) at (\\S+)"_s);
    QString output;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        output += QString::fromUtf8(process.readAllStandardOutput());
        if (const auto match = urlLine.match(output); match.hasMatch())
            return match.captured(1);
    }
    return {};
}

void TestSandboxSshProcess::sshOptionGivesRunningInstancesEndpoints()
{
    QProcess process;
    const QString base = launch(process, {u"--ssh"_s});
    QVERIFY(!base.isEmpty());
    HttpTestClient http(base);
    const HttpResult list = http.get(u"/instance/list"_s);
    QCOMPARE(list.status, 200);
    QJsonObject running;
    for (const QJsonValue &v : list.json().value("instances"_L1).toArray()) {
        if (v.toObject().value("status"_L1).toString() == "Running"_L1) {
            running = v.toObject();
            break;
        }
    }
    QVERIFY(!running.isEmpty());
    const QUrl url(running.value("accesses"_L1).toArray().first().toObject().value("url"_L1).toString());
    QCOMPARE(url.scheme(), u"ssh"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    const auto port = quint16(url.port());
    const QString id = running.value("instanceID"_L1).toString();
    const QString password = running.value("sshCred"_L1).toObject().value("password"_L1).toString();

    SshTestClient c;
    QVERIFY(c.connect(port));
    QVERIFY(c.password(password));
    const auto gpu =
        c.exec(QByteArray(glows::sshremote::kGpuQuery.data(), glows::sshremote::kGpuQuery.size()));
    QCOMPARE(gpu.status, 0);
    QCOMPARE(gpu.out.split(',').size(), 3);
    c.close();

    // Released over HTTP: the endpoint is gone once the answer has come.
    QCOMPARE(http.del(u"/instance?request_id="_s + id).status, 200);
    SshTestClient gone;
    QVERIFY(!gone.connect(port));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxSshProcess::withoutTheOptionNothingListens()
{
    QProcess process;
    const QString base = launch(process, {});
    QVERIFY(!base.isEmpty());
    HttpTestClient http(base);
    const HttpResult list = http.get(u"/instance/list"_s);
    for (const QJsonValue &v : list.json().value("instances"_L1).toArray()) {
        const QString url =
            v.toObject().value("accesses"_L1).toArray().first().toObject().value("url"_L1).toString();
        QVERIFY2(!url.contains("127.0.0.1"_L1), qPrintable(url));
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSandboxSshProcess)
#include "tst_sandbox_ssh_process.moc"
