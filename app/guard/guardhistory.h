// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "core/guard/guardengine.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace glows {

// One line of the guard's history: a decision, or the outcome of an action, with its reason.
struct GuardHistoryEntry
{
    qint64 id = 0;
    QDateTime localTime; // when it was recorded (UTC)
    qint64 serverTime = 0;
    QString accountId;
    QString instanceId;
    QString instanceName; // server text: display as plain text, terminalSafe() on a terminal
    QString kind;         // guardDecisionKey(), or "action-done" / "action-failed"
    QString rule;         // guardRuleKey()
    QString reason;       // guardReasonKey()
    qint64 value = 0;
    qint64 threshold = 0;
    qint64 deadline = 0;
    QString detail; // e.g. the server's error message of a failed action
};

// The guard's local history in SQLite (file path passed in, e.g. defaultPath()). Each object has its own
// connection, so the app, a history view and glows-cli may each open the file at the same time.
class GuardHistory final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kActionDone = "action-done";
    static constexpr const char *kActionFailed = "action-failed";

    explicit GuardHistory(QString path, QObject *parent = nullptr, const Clock &clock = systemClock());
    ~GuardHistory() override;

    // <AppDataLocation>/guard-history.sqlite of the running application.
    static QString defaultPath();
    // The same file of another application (glows-cli finds the app's history with the app's names).
    static QString pathFor(const QString &organization, const QString &application);

    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    bool record(const QString &accountId, const GuardDecision &decision, const QString &detail = QString());
    bool recordAction(const QString &accountId, const QString &instanceId, const QString &instanceName,
                      GuardRule rule, bool ok, qint64 serverTime, const QString &detail = QString());
    // Newest first; an empty accountId means every account.
    QList<GuardHistoryEntry> entries(int limit = 1000, const QString &accountId = QString()) const;
    // Drops entries older than `days` days.
    bool prune(int days);

signals:
    void appended(const glows::GuardHistoryEntry &entry);

private:
    bool insert(GuardHistoryEntry &entry);

    const Clock &m_clock;
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace glows
