// SPDX-License-Identifier: Apache-2.0
#pragma once

// HTTP over a bare QTcpSocket, for what a real client library hides: exact bytes on the wire, framing of
// answers on one connection, and whether the server closed it. Waits run the event loop, so a server in the
// same process keeps serving, and every wait is bounded.

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>
#include <optional>

struct RawResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[k, v] : headers) {
            if (name.compare(k, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

class RawHttp final
{
public:
    explicit RawHttp(quint16 port, int timeoutMs = 5000) : m_timeoutMs(timeoutMs)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        (void)QTest::qWaitFor(
            [this] {
                return m_socket.state() != QAbstractSocket::ConnectingState &&
                       m_socket.state() != QAbstractSocket::HostLookupState;
            },
            m_timeoutMs);
    }

    QTcpSocket &socket() { return m_socket; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // Written to the kernel at once, so the server sees the bytes as soon as it looks.
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Reads one answer; `head` for the answer to a HEAD request (no body whatever Content-Length says).
    std::optional<RawResponse> read(bool head = false)
    {
        qsizetype end = -1;
        if (!fill([&] { return (end = m_buffer.indexOf("\r\n\r\n")) >= 0; }))
            return std::nullopt;
        RawResponse r;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        if (status.size() < 2 || !status[0].startsWith("HTTP/1."))
            return std::nullopt;
        r.status = status[1].toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const qsizetype length = head ? 0 : r.header("Content-Length").toLongLong();
        if (!fill([&] { return m_buffer.size() >= length; }))
            return std::nullopt;
        r.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        return r;
    }

    // Bytes that arrived and were not part of an answer read so far.
    QByteArray leftover()
    {
        m_buffer += m_socket.readAll();
        return m_buffer;
    }

    // True once the server has closed the connection (within `timeoutMs`).
    bool waitClosedByServer(int timeoutMs)
    {
        return QTest::qWaitFor(
            [this] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }

private:
    template<typename Done>
    bool fill(Done done)
    {
        QDeadlineTimer deadline(m_timeoutMs);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            if (m_socket.bytesAvailable() == 0 && m_socket.state() != QAbstractSocket::ConnectedState)
                return false;
            (void)QTest::qWaitFor([this] { return m_socket.bytesAvailable() > 0 || !isConnected(); },
                                  int(qMax<qint64>(1, deadline.remainingTime())));
            m_buffer += m_socket.readAll();
        }
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_timeoutMs;
};
