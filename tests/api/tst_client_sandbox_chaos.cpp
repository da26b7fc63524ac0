// SPDX-License-Identifier: Apache-2.0
// The client against a glows-sandbox process in chaos mode (HTTP 500, 429 with Retry-After, latency,
// malformed bodies, dropped connections after the work was done). Every call must end in exactly one result
// and no create may make a second instance. Skips when this glows-sandbox build has no --chaos option.
#include "api/glowsclient.h"
#include "support/resultwait.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
template<typename T>
using Recorder = testing::ResultRecorder<ApiResult<T>>;
} // namespace

class TestClientSandboxChaos final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyCallEndsOnceAndCreatesNeverDuplicate();

private:
    template<typename T, typename Start>
    ApiResult<T> untilOk(Start start);
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
    std::unique_ptr<GlowsClient> m_client;
};

void TestClientSandboxChaos::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString exe = QStringLiteral(GLOWS_SANDBOX_EXE);
    QProcess help;
    help.start(exe, {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const QByteArray options = help.readAllStandardOutput();
    QVERIFY2(options.contains("--chaos"), "glows-sandbox --help does not offer --chaos");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_sandbox.setProcessEnvironment(env);
    for (int attempt = 0; attempt < 5 && m_baseUrl.isEmpty(); ++attempt) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QStringList args{
            u"--listen"_s,     u"127.0.0.1:%1"_s.arg(port),
            u"--chaos"_s,      u"errors=0.12,429=0.08,malformed=0.08,drop=0.08,latency=0.05:300"_s,
            u"--chaos-seed"_s, u"7"_s};
        if (options.contains("--data"))
            args << u"--data"_s << m_dir.filePath(u"chaos.sqlite"_s);
        m_sandbox.start(exe, args);
        QVERIFY(m_sandbox.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 && m_sandbox.state() == QProcess::Running && !out.contains("sdk/v1")) {
            m_sandbox.waitForReadyRead(200);
            out += m_sandbox.readAllStandardOutput();
        }
        if (out.contains("sdk/v1"))
            m_baseUrl = u"http://127.0.0.1:%1/sdk/v1"_s.arg(port);
        else
            m_sandbox.kill(), m_sandbox.waitForFinished(5000);
    }
    QVERIFY(!m_baseUrl.isEmpty());
    ApiRequest::setRetryBaseDelayMs(20);
    m_client = std::make_unique<GlowsClient>(&m_nam, QUrl(m_baseUrl), u"sandbox-token"_s);
    m_client->setRequestTimeoutMs(5000);
}

void TestClientSandboxChaos::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.kill();
    m_sandbox.waitForFinished(5000);
}

template<typename T, typename Start>
ApiResult<T> TestClientSandboxChaos::untilOk(Start start)
{
    for (int i = 0;; ++i) {
        Recorder<T> rec;
        start(rec.handler());
        if (!QTest::qWaitFor([&] { return rec.calls > 0; }, 60000) || rec.result->ok() || i == 20)
            return rec.result.value_or(ApiResult<T>(ApiError(ApiError::Kind::Timeout, u"test timed out"_s)));
    }
}

void TestClientSandboxChaos::everyCallEndsOnceAndCreatesNeverDuplicate()
{
    // A spec that is in stock, read through the chaos like everything else.
    const auto specs = untilOk<QList<GpuSpec>>([&](auto h) { m_client->listSpecs(u"TW-03"_s, this, h); });
    QVERIFY2(specs.ok(), qPrintable(specs.ok() ? QString() : specs.error().details()));
    const auto spec = std::find_if(specs.value().begin(), specs.value().end(),
                                   [](const GpuSpec &s) { return s.availableUnits >= 12; });
    QVERIFY(spec != specs.value().end());

    constexpr int kCreates = 12;
    constexpr int kReads = 24;
    std::vector<Recorder<Instance>> creates(kCreates);
    std::vector<Recorder<Instance>> gets(kReads);
    std::vector<Recorder<QList<Instance>>> lists(kReads);
    std::vector<Recorder<QList<Snapshot>>> snapshots(kReads);
    for (int i = 0; i < kCreates; ++i) {
        CreateInstanceRequest req;
        req.fromImageId = u"img-87p9kq26"_s;
        req.gpuName = spec->gpuName;
        req.regionName = spec->regionName;
        req.customMetaKey = u"chaos.%1"_s.arg(i);
        m_client->createInstance(req, this, creates[size_t(i)].handler());
    }
    for (int i = 0; i < kReads; ++i) {
        m_client->getInstance(u"ins-boyqp4g8"_s, this, gets[size_t(i)].handler());
        m_client->listInstances(this, lists[size_t(i)].handler());
        m_client->listSnapshots(this, snapshots[size_t(i)].handler());
    }
    auto allDone = [](const auto &recs) {
        return std::all_of(recs.begin(), recs.end(), [](const auto &r) { return r.calls > 0; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(creates) && allDone(gets) && allDone(lists) && allDone(snapshots),
                             240000);
    // Every call is gone with its handler: none can be called a second time.
    auto allReleased = [](const auto &recs) {
        return std::all_of(recs.begin(), recs.end(), [](const auto &r) { return r.released(); });
    };
    QTRY_VERIFY(allReleased(creates) && allReleased(gets) && allReleased(lists) && allReleased(snapshots));
    int failures = 0;
    auto once = [&failures](const auto &recs) {
        for (const auto &r : recs) {
            if (r.calls != 1)
                return false;
            failures += r.result->ok() ? 0 : 1;
        }
        return true;
    };
    QVERIFY(once(creates));
    QVERIFY(once(gets));
    QVERIFY(once(lists));
    QVERIFY(once(snapshots));
    qInfo("%d of %d calls failed after their retries", failures, kCreates + 3 * kReads);
    QCOMPARE(m_client->inFlight(), 0);

    // One instance per meta key, and one for every create that reported success.
    const auto all = untilOk<QList<Instance>>([&](auto h) { m_client->listInstances(this, h); });
    QVERIFY(all.ok());
    QHash<QString, int> perKey;
    for (const Instance &in : all.value())
        ++perKey[in.metaKey];
    for (int i = 0; i < kCreates; ++i) {
        const QString key = u"chaos.%1"_s.arg(i);
        QVERIFY2(perKey.value(key) <= 1, qPrintable(key));
        if (creates[size_t(i)].result->ok()) {
            QCOMPARE(perKey.value(key), 1);
            QCOMPARE(creates[size_t(i)].result->value().metaKey, key);
        }
    }
}

QTEST_GUILESS_MAIN(TestClientSandboxChaos)
#include "tst_client_sandbox_chaos.moc"
