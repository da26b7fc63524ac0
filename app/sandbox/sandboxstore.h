// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/records.h"
#include "sandbox/sandboxengine.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace glows::sandbox {

// Keeps the simulated cloud in SQLite through Qt SQL (QSQLITE). One row per instance, snapshot and network
// group (a few indexed columns plus the record as JSON) and a key/value table for the account and the
// simulated clock. Must be used on one thread: the one that opened it.
//
// One owner per file: open() first takes `<file>.lock` (QLockFile, held until the store is destroyed; the
// lock of a process that no longer runs is taken over), and nothing touches the file before that. Nothing is
// written before SQLite's quick_check has passed either, so a damaged file is reported as it is found.
class SandboxStore final
{
public:
    enum class Problem
    {
        None,
        InUse,   // another process owns the file (its lock, or SQLite's own lock)
        Corrupt, // SQLite says the file is not a database or is damaged
        Other,
    };
    // A row whose record cannot be read: its table and key (the `id` column, or `rowid N` without one).
    struct BadRow
    {
        QString table;
        QString key;
    };

    explicit SandboxStore(QString path);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    QString path() const { return m_path; }
    bool open(QString *error);
    // Why the last open() failed.
    Problem problem() const { return m_problem; }
    // Closes the database (the lock stays held).
    void close();
    // After open() failed with Corrupt, and only while this store holds the lock: renames the file and its
    // -wal/-shm to `<file>.broken-<UTC time>`; returns the new name, or an empty string (see `error`).
    QString moveAside(QString *error);

    // True once a state has been saved (the file may exist but be empty).
    bool hasState();
    bool clear(QString *error);
    // Fills `state` with every readable record; the rows that cannot be read are listed in `badRows` and
    // left in the file. `simNowMs` is the simulated time of the last save.
    bool load(EngineState *state, QList<BadRow> *badRows, QString *error);
    // A consistent copy of the database as it is now (VACUUM INTO) at `<file>.backup-<UTC time>`; returns
    // its name, or an empty string (see `error`).
    QString backup(QString *error);
    bool dropRows(const QList<BadRow> &rows, QString *error);
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

    // "instances ins-1, snapshots 2x" (at most five, then "…").
    static QString describeRows(const QList<BadRow> &rows);

private:
    bool lock(QString *error);
    bool quickCheck(QString *error);
    bool exec(const QString &sql, QString *error);
    bool writeMeta(const EngineState &state, qint64 simNowMs, QString *error);
    bool writeInstance(const InstanceRec &rec, QString *error);
    bool writeSnapshot(const SnapshotRec &rec, QString *error);
    bool writeGroup(const GroupRec &rec, QString *error);
    bool remove(const char *table, const QString &id, QString *error);
    bool transaction(const std::function<bool(QString *)> &body, QString *error);

    QString m_path;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    Problem m_problem = Problem::None;
    bool m_open = false;
    bool m_failWrites = false;
};

} // namespace glows::sandbox
