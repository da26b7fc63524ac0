// SPDX-License-Identifier: Apache-2.0
// SandboxServer's persistence path: how a request's state change reaches SQLite before its answer, and what
// happens when it cannot.
#include "core/logging.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace glows::sandbox {

std::optional<Reply> SandboxServer::commitBeforeReply()
{
    if (!m_store || !m_engine.hasChanges())
        return std::nullopt;
    // This commit carries whatever was pending, so the deferred save has nothing left to do.
    m_persistTimer->stop();
    QString error;
    if (persist(&error))
        return std::nullopt;
    qCWarning(lcSandbox) << "cannot save sandbox state, the request is refused:" << error;
    // 503 rather than 500: the sandbox is sound, its storage is not (a full disk may be freed); the client
    // retries idempotent calls after Retry-After.
    Reply r =
        fail(codes::Internal,
             u"the sandbox could not save this change, so it was not made (%1). Free disk space or check "
             "the data file, then try again."_s.arg(error),
             503);
    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    return r;
}

bool SandboxServer::persist(QString *error)
{
    SandboxEngine::Changes changes = m_engine.takeChanges();
    if (!m_store)
        return true;
    const qint64 now = m_clock.wallMs();
    m_lastClockSaveMs = now;
    const bool ok = changes.isEmpty() ? m_store->saveClock(now, error)
                                      : m_store->save(m_engine.state(), changes, now, error);
    if (!ok && !changes.isEmpty())
        rollbackToStore();
    return ok;
}

void SandboxServer::rollbackToStore()
{
    // The transaction was rolled back, so the file still holds the last committed state: reloading it undoes
    // the unsaved change in memory. Due transitions are replayed by the next advance(), as after a restart.
    EngineState state;
    QList<SandboxStore::BadRow>
        unreadable; // the file was checked at start-up; rows skipped here were then too
    QString error;
    if (!m_store->load(&state, &unreadable, &error)) {
        qCCritical(lcSandbox) << "cannot reload the sandbox state after a failed save:" << error
                              << "- memory and file may differ until a save succeeds";
        return;
    }
    m_engine.restore(std::move(state));
    m_engine.takeChanges();
    qCInfo(lcSandbox) << "sandbox state reloaded from" << m_store->path() << "after a failed save";
}

} // namespace glows::sandbox
