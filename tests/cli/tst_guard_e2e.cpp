// SPDX-License-Identifier: Apache-2.0
// glows-cli guard end to end (issue 18): the built glows-cli against a glows-sandbox process at --speed 60,
// so the ten-minute idle rule and its ten-minute grace period pass in about twenty seconds of real time.
// The test watches the sandbox through its own client and never sleeps a fixed time.
#include "api/glowsclient.h"
#include "chaos/sandboxprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

const QString kIdle = u"ins-e6n2t4kb"_s; // idle-notebook in the demo data

template<typename T, typename Start>
std::optional<T> await(Start start)
{
    std::optional<T> value;
    QEventLoop loop;
    bool done = false;
    start([&](const ApiResult<T> &r) {
        if (r.ok())
            value = r.value();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return value;
}

} // namespace

class TestGuardEndToEnd final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void idleNotebookIsSnapshottedAndReleased();
    void notifyTouchesNothing();
    void snapshotReleaseWithoutTerminalNeedsYes();

private:
    QMap<QString, QString> statuses();
    QList<Snapshot> snapshots();
    qint64 newestSampleTime(const QString &id);
    void startCli(const QStringList &guardArgs);
    QList<QJsonObject> events();

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<GlowsClient> m_client;
    std::unique_ptr<QProcess> m_cli;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_url;
    QByteArray m_cliOut;
    qint64 m_newestSample = 0;
};

void TestGuardEndToEnd::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<test::SandboxProcess>(QStringLiteral(GLOWS_SANDBOX_EXE));
    m_url = m_sandbox->start({u"--data"_s, u":memory:"_s, u"--speed"_s, u"60"_s});
    if (m_url.isEmpty())
        QSKIP(qPrintable(u"glows-sandbox did not start: "_s + m_sandbox->lastError()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GlowsClient>(m_nam.get(), QUrl(m_url), u"sandbox-token"_s);
    m_cliOut.clear();
    m_newestSample = 0;
}

void TestGuardEndToEnd::cleanup()
{
    if (m_cli && m_cli->state() != QProcess::NotRunning) {
        m_cli->kill();
        m_cli->waitForFinished(5000);
    }
    m_cli.reset();
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

QMap<QString, QString> TestGuardEndToEnd::statuses()
{
    QMap<QString, QString> result;
    const auto list = await<QList<Instance>>([&](auto done) { m_client->listInstances(this, done); });
    if (list) {
        for (const Instance &in : *list)
            result.insert(in.instanceID, in.status.raw());
    }
    return result;
}

QList<Snapshot> TestGuardEndToEnd::snapshots()
{
    return await<QList<Snapshot>>([&](auto done) { m_client->listSnapshots(this, done); })
        .value_or(QList<Snapshot>());
}

qint64 TestGuardEndToEnd::newestSampleTime(const QString &id)
{
    // The newest sample of a busy instance: the sandbox's simulated clock (ahead of the wall clock at
    // --speed 60). Page forward from the newest seen so far.
    for (int page = 0; page < 20; ++page) {
        const auto series =
            await<MetricSeries>([&](auto done) { m_client->metrics(id, m_newestSample, this, done); });
        if (!series || series->samples.isEmpty())
            break;
        m_newestSample = series->samples.constLast().t;
        if (!series->more)
            break;
    }
    return m_newestSample;
}

void TestGuardEndToEnd::startCli(const QStringList &guardArgs)
{
    m_cli = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_cli->setProcessEnvironment(env);
    m_cli->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_cli.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_cliOut += m_cli->readAllStandardOutput(); });
    m_cli->start(QStringLiteral(GLOWS_CLI_EXE),
                 QStringList{u"--server"_s, m_url, u"--json"_s, u"guard"_s} + guardArgs);
    QVERIFY(m_cli->waitForStarted(10000));
    m_cli->closeWriteChannel(); // no terminal: nobody could answer a question
}

QList<QJsonObject> TestGuardEndToEnd::events()
{
    QList<QJsonObject> result;
    for (const QByteArray &line : m_cliOut.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            result.append(doc.object());
    }
    return result;
}

void TestGuardEndToEnd::idleNotebookIsSnapshottedAndReleased()
{
    QTRY_VERIFY_WITH_TIMEOUT(statuses().value(kIdle) == "Running"_L1, 10000);
    const QMap<QString, QString> before = statuses();
    const qsizetype snapshotsBefore = snapshots().size();
    startCli({u"--watch"_s, u"--idle-minutes"_s, u"10"_s, u"--act"_s, u"snapshot-release"_s, u"--yes"_s,
              u"--interval"_s, u"1"_s});

    // Within 60 s of real time: a snapshot of idle-notebook, and idle-notebook Released.
    auto snapshotOfIdle = [this] {
        for (const Snapshot &s : snapshots()) {
            if (s.sourceInstanceID == kIdle)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(snapshotOfIdle(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(statuses().value(kIdle), u"Released"_s, 60000);

    // No busy instance touched: every other instance that was Running still is, and no other snapshot.
    const QMap<QString, QString> after = statuses();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() != kIdle && it.value() == "Running"_L1)
            QCOMPARE(after.value(it.key()), u"Running"_s);
    }
    QCOMPARE(snapshots().size(), snapshotsBefore + 1);

    // The guard said what it did, in order: armed, acted, and the server took the request.
    QStringList seen;
    for (const QJsonObject &e : events()) {
        if (e.value("instanceID"_L1).toString() == kIdle)
            seen.append(e.value("event"_L1).toString());
        else if (!e.value("instanceID"_L1).toString().isEmpty())
            QFAIL(qPrintable(u"an event for a busy instance: "_s +
                             QString::fromUtf8(QJsonDocument(e).toJson())));
    }
    QVERIFY2(seen.size() >= 3, qPrintable(seen.join(u", "_s)));
    QCOMPARE(seen.mid(0, 3), (QStringList{u"arm"_s, u"act"_s, u"action-done"_s}));
}

void TestGuardEndToEnd::notifyTouchesNothing()
{
    QTRY_VERIFY_WITH_TIMEOUT(statuses().value(kIdle) == "Running"_L1, 10000);
    const qsizetype snapshotsBefore = snapshots().size();
    startCli({u"--watch"_s, u"--idle-minutes"_s, u"10"_s, u"--act"_s, u"notify"_s, u"--interval"_s, u"1"_s});

    auto notified = [this]() -> qint64 {
        for (const QJsonObject &e : events()) {
            if (e.value("event"_L1).toString() == "notify"_L1 && e.value("instanceID"_L1).toString() == kIdle)
                return qint64(e.value("serverTime"_L1).toDouble());
        }
        return 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(notified() > 0, 60000);
    const qint64 at = notified();
    // Let more than the grace period (10 min) and the rule's own time pass on the sandbox's clock.
    const QString busy = u"ins-5y4p57y9"_s;
    QTRY_VERIFY_WITH_TIMEOUT(newestSampleTime(busy) > at + 25 * 60, 60000);
    QVERIFY(m_cli->state() == QProcess::Running);

    QCOMPARE(statuses().value(kIdle), u"Running"_s);
    QCOMPARE(snapshots().size(), snapshotsBefore);
    for (const QJsonObject &e : events()) {
        const QString event = e.value("event"_L1).toString();
        QVERIFY2(event != "arm"_L1 && event != "act"_L1 && !event.startsWith("action"_L1), qPrintable(event));
    }
}

void TestGuardEndToEnd::snapshotReleaseWithoutTerminalNeedsYes()
{
    startCli({u"--watch"_s, u"--idle-minutes"_s, u"10"_s, u"--act"_s, u"snapshot-release"_s});
    QVERIFY(m_cli->waitForFinished(30000));
    QCOMPARE(m_cli->exitCode(), 2);
    const QString err = QString::fromUtf8(m_cli->readAllStandardError());
    QVERIFY2(err.contains(u"--yes"_s), qPrintable(err));
    QCOMPARE(statuses().value(kIdle), u"Running"_s);
}

QTEST_GUILESS_MAIN(TestGuardEndToEnd)
#include "tst_guard_e2e.moc"
