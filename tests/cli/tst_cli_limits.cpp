// SPDX-License-Identifier: Apache-2.0
// glows-cli against a scripted loopback server that drips or floods: it gives up by its --timeout and
// refuses an oversized answer without ever holding it in memory.
#include "api/scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace glows::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};
} // namespace

class TestCliLimits final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void timeoutOption();
    void dripEndsAtTheTimeout();
    void floodIsRefusedWithBoundedMemory();

private:
    // Runs glows-cli while this thread's event loop keeps serving the scripted server.
    Run cli(const QStringList &args, int waitMs);
    QString m_cliPath;
    QTemporaryDir m_home;
    std::unique_ptr<ScriptedServer> m_server;
};

void TestCliLimits::initTestCase()
{
    m_cliPath = QStringLiteral(GLOWS_CLI_EXE);
    QVERIFY2(QFile::exists(m_cliPath), qPrintable(m_cliPath));
    QVERIFY(m_home.isValid());
}

void TestCliLimits::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
}

void TestCliLimits::cleanup()
{
    m_server.reset();
}

Run TestCliLimits::cli(const QStringList &args, int waitMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    p.start(m_cliPath, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write("token-for-tests\n");
    p.closeWriteChannel();
    Run r;
    if (!finished.wait(waitMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = u"(killed: still running after %1 ms) "_s.arg(waitMs);
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.elapsedMs = clock.elapsed();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliLimits::timeoutOption()
{
    const Run help = cli({u"--help"_s}, 10000);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"--timeout <SECONDS>"_s), qPrintable(help.out));
    for (const QString &bad : {u"0"_s, u"-3"_s, u"soon"_s}) {
        const Run r = cli(
            {u"--server"_s, m_server->baseUrl(), u"--token-stdin"_s, u"--timeout"_s, bad, u"list"_s}, 10000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--timeout"_s), qPrintable(r.err));
    }
    QCOMPARE(m_server->count(), 0);
}

void TestCliLimits::dripEndsAtTheTimeout()
{
    // One byte every 2 s: the no-progress timeout never fires, only the overall deadline ends the call.
    m_server->setHandler([](const HttpRequest &) {
        const QJsonObject page{{"code"_L1, 0},
                               {"msg"_L1, QString()},
                               {"instances"_L1, QJsonArray()},
                               {"total"_L1, 0},
                               {"padding"_L1, QString(200, u'x')}};
        return Action::drip(page, int(QJsonDocument(page).toJson(QJsonDocument::Compact).size()), 2000);
    });
    const Run r = cli(
        {u"--server"_s, m_server->baseUrl(), u"--token-stdin"_s, u"--timeout"_s, u"6"_s, u"list"_s}, 30000);
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"The server did not answer within the 6-second time limit."_s),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.elapsedMs >= 5500 && r.elapsedMs < 11000, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(m_server->count(), 1);
}

void TestCliLimits::floodIsRefusedWithBoundedMemory()
{
    for (const bool chunked : {false, true}) {
        m_server->setHandler(
            [chunked](const HttpRequest &) { return Action::flood(100 * 1024 * 1024, chunked); });
        const Run r = cli({u"--server"_s, m_server->baseUrl(), u"--token-stdin"_s, u"list"_s}, 60000);
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"larger than 32 MiB"_s), qPrintable(r.err));
    }
    QCOMPARE(m_server->count(), 2);
    // The largest resident set any reaped child of this test ever had (Linux reports KiB).
    rusage usage{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    QVERIFY(usage.ru_maxrss > 0);
    qInfo("peak RSS of glows-cli: %ld KiB", usage.ru_maxrss);
    QVERIFY2(usage.ru_maxrss < 150 * 1024, qPrintable(u"peak RSS %1 KiB"_s.arg(usage.ru_maxrss)));
}

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
