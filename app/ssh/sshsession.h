// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ssh/sshendpoint.h"
#include "ssh/ssherror.h"

#include <atomic>
#include <mutex>
#include <optional>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace glows {

// One libssh session, used by exactly one worker thread; every call blocks (bounded by the options' timeout
// or the call's deadline) and returns early once `cancelled` is set or abort() shut the socket down.
// Internal to app/ssh: the public classes run it on their threads.
class SshSession final
{
public:
    SshSession(SshEndpoint endpoint, SshOptions options, const std::atomic_bool *cancelled);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, checks the host key (storing `accepted` when it is the presented key and none is stored)
    // and logs in with `auth`.
    SshResult<SshHostKey> open(const SshAuth &auth, const std::optional<SshHostKey> &accepted);
    bool isOpen() const;
    void close();

    SshResult<SshExecResult> exec(const QString &command, const QByteArray &stdinBytes,
                                  const SshExecLimits &limits);
    // A direct-tcpip channel to host:port as seen from the instance; the caller frees it with freeChannel.
    SshResult<ssh_channel_struct *> openForward(const QString &host, quint16 port, quint16 originPort);
    static void freeChannel(ssh_channel_struct *channel);

    ssh_session_struct *raw() const { return m_session; }
    // Any thread: shuts the socket down (it stays open until close()), so a blocking call returns at once.
    void abort();

private:
    SshError lastError(SshError::Kind fallback) const;
    SshResult<SshHostKey> verifyHostKey(const std::optional<SshHostKey> &accepted);
    SshResult<Done> authenticate(const SshAuth &auth);
    void setSocket(qintptr fd);
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }

    SshEndpoint m_endpoint;
    SshOptions m_options;
    const std::atomic_bool *m_cancelled = nullptr;
    ssh_session_struct *m_session = nullptr;
    std::mutex m_socketMutex; // the socket is never shut down after close() let go of it
    qintptr m_socket = -1;
    bool m_open = false;
};

} // namespace glows
