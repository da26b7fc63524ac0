// SPDX-License-Identifier: Apache-2.0
// Black box: glows-desktop is single-instance per user. A second start hands over to the running one (which
// raises its window) and exits 0; a start after a crash takes the instance lock over. Every process gets a
// private HOME and XDG folders, so the user's data and running app are never involved.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kExe = QStringLiteral(GLOWS_DESKTOP_EXE);
constexpr auto kListening = "single instance: listening"_L1;
constexpr auto kRaise = "single instance: raise requested by another start"_L1;

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secondStartHandsOverAndExits();
    void startAfterACrashTakesOver();

private:
    QProcess *launch();
    static bool waitForLine(QProcess *p, QString *log, QLatin1StringView line, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
    QList<QProcess *> m_processes;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY2(QFile::exists(kExe), qPrintable(kExe));
}

void TestSingleInstance::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    const QString home = m_home->path();
    QVERIFY(QDir(home).mkpath(u"runtime"_s));
    QVERIFY(
        QFile::setPermissions(home + "/runtime"_L1, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"HOME"_s, home);
    m_env.insert(u"XDG_DATA_HOME"_s, home + "/data"_L1);
    m_env.insert(u"XDG_CONFIG_HOME"_s, home + "/config"_L1);
    m_env.insert(u"XDG_CACHE_HOME"_s, home + "/cache"_L1);
    m_env.insert(u"XDG_RUNTIME_DIR"_s, home + "/runtime"_L1);
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_env.insert(u"QT_LOGGING_RULES"_s, u"glows.*.info=false;glows.desktop.instance.info=true"_s);
}

void TestSingleInstance::cleanup()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    m_processes.clear();
}

QProcess *TestSingleInstance::launch()
{
    auto *p = new QProcess;
    m_processes.append(p);
    p->setProcessEnvironment(m_env);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(kExe, {});
    p->waitForStarted(10000);
    return p;
}

bool TestSingleInstance::waitForLine(QProcess *p, QString *log, QLatin1StringView line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!log->contains(line) && !deadline.hasExpired() && p->state() == QProcess::Running) {
        p->waitForReadyRead(100);
        *log += QString::fromLocal8Bit(p->readAllStandardError());
    }
    *log += QString::fromLocal8Bit(p->readAllStandardError());
    return log->contains(line);
}

void TestSingleInstance::secondStartHandsOverAndExits()
{
    QProcess *first = launch();
    QString firstLog;
    QVERIFY2(waitForLine(first, &firstLog, kListening, 30000), qPrintable(firstLog));

    QProcess *second = launch();
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(second->waitForFinished(15000), "the second start kept running beside the first");
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));

    QVERIFY2(waitForLine(first, &firstLog, kRaise, 10000), qPrintable(firstLog));
    QCOMPARE(first->state(), QProcess::Running);
    // The second start never opened the sandbox's data file, so the first one's lock and file are intact.
    const QString data = m_home->filePath(u"data/GlowsDesktop/glows-desktop"_s);
    QCOMPARE(QDir(data).entryList({u"*broken*"_s, u"*backup*"_s}, QDir::Files), QStringList());
    QVERIFY(QFile::exists(data + "/sandbox.sqlite.lock"_L1));
}

void TestSingleInstance::startAfterACrashTakesOver()
{
    QProcess *first = launch();
    QString firstLog;
    QVERIFY2(waitForLine(first, &firstLog, kListening, 30000), qPrintable(firstLog));
    first->kill(); // no clean-up: the lock files and the socket stay behind
    QVERIFY(first->waitForFinished(5000));

    QProcess *next = launch();
    QString nextLog;
    QVERIFY2(waitForLine(next, &nextLog, kListening, 30000), qPrintable(nextLog));
    QCOMPARE(next->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
