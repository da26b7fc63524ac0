// SPDX-License-Identifier: Apache-2.0
#include "ssh/sshsession.h"

#include "ssh/knownhosts.h"
#include "ssh/sshlogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <libssh/libssh.h>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace glows {
namespace {

constexpr int kPollMs = 100;

QString knownHostsPath(const SshOptions &options)
{
    return options.knownHostsPath.isEmpty() ? SshKnownHosts::defaultPath() : options.knownHostsPath;
}

// The host key algorithms in libssh's default order, the stored key's type first: a server with several
// keys then always shows the one the user accepted.
QByteArray hostKeyAlgorithms(const QString &storedType)
{
    QList<QByteArray> all{"ssh-ed25519",         "ecdsa-sha2-nistp521", "ecdsa-sha2-nistp384",
                          "ecdsa-sha2-nistp256", "rsa-sha2-512",        "rsa-sha2-256"};
    QList<QByteArray> first;
    if (storedType == "ssh-rsa"_L1)
        first = {"rsa-sha2-512", "rsa-sha2-256"};
    else if (!storedType.isEmpty())
        first = {storedType.toLatin1()};
    for (const QByteArray &f : first)
        all.removeAll(f);
    return (first + all).join(',');
}

} // namespace

SshSession::SshSession(SshEndpoint endpoint, SshOptions options, const std::atomic_bool *cancelled)
    : m_endpoint(std::move(endpoint)), m_options(std::move(options)), m_cancelled(cancelled)
{}

SshSession::~SshSession()
{
    close();
}

void SshSession::abort()
{
    const std::lock_guard lock(m_socketMutex);
    if (m_socket < 0)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_socket), SD_BOTH);
#else
    ::shutdown(int(m_socket), SHUT_RDWR);
#endif
}

void SshSession::setSocket(qintptr fd)
{
    const std::lock_guard lock(m_socketMutex);
    m_socket = fd;
}

bool SshSession::isOpen() const
{
    return m_open && m_session && ssh_is_connected(m_session);
}

void SshSession::close()
{
    if (!m_session)
        return;
    const std::lock_guard lock(m_socketMutex);
    m_socket = -1;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
    m_open = false;
}

SshError SshSession::lastError(SshError::Kind fallback) const
{
    if (cancelled())
        return SshError(SshError::Kind::Cancelled);
    const QString text = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    if (text.contains("timeout"_L1, Qt::CaseInsensitive) ||
        text.contains("timed out"_L1, Qt::CaseInsensitive))
        return SshError(SshError::Kind::Timeout, text);
    const bool connected = m_session && ssh_is_connected(m_session);
    return SshError(connected ? fallback : SshError::Kind::Network, text);
}

SshResult<SshHostKey> SshSession::open(const SshAuth &auth, const std::optional<SshHostKey> &accepted)
{
    close();
    m_session = ssh_new();
    if (!m_session)
        return SshError(SshError::Kind::Protocol, u"ssh_new failed"_s);
    const QByteArray host = m_endpoint.target.host.toUtf8();
    const QByteArray user = m_endpoint.target.user.toUtf8();
    const unsigned int port = unsigned(m_endpoint.target.port);
    const QByteArray known = QFile::encodeName(knownHostsPath(m_options));
    const long timeoutSeconds = qMax(1, (m_options.connectTimeoutMs + 999) / 1000);
    const int verbosity = SSH_LOG_NOLOG;
    const int noConfig = 0;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    // Neither ~/.ssh/config nor ~/.ssh/known_hosts: the endpoint and the app's own file decide.
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, known.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, known.constData());
    const QByteArray algorithms =
        hostKeyAlgorithms(SshKnownHosts(knownHostsPath(m_options)).storedType(m_endpoint.instanceId));
    ssh_options_set(m_session, SSH_OPTIONS_HOSTKEYS, algorithms.constData());

    // Non-blocking connect, so a cancel or the deadline ends it within one poll interval.
    QElapsedTimer clock;
    clock.start();
    ssh_set_blocking(m_session, 0);
    int rc = SSH_AGAIN;
    while ((rc = ssh_connect(m_session)) == SSH_AGAIN) {
        if (cancelled())
            return SshError(SshError::Kind::Cancelled);
        if (clock.elapsed() > m_options.connectTimeoutMs)
            return SshError(SshError::Kind::Timeout, u"connect timeout"_s);
        if (const socket_t fd = ssh_get_fd(m_session); fd != SSH_INVALID_SOCKET)
            setSocket(qintptr(fd));
        QThread::msleep(5);
    }
    ssh_set_blocking(m_session, 1);
    if (rc != SSH_OK)
        return lastError(SshError::Kind::Network);
    setSocket(qintptr(ssh_get_fd(m_session)));

    auto key = verifyHostKey(accepted);
    if (!key.ok())
        return key;
    const auto authenticated = authenticate(auth);
    if (!authenticated.ok())
        return authenticated.error();
    m_open = true;
    qCDebug(lcSsh) << "open" << m_endpoint.instanceId;
    return key;
}

SshResult<SshHostKey> SshSession::verifyHostKey(const std::optional<SshHostKey> &accepted)
{
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) != SSH_OK)
        return lastError(SshError::Kind::Protocol);
    char *base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(serverKey, &base64);
    ssh_key_free(serverKey);
    if (rc != SSH_OK || !base64)
        return SshError(SshError::Kind::Protocol, u"cannot read the host key"_s);
    SshHostKey key{m_endpoint.instanceId, QByteArray::fromBase64(QByteArray(base64))};
    ssh_string_free_char(base64);

    SshKnownHosts knownHosts(knownHostsPath(m_options));
    const auto match = knownHosts.check(key);
    if (!match.ok())
        return match.error();
    switch (match.value()) {
    case SshKnownHosts::Match::Known:
        return key;
    case SshKnownHosts::Match::Changed:
        qCWarning(lcSsh) << "host key changed for" << key.instanceId << key.fingerprint();
        return SshError(SshError::Kind::HostKeyChanged, knownHosts.path(), key);
    case SshKnownHosts::Match::Unknown:
        break;
    }
    if (!accepted || accepted->blob != key.blob || accepted->instanceId != key.instanceId)
        return SshError(SshError::Kind::HostKeyUnknown, knownHosts.path(), key);
    const auto stored = knownHosts.trust(key);
    if (!stored.ok())
        return stored.error();
    return key;
}

SshResult<Done> SshSession::authenticate(const SshAuth &auth)
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return Done{};
    if (rc == SSH_AUTH_ERROR)
        return lastError(SshError::Kind::AuthFailed);
    const int methods = ssh_userauth_list(m_session, nullptr);

    if (!auth.identityFile.isEmpty() && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
        ssh_key privateKey = nullptr;
        const QByteArray path = QFile::encodeName(auth.identityFile);
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &privateKey) == SSH_OK) {
            rc = ssh_userauth_publickey(m_session, nullptr, privateKey);
            ssh_key_free(privateKey);
            if (rc == SSH_AUTH_SUCCESS)
                return Done{};
            if (rc == SSH_AUTH_ERROR)
                return lastError(SshError::Kind::AuthFailed);
        } else {
            qCInfo(lcSsh) << "cannot read the identity file" << auth.identityFile;
        }
    }
    if (auth.useAgent && (methods & SSH_AUTH_METHOD_PUBLICKEY) &&
        qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        rc = ssh_userauth_agent(m_session, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return Done{};
        if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
            return lastError(SshError::Kind::AuthFailed);
    }
    if (!auth.password.isEmpty()) {
        QByteArray password = auth.password.toUtf8();
        if (methods & SSH_AUTH_METHOD_PASSWORD) {
            rc = ssh_userauth_password(m_session, nullptr, password.constData());
            if (rc == SSH_AUTH_SUCCESS) {
                wipeSecret(password);
                return Done{};
            }
        }
        // Servers behind PAM often offer only keyboard-interactive: answer each hidden prompt with it.
        if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
            rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            for (int round = 0; rc == SSH_AUTH_INFO && round < 4; ++round) {
                const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
                for (int i = 0; i < prompts; ++i) {
                    char echo = 0;
                    ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
                    ssh_userauth_kbdint_setanswer(m_session, unsigned(i), echo ? "" : password.constData());
                }
                rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            }
            if (rc == SSH_AUTH_SUCCESS) {
                wipeSecret(password);
                return Done{};
            }
        }
        wipeSecret(password);
    }
    if (!ssh_is_connected(m_session))
        return lastError(SshError::Kind::Network);
    return SshError(SshError::Kind::AuthFailed, QString::fromUtf8(ssh_get_error(m_session)));
}

SshResult<SshExecResult> SshSession::exec(const QString &command, const QByteArray &stdinBytes,
                                          const SshExecLimits &limits)
{
    if (!isOpen())
        return SshError(SshError::Kind::Network, u"not connected"_s);
    QElapsedTimer clock;
    clock.start();
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return lastError(SshError::Kind::Protocol);
    struct Closer
    {
        ssh_channel c;
        ~Closer()
        {
            if (ssh_channel_is_open(c))
                ssh_channel_close(c);
            ssh_channel_free(c);
        }
    } closer{channel};

    if (ssh_channel_open_session(channel) != SSH_OK)
        return lastError(SshError::Kind::Protocol);
    const QByteArray cmd = command.toUtf8();
    if (ssh_channel_request_exec(channel, cmd.constData()) != SSH_OK)
        return lastError(SshError::Kind::Protocol);
    for (qsizetype written = 0; written < stdinBytes.size();) {
        const int n = ssh_channel_write(channel, stdinBytes.constData() + written,
                                        uint32_t(qMin<qsizetype>(stdinBytes.size() - written, 32768)));
        if (n < 0)
            return lastError(SshError::Kind::Protocol);
        written += n;
    }
    ssh_channel_send_eof(channel);

    SshExecResult result;
    char buffer[16384];
    for (;;) {
        if (cancelled())
            return SshError(SshError::Kind::Cancelled);
        if (clock.elapsed() > limits.deadlineMs)
            return SshError(SshError::Kind::Timeout, u"command deadline"_s);
        const int out = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0);
        if (out > 0)
            result.out.append(buffer, out);
        const int err = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1);
        if (err > 0)
            result.err.append(buffer, err);
        if (out == SSH_ERROR || err == SSH_ERROR)
            return lastError(SshError::Kind::Protocol);
        if (result.out.size() + result.err.size() > limits.maxOutputBytes)
            return SshError(SshError::Kind::OutputTooLarge);
        if (out > 0 || err > 0)
            continue;
        if (ssh_channel_is_eof(channel) || !ssh_channel_is_open(channel))
            break;
        if (ssh_channel_poll_timeout(channel, kPollMs, 0) == SSH_ERROR)
            return lastError(SshError::Kind::Protocol);
    }
    // Whatever stderr still holds after the EOF of stdout.
    for (int n; (n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0;)
        result.err.append(buffer, n);
    result.exitStatus = ssh_channel_get_exit_status(channel);
    return result;
}

SshResult<ssh_channel_struct *> SshSession::openForward(const QString &host, quint16 port, quint16 originPort)
{
    if (!isOpen())
        return SshError(SshError::Kind::Network, u"not connected"_s);
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return lastError(SshError::Kind::Protocol);
    const QByteArray remote = host.toUtf8();
    if (ssh_channel_open_forward(channel, remote.constData(), int(port), "127.0.0.1", int(originPort)) !=
        SSH_OK) {
        const SshError error = lastError(SshError::Kind::Protocol);
        ssh_channel_free(channel);
        return error;
    }
    return channel;
}

void SshSession::freeChannel(ssh_channel_struct *channel)
{
    if (!channel)
        return;
    if (ssh_channel_is_open(channel))
        ssh_channel_close(channel);
    ssh_channel_free(channel);
}

} // namespace glows
