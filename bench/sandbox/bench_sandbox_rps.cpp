// SPDX-License-Identifier: Apache-2.0
// Benchmark: simple requests per second on loopback (goal: at least 2,000/s), reads and writes.
// The sandbox runs on its own thread (as embedded in the app); the client keeps a few keep-alive
// connections busy for a few seconds and counts complete answers. Raw sockets keep the client's own cost
// small. Reads: GET /sdk/v1/instance?request_id=... (one instance, authorised, in the envelope), on an
// in-memory sandbox and on one with a data file. Writes: POST /sdk/v1/account/topup on a data file, each
// committed to SQLite before its answer (WAL, synchronous=NORMAL). Then the store alone: how many
// one-instance commits per second at synchronous=NORMAL and at FULL (an fsync per commit).
// Usage: bench_sandbox_rps [seconds] [connections]. Prints one "key=value" line per figure.
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class Connection final : public QObject
{
public:
    Connection(const QUrl &base, QByteArray request, quint64 *done, quint64 *failed)
        : m_request(std::move(request)), m_done(done), m_failed(failed)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::connected, this, &Connection::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::read);
        m_socket.connectToHost(base.host(), quint16(base.port()));
    }
    void stop() { m_stopped = true; }

private:
    void send()
    {
        if (!m_stopped)
            m_socket.write(m_request);
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            const qsizetype at = head.toLower().indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            if (head.startsWith("HTTP/1.1 200"))
                ++*m_done;
            else
                ++*m_failed;
            m_buffer.remove(0, end + 4 + length);
            send();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    quint64 *m_done;
    quint64 *m_failed;
    bool m_stopped = false;
};

struct Rate
{
    double perSecond = 0;
    quint64 failed = 0;
};

// One second of warm-up, then `seconds` measured.
Rate measure(const QUrl &base, const QByteArray &request, int seconds, int connections)
{
    quint64 done = 0;
    quint64 failed = 0;
    QList<Connection *> pool;
    for (int i = 0; i < connections; ++i)
        pool.append(new Connection(base, request, &done, &failed));
    QEventLoop loop;
    quint64 doneAtStart = 0;
    QElapsedTimer timer;
    QTimer::singleShot(1000, &loop, [&] {
        doneAtStart = done;
        timer.start();
        QTimer::singleShot(seconds * 1000, &loop, [&] {
            for (Connection *c : std::as_const(pool))
                c->stop();
            loop.quit();
        });
    });
    loop.exec();
    const double elapsed = double(timer.elapsed()) / 1000.0;
    qDeleteAll(pool);
    return {double(done - doneAtStart) / elapsed, failed};
}

QByteArray getInstance(const QUrl &base, const QString &token)
{
    return "GET " + base.path().toUtf8() +
           "/instance?request_id=ins-5y4p57y9 HTTP/1.1\r\nHost: " + base.host().toUtf8() +
           "\r\nAuthorization: Bearer " + token.toUtf8() + "\r\n\r\n";
}

QByteArray postTopUp(const QUrl &base, const QString &token)
{
    const QByteArray body = R"({"amountMilliCredit":1})";
    return "POST " + base.path().toUtf8() + "/account/topup HTTP/1.1\r\nHost: " + base.host().toUtf8() +
           "\r\nAuthorization: Bearer " + token.toUtf8() +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

// Commits of one changed instance (and the account row) per second, straight into the store.
double storeCommitsPerSecond(const QString &path, glows::sandbox::SandboxStore::Sync sync, int seconds)
{
    using namespace glows::sandbox;
    SandboxClock clock(SandboxClock::Mode::Manual);
    SandboxEngine engine(&clock);
    engine.seedDemoData(500'000);
    SandboxStore store(path);
    QString error;
    if (!store.open(&error) || !store.setSync(sync, &error) || !store.saveAll(engine.state(), 0, &error)) {
        QTextStream(stderr) << "store: " << error << '\n';
        return 0;
    }
    SandboxEngine::Changes one;
    one.instances.insert(engine.state().instanceOrder.constFirst());
    one.account = true;
    quint64 commits = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        if (!store.save(engine.state(), one, qint64(commits), &error)) {
            QTextStream(stderr) << "store: " << error << '\n';
            return 0;
        }
        ++commits;
    }
    return double(commits) * 1000.0 / double(timer.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 3;
    const int connections = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 4;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    Rate reads;
    {
        glows::sandbox::SandboxOptions options;
        options.dataPath = u":memory:"_s;
        glows::sandbox::EmbeddedSandbox sandbox(options);
        if (!sandbox.start())
            return 1;
        reads =
            measure(sandbox.baseUrl(), getInstance(sandbox.baseUrl(), sandbox.token()), seconds, connections);
        sandbox.stop();
    }
    Rate fileReads;
    Rate writes;
    {
        glows::sandbox::SandboxOptions options;
        options.dataPath = dir.filePath(u"bench.sqlite"_s);
        glows::sandbox::EmbeddedSandbox sandbox(options);
        if (!sandbox.start())
            return 1;
        fileReads =
            measure(sandbox.baseUrl(), getInstance(sandbox.baseUrl(), sandbox.token()), seconds, connections);
        writes =
            measure(sandbox.baseUrl(), postTopUp(sandbox.baseUrl(), sandbox.token()), seconds, connections);
        sandbox.stop();
    }
    using Sync = glows::sandbox::SandboxStore::Sync;
    const double normal = storeCommitsPerSecond(dir.filePath(u"normal.sqlite"_s), Sync::Normal, seconds);
    const double full = storeCommitsPerSecond(dir.filePath(u"full.sqlite"_s), Sync::Full, seconds);

    QTextStream out(stdout);
    out << "rps_get_instance=" << QString::number(reads.perSecond, 'f', 0) << '\n';
    out << "rps_get_instance_file=" << QString::number(fileReads.perSecond, 'f', 0) << '\n';
    out << "rps_post_topup_file=" << QString::number(writes.perSecond, 'f', 0) << '\n';
    out << "rps_connections=" << connections << '\n';
    out << "rps_non_200=" << reads.failed + fileReads.failed + writes.failed << '\n';
    out << "rps_goal=2000\n";
    out << "store_commits_normal_per_s=" << QString::number(normal, 'f', 0) << '\n';
    out << "store_commits_full_per_s=" << QString::number(full, 'f', 0) << '\n';
    return reads.failed + fileReads.failed + writes.failed == 0 && normal > 0 && full > 0 ? 0 : 1;
}
