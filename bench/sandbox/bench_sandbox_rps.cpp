// SPDX-License-Identifier: Apache-2.0
// Benchmark: simple requests per second on loopback (goal: at least 2,000/s).
// The sandbox runs on its own thread (as embedded in the app); the client keeps a few keep-alive
// connections busy with GET /sdk/v1/instance?request_id=... (one instance, authorised, in the envelope)
// for a few seconds and counts complete answers. Raw sockets keep the client's own cost small.
// Usage: bench_sandbox_rps [seconds] [connections]. Prints one "key=value" line per figure.
#include "sandbox/embeddedsandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 3;
    const int connections = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 4;

    glows::sandbox::SandboxOptions options;
    options.dataPath = u":memory:"_s;
    glows::sandbox::EmbeddedSandbox sandbox(options);
    if (!sandbox.start())
        return 1;
    const QUrl base = sandbox.baseUrl();
    const QByteArray request = "GET " + base.path().toUtf8() +
                               "/instance?request_id=ins-5y4p57y9 HTTP/1.1\r\nHost: " + base.host().toUtf8() +
                               "\r\nAuthorization: Bearer " + sandbox.token().toUtf8() + "\r\n\r\n";
    quint64 done = 0;
    quint64 failed = 0;
    QList<Connection *> pool;
    for (int i = 0; i < connections; ++i)
        pool.append(new Connection(base, request, &done, &failed));

    // One second of warm-up, then the measured stretch.
    quint64 doneAtStart = 0;
    QElapsedTimer timer;
    QTimer::singleShot(1000, &app, [&] {
        doneAtStart = done;
        timer.start();
        QTimer::singleShot(seconds * 1000, &app, [&] {
            for (Connection *c : std::as_const(pool))
                c->stop();
            app.quit();
        });
    });
    app.exec();
    const double elapsed = double(timer.elapsed()) / 1000.0;
    const double rps = double(done - doneAtStart) / elapsed;
    QTextStream out(stdout);
    out << "rps_get_instance=" << QString::number(rps, 'f', 0) << '\n';
    out << "rps_connections=" << connections << '\n';
    out << "rps_non_200=" << failed << '\n';
    out << "rps_goal=2000\n";
    qDeleteAll(pool);
    sandbox.stop();
    return failed == 0 ? 0 : 1;
}
