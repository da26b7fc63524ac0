// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sandboxstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <functional>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

QString describe(const QSqlError &e)
{
    return e.text().trimmed().isEmpty() ? u"unknown SQLite error"_s : e.text().trimmed();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// SQLite's primary result codes that mean "this file is damaged" or "someone else holds it".
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// `<file>.<what>-<UTC time>`, with a counter should two starts fall into one second.
QString sideName(const QString &path, const char *what)
{
    const QString base = u"%1.%2-%3"_s.arg(
        path, QLatin1StringView(what), QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    QString name = base;
    for (int i = 2; QFile::exists(name) || QFile::exists(name + "-wal"_L1); ++i)
        name = u"%1-%2"_s.arg(base).arg(i);
    return name;
}

} // namespace

SandboxStore::SandboxStore(QString path)
    : m_path(std::move(path)), m_connection(u"glows-sandbox-"_s + QUuid::createUuid().toString(QUuid::Id128))
{}

SandboxStore::~SandboxStore()
{
    close();
    // m_lock's destructor removes the lock file, after the database is closed.
}

void SandboxStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

bool SandboxStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        const int code = primaryCode(q.lastError());
        if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
            m_problem = Problem::Corrupt;
        else if (code == kSqliteBusy || code == kSqliteLocked)
            m_problem = Problem::InUse;
        setError(error, u"%1: %2"_s.arg(sql.left(60), describe(q.lastError())));
        return false;
    }
    return true;
}

bool SandboxStore::lock(QString *error)
{
    if (m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(m_path + ".lock"_L1);
    // Held for the whole life of the server: never "stale" by age, only when its process is gone.
    lock->setStaleLockTime(0);
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            return true;
        }
        if (lock->error() != QLockFile::LockFailedError)
            break;
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app)) {
            m_problem = Problem::InUse;
            setError(error, QCoreApplication::translate("SandboxStore", "%1 is in use by process %2 (%3)")
                                .arg(m_path)
                                .arg(pid)
                                .arg(app.isEmpty() ? host : app));
            return false;
        }
        // The owner let go between the two calls: try again.
    }
    m_problem = Problem::Other;
    setError(error, QCoreApplication::translate("SandboxStore", "cannot create the lock file %1")
                        .arg(m_path + ".lock"_L1));
    return false;
}

bool SandboxStore::quickCheck(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"PRAGMA quick_check"_s)) {
        const int code = primaryCode(q.lastError());
        m_problem = code == kSqliteBusy || code == kSqliteLocked ? Problem::InUse : Problem::Corrupt;
        setError(error, describe(q.lastError()));
        return false;
    }
    QStringList findings;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != "ok"_L1)
            findings.append(line);
    }
    if (findings.isEmpty())
        return true;
    m_problem = Problem::Corrupt;
    setError(error, findings.mid(0, 3).join(u"; "_s));
    return false;
}

bool SandboxStore::open(QString *error)
{
    if (m_open)
        return true;
    m_problem = Problem::Other;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        setError(error,
                 u"the Qt SQLite driver (QSQLITE) is not installed; on Debian install libqt6sql6-sqlite"_s);
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, u"cannot create the directory %1"_s.arg(info.absolutePath()));
        return false;
    }
    if (!lock(error))
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=200"_s);
        if (!db.open()) {
            setError(error, u"cannot open %1: %2"_s.arg(m_path, describe(db.lastError())));
            db = QSqlDatabase();
            close();
            return false;
        }
    }
    m_open = true;
    // SQLite's exclusive lock is taken by the first write below and kept until close(); it backs up the
    // lock file against a sandbox that predates it. quick_check reads only, so a damaged file is left as
    // it was found.
    const bool ok =
        exec(u"PRAGMA locking_mode=EXCLUSIVE"_s, error) && quickCheck(error) &&
        exec(u"PRAGMA journal_mode=WAL"_s, error) && exec(u"PRAGMA synchronous=NORMAL"_s, error) &&
        exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, error) &&
        exec(u"CREATE TABLE IF NOT EXISTS instances (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
             "status TEXT NOT NULL, meta_key TEXT UNIQUE, doc TEXT NOT NULL)"_s,
             error) &&
        exec(u"CREATE TABLE IF NOT EXISTS snapshots (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
             "name TEXT NOT NULL, status TEXT NOT NULL, doc TEXT NOT NULL)"_s,
             error) &&
        exec(u"CREATE TABLE IF NOT EXISTS network_groups (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
             "name TEXT NOT NULL, doc TEXT NOT NULL)"_s,
             error) &&
        exec(u"INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '%1')"_s.arg(kSchemaVersion),
             error);
    if (!ok) {
        if (m_problem == Problem::InUse)
            setError(
                error,
                QCoreApplication::translate("SandboxStore", "%1 is in use by another program").arg(m_path));
        else if (m_problem == Problem::Corrupt && error)
            *error =
                QCoreApplication::translate("SandboxStore", "%1 is damaged or not a sandbox database: %2")
                    .arg(m_path, *error);
        else if (error)
            *error = u"cannot use %1: %2"_s.arg(m_path, *error);
        close();
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT value FROM meta WHERE key='schema_version'"_s) && q.next() &&
        q.value(0).toInt() > kSchemaVersion) {
        setError(error,
                 u"%1 was written by a newer sandbox (schema %2)"_s.arg(m_path, q.value(0).toString()));
        q = QSqlQuery();
        close();
        return false;
    }
    m_problem = Problem::None;
    return true;
}

QString SandboxStore::moveAside(QString *error)
{
    if (!m_lock || m_problem != Problem::Corrupt) {
        setError(error, u"only a damaged file this sandbox holds the lock of is moved aside"_s);
        return {};
    }
    close();
    const QString aside = sideName(m_path, "broken");
    if (!QFile::rename(m_path, aside)) {
        setError(error, u"cannot rename %1 to %2"_s.arg(m_path, aside));
        return {};
    }
    // The journal belongs to the damaged file, so it goes along rather than being applied to a new one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString from = m_path + QLatin1StringView(suffix);
        if (QFile::exists(from) && !QFile::rename(from, aside + QLatin1StringView(suffix)))
            qCWarning(lcSandbox) << "cannot move" << from << "along with" << aside;
    }
    return aside;
}

QString SandboxStore::backup(QString *error)
{
    const QString to = sideName(m_path, "backup");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(to);
    if (!q.exec()) {
        setError(error, u"cannot copy %1 to %2: %3"_s.arg(m_path, to, describe(q.lastError())));
        return {};
    }
    return to;
}

bool SandboxStore::dropRows(const QList<BadRow> &rows, QString *error)
{
    return transaction(
        [&](QString *e) {
            for (const BadRow &row : rows) {
                QSqlQuery q(QSqlDatabase::database(m_connection, false));
                const bool byRowid = row.key.startsWith("rowid "_L1);
                q.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(row.table, byRowid ? u"rowid"_s : u"id"_s));
                q.addBindValue(byRowid ? QVariant(row.key.mid(6).toLongLong()) : QVariant(row.key));
                if (!q.exec()) {
                    setError(e, describe(q.lastError()));
                    return false;
                }
            }
            return true;
        },
        error);
}

QString SandboxStore::describeRows(const QList<BadRow> &rows)
{
    QStringList parts;
    for (const BadRow &row : rows.mid(0, 5))
        parts.append(u"%1 %2"_s.arg(row.table, row.key));
    if (rows.size() > 5)
        parts.append(u"…"_s);
    return parts.join(u", "_s);
}

bool SandboxStore::hasState()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(u"SELECT value FROM meta WHERE key='seeded'"_s) && q.next() &&
           q.value(0).toString() == "1"_L1;
}

bool SandboxStore::transaction(const std::function<bool(QString *)> &body, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        setError(error, u"cannot begin a transaction: %1"_s.arg(describe(db.lastError())));
        return false;
    }
    if (!body(error)) {
        db.rollback();
        return false;
    }
    if (m_failWrites) {
        db.rollback();
        setError(error, u"cannot commit: database or disk is full (injected by a test)"_s);
        return false;
    }
    if (!db.commit()) {
        setError(error, u"cannot commit: %1"_s.arg(describe(db.lastError())));
        db.rollback();
        return false;
    }
    return true;
}

bool SandboxStore::setSync(Sync sync, QString *error)
{
    return exec(sync == Sync::Full ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s, error);
}

bool SandboxStore::clear(QString *error)
{
    return transaction(
        [this](QString *e) {
            return exec(u"DELETE FROM instances"_s, e) && exec(u"DELETE FROM snapshots"_s, e) &&
                   exec(u"DELETE FROM network_groups"_s, e) &&
                   exec(u"DELETE FROM meta WHERE key <> 'schema_version'"_s, e);
        },
        error);
}

bool SandboxStore::load(EngineState *state, QList<BadRow> *badRows, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    EngineState out;
    QList<BadRow> bad;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT key, value FROM meta"_s)) {
        setError(error, describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const qint64 value = q.value(1).toLongLong();
        if (key == "credited_milli"_L1)
            out.creditedMilli = value;
        else if (key == "next_seq"_L1)
            out.nextSeq = qMax<qint64>(1, value);
        else if (key == "next_external_port"_L1)
            out.nextExternalPort = int(value);
        else if (key == "sim_now_ms"_L1)
            out.simNowMs = value;
    }
    // Reads one table; `take` keeps a record and returns true when its document is readable and names the
    // ID of its row.
    const auto readTable = [&](const QString &table,
                               const std::function<bool(const QJsonObject &, const QString &)> &take) {
        if (!q.exec(u"SELECT rowid, id, doc FROM %1 ORDER BY seq"_s.arg(table))) {
            setError(error, describe(q.lastError()));
            return false;
        }
        while (q.next()) {
            const QString id = q.value(1).toString();
            if (id.isEmpty() || !take(parse(q.value(2).toByteArray()), id))
                bad.append({table, id.isEmpty() ? u"rowid %1"_s.arg(q.value(0).toLongLong()) : id});
        }
        return true;
    };
    const bool ok = readTable(u"instances"_s,
                              [&](const QJsonObject &doc, const QString &id) {
                                  auto rec = instanceFromJson(doc);
                                  if (!rec || rec->pub.instanceID != id)
                                      return false;
                                  out.instanceOrder.append(id);
                                  out.instances.insert(id, std::move(*rec));
                                  return true;
                              }) &&
                    readTable(u"snapshots"_s,
                              [&](const QJsonObject &doc, const QString &id) {
                                  auto rec = snapshotFromJson(doc);
                                  if (!rec || rec->pub.snapID != id)
                                      return false;
                                  out.snapshotOrder.append(id);
                                  out.snapshots.insert(id, std::move(*rec));
                                  return true;
                              }) &&
                    readTable(u"network_groups"_s, [&](const QJsonObject &doc, const QString &id) {
                        auto rec = groupFromJson(doc);
                        if (!rec || rec->pub.groupID != id)
                            return false;
                        out.groupOrder.append(id);
                        out.groups.insert(id, std::move(*rec));
                        return true;
                    });
    if (!ok)
        return false;
    *state = std::move(out);
    *badRows = std::move(bad);
    return true;
}

bool SandboxStore::writeMeta(const EngineState &state, qint64 simNowMs, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"_s);
    const std::pair<QString, qint64> rows[] = {{u"seeded"_s, 1},
                                               {u"credited_milli"_s, state.creditedMilli},
                                               {u"next_seq"_s, state.nextSeq},
                                               {u"next_external_port"_s, state.nextExternalPort},
                                               {u"sim_now_ms"_s, simNowMs}};
    for (const auto &[key, value] : rows) {
        q.bindValue(0, key);
        q.bindValue(1, QString::number(value));
        if (!q.exec()) {
            setError(error, describe(q.lastError()));
            return false;
        }
    }
    return true;
}

bool SandboxStore::saveClock(qint64 simNowMs, QString *error)
{
    if (m_failWrites) {
        setError(error, u"database or disk is full (injected by a test)"_s);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES('sim_now_ms', ?)"_s);
    q.bindValue(0, QString::number(simNowMs));
    if (!q.exec()) {
        setError(error, describe(q.lastError()));
        return false;
    }
    return true;
}

bool SandboxStore::writeInstance(const InstanceRec &rec, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO instances(id, seq, status, meta_key, doc) VALUES(?, ?, ?, ?, ?)"_s);
    q.bindValue(0, rec.pub.instanceID);
    q.bindValue(1, rec.seq);
    q.bindValue(2, rec.pub.status.raw());
    q.bindValue(3, rec.pub.metaKey.isEmpty() ? QVariant() : QVariant(rec.pub.metaKey));
    q.bindValue(4, compact(instanceToJson(rec)));
    if (!q.exec()) {
        setError(error, u"instance %1: %2"_s.arg(rec.pub.instanceID, describe(q.lastError())));
        return false;
    }
    return true;
}

bool SandboxStore::writeSnapshot(const SnapshotRec &rec, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO snapshots(id, seq, name, status, doc) VALUES(?, ?, ?, ?, ?)"_s);
    q.bindValue(0, rec.pub.snapID);
    q.bindValue(1, rec.seq);
    q.bindValue(2, rec.pub.name);
    q.bindValue(3, rec.pub.status);
    q.bindValue(4, compact(snapshotToJson(rec)));
    if (!q.exec()) {
        setError(error, u"snapshot %1: %2"_s.arg(rec.pub.snapID, describe(q.lastError())));
        return false;
    }
    return true;
}

bool SandboxStore::writeGroup(const GroupRec &rec, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO network_groups(id, seq, name, doc) VALUES(?, ?, ?, ?)"_s);
    q.bindValue(0, rec.pub.groupID);
    q.bindValue(1, rec.seq);
    q.bindValue(2, rec.pub.name);
    q.bindValue(3, compact(groupToJson(rec)));
    if (!q.exec()) {
        setError(error, u"network group %1: %2"_s.arg(rec.pub.groupID, describe(q.lastError())));
        return false;
    }
    return true;
}

bool SandboxStore::remove(const char *table, const QString &id, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(QLatin1StringView(table)));
    q.bindValue(0, id);
    if (!q.exec()) {
        setError(error, describe(q.lastError()));
        return false;
    }
    return true;
}

bool SandboxStore::saveAll(const EngineState &state, qint64 simNowMs, QString *error)
{
    return transaction(
        [&](QString *e) {
            if (!exec(u"DELETE FROM instances"_s, e) || !exec(u"DELETE FROM snapshots"_s, e) ||
                !exec(u"DELETE FROM network_groups"_s, e))
                return false;
            for (const InstanceRec &rec : state.instances) {
                if (!writeInstance(rec, e))
                    return false;
            }
            for (const SnapshotRec &rec : state.snapshots) {
                if (!writeSnapshot(rec, e))
                    return false;
            }
            for (const GroupRec &rec : state.groups) {
                if (!writeGroup(rec, e))
                    return false;
            }
            return writeMeta(state, simNowMs, e);
        },
        error);
}

bool SandboxStore::save(const EngineState &state, const SandboxEngine::Changes &changes, qint64 simNowMs,
                        QString *error)
{
    return transaction(
        [&](QString *e) {
            for (const QString &id : changes.instances) {
                const auto it = state.instances.constFind(id);
                if (it != state.instances.cend() ? !writeInstance(*it, e) : !remove("instances", id, e))
                    return false;
            }
            for (const QString &id : changes.snapshots) {
                const auto it = state.snapshots.constFind(id);
                if (it != state.snapshots.cend() ? !writeSnapshot(*it, e) : !remove("snapshots", id, e))
                    return false;
            }
            for (const QString &id : changes.groups) {
                const auto it = state.groups.constFind(id);
                if (it != state.groups.cend() ? !writeGroup(*it, e) : !remove("network_groups", id, e))
                    return false;
            }
            return writeMeta(state, simNowMs, e);
        },
        error);
}

} // namespace glows::sandbox
