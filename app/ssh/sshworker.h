// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ssh/sshconnection.h"
#include "ssh/sshsession.h"

#include <QObject>
#include <atomic>
#include <optional>

namespace glows {

// The thread side of SshConnection: owns the session and the credentials, runs one call at a time and
// posts each result back to the connection. Internal to app/ssh.
class SshWorker final : public QObject
{
    Q_OBJECT
public:
    SshWorker(SshConnection *connection, SshEndpoint endpoint, SshAuth auth, SshOptions options);
    ~SshWorker() override;

    std::atomic_bool &cancelled() { return m_cancelled; }
    SshSession &session() { return m_session; }

    void setAccepted(const SshHostKey &key) { m_accepted = key; }
    void open(quint64 id);
    void exec(quint64 id, const QString &command, const QByteArray &stdinBytes, const SshExecLimits &limits);
    void installKey(quint64 id, const QString &line);
    void close();

private:
    SshResult<SshHostKey> ensureOpen();
    template<typename T>
    void post(quint64 id, const SshResult<T> &result);
    void postState(SshConnection::State state);

    SshConnection *m_connection; // lives on the UI thread and outlives this worker
    SshAuth m_auth;
    std::optional<SshHostKey> m_accepted;
    std::optional<SshHostKey> m_verified;
    std::atomic_bool m_cancelled{false};
    SshSession m_session;
};

} // namespace glows
