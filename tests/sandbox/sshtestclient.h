// SPDX-License-Identifier: Apache-2.0
#pragma once

// A small blocking libssh client for the sandbox's SSH endpoints (tests only).

#include <libssh/libssh.h>

#include <QByteArray>
#include <QString>

namespace glows::test {

class SshTestClient final
{
public:
    SshTestClient() = default;
    ~SshTestClient() { close(); }
    SshTestClient(const SshTestClient &) = delete;
    SshTestClient &operator=(const SshTestClient &) = delete;

    bool connect(quint16 port, const char *user = "root")
    {
        close();
        m_session = ssh_new();
        const int verbosity = SSH_LOG_NOLOG;
        const long timeout = 10;
        const int no = 0;
        unsigned int p = port;
        ssh_options_set(m_session, SSH_OPTIONS_HOST, "127.0.0.1");
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &p);
        ssh_options_set(m_session, SSH_OPTIONS_USER, user);
        ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
        ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
        ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
        return ssh_connect(m_session) == SSH_OK;
    }
    void close()
    {
        if (!m_session)
            return;
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    ssh_session session() const { return m_session; }

    // SHA256 of the server's host key, as hex.
    QByteArray hostKeyHash() const
    {
        ssh_key key = nullptr;
        if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
            return {};
        unsigned char *hash = nullptr;
        size_t length = 0;
        QByteArray out;
        if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == 0)
            out = QByteArray(reinterpret_cast<const char *>(hash), qsizetype(length)).toHex();
        ssh_clean_pubkey_hash(&hash);
        ssh_key_free(key);
        return out;
    }
    bool password(const QString &password)
    {
        return ssh_userauth_password(m_session, nullptr, password.toUtf8().constData()) == SSH_AUTH_SUCCESS;
    }
    bool publicKey(ssh_key privateKey)
    {
        return ssh_userauth_publickey(m_session, nullptr, privateKey) == SSH_AUTH_SUCCESS;
    }

    struct Result
    {
        bool ok = false; // the channel opened and the command was accepted
        QByteArray out;
        QByteArray err;
        int status = -1;
    };
    Result exec(const QByteArray &command, const QByteArray &input = {}, bool shell = false)
    {
        Result r;
        ssh_channel channel = ssh_channel_new(m_session);
        if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
            ssh_channel_free(channel);
            return r;
        }
        const int requested = shell ? ssh_channel_request_shell(channel)
                                    : ssh_channel_request_exec(channel, command.constData());
        if (requested != SSH_OK) {
            ssh_channel_free(channel);
            return r;
        }
        r.ok = true;
        if (!input.isEmpty())
            ssh_channel_write(channel, input.constData(), uint32_t(input.size()));
        ssh_channel_send_eof(channel);
        readAll(channel, &r.out, &r.err);
        r.status = ssh_channel_get_exit_status(channel);
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return r;
    }

    // Opens a direct-tcpip channel to `port` on the instance, sends `request` and reads until EOF. Empty
    // with *opened false when the channel is refused.
    QByteArray forward(int port, const QByteArray &request, bool *opened)
    {
        ssh_channel channel = ssh_channel_new(m_session);
        *opened =
            channel && ssh_channel_open_forward(channel, "localhost", port, "127.0.0.1", 50000) == SSH_OK;
        if (!*opened) {
            ssh_channel_free(channel);
            return {};
        }
        ssh_channel_write(channel, request.constData(), uint32_t(request.size()));
        QByteArray out;
        QByteArray err;
        readAll(channel, &out, &err);
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return out;
    }

private:
    static void readAll(ssh_channel channel, QByteArray *out, QByteArray *err)
    {
        char buffer[4096];
        for (bool isStderr : {false, true}) {
            QByteArray *target = isStderr ? err : out;
            for (;;) {
                const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, isStderr, 10000);
                if (n <= 0)
                    break;
                target->append(buffer, n);
            }
        }
    }

    ssh_session m_session = nullptr;
};

} // namespace glows::test
