// SPDX-License-Identifier: Apache-2.0
#pragma once

// One client connection of HttpServer: reads one request at a time within the limits, hands it on, writes
// its answer with correct framing, then reads the next (keep-alive) or closes.

#include "sandbox/httpserver.h"

#include <QElapsedTimer>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace glows::sandbox {

class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    HttpConnection(qintptr descriptor, HttpServer *server);
    ~HttpConnection() override;

    bool isOpen() const;
    // Between requests, with nothing received of the next one: may be closed to make room.
    bool isIdle() const;
    qint64 idleMs() const { return m_idleSince.elapsed(); }
    void respond(quint64 serial, const Reply &reply);
    // Closes at once, without an answer; the server forgets the connection before this returns.
    void abortNow();
    bool isCurrent(quint64 serial) const { return m_state == State::Handling && serial == m_serial; }

private:
    enum class State
    {
        ReadingHead,
        ReadingBody,
        Handling, // the request is with the handler
        Flushing, // the answer is being written; the next request waits
        Closing   // answered with `Connection: close`; what still arrives is dropped
    };

    void onReadyRead();
    void onBytesWritten();
    void process();
    bool readHead();
    void readBody();
    void refuse(const Reply &reply);
    void write(const Reply &reply, bool close, bool headOnly);
    void drain();
    void finishClosing();
    void startIdle();
    void finish();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer *m_idleTimer;
    QTimer *m_drainTimer;
    QElapsedTimer m_idleSince;
    State m_state = State::ReadingHead;
    QByteArray m_buffer; // bytes of the head, and what followed it
    HttpRequest m_request;
    quint64 m_serial = 0;
    qint64 m_drainLeft = 0;       // bytes still to drop after a refusal
    bool m_drainCompletes = true; // dropping them reads the whole declared body
    bool m_finished = false;
};

} // namespace glows::sandbox
