// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sshendpoint.h"

#include "sandbox/sshsession.h"

#include <libssh/libssh.h>
#ifdef GLOWS_HAVE_LIBCRYPTO
#include <openssl/crypto.h>
#endif
#include <libssh/server.h>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxSsh, "glows.sandbox.ssh")

namespace glows::sandbox {
namespace {

#ifdef Q_OS_UNIX
// Close-on-exec, and blocking or not (an accepted socket inherits O_NONBLOCK on macOS, not on Linux).
void setFlags(int fd, bool nonBlocking)
{
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, nonBlocking ? flags | O_NONBLOCK : flags & ~O_NONBLOCK);
}

int listenOn(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    setFlags(fd, true);
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(fd, 16) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}
#endif

bool sameText(const QByteArray &a, const QByteArray &b)
{
    // Constant time for equal lengths, so a password is not guessed by timing.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

void releaseCryptoThreadState()
{
#ifdef GLOWS_HAVE_LIBCRYPTO
    OPENSSL_thread_stop();
#endif
}

SshEndpoint::SshEndpoint(Config config) : m_config(std::move(config))
{
    m_password = m_config.rec.pub.sshCred.password;
    m_authorizedKeys = m_config.rec.authorizedKeys;
    const qint64 now = m_config.clock->wallSecs();
    m_counters.bootSecs = sshsim::bootSecs(m_config.rec, now);
    m_counters.lastSecs = m_counters.bootSecs;
}

std::unique_ptr<SshEndpoint> SshEndpoint::start(Config config, quint16 preferredPort, QString *error)
{
    std::unique_ptr<SshEndpoint> e(new SshEndpoint(std::move(config)));
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_base64(e->m_config.rec.sshHostKey.constData(), nullptr, nullptr, nullptr,
                                      &key) != SSH_OK) {
        *error = u"the host key of %1 cannot be read"_s.arg(e->instanceId());
        return nullptr;
    }
    e->m_bind = ssh_bind_new();
    int verbosity = SSH_LOG_NOLOG;
    ssh_bind_options_set(e->m_bind, SSH_BIND_OPTIONS_LOG_VERBOSITY, &verbosity);
    // The bind takes the key over.
    if (ssh_bind_options_set(e->m_bind, SSH_BIND_OPTIONS_IMPORT_KEY, key) != SSH_OK) {
        ssh_key_free(key);
        *error = u"libssh refused the host key of %1"_s.arg(e->instanceId());
        return nullptr;
    }
#ifdef Q_OS_UNIX
    int fd = preferredPort != 0 ? listenOn(preferredPort) : -1;
    if (fd < 0)
        fd = listenOn(0);
    if (fd < 0 || ::pipe(e->m_wake) != 0) {
        if (fd >= 0)
            ::close(fd);
        *error = u"cannot listen on 127.0.0.1 for %1"_s.arg(e->instanceId());
        return nullptr;
    }
    setFlags(e->m_wake[0], true);
    setFlags(e->m_wake[1], true);
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &length);
    e->m_listenFd = fd;
    e->m_port = ntohs(bound.sin_port);
    e->m_acceptor = std::thread([endpoint = e.get()] {
        endpoint->acceptLoop();
        releaseCryptoThreadState();
    });
    return e;
#else
    Q_UNUSED(preferredPort);
    *error = u"SSH endpoints need a POSIX system (Linux or macOS)"_s;
    return nullptr;
#endif
}

SshEndpoint::~SshEndpoint()
{
    stop();
#ifdef Q_OS_UNIX
    for (const int fd : {m_listenFd, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
#endif
    ssh_bind_free(m_bind);
}

void SshEndpoint::stop()
{
    requestStop();
    if (m_acceptor.joinable())
        m_acceptor.join();
    reap(true);
}

void SshEndpoint::requestStop()
{
    m_stopping.store(true);
#ifdef Q_OS_UNIX
    if (m_wake[1] >= 0) {
        [[maybe_unused]] const auto n = ::write(m_wake[1], "x", 1); // wakes the accepting thread
    }
    std::lock_guard lock(m_mutex);
    for (Connection &c : m_connections) {
        if (c.fd >= 0)
            ::shutdown(c.fd, SHUT_RDWR); // ends a session blocked in the key exchange at once
    }
#endif
}

int SshEndpoint::connectionCount() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const Connection &c : m_connections)
        n += c.finished ? 0 : 1;
    return n;
}

void SshEndpoint::acceptLoop()
{
#ifdef Q_OS_UNIX
    while (!m_stopping.load()) {
        pollfd p[2] = {{m_listenFd, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        const int ready = ::poll(p, 2, -1);
        reap(false);
        if (ready <= 0 || m_stopping.load() || !(p[0].revents & POLLIN))
            continue;
        const int fd = ::accept(m_listenFd, nullptr, nullptr);
        if (fd < 0)
            continue;
        setFlags(fd, false);
#ifdef SO_NOSIGPIPE
        const int yes = 1; // macOS: a client gone mid-write must not kill the sandbox
        ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, sizeof yes);
#endif
        std::lock_guard lock(m_mutex);
        int live = 0;
        for (const Connection &c : m_connections)
            live += c.finished ? 0 : 1;
        if (m_stopping.load() || live >= m_config.options.maxConnectionsPerInstance) {
            ::close(fd);
            continue;
        }
        Connection &c = m_connections.emplace_back();
        c.fd = fd;
        c.thread = std::thread([this, connection = &c] {
            serve(connection);
            releaseCryptoThreadState();
        });
    }
#endif
}

void SshEndpoint::serve(Connection *connection)
{
    runSshSession(this, connection->fd);
    std::lock_guard lock(m_mutex);
    connection->fd = -1; // closed by the session: never shut down again (the number may be reused)
    connection->finished = true;
}

void SshEndpoint::reap(bool all)
{
    std::list<Connection> done;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            const auto next = std::next(it);
            if (all || it->finished)
                done.splice(done.end(), m_connections, it);
            it = next;
        }
    }
    for (Connection &c : done) {
        if (c.thread.joinable())
            c.thread.join();
    }
}

bool SshEndpoint::acceptInto(ssh_session_struct *session, int fd)
{
    std::lock_guard lock(m_mutex);
    return ssh_bind_accept_fd(m_bind, session, fd) == SSH_OK;
}

bool SshEndpoint::isUser(const char *user) const
{
    return user && QByteArray(user) == m_config.rec.pub.sshCred.user.toUtf8();
}

bool SshEndpoint::checkPassword(const char *user, const char *password) const
{
    if (!password || m_password.isEmpty())
        return false;
    const bool passwordOk = sameText(QByteArray(password), m_password.toUtf8());
    return isUser(user) && passwordOk;
}

bool SshEndpoint::isAuthorizedKey(ssh_key_struct *key) const
{
    QStringList lines;
    {
        std::lock_guard lock(m_mutex);
        lines = m_authorizedKeys;
    }
    for (const QString &line : std::as_const(lines)) {
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() < 2)
            continue;
        ssh_key known = nullptr;
        const enum ssh_keytypes_e type = ssh_key_type_from_name(parts.at(0).toLatin1().constData());
        if (ssh_pki_import_pubkey_base64(parts.at(1).toLatin1().constData(), type, &known) != SSH_OK)
            continue;
        const bool same = ssh_key_cmp(known, key, SSH_KEY_CMP_PUBLIC) == 0;
        ssh_key_free(known);
        if (same)
            return true;
    }
    return false;
}

bool SshEndpoint::installKey(const QString &line)
{
    {
        std::lock_guard lock(m_mutex);
        const QString material = sshsim::keyMaterial(line);
        for (const QString &known : std::as_const(m_authorizedKeys)) {
            if (sshsim::keyMaterial(known) == material)
                return false;
        }
        m_authorizedKeys.append(line);
    }
    if (m_config.keyInstalled)
        m_config.keyInstalled(line);
    return true;
}

sshsim::Output SshEndpoint::run(QByteArrayView command)
{
    const qint64 now = m_config.clock->wallSecs();
    sshsim::Counters counters;
    {
        std::lock_guard lock(m_mutex);
        sshsim::integrate(m_config.rec, now, &m_counters);
        counters = m_counters;
    }
    return sshsim::run(command, sshsim::Machine{m_config.rec, qMax(now, counters.lastSecs), counters});
}

} // namespace glows::sandbox
