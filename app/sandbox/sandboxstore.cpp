// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sandboxstore.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
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

} // namespace

SandboxStore::SandboxStore(QString path)
    : m_path(std::move(path)), m_connection(u"glows-sandbox-"_s + QUuid::createUuid().toString(QUuid::Id128))
{}

SandboxStore::~SandboxStore()
{
    close();
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
        setError(error, u"%1: %2"_s.arg(sql.left(60), describe(q.lastError())));
        return false;
    }
    return true;
}

bool SandboxStore::open(QString *error)
{
    if (m_open)
        return true;
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
    // The exclusive lock is taken by the first write below and kept until close().
    const bool ok =
        exec(u"PRAGMA locking_mode=EXCLUSIVE"_s, error) && exec(u"PRAGMA journal_mode=WAL"_s, error) &&
        exec(u"PRAGMA synchronous=NORMAL"_s, error) &&
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
        if (error && error->contains("locked"_L1, Qt::CaseInsensitive))
            *error = u"%1 is in use by another running sandbox"_s.arg(m_path);
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
    return true;
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

bool SandboxStore::load(EngineState *state, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    EngineState out;
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
    int skipped = 0;
    if (!q.exec(u"SELECT doc FROM instances ORDER BY seq"_s)) {
        setError(error, describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        auto rec = instanceFromJson(parse(q.value(0).toByteArray()));
        if (!rec || rec->pub.instanceID.isEmpty()) {
            ++skipped;
            continue;
        }
        out.instanceOrder.append(rec->pub.instanceID);
        out.instances.insert(rec->pub.instanceID, std::move(*rec));
    }
    if (!q.exec(u"SELECT doc FROM snapshots ORDER BY seq"_s)) {
        setError(error, describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        auto rec = snapshotFromJson(parse(q.value(0).toByteArray()));
        if (!rec) {
            ++skipped;
            continue;
        }
        out.snapshotOrder.append(rec->pub.snapID);
        out.snapshots.insert(rec->pub.snapID, std::move(*rec));
    }
    if (!q.exec(u"SELECT doc FROM network_groups ORDER BY seq"_s)) {
        setError(error, describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        auto rec = groupFromJson(parse(q.value(0).toByteArray()));
        if (!rec) {
            ++skipped;
            continue;
        }
        out.groupOrder.append(rec->pub.groupID);
        out.groups.insert(rec->pub.groupID, std::move(*rec));
    }
    if (skipped > 0)
        qCWarning(lcSandbox) << "skipped" << skipped << "unreadable rows in" << m_path;
    *state = std::move(out);
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
