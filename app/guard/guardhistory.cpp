// SPDX-License-Identifier: Apache-2.0
#include "guard/guardhistory.h"

#include "core/logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace glows {

namespace {

QAtomicInteger<quint64> g_connectionSerial;

} // namespace

GuardHistory::GuardHistory(QString path, QObject *parent, const Clock &clock)
    : QObject(parent), m_clock(clock), m_path(std::move(path)),
      m_connection(u"glows-guard-history-%1"_s.arg(g_connectionSerial.fetchAndAddRelaxed(1)))
{}

GuardHistory::~GuardHistory()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString GuardHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/guard-history.sqlite"_s;
}

QString GuardHistory::pathFor(const QString &organization, const QString &application)
{
    // AppDataLocation follows the application's names on every platform (Roaming on Windows, Application
    // Support on macOS); borrowing them for one lookup keeps the app's and glows-cli's file the same.
    const QString ownOrganization = QCoreApplication::organizationName();
    const QString ownApplication = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    const QString path = defaultPath();
    QCoreApplication::setOrganizationName(ownOrganization);
    QCoreApplication::setApplicationName(ownApplication);
    return path;
}

bool GuardHistory::open(QString *error)
{
    if (m_open)
        return true;
    if (m_path != u":memory:"_s)
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        qCWarning(lcGuard) << "guard history" << m_path << what;
        return false;
    };
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    if (m_path != u":memory:"_s)
        query.exec(u"PRAGMA journal_mode=WAL"_s);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS guard_history ("
                    "id INTEGER PRIMARY KEY AUTOINCREMENT, local_ms INTEGER NOT NULL, server_time INTEGER, "
                    "account TEXT, instance_id TEXT, instance_name TEXT, kind TEXT NOT NULL, rule TEXT, "
                    "reason TEXT, value INTEGER, threshold INTEGER, deadline INTEGER, detail TEXT)"_s))
        return fail(query.lastError().text());
    query.exec(u"CREATE INDEX IF NOT EXISTS guard_history_account ON guard_history(account, id)"_s);
    m_open = true;
    return true;
}

bool GuardHistory::insert(GuardHistoryEntry &entry)
{
    if (!m_open && !open())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        u"INSERT INTO guard_history (local_ms, server_time, account, instance_id, instance_name, kind, "
        "rule, reason, value, threshold, deadline, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    query.addBindValue(entry.localTime.toMSecsSinceEpoch());
    query.addBindValue(entry.serverTime);
    query.addBindValue(entry.accountId);
    query.addBindValue(entry.instanceId);
    query.addBindValue(entry.instanceName);
    query.addBindValue(entry.kind);
    query.addBindValue(entry.rule);
    query.addBindValue(entry.reason);
    query.addBindValue(entry.value);
    query.addBindValue(entry.threshold);
    query.addBindValue(entry.deadline);
    query.addBindValue(entry.detail);
    if (!query.exec()) {
        qCWarning(lcGuard) << "guard history: cannot record" << query.lastError().text();
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    emit appended(entry);
    return true;
}

bool GuardHistory::record(const QString &accountId, const GuardDecision &decision, const QString &detail)
{
    GuardHistoryEntry entry;
    entry.localTime = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), Qt::UTC);
    entry.serverTime = decision.serverTime;
    entry.accountId = accountId;
    entry.instanceId = decision.instanceId;
    entry.instanceName = decision.instanceName;
    entry.kind = guardDecisionKey(decision.kind);
    entry.rule = guardRuleKey(decision.rule);
    entry.reason = guardReasonKey(decision.reason);
    entry.value = decision.value;
    entry.threshold = decision.threshold;
    entry.deadline = decision.deadline;
    entry.detail = detail;
    return insert(entry);
}

bool GuardHistory::recordAction(const QString &accountId, const QString &instanceId,
                                const QString &instanceName, GuardRule rule, bool ok, qint64 serverTime,
                                const QString &detail)
{
    GuardHistoryEntry entry;
    entry.localTime = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), Qt::UTC);
    entry.serverTime = serverTime;
    entry.accountId = accountId;
    entry.instanceId = instanceId;
    entry.instanceName = instanceName;
    entry.kind = QString::fromLatin1(ok ? kActionDone : kActionFailed);
    entry.rule = guardRuleKey(rule);
    entry.reason = ok ? u"snapshot-release"_s : u"action-refused"_s;
    entry.detail = detail;
    return insert(entry);
}

QList<GuardHistoryEntry> GuardHistory::entries(int limit, const QString &accountId) const
{
    QList<GuardHistoryEntry> result;
    if (!m_open && !const_cast<GuardHistory *>(this)->open())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const QString columns =
        u"SELECT id, local_ms, server_time, account, instance_id, instance_name, kind, rule, "
        "reason, value, threshold, deadline, detail FROM guard_history "_s;
    if (accountId.isEmpty()) {
        query.prepare(columns + u"ORDER BY id DESC LIMIT ?"_s);
    } else {
        query.prepare(columns + u"WHERE account = ? ORDER BY id DESC LIMIT ?"_s);
        query.addBindValue(accountId);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcGuard) << "guard history: cannot read" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        GuardHistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.localTime = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        e.serverTime = query.value(2).toLongLong();
        e.accountId = query.value(3).toString();
        e.instanceId = query.value(4).toString();
        e.instanceName = query.value(5).toString();
        e.kind = query.value(6).toString();
        e.rule = query.value(7).toString();
        e.reason = query.value(8).toString();
        e.value = query.value(9).toLongLong();
        e.threshold = query.value(10).toLongLong();
        e.deadline = query.value(11).toLongLong();
        e.detail = query.value(12).toString();
        result.append(e);
    }
    return result;
}

bool GuardHistory::prune(int days)
{
    if (!m_open && !open())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM guard_history WHERE local_ms < ?"_s);
    query.addBindValue(m_clock.wallMs() - qint64(days) * 24 * 3600 * 1000);
    return query.exec();
}

} // namespace glows
