// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/records.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sshcommands.h"

#include <QLoggingCategory>
#include <QStringList>
#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxSsh)

struct ssh_bind_struct;
struct ssh_key_struct;
struct ssh_session_struct;

namespace glows::sandbox {

// Frees what OpenSSL (under libssh) keeps for the calling thread, such as its random generators. Each
// thread of the sandbox that made keys or sessions calls it as it ends: left to OpenSSL's own thread-exit
// hook, the state was sometimes not freed (LeakSanitizer, one run in about twenty).
void releaseCryptoThreadState();

// The simulated clock as the SSH threads see it: a copy the sandbox's thread refreshes (SshEndpoints::sync),
// since the clock itself belongs to that thread.
class SharedClock final
{
public:
    explicit SharedClock(const SandboxClock &clock) : m_clock(clock) {}
    void set(const SandboxClock &clock)
    {
        std::lock_guard lock(m_mutex);
        m_clock = clock;
    }
    qint64 wallSecs() const
    {
        std::lock_guard lock(m_mutex);
        return m_clock.wallSecs();
    }

private:
    mutable std::mutex m_mutex;
    SandboxClock m_clock;
};

class SshAcceptor;

// One Running instance's SSH server on 127.0.0.1: a listening socket that the sandbox's one SshAcceptor
// watches, and one thread per connection (at most maxConnectionsPerInstance), each running its libssh
// session (sshsession.cpp). The host key is read at the first connection, not at start: most endpoints of a
// sandbox with many Running instances are never connected to. Built and stopped on the sandbox's thread;
// everything the sessions call is thread-safe.
class SshEndpoint final
{
public:
    struct Config
    {
        InstanceRec rec; // a copy as it started Running: password, machine, keys
        SshEndpointOptions options;
        std::shared_ptr<SharedClock> clock;
        // Called on a session's thread after a key was added, to record it in the engine.
        std::function<void(const QString &keyLine)> keyInstalled;
        SshAcceptor *acceptor = nullptr; // not owned; outlives the endpoint
    };

    // Binds 127.0.0.1:preferredPort, or any free port when that is taken (or 0), and has the acceptor watch
    // it. Null with *error set when nothing can be bound or watched.
    static std::unique_ptr<SshEndpoint> start(Config config, quint16 preferredPort, QString *error);
    ~SshEndpoint(); // stop()
    SshEndpoint(const SshEndpoint &) = delete;
    SshEndpoint &operator=(const SshEndpoint &) = delete;

    // Stops accepting and closes every connection without waiting; stop() then waits for their threads.
    void requestStop();
    // Stops accepting, closes every connection, and waits for their threads.
    void stop();
    quint16 port() const { return m_port; }
    QString instanceId() const { return m_config.rec.pub.instanceID; }
    int authFailures() const { return m_authFailures.load(); }
    int connectionCount() const;

    // ---- For the sessions (any thread)
    const SshEndpointOptions &options() const { return m_config.options; }
    bool isStopping() const { return m_stopping.load(); }
    bool isUser(const char *user) const;
    bool checkPassword(const char *user, const char *password) const;
    bool isAuthorizedKey(ssh_key_struct *key) const;
    void countAuthFailure() { ++m_authFailures; }
    // Adds the line unless the same key is there already; true when it was added.
    bool installKey(const QString &line);
    sshsim::Output run(QByteArrayView command);
    // A new libssh session for the accepted socket, with the host key; false on failure.
    bool acceptInto(::ssh_session_struct *session, int fd);
    // On the acceptor's thread: a connection arrived; its session gets a thread of its own.
    void onAccepted(int fd);

private:
    struct Connection
    {
        int fd = -1;
        bool finished = false;
        std::thread thread;
    };

    explicit SshEndpoint(Config config);
    bool loadHostKey(); // with m_mutex held
    void serve(Connection *connection);
    void reap(bool all);

    Config m_config;
    QString m_password;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_authFailures{0};

    // std::mutex rather than QMutex so that thread checkers (helgrind, TSan) see the locking.
    mutable std::mutex m_mutex;        // the fields below
    ssh_bind_struct *m_bind = nullptr; // made with the host key at the first connection
    std::list<Connection> m_connections;
    QStringList m_authorizedKeys;
    sshsim::Counters m_counters;
};

} // namespace glows::sandbox
