// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ssh/sshendpoint.h"
#include "ssh/ssherror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <any>

class QThread;

namespace glows {

class SshWorker;

// One persistent SSH connection to an instance. libssh blocks, so the session lives on a thread of its own;
// every call here returns at once. Calls run one after another in the order made, each on its own channel
// of the one session. Each handler runs exactly once, on the thread of this object (the UI thread), unless
// its context is destroyed first; destroying the connection ends every outstanding call with Cancelled.
//
// Host keys: open() checks the server's key against SshKnownHosts (options.knownHostsPath). An unknown key
// fails with HostKeyUnknown carrying the key; after the user accepted its fingerprint, trustHostKey(key)
// and open() again store it. A changed key fails with HostKeyChanged, always.
class SshConnection final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,
        Opening,
        Open,
    };
    Q_ENUM(State)

    SshConnection(SshEndpoint endpoint, SshAuth auth, SshOptions options = {}, QObject *parent = nullptr);
    ~SshConnection() override;

    const SshEndpoint &endpoint() const { return m_endpoint; }
    State state() const { return m_state; }

    // The key the user accepted: the next open() stores it when the server presents exactly this key and
    // none is stored yet for the instance.
    void trustHostKey(const SshHostKey &key);

    // Connects, checks the host key and logs in, unless already open. The result is the verified key.
    void open(QObject *context, SshHandler<SshHostKey> handler);
    // Runs `command` (opening the connection first if needed), writes `stdinBytes` and closes stdin, and
    // collects stdout, stderr and the exit status. A non-zero exit is a result, not an error.
    void exec(const QString &command, const QByteArray &stdinBytes, QObject *context,
              SshHandler<SshExecResult> handler, SshExecLimits limits = {});
    // sshremote::kInstallKey with the key line on stdin; the command itself never adds a duplicate.
    void installPublicKey(const QString &publicKeyLine, QObject *context, SshHandler<Done> handler);
    // Ends the session (after the call running now) and wipes the password. Later calls open it again,
    // without a password.
    void close();

signals:
    void stateChanged(glows::SshConnection::State state);

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::any handler; // SshHandler<T>
        std::function<void(const SshError &)> cancel;
    };
    friend class SshWorker;
    template<typename T>
    quint64 addPending(QObject *context, SshHandler<T> handler);
    template<typename T>
    void complete(quint64 id, const SshResult<T> &result);
    void setState(State state);

    SshEndpoint m_endpoint;
    QThread *m_thread = nullptr;
    SshWorker *m_worker = nullptr;
    State m_state = State::Closed;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace glows
