// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ssh/sshsession.h"
#include "ssh/sshtunnel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <list>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;

namespace glows {

// The thread side of SshTunnel: the session, the listener, and the copying in both directions. Internal.
class TunnelWorker final : public QObject
{
    Q_OBJECT
public:
    TunnelWorker(SshTunnel *tunnel, SshTunnelSpec spec);
    ~TunnelWorker() override;

    std::atomic_bool &cancelled() { return m_cancelled; }
    SshSession &session() { return m_session; }

    void start();
    // Ends every forward, the listener and the session; runs on the worker thread before it quits.
    void shutdown();
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }

private:
    struct Forward
    {
        QTcpSocket *socket = nullptr;
        ssh_channel_struct *channel = nullptr;
    };

    void fail(const SshError &error);
    void onNewConnection();
    void onLocalReadable(QTcpSocket *socket);
    void pump();
    void closeForward(std::list<Forward>::iterator it);
    void updateNotifier();
    void reportTraffic();

    SshTunnel *m_tunnel; // lives on the UI thread and outlives this worker
    SshTunnelSpec m_spec;
    std::atomic_bool m_cancelled{false};
    SshSession m_session;
    QTcpServer *m_server = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_pumpTimer = nullptr;
    QTimer *m_reportTimer = nullptr;
    std::list<Forward> m_forwards;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    qint64 m_reportedIn = -1;
    qint64 m_reportedOut = -1;
    int m_reportedActive = -1;
    bool m_failed = false;
};

} // namespace glows
