// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace glows::sandbox {

// The one thread that accepts the connections of every SSH endpoint of a sandbox. A thread per endpoint
// cost the embedded sandbox a thread for each of up to 256 Running instances, most of which are never
// connected to (docs/perf.md, figures 1 and 3). Accepting stays off the sandbox's own thread, so a client
// that blocks that thread (a test's synchronous libssh client) still gets its connection accepted.
// POSIX only; every member may be called from any thread.
class SshAcceptor final
{
public:
    // Called on the accepting thread with a newly accepted, blocking, close-on-exec socket; it owns it.
    using Accepted = std::function<void(int fd)>;

    SshAcceptor() = default;
    ~SshAcceptor(); // stops the thread; the sockets stay their owners'
    SshAcceptor(const SshAcceptor &) = delete;
    SshAcceptor &operator=(const SshAcceptor &) = delete;

    // Watches a non-blocking listening socket (not owned). Starts the thread on first use; false when it
    // cannot be started.
    bool add(int listenFd, Accepted onAccepted);
    // Stops watching it. When this returns, its callback is not running and will not run again, so the
    // socket may be closed and the callback's target destroyed.
    void remove(int listenFd);
    int watchedCount() const;

private:
    void run();
    void wake();
    void acceptFrom(int listenFd);

    // std::mutex rather than QMutex so that thread checkers (helgrind, TSan) see the locking. Held while
    // a callback runs, which is what remove() waits for.
    mutable std::mutex m_mutex;
    std::map<int, Accepted> m_sockets;
    bool m_stopping = false;
    int m_wake[2] = {-1, -1}; // a pipe: add(), remove() and the destructor wake the poll with it
    std::thread m_thread;
};

} // namespace glows::sandbox
