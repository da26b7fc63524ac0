// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sshendpoint.h"

#include "sandbox/sshacceptor.h"
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
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxSsh, "glows.sandbox.ssh")

namespace glows::sandbox {
namespace {

#ifdef Q_OS_UNIX
int listenOn(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    // Non-blocking: the acceptor may find it ready after another connection took the pending one.
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
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
#ifdef Q_OS_UNIX
    int fd = preferredPort != 0 ? listenOn(preferredPort) : -1;
    if (fd < 0)
        fd = listenOn(0);
    if (fd < 0) {
        *error = u"cannot listen on 127.0.0.1 for %1"_s.arg(e->instanceId());
        return nullptr;
    }
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &length);
    e->m_listenFd = fd;
    e->m_port = ntohs(bound.sin_port);
    SshEndpoint *endpoint = e.get();
    if (!e->m_config.acceptor ||
        !e->m_config.acceptor->add(fd, [endpoint](int c) { endpoint->onAccepted(c); })) {
        *error = u"no thread accepts the connections of %1"_s.arg(e->instanceId());
        return nullptr;
    }
    return e;
#else
    Q_UNUSED(preferredPort);
    *error = u"SSH endpoints need a POSIX system (Linux or macOS)"_s;
    return nullptr;
#endif
}

bool SshEndpoint::loadHostKey()
{
    if (m_bind)
        return true;
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_base64(m_config.rec.sshHostKey.constData(), nullptr, nullptr, nullptr, &key) !=
        SSH_OK) {
        qCWarning(lcSandboxSsh).noquote() << "the host key of" << instanceId() << "cannot be read";
        return false;
    }
    ssh_bind bind = ssh_bind_new();
    int verbosity = SSH_LOG_NOLOG;
    ssh_bind_options_set(bind, SSH_BIND_OPTIONS_LOG_VERBOSITY, &verbosity);
    // The bind takes the key over.
    if (ssh_bind_options_set(bind, SSH_BIND_OPTIONS_IMPORT_KEY, key) != SSH_OK) {
        ssh_key_free(key);
        ssh_bind_free(bind);
        qCWarning(lcSandboxSsh).noquote() << "libssh refused the host key of" << instanceId();
        return false;
    }
    m_bind = bind;
    return true;
}

SshEndpoint::~SshEndpoint()
{
    stop();
#ifdef Q_OS_UNIX
    if (m_listenFd >= 0)
        ::close(m_listenFd);
#endif
    if (m_bind)
        ssh_bind_free(m_bind);
}

void SshEndpoint::stop()
{
    requestStop();
    reap(true);
}

void SshEndpoint::requestStop()
{
    // First, so that no connection is accepted for it from here on (and none is being handed over now).
    if (!m_stopping.exchange(true) && m_config.acceptor && m_listenFd >= 0)
        m_config.acceptor->remove(m_listenFd);
#ifdef Q_OS_UNIX
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

void SshEndpoint::onAccepted(int fd)
{
    reap(false);
    std::lock_guard lock(m_mutex);
    int live = 0;
    for (const Connection &c : m_connections)
        live += c.finished ? 0 : 1;
    if (m_stopping.load() || live >= m_config.options.maxConnectionsPerInstance) {
#ifdef Q_OS_UNIX
        ::close(fd);
#endif
        return;
    }
    Connection &c = m_connections.emplace_back();
    c.fd = fd;
    c.thread = std::thread([this, connection = &c] {
        serve(connection);
        releaseCryptoThreadState();
    });
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
    return loadHostKey() && ssh_bind_accept_fd(m_bind, session, fd) == SSH_OK;
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
