// SPDX-License-Identifier: Apache-2.0
// Durable before acknowledged (issue 17): an answered change survives SIGKILL of glows-sandbox, and a change
// the sandbox cannot commit is answered with an error and leaves memory equal to the file.
#include "httptestclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows::sandbox;

namespace {

const QString kExe = QStringLiteral(GLOWS_SANDBOX_EXE);
constexpr qint64 kT0 = 1'790'000'000'000;

QJsonObject createBody(const QString &metaKey)
{
    return {{"from_image_id"_L1, u"img-87p9kq26"_s},
            {"gpu_name"_L1, u"NVIDIA GeForce RTX 4090"_s},
            {"region_name"_L1, u"TW-03"_s},
            {"custom_meta_key"_L1, metaKey}};
}

QString instanceId(const HttpResult &r)
{
    return r.json().value("instance"_L1).toObject().value("instanceID"_L1).toString();
}

qint64 credited(const HttpResult &r)
{
    return qint64(r.json().value("creditedMilliCredit"_L1).toDouble(-1));
}

SandboxOptions fileOptions(const QString &path)
{
    SandboxOptions o;
    o.manualClock = true;
    o.clockStartMs = kT0;
    o.dataPath = path;
    o.rngSeed = 17;
    return o;
}

} // namespace

class TestSandboxDurability final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void killedRightAfterTheAnswerLosesNothing();
    void failedCommitAnswersAnErrorAndMemoryMatchesTheFile();

private:
    // Starts glows-sandbox and returns its base URL once it printed it (empty if it did not).
    QString launch(QProcess &process, const QStringList &args);

    QTemporaryDir m_dir;
    QList<QPointer<QProcess>> m_started;
};

void TestSandboxDurability::initTestCase()
{
    QVERIFY2(QFile::exists(kExe), qPrintable(kExe));
    QVERIFY(m_dir.isValid());
}

void TestSandboxDurability::cleanup()
{
    for (const QPointer<QProcess> &p : std::as_const(m_started)) {
        if (p && p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    m_started.clear();
}

QString TestSandboxDurability::launch(QProcess &process, const QStringList &args)
{
    process.setProgram(kExe);
    process.setArguments(args);
    process.start();
    m_started.append(&process);
    if (!process.waitForStarted(10000))
        return {};
    static const QRegularExpression urlLine(u"Glows sandbox \\(simulated\\) at (\\S+)"_s);
    QString output;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        output += QString::fromUtf8(process.readAllStandardOutput());
        const auto match = urlLine.match(output);
        if (match.hasMatch())
            return match.captured(1);
    }
    qWarning().noquote() << output << process.readAllStandardError();
    return {};
}

void TestSandboxDurability::killedRightAfterTheAnswerLosesNothing()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString data = m_dir.filePath(u"kill.sqlite"_s);
    const QStringList args{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data, u"--no-demo"_s};
    constexpr int kRounds = 20;
    QList<std::pair<QString, QString>> acknowledged; // meta key -> instance ID, in creation order
    qint64 expectedCredit = -1;
    for (int round = 0; round <= kRounds; ++round) {
        QProcess process;
        const QString url = launch(process, args);
        QVERIFY2(!url.isEmpty(), qPrintable(u"round %1: the sandbox did not start"_s.arg(round)));
        HttpTestClient http(url);

        // Everything answered before the last SIGKILL is there, under the same IDs.
        for (const auto &[key, id] : std::as_const(acknowledged)) {
            const HttpResult found = http.get(u"/instance?meta_key="_s + key);
            QVERIFY2(found.code() == 0,
                     qPrintable(u"round %1: acknowledged create '%2' (%3) was lost: %4"_s.arg(round).arg(
                         key, id, found.msg())));
            QCOMPARE(instanceId(found), id);
        }
        const qint64 nowCredited = credited(http.get(u"/account/balance"_s));
        if (expectedCredit >= 0)
            QVERIFY2(nowCredited == expectedCredit,
                     qPrintable(u"round %1: credited %2, acknowledged %3"_s.arg(round)
                                    .arg(nowCredited)
                                    .arg(expectedCredit)));
        expectedCredit = nowCredited;
        if (round == kRounds) {
            process.terminate();
            QVERIFY(process.waitForFinished(10000));
            break;
        }
        // The client's recovery after a lost answer: the same create again names the same instance.
        if (!acknowledged.isEmpty()) {
            const auto &[key, id] = acknowledged.last();
            const HttpResult again = http.post(u"/instance"_s, createBody(key));
            QCOMPARE(again.code(), 0);
            QCOMPARE(instanceId(again), id);
        }

        const QString key = u"kill.%1"_s.arg(round);
        const HttpResult created = http.post(u"/instance"_s, createBody(key));
        QCOMPARE(created.code(), 0);
        acknowledged.append({key, instanceId(created)});
        if (round % 2 == 1) {
            const qint64 amount = 1000 + round;
            const HttpResult topped = http.post(u"/account/topup"_s, {{"amountMilliCredit"_L1, amount}});
            QCOMPARE(topped.code(), 0);
            expectedCredit += amount;
            QCOMPARE(credited(topped), expectedCredit);
        }
        process.kill(); // SIGKILL right after the answer: no exit handler runs
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(acknowledged.size(), kRounds);
    qInfo("%d rounds of create%s, SIGKILL and restart in %lld ms", kRounds, " (+ top-up every other)",
          elapsed.elapsed());
}

void TestSandboxDurability::failedCommitAnswersAnErrorAndMemoryMatchesTheFile()
{
    const QString data = m_dir.filePath(u"full.sqlite"_s);
    QJsonArray shown;
    qint64 shownCredit = 0;
    QString keptId;
    {
        SandboxServer server(fileOptions(data));
        QVERIFY2(server.listen() != 0, qPrintable(server.errorString()));
        HttpTestClient http(server.baseUrl());
        const HttpResult kept = http.post(u"/instance"_s, createBody(u"full.kept"_s));
        QCOMPARE(kept.code(), 0);
        keptId = instanceId(kept);
        const qint64 creditBefore = credited(http.get(u"/account/balance"_s));
        const QJsonArray listBefore =
            http.get(u"/instance/list?per_page=1000"_s).json().value("instances"_L1).toArray();

        QVERIFY(server.store());
        server.store()->setFailWritesForTesting(true); // the disk is full from here on

        const HttpResult create = http.post(u"/instance"_s, createBody(u"full.lost"_s));
        QCOMPARE(create.status, 503);
        QCOMPARE(create.code(), 50000);
        QVERIFY2(create.msg().contains("could not save this change"_L1), qPrintable(create.msg()));
        QVERIFY2(create.msg().contains("disk is full"_L1), qPrintable(create.msg()));
        QCOMPARE(create.header("Retry-After"), QByteArray("1"));
        const HttpResult topUp = http.post(u"/account/topup"_s, {{"amountMilliCredit"_L1, 5000}});
        QCOMPARE(topUp.status, 503);
        QCOMPARE(topUp.code(), 50000);
        const HttpResult release = http.del(u"/instance?request_id="_s + keptId);
        QCOMPARE(release.status, 503);
        QCOMPARE(release.code(), 50000);
        const HttpResult snapshot =
            http.post(u"/snapshot"_s, {{"instance_id"_L1, u"ins-5y4p57y9"_s}, {"name"_L1, u"never-saved"_s}});
        QCOMPARE(snapshot.code(), 50000);

        // None of the refused changes shows: the engine went back to the file.
        QCOMPARE(http.get(u"/instance?meta_key=full.lost"_s).code(), 40400);
        QCOMPARE(instanceId(http.get(u"/instance?meta_key=full.kept"_s)), keptId);
        shownCredit = credited(http.get(u"/account/balance"_s));
        QCOMPARE(shownCredit, creditBefore);
        shown = http.get(u"/instance/list?per_page=1000"_s).json().value("instances"_L1).toArray();
        QCOMPARE(shown, listBefore);
        const QJsonArray snaps = http.get(u"/snapshot/list"_s).json().value("snapshots"_L1).toArray();
        QVERIFY(std::none_of(snaps.begin(), snaps.end(), [](const QJsonValue &s) {
            return s.toObject().value("name"_L1).toString() == "never-saved"_L1;
        }));
        // Reads still answer while nothing can be written.
        QCOMPARE(http.get(u"/instance/list"_s).status, 200);
    }
    // What the sandbox showed is what the file holds.
    SandboxServer reopened(fileOptions(data));
    QVERIFY2(reopened.listen() != 0, qPrintable(reopened.errorString()));
    HttpTestClient http(reopened.baseUrl());
    QCOMPARE(http.get(u"/instance/list?per_page=1000"_s).json().value("instances"_L1).toArray(), shown);
    QCOMPARE(credited(http.get(u"/account/balance"_s)), shownCredit);

    // With room on the disk again, the same create is made once and kept.
    const HttpResult retried = http.post(u"/instance"_s, createBody(u"full.lost"_s));
    QCOMPARE(retried.code(), 0);
    QCOMPARE(instanceId(http.get(u"/instance?meta_key=full.lost"_s)), instanceId(retried));
}

QTEST_GUILESS_MAIN(TestSandboxDurability)
#include "tst_sandbox_durability.moc"
