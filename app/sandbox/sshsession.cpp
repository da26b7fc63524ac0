// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sshsession.h"

#include "core/sshremote.h"
#include "sandbox/sshendpoint.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>

#include <QElapsedTimer>
#include <list>

namespace glows::sandbox {
namespace {

constexpr int kPollMs = 250;                  // how often the loop looks at timeouts (a stop wakes it)
constexpr qsizetype kMaxStdin = 64 * 1024;    // the key install's stdin
constexpr qsizetype kMaxHttpHead = 16 * 1024; // a request to the simulated JupyterLab
constexpr qsizetype kMaxChannels = 32;        // open at once on one connection
constexpr int kJupyterPort = 8888;

struct ChannelState
{
    enum class Kind
    {
        Session,
        Jupyter
    };
    Kind kind = Kind::Session;
    ssh_channel channel = nullptr;
    ssh_channel_callbacks_struct callbacks{};
    QByteArray command;
    bool execRequested = false;
    bool shell = false;
    bool pty = false; // a terminal wants \r\n line ends
    QByteArray input;
    bool eof = false;
    bool peerClosed = false;
    bool done = false; // answered (or abandoned): only the close remains
    bool closeSent = false;
};

class Session final
{
public:
    Session(SshEndpoint *endpoint, int fd) : m_endpoint(endpoint), m_fd(fd) {}
    void run();

private:
    static int onPassword(ssh_session, const char *user, const char *password, void *self);
    static int onPublicKey(ssh_session, const char *user, ssh_key key, char state, void *self);
    static ssh_channel onSessionChannel(ssh_session session, void *self);
    static int onMessage(ssh_session session, ssh_message message, void *self);
    static int onData(ssh_session, ssh_channel, void *data, uint32_t len, int, void *state);
    static void onEof(ssh_session, ssh_channel, void *state);
    static void onClose(ssh_session, ssh_channel, void *state);
    static int onExec(ssh_session, ssh_channel, const char *command, void *state);
    static int onShell(ssh_session, ssh_channel, void *state);
    static int onPty(ssh_session, ssh_channel, const char *, int, int, int, int, void *);

    bool loggedIn();
    void addChannel(ssh_channel channel, ChannelState::Kind kind);
    void serviceChannels();
    void answer(ChannelState &c);
    void reply(ChannelState &c, const sshsim::Output &output);
    void writeAll(ssh_channel channel, const QByteArray &data, bool toStderr);
    bool idleTooLong() const;

    SshEndpoint *m_endpoint;
    int m_fd;
    ssh_session m_session = nullptr;
    ssh_server_callbacks_struct m_callbacks{};
    std::list<ChannelState> m_channels;
    bool m_authenticated = false;
    int m_failures = 0;
    QElapsedTimer m_since; // from connect
    qint64 m_idleSinceMs = 0;
};

void Session::run()
{
    m_since.start();
    m_session = ssh_new();
    if (!m_session || !m_endpoint->acceptInto(m_session, m_fd)) {
        if (m_session)
            ssh_free(m_session); // closes the socket once it was handed over
        return;
    }
    const int timeoutMs = qMax(1, m_endpoint->options().authTimeoutMs);
    long seconds = timeoutMs / 1000;
    long micros = (timeoutMs % 1000) * 1000L;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &micros);

    m_callbacks.userdata = this;
    m_callbacks.auth_password_function = &Session::onPassword;
    m_callbacks.auth_pubkey_function = &Session::onPublicKey;
    m_callbacks.channel_open_request_session_function = &Session::onSessionChannel;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_server_callbacks(m_session, &m_callbacks);
    ssh_set_auth_methods(m_session, SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_PUBLICKEY);
    ssh_set_message_callback(m_session, &Session::onMessage, this);

    if (ssh_handle_key_exchange(m_session) == SSH_OK) {
        ssh_event event = ssh_event_new();
        ssh_event_add_session(event, m_session);
        const SshEndpointOptions &limits = m_endpoint->options();
        while (!m_endpoint->isStopping()) {
            if (ssh_event_dopoll(event, kPollMs) == SSH_ERROR)
                break;
            serviceChannels();
            if (!ssh_is_connected(m_session))
                break;
            if (!m_authenticated && m_since.elapsed() > limits.authTimeoutMs)
                break; // never logged in: dropped like an idle HTTP connection
            if (m_failures >= limits.maxAuthFailures)
                break;
            if (idleTooLong())
                break;
        }
        ssh_event_remove_session(event, m_session);
        ssh_event_free(event);
    }
    ssh_disconnect(m_session);
    ssh_free(m_session); // frees the channels too
    m_channels.clear();
}

bool Session::idleTooLong() const
{
    return m_authenticated && m_channels.empty() &&
           m_since.elapsed() - m_idleSinceMs > m_endpoint->options().idleTimeoutMs;
}

bool Session::loggedIn()
{
    m_authenticated = true;
    m_idleSinceMs = m_since.elapsed();
    return true;
}

int Session::onPassword(ssh_session, const char *user, const char *password, void *self)
{
    auto *s = static_cast<Session *>(self);
    if (s->m_endpoint->checkPassword(user, password) && s->loggedIn())
        return SSH_AUTH_SUCCESS;
    ++s->m_failures;
    s->m_endpoint->countAuthFailure();
    return SSH_AUTH_DENIED;
}

int Session::onPublicKey(ssh_session, const char *user, ssh_key key, char state, void *self)
{
    auto *s = static_cast<Session *>(self);
    const bool known = s->m_endpoint->isUser(user) && s->m_endpoint->isAuthorizedKey(key);
    if (state == SSH_PUBLICKEY_STATE_NONE)
        return known ? SSH_AUTH_SUCCESS : SSH_AUTH_DENIED; // a probe: "would this key do?"
    if (state == SSH_PUBLICKEY_STATE_VALID && known && s->loggedIn())
        return SSH_AUTH_SUCCESS;
    ++s->m_failures;
    s->m_endpoint->countAuthFailure();
    return SSH_AUTH_DENIED;
}

ssh_channel Session::onSessionChannel(ssh_session session, void *self)
{
    auto *s = static_cast<Session *>(self);
    if (!s->m_authenticated || s->m_channels.size() >= kMaxChannels)
        return nullptr;
    ssh_channel channel = ssh_channel_new(session);
    if (channel)
        s->addChannel(channel, ChannelState::Kind::Session);
    return channel;
}

int Session::onMessage(ssh_session, ssh_message message, void *self)
{
    auto *s = static_cast<Session *>(self);
    if (ssh_message_type(message) != SSH_REQUEST_CHANNEL_OPEN ||
        ssh_message_subtype(message) != SSH_CHANNEL_DIRECT_TCPIP)
        return 1; // the default answer: refused
    if (!s->m_authenticated || s->m_channels.size() >= kMaxChannels ||
        ssh_message_channel_request_open_destination_port(message) != kJupyterPort)
        return 1;
    if (ssh_channel channel = ssh_message_channel_request_open_reply_accept(message))
        s->addChannel(channel, ChannelState::Kind::Jupyter);
    return 0;
}

void Session::addChannel(ssh_channel channel, ChannelState::Kind kind)
{
    ChannelState &c = m_channels.emplace_back();
    c.kind = kind;
    c.channel = channel;
    c.callbacks.userdata = &c;
    c.callbacks.channel_data_function = &Session::onData;
    c.callbacks.channel_eof_function = &Session::onEof;
    c.callbacks.channel_close_function = &Session::onClose;
    if (kind == ChannelState::Kind::Session) {
        c.callbacks.channel_exec_request_function = &Session::onExec;
        c.callbacks.channel_shell_request_function = &Session::onShell;
        c.callbacks.channel_pty_request_function = &Session::onPty;
    }
    ssh_callbacks_init(&c.callbacks);
    ssh_set_channel_callbacks(channel, &c.callbacks);
}

int Session::onData(ssh_session, ssh_channel, void *data, uint32_t len, int, void *state)
{
    auto *c = static_cast<ChannelState *>(state);
    const qsizetype limit = c->kind == ChannelState::Kind::Jupyter ? kMaxHttpHead : kMaxStdin;
    if (c->input.size() <= limit) // one byte over the limit is enough to refuse it
        c->input.append(static_cast<const char *>(data), qMin<qsizetype>(len, limit + 1 - c->input.size()));
    return int(len);
}

void Session::onEof(ssh_session, ssh_channel, void *state)
{
    static_cast<ChannelState *>(state)->eof = true;
}

void Session::onClose(ssh_session, ssh_channel, void *state)
{
    static_cast<ChannelState *>(state)->peerClosed = true;
}

int Session::onExec(ssh_session, ssh_channel, const char *command, void *state)
{
    auto *c = static_cast<ChannelState *>(state);
    if (c->execRequested || !command)
        return 1;
    c->execRequested = true;
    c->command = QByteArray(command);
    return 0; // answered once libssh has sent the success reply (serviceChannels)
}

int Session::onShell(ssh_session, ssh_channel, void *state)
{
    auto *c = static_cast<ChannelState *>(state);
    if (c->execRequested)
        return 1;
    c->execRequested = true;
    c->shell = true;
    return 0; // accepted, then answered with a message saying there is none
}

int Session::onPty(ssh_session, ssh_channel, const char *, int, int, int, int, void *state)
{
    static_cast<ChannelState *>(state)->pty = true;
    return 0;
}

void Session::serviceChannels()
{
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        ChannelState &c = *it;
        if (!c.done && c.peerClosed)
            c.done = true;
        if (!c.done)
            answer(c);
        if (c.done && !c.closeSent) {
            ssh_channel_close(c.channel);
            c.closeSent = true;
        }
        if (c.closeSent && c.peerClosed) {
            ssh_channel_free(c.channel);
            it = m_channels.erase(it);
            if (m_channels.empty())
                m_idleSinceMs = m_since.elapsed();
            continue;
        }
        ++it;
    }
}

void Session::answer(ChannelState &c)
{
    if (c.kind == ChannelState::Kind::Jupyter) {
        if (!c.input.contains("\r\n\r\n") && !c.eof && c.input.size() <= kMaxHttpHead)
            return;
        writeAll(c.channel, sshsim::jupyterResponse(c.input, m_endpoint->instanceId()), false);
        ssh_channel_send_eof(c.channel);
        c.done = true;
        return;
    }
    if (!c.execRequested)
        return;
    if (c.shell) {
        reply(c, sshsim::noShell());
        return;
    }
    if (c.command != QByteArrayView(sshremote::kInstallKey)) {
        reply(c, m_endpoint->run(c.command));
        return;
    }
    if (!c.eof && c.input.size() <= kMaxStdin)
        return; // the key is still arriving
    const std::optional<QString> line = sshsim::publicKeyLine(c.input);
    if (!line) {
        reply(c, sshsim::Output{{},
                                "sandbox: expected one public key line on stdin (for example the contents "
                                "of ~/.ssh/id_ed25519.pub)\n",
                                1});
        return;
    }
    m_endpoint->installKey(*line); // a key that is there already is not added twice
    reply(c, {});
}

void Session::reply(ChannelState &c, const sshsim::Output &output)
{
    // The order OpenSSH's sshd uses: output, EOF, exit status, then close (serviceChannels).
    const auto lines = [&c](QByteArray text) { return c.pty ? text.replace("\n", "\r\n") : text; };
    writeAll(c.channel, lines(output.out), false);
    writeAll(c.channel, lines(output.err), true);
    ssh_channel_send_eof(c.channel);
    ssh_channel_request_send_exit_status(c.channel, output.exitStatus);
    c.done = true;
}

void Session::writeAll(ssh_channel channel, const QByteArray &data, bool toStderr)
{
    qsizetype offset = 0;
    while (offset < data.size()) {
        const auto chunk = uint32_t(qMin<qsizetype>(data.size() - offset, 32 * 1024));
        const int n = toStderr ? ssh_channel_write_stderr(channel, data.constData() + offset, chunk)
                               : ssh_channel_write(channel, data.constData() + offset, chunk);
        if (n <= 0)
            return;
        offset += n;
    }
}

} // namespace

void runSshSession(SshEndpoint *endpoint, int fd)
{
    Session(endpoint, fd).run();
}

} // namespace glows::sandbox
