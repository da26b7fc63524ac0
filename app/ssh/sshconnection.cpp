// SPDX-License-Identifier: Apache-2.0
#include "ssh/sshconnection.h"

#include "core/sshremote.h"
#include "ssh/sshlogging.h"
#include "ssh/sshworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace glows {

// --- worker (on its own thread) ---

SshWorker::SshWorker(SshConnection *connection, SshEndpoint endpoint, SshAuth auth, SshOptions options)
    : m_connection(connection), m_auth(std::move(auth)),
      m_session(std::move(endpoint), std::move(options), &m_cancelled)
{}

SshWorker::~SshWorker()
{
    m_session.close();
    wipeSecret(m_auth.password);
}

template<typename T>
void SshWorker::post(quint64 id, const SshResult<T> &result)
{
    QMetaObject::invokeMethod(
        m_connection, [c = m_connection, id, result] { c->complete<T>(id, result); }, Qt::QueuedConnection);
}

void SshWorker::postState(SshConnection::State state)
{
    QMetaObject::invokeMethod(
        m_connection, [c = m_connection, state] { c->setState(state); }, Qt::QueuedConnection);
}

SshResult<SshHostKey> SshWorker::ensureOpen()
{
    if (m_session.isOpen() && m_verified)
        return *m_verified;
    if (m_cancelled)
        return SshError(SshError::Kind::Cancelled);
    postState(SshConnection::State::Opening);
    auto key = m_session.open(m_auth, m_accepted);
    if (key.ok()) {
        m_verified = key.value();
        postState(SshConnection::State::Open);
    } else {
        m_verified.reset();
        m_session.close();
        postState(SshConnection::State::Closed);
    }
    return key;
}

void SshWorker::open(quint64 id)
{
    post(id, ensureOpen());
}

void SshWorker::exec(quint64 id, const QString &command, const QByteArray &stdinBytes,
                     const SshExecLimits &limits)
{
    const auto key = ensureOpen();
    if (!key.ok()) {
        post<SshExecResult>(id, key.error());
        return;
    }
    auto result = m_session.exec(command, stdinBytes, limits);
    // A broken session is closed so the next call connects again; a slow or chatty command is not a
    // broken session.
    if (!result.ok() && !m_session.isOpen()) {
        m_session.close();
        postState(SshConnection::State::Closed);
    }
    post(id, result);
}

void SshWorker::installKey(quint64 id, const QString &line)
{
    const auto key = ensureOpen();
    if (!key.ok()) {
        post<Done>(id, key.error());
        return;
    }
    const auto result = m_session.exec(QString(sshremote::kInstallKey), line.trimmed().toUtf8() + '\n', {});
    if (!result.ok()) {
        post<Done>(id, result.error());
        return;
    }
    if (result.value().exitStatus != 0) {
        post<Done>(id, SshError(SshError::Kind::CommandFailed,
                                QString::fromUtf8(result.value().err.left(2000)).trimmed()));
        return;
    }
    post<Done>(id, Done{});
}

void SshWorker::close()
{
    m_session.close();
    m_verified.reset();
    wipeSecret(m_auth.password);
    postState(SshConnection::State::Closed);
}

// --- connection (on the caller's thread) ---

SshConnection::SshConnection(SshEndpoint endpoint, SshAuth auth, SshOptions options, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_thread(new QThread)
{
    m_thread->setObjectName(u"ssh "_s + endpoint.instanceId);
    m_worker = new SshWorker(this, std::move(endpoint), auth, std::move(options));
    wipeSecret(auth.password);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

SshConnection::~SshConnection()
{
    m_worker->cancelled() = true;
    m_worker->session().abort();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (!p.hasContext || p.context)
            p.cancel(SshError(SshError::Kind::Cancelled));
    }
}

template<typename T>
quint64 SshConnection::addPending(QObject *context, SshHandler<T> handler)
{
    const quint64 id = m_nextId++;
    Pending p;
    p.context = context;
    p.hasContext = context != nullptr;
    p.cancel = [handler](const SshError &e) { handler(SshResult<T>(e)); };
    p.handler = std::move(handler);
    m_pending.insert(id, std::move(p));
    return id;
}

template<typename T>
void SshConnection::complete(quint64 id, const SshResult<T> &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending p = *it;
    m_pending.erase(it);
    if (p.hasContext && !p.context)
        return;
    std::any_cast<const SshHandler<T> &>(p.handler)(result);
}

void SshConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SshConnection::trustHostKey(const SshHostKey &key)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, key] { w->setAccepted(key); }, Qt::QueuedConnection);
}

void SshConnection::open(QObject *context, SshHandler<SshHostKey> handler)
{
    const quint64 id = addPending(context, std::move(handler));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id] { w->open(id); }, Qt::QueuedConnection);
}

void SshConnection::exec(const QString &command, const QByteArray &stdinBytes, QObject *context,
                         SshHandler<SshExecResult> handler, SshExecLimits limits)
{
    const quint64 id = addPending(context, std::move(handler));
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id, command, stdinBytes, limits] { w->exec(id, command, stdinBytes, limits); },
        Qt::QueuedConnection);
}

void SshConnection::installPublicKey(const QString &publicKeyLine, QObject *context, SshHandler<Done> handler)
{
    const quint64 id = addPending(context, std::move(handler));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, publicKeyLine] { w->installKey(id, publicKeyLine); },
        Qt::QueuedConnection);
}

void SshConnection::close()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
}

} // namespace glows
