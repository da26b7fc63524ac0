// SPDX-License-Identifier: Apache-2.0
// Black box: glows-sandbox runs as a separate process and is driven with plain HTTP only. Its options,
// its exit codes, its state across a restart of the process, and who may own a data file.
#include "httptestclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kExe = QStringLiteral(GLOWS_SANDBOX_EXE);
const QString kStrongToken = u"c0ffee-7d1f9a2b4e6c8d0f-strong"_s; // 31 characters

// Peak resident memory (VmHWM) of a process, in KiB.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// User plus system CPU time of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

// Sends `head`, then `total` more bytes of `fill` in 1 MiB writes, until done or the server closes.
// Returns whether the server closed the connection.
bool streamUntilClosed(quint16 port, const QByteArray &head, qint64 total, char fill)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(head);
    const QByteArray chunk(1024 * 1024, fill);
    QDeadlineTimer deadline(60000);
    for (qint64 sent = 0; sent < total && !deadline.hasExpired(); sent += chunk.size()) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            return true;
        socket.write(chunk);
        while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState &&
               !deadline.hasExpired())
            socket.waitForBytesWritten(1000);
        socket.readAll();
    }
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(500);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

struct Running
{
    std::unique_ptr<QProcess> process;
    QString url;
    QString output;
};

} // namespace

class TestSandboxProcess final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void lifecycleOverPlainHttp();
    void stateSurvivesAProcessRestart();
    void chaosOption();
    void badOptionsExitWithUsageError_data();
    void badOptionsExitWithUsageError();
    void secondProcessCannotShareTheDataFile();
    void secondProcessOnTheDefaultFileLeavesTheFirstIntact();
    void unreadableRowStopsTheStartAndLeavesTheFileAlone();
    void unreadableRowOfTheDefaultFileIsBackedUpFirst();
    void corruptDefaultFileIsMovedAside_data();
    void corruptDefaultFileIsMovedAside();
    void helpListsTheOptions();
    void hugeRequestsKeepMemoryBounded();
    void idleConnectionsNeitherStarveNorSpin();
    void allowRemoteNeedsAStrongToken_data();
    void allowRemoteNeedsAStrongToken();
    void tokenFromEnvironmentOrFile();

private:
    Running launch(const QStringList &args, const QProcessEnvironment &env = {}, const QString &ulimitN = {});
    void stop(Running &r);
    static QJsonObject instanceOf(const HttpResult &r) { return r.json().value("instance"_L1).toObject(); }

    QTemporaryDir m_dir;
    QList<QPointer<QProcess>> m_started;
};

void TestSandboxProcess::initTestCase()
{
    QVERIFY2(QFile::exists(kExe), qPrintable(kExe));
    QVERIFY(m_dir.isValid());
}

void TestSandboxProcess::cleanup()
{
    for (const QPointer<QProcess> &p : std::as_const(m_started)) {
        if (p && p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    m_started.clear();
}

Running TestSandboxProcess::launch(const QStringList &args, const QProcessEnvironment &env,
                                   const QString &ulimitN)
{
    Running r;
    r.process = std::make_unique<QProcess>();
    if (ulimitN.isEmpty()) {
        r.process->setProgram(kExe);
        r.process->setArguments(args);
    } else { // the shell execs the sandbox, so the process ID stays the sandbox's
        r.process->setProgram(u"/bin/sh"_s);
        r.process->setArguments(
            QStringList{u"-c"_s, u"ulimit -n %1 && exec \"$0\" \"$@\""_s.arg(ulimitN), kExe} + args);
    }
    if (!env.isEmpty())
        r.process->setProcessEnvironment(env);
    r.process->setProcessChannelMode(QProcess::SeparateChannels);
    r.process->start();
    m_started.append(r.process.get());
    if (!r.process->waitForStarted(10000))
        return r;
    static const QRegularExpression urlLine(u"Glows sandbox \\(simulated\\) at (\\S+)"_s);
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && r.process->state() == QProcess::Running) {
        r.process->waitForReadyRead(200);
        r.output += QString::fromUtf8(r.process->readAllStandardOutput());
        const auto match = urlLine.match(r.output);
        if (match.hasMatch()) {
            r.url = match.captured(1);
            break;
        }
    }
    return r;
}

void TestSandboxProcess::stop(Running &r)
{
    r.process->terminate(); // SIGTERM: the sandbox saves its state and exits normally
    QVERIFY(r.process->waitForFinished(10000));
    QCOMPARE(r.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(r.process->exitCode(), 0);
}

void TestSandboxProcess::lifecycleOverPlainHttp()
{
    Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_dir.filePath(u"a.sqlite"_s),
                        u"--speed"_s, u"200"_s, u"--token"_s, u"black-box"_s});
    QVERIFY2(!r.url.isEmpty(), qPrintable(r.output + QString::fromUtf8(r.process->readAllStandardError())));
    QVERIFY(r.url.startsWith("http://127.0.0.1:"_L1));
    QVERIFY(r.url.endsWith("/sdk/v1"_L1));
    QVERIFY(!r.output.contains("Sandbox token"_L1)); // only printed when the fixed token is used

    HttpTestClient http(r.url, u"black-box"_s);
    const HttpResult list = http.get(u"/instance/list?per_page=100"_s);
    QCOMPARE(list.code(), 0);
    QVERIFY(list.json().value("instances"_L1).toArray().size() >= 5);
    http.setToken(u"sandbox-token"_s);
    QCOMPARE(http.get(u"/instance/list"_s).code(), 40100);
    http.setToken(u"black-box"_s);
    QCOMPARE(http.get(u"/no/such/thing"_s).status, 404);

    const HttpResult created = http.post(u"/instance"_s, {{"from_image_id"_L1, u"img-6np5yvq2"_s},
                                                          {"gpu_name"_L1, u"NVIDIA A100 80GB"_s},
                                                          {"custom_meta_key"_L1, u"bb.1"_s},
                                                          {"instance_category"_L1, u"container"_s},
                                                          {"region_name"_L1, u"JP-01"_s}});
    QCOMPARE(created.code(), 0);
    const QString id = instanceOf(created).value("instanceID"_L1).toString();
    // At 200x, queued + pending (8 simulated seconds) take about 40 ms of real time.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return instanceOf(http.get(u"/instance?request_id="_s + id)).value("status"_L1).toString() ==
                   "Running"_L1;
        },
        10000));
    const HttpResult snap = http.post(u"/snapshot"_s, {{"instance_id"_L1, id}, {"name"_L1, u"bb-env"_s}});
    QCOMPARE(snap.code(), 0);
    QCOMPARE(http.del(u"/instance?request_id="_s + id).code(), 40900); // snapshotting
    QVERIFY(QTest::qWaitFor(
        [&] {
            return instanceOf(http.get(u"/instance?request_id="_s + id)).value("status"_L1).toString() ==
                   "Running"_L1;
        },
        10000));
    QCOMPARE(http.del(u"/instance?request_id="_s + id).code(), 0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return instanceOf(http.get(u"/instance?request_id="_s + id)).value("status"_L1).toString() ==
                   "Released"_L1;
        },
        10000));
    QByteArray huge(2 * 1024 * 1024, 'x');
    QCOMPARE(http.send("POST", u"/instance"_s, huge).status, 413);
    QCOMPARE(http.get(u"/account/balance"_s).code(), 0); // still serving
    stop(r);
}

void TestSandboxProcess::stateSurvivesAProcessRestart()
{
    const QString data = m_dir.filePath(u"restart.sqlite"_s);
    QString id;
    {
        Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data});
        QVERIFY(!r.url.isEmpty());
        QVERIFY(r.output.contains("Sandbox token: sandbox-token"_L1));
        HttpTestClient http(r.url);
        const HttpResult g =
            http.post(u"/network/group"_s,
                      {{"name"_L1, u"kept"_s}, {"region_name"_L1, u"JP-01"_s}, {"capacity"_L1, 2}});
        QCOMPARE(g.code(), 0);
        id = g.json().value("group"_L1).toObject().value("groupID"_L1).toString();
        QCOMPARE(http.put(u"/snapshot"_s, {{"snap_id"_L1, u"6ypgvgpw"_s}, {"name"_L1, u"renamed"_s}}).code(),
                 0);
        stop(r);
    }
    Running again = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data});
    QVERIFY(!again.url.isEmpty());
    HttpTestClient http(again.url);
    const QJsonArray groups = http.get(u"/network/group/list"_s).json().value("groups"_L1).toArray();
    QVERIFY(std::any_of(groups.begin(), groups.end(), [&](const QJsonValue &g) {
        return g.toObject().value("groupID"_L1).toString() == id;
    }));
    const QJsonArray snaps = http.get(u"/snapshot/list"_s).json().value("snapshots"_L1).toArray();
    QCOMPARE(snaps.first().toObject().value("name"_L1).toString(), u"renamed"_s);
    stop(again);
    // --reset forgets it all and seeds the demo again.
    Running fresh = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data, u"--reset"_s});
    HttpTestClient http2(fresh.url);
    QCOMPARE(http2.get(u"/network/group/list"_s).json().value("groups"_L1).toArray().size(), 1);
    stop(fresh);
}

void TestSandboxProcess::chaosOption()
{
    Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u":memory:"_s, u"--chaos"_s,
                        u"errors=1"_s, u"--chaos-seed"_s, u"3"_s});
    QVERIFY(!r.url.isEmpty());
    QVERIFY(r.output.contains("Chaos: errors=1"_L1));
    HttpTestClient http(r.url);
    const HttpResult res = http.get(u"/instance/list"_s);
    QCOMPARE(res.status, 500);
    QCOMPARE(res.code(), 50000);
    stop(r);
}

void TestSandboxProcess::badOptionsExitWithUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("remote without consent") << QStringList{u"--listen"_s, u"0.0.0.0:0"_s};
    QTest::newRow("bad listen") << QStringList{u"--listen"_s, u"nonsense"_s};
    QTest::newRow("bad chaos") << QStringList{u"--chaos"_s, u"errors=2"_s};
    QTest::newRow("bad speed") << QStringList{u"--speed"_s, u"0"_s};
    QTest::newRow("bad rate limit") << QStringList{u"--rate-limit"_s, u"-1"_s};
    QTest::newRow("empty token") << QStringList{u"--token"_s, u" "_s};
}

void TestSandboxProcess::badOptionsExitWithUsageError()
{
    QFETCH(QStringList, args);
    QProcess p;
    p.start(kExe, args + QStringList{u"--data"_s, u":memory:"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().trimmed().isEmpty());
}

namespace {

// A private home for processes that use the default data file, so no test touches the user's data.
QProcessEnvironment privateHome(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir);
    env.insert(u"XDG_DATA_HOME"_s, dir + "/data"_L1);
    env.insert(u"XDG_CONFIG_HOME"_s, dir + "/config"_L1);
    env.insert(u"XDG_CACHE_HOME"_s, dir + "/cache"_L1);
    return env;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString statusOf(HttpTestClient &http, const QString &id)
{
    return http.get(u"/instance?request_id="_s + id)
        .json()
        .value("instance"_L1)
        .toObject()
        .value("status"_L1)
        .toString();
}

} // namespace

void TestSandboxProcess::secondProcessCannotShareTheDataFile()
{
    const QString data = m_dir.filePath(u"shared.sqlite"_s);
    Running first = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data});
    QVERIFY(!first.url.isEmpty());
    QProcess second;
    second.start(kExe, {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    const QString err = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(err.contains(u"in use by process %1"_s.arg(first.process->processId())), qPrintable(err));
    stop(first);
}

// Issue 17, defect 1: the second sandbox on the default file used to move the live file aside and delete
// its WAL, so everything the first one did was lost.
void TestSandboxProcess::secondProcessOnTheDefaultFileLeavesTheFirstIntact()
{
    QTemporaryDir home;
    const QProcessEnvironment env = privateHome(home.path());
    const QString dataDir = home.filePath(u"data/glows-sandbox"_s);
    const QString id = u"ins-a9c4e1tw"_s; // seeded Running
    {
        Running first = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--speed"_s, u"200"_s}, env);
        QVERIFY2(!first.url.isEmpty(), qPrintable(QString::fromUtf8(first.process->readAllStandardError())));
        HttpTestClient http(first.url);
        QCOMPARE(statusOf(http, id), u"Running"_s);
        QCOMPARE(http.del(u"/instance?request_id="_s + id).code(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(http, id), u"Released"_s, 10000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(kExe, {u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 1);
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(err.contains(u"in use by process %1"_s.arg(first.process->processId())), qPrintable(err));
        QCOMPARE(statusOf(http, id), u"Released"_s); // the first one still serves its state
        stop(first);
    }
    QCOMPARE(QDir(dataDir).entryList({u"*broken*"_s}, QDir::Files), QStringList());
    Running again = launch({u"--listen"_s, u"127.0.0.1:0"_s}, env);
    QVERIFY(!again.url.isEmpty());
    HttpTestClient http(again.url);
    QCOMPARE(statusOf(http, id), u"Released"_s);
    stop(again);
}

// Issue 17, defect 4: a named file is never modified at start-up; --repair keeps a backup, then drops rows.
void TestSandboxProcess::unreadableRowStopsTheStartAndLeavesTheFileAlone()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"rows.sqlite"_s);
    {
        Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data});
        QVERIFY(!r.url.isEmpty());
        stop(r);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(data);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE instances SET doc = '{not json' WHERE id = 'ins-k2m8q4rz'"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    QVERIFY(!QFile::exists(data + "-wal"_L1));
    const QByteArray before = sha256(data);
    QVERIFY(!before.isEmpty());

    QProcess refused;
    refused.start(kExe, {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data});
    QVERIFY(refused.waitForFinished(10000));
    QCOMPARE(refused.exitCode(), 1);
    const QString err = QString::fromUtf8(refused.readAllStandardError());
    QVERIFY2(err.contains("instances"_L1) && err.contains("ins-k2m8q4rz"_L1), qPrintable(err));
    QVERIFY2(err.contains("--repair"_L1), qPrintable(err));
    QCOMPARE(sha256(data), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"rows.sqlite"_s});

    Running repaired = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data, u"--repair"_s});
    QVERIFY2(!repaired.url.isEmpty(),
             qPrintable(QString::fromUtf8(repaired.process->readAllStandardError())));
    const QStringList backups = QDir(dir.path()).entryList({u"rows.sqlite.backup-*"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    HttpTestClient http(repaired.url);
    QCOMPARE(http.get(u"/instance?request_id=ins-k2m8q4rz"_s).code(), 40400);
    QCOMPARE(statusOf(http, u"ins-a9c4e1tw"_s), u"Running"_s);
    stop(repaired);
    {
        // The backup still holds the row as it was.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        db.setDatabaseName(dir.filePath(backups.first()));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT doc FROM instances WHERE id = 'ins-k2m8q4rz'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"{not json"_s);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"backup"_s);
}

// The default file has no one to ask: it is repaired, but only after a copy of it as it was is kept.
void TestSandboxProcess::unreadableRowOfTheDefaultFileIsBackedUpFirst()
{
    QTemporaryDir home;
    const QProcessEnvironment env = privateHome(home.path());
    const QString dataDir = home.filePath(u"data/glows-sandbox"_s);
    const QString file = dataDir + "/sandbox.sqlite"_L1;
    {
        Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s}, env);
        QVERIFY(!r.url.isEmpty());
        stop(r);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper-default"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE snapshots SET doc = '[]' WHERE id = '6ypgvgpw'"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper-default"_s);

    Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s}, env);
    QString err = QString::fromUtf8(r.process->readAllStandardError());
    QVERIFY2(!r.url.isEmpty(), qPrintable(err));
    const QStringList backups = QDir(dataDir).entryList({u"sandbox.sqlite.backup-*"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    HttpTestClient http(r.url);
    const QJsonArray snaps = http.get(u"/snapshot/list"_s).json().value("snapshots"_L1).toArray();
    QVERIFY(!snaps.isEmpty());
    QVERIFY(std::none_of(snaps.begin(), snaps.end(), [](const QJsonValue &v) {
        return v.toObject().value("snapID"_L1).toString() == "6ypgvgpw"_L1;
    }));
    stop(r);
    err += QString::fromUtf8(r.process->readAllStandardError());
    QVERIFY2(err.contains("snapshots 6ypgvgpw"_L1) && err.contains(backups.first()), qPrintable(err));
}

void TestSandboxProcess::corruptDefaultFileIsMovedAside_data()
{
    QTest::addColumn<bool>("truncated");
    QTest::newRow("not SQLite") << false;
    QTest::newRow("truncated") << true;
}

void TestSandboxProcess::corruptDefaultFileIsMovedAside()
{
    QFETCH(bool, truncated);
    QTemporaryDir home;
    const QProcessEnvironment env = privateHome(home.path());
    const QString dataDir = home.filePath(u"data/glows-sandbox"_s);
    const QString file = dataDir + "/sandbox.sqlite"_L1;
    if (truncated) {
        Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s}, env);
        QVERIFY(!r.url.isEmpty());
        stop(r);
        QFile f(file);
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2));
    } else {
        QVERIFY(QDir().mkpath(dataDir));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = sha256(file);

    Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s}, env);
    QString err = QString::fromUtf8(r.process->readAllStandardError());
    QVERIFY2(!r.url.isEmpty(), qPrintable(err));
    const QStringList aside = QDir(dataDir).entryList({u"sandbox.sqlite.broken-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(sha256(dataDir + u'/' + aside.first()), before);
    stop(r);
    err += QString::fromUtf8(r.process->readAllStandardError());
    QVERIFY2(err.contains(aside.first()), qPrintable(err)); // the user is told where it went
}

void TestSandboxProcess::helpListsTheOptions()
{
    QProcess p;
    p.start(kExe, {u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *option :
         {"--listen", "--allow-remote", "--data", "--reset", "--repair", "--token", "--token-file",
          "GLOWS_SANDBOX_TOKEN", "--speed", "--chaos", "--chaos-seed", "--rate-limit"})
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
}

void TestSandboxProcess::hugeRequestsKeepMemoryBounded()
{
    Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u":memory:"_s});
    QVERIFY(!r.url.isEmpty());
    const quint16 port = QUrl(r.url).port();
    const qint64 pid = r.process->processId();
    const qint64 before = peakRssKiB(pid);
    // 300 MB of body without a token, then 200 MB of a header.
    QVERIFY(streamUntilClosed(port,
                              "POST /sdk/v1/instance HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                              "application/json\r\nContent-Length: 314572800\r\n\r\n",
                              300LL * 1024 * 1024, '{'));
    QVERIFY(streamUntilClosed(port, "GET /sdk/v1/account/balance HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ",
                              200LL * 1024 * 1024, 'a'));
    const qint64 peak = peakRssKiB(pid);
    qInfo() << "glows-sandbox peak RSS: before" << before / 1024 << "MiB, after" << peak / 1024 << "MiB";
    QVERIFY2(peak > 0 && peak < 80 * 1024, qPrintable(u"VmHWM %1 KiB"_s.arg(peak)));
    HttpTestClient http(r.url);
    QCOMPARE(http.get(u"/account/balance"_s).code(), 0); // still serving
    stop(r);
}

void TestSandboxProcess::idleConnectionsNeitherStarveNorSpin()
{
    // Few descriptors, so 200 connections would exhaust them if the server kept them all.
    Running r = launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u":memory:"_s}, {}, u"128"_s);
    QVERIFY2(!r.url.isEmpty(), qPrintable(r.output + QString::fromUtf8(r.process->readAllStandardError())));
    const quint16 port = QUrl(r.url).port();
    const qint64 pid = r.process->processId();
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 200; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(u"127.0.0.1"_s, port);
        idle.back()->waitForConnected(2000);
    }
    HttpTestClient http(r.url);
    const HttpResult served = http.send("GET", u"/account/balance"_s, {}, true, 5000);
    QCOMPARE(served.code(), 0);
    QVERIFY2(served.elapsedMs < 1000, qPrintable(u"answered after %1 ms"_s.arg(served.elapsedMs)));
    // Nothing is being served now: the process must be idle (no accept loop spinning).
    const qint64 ticksBefore = cpuTicks(pid);
    QTest::qWait(2000); // the idle window being measured, not a wait for an outcome
    const qint64 ticks = cpuTicks(pid) - ticksBefore;
    const double seconds = double(ticks) / double(sysconf(_SC_CLK_TCK));
    qInfo() << "glows-sandbox CPU over 2 s idle with 200 connections open:" << seconds << "s";
    QVERIFY2(seconds < 0.2, qPrintable(QString::number(seconds)));
    idle.clear();
    stop(r);
}

void TestSandboxProcess::allowRemoteNeedsAStrongToken_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("envToken");
    const QStringList remote{u"--listen"_s, u"127.0.0.1:0"_s, u"--allow-remote"_s};
    QTest::newRow("no token") << remote << QString();
    QTest::newRow("short --token") << remote + QStringList{u"--token"_s, u"short-token"_s} << QString();
    QTest::newRow("short GLOWS_SANDBOX_TOKEN") << remote << u"0123456789abcdef"_s;
}

void TestSandboxProcess::allowRemoteNeedsAStrongToken()
{
    QFETCH(QStringList, args);
    QFETCH(QString, envToken);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GLOWS_SANDBOX_TOKEN"_s);
    if (!envToken.isEmpty())
        env.insert(u"GLOWS_SANDBOX_TOKEN"_s, envToken);
    p.setProcessEnvironment(env);
    p.start(kExe, args + QStringList{u"--data"_s, u":memory:"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("--allow-remote needs a token of at least 24 characters"), err.constData());
}

void TestSandboxProcess::tokenFromEnvironmentOrFile()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GLOWS_SANDBOX_TOKEN"_s, kStrongToken);
    Running fromEnv =
        launch({u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u":memory:"_s, u"--allow-remote"_s}, env);
    QVERIFY2(!fromEnv.url.isEmpty(), qPrintable(QString::fromUtf8(fromEnv.process->readAllStandardError())));
    QVERIFY(!fromEnv.output.contains(kStrongToken)); // never printed
    HttpTestClient http(fromEnv.url, kStrongToken);
    QCOMPARE(http.get(u"/account/balance"_s).code(), 0);
    http.setToken(u"sandbox-token"_s);
    QCOMPARE(http.get(u"/account/balance"_s).code(), 40100);
    stop(fromEnv);

    QFile file(m_dir.filePath(u"token"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kStrongToken.toUtf8() + "-file\n");
    file.close();
    env.remove(u"GLOWS_SANDBOX_TOKEN"_s);
    Running fromFile = launch(
        {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, u":memory:"_s, u"--token-file"_s, file.fileName()},
        env);
    QVERIFY(!fromFile.url.isEmpty());
    QVERIFY(!fromFile.output.contains("Sandbox token"_L1));
    HttpTestClient byFile(fromFile.url, kStrongToken + u"-file"_s);
    QCOMPARE(byFile.get(u"/account/balance"_s).code(), 0);
    stop(fromFile);
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
