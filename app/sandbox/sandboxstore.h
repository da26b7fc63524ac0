// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/records.h"
#include "sandbox/sandboxengine.h"

#include <QString>
#include <functional>

namespace glows::sandbox {

// Keeps the simulated cloud in SQLite through Qt SQL (QSQLITE). One row per instance, snapshot and network
// group (a few indexed columns plus the record as JSON) and a key/value table for the account and the
// simulated clock. The file is locked exclusively while open, so two sandboxes never share one state.
// Must be used on one thread: the one that opened it.
class SandboxStore final
{
public:
    explicit SandboxStore(QString path);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    QString path() const { return m_path; }
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    void close();

    // True once a state has been saved (the file may exist but be empty).
    bool hasState();
    bool clear(QString *error);
    // Fills `state`; `simNowMs` is the simulated time of the last save.
    bool load(EngineState *state, QString *error);
    bool saveAll(const EngineState &state, qint64 simNowMs, QString *error);
    bool save(const EngineState &state, const SandboxEngine::Changes &changes, qint64 simNowMs,
              QString *error);
    bool saveClock(qint64 simNowMs, QString *error);

    // How far a commit is durable (WAL either way). Normal, the default: against a crash of the process,
    // no fsync per commit. Full: also against power loss, one fsync of the WAL per commit. See docs/api.md.
    enum class Sync
    {
        Normal,
        Full
    };
    bool setSync(Sync sync, QString *error);

    // Tests: every transaction runs its statements and is then rolled back and reported as SQLite reports a
    // full disk, so the caller's failure path is the real one.
    void setFailWritesForTesting(bool fail) { m_failWrites = fail; }

    static constexpr int kSchemaVersion = 1;

private:
    bool exec(const QString &sql, QString *error);
    bool writeMeta(const EngineState &state, qint64 simNowMs, QString *error);
    bool writeInstance(const InstanceRec &rec, QString *error);
    bool writeSnapshot(const SnapshotRec &rec, QString *error);
    bool writeGroup(const GroupRec &rec, QString *error);
    bool remove(const char *table, const QString &id, QString *error);
    bool transaction(const std::function<bool(QString *)> &body, QString *error);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    bool m_failWrites = false;
};

} // namespace glows::sandbox
