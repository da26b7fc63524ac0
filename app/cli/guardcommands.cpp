// SPDX-License-Identifier: Apache-2.0
// glows-cli guard (docs/guard.md): the guard without the app, for an always-on machine. --watch runs the
// stored rules (or a one-off idle rule) until stopped, one line or JSON object per event; history lists
// what the guard decided and did.
#include "api/accountstore.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "core/clock.h"
#include "core/terminalsafe.h"
#include "guard/guardhistory.h"
#include "guard/guardrunner.h"
#include "guard/guardsettings.h"
#include "guard/guardtext.h"
#include "guard/sshgpusamplesource.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace glows::cli {
namespace {

struct GuardCliText
{
    Q_DECLARE_TR_FUNCTIONS(GuardCommands)
};

// The app's history file, so glows-cli and the app keep one history.
QString historyPath()
{
    return GuardHistory::pathFor(QString(AccountStore::kOrganization), QString(AccountStore::kApplication));
}

void printLine(Session &s, const QJsonObject &json, const QString &human)
{
    if (s.human()) {
        s.out() << QDateTime::fromMSecsSinceEpoch(systemClock().wallMs()).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                << "  " << terminalSafe(human) << '\n';
    } else {
        QJsonObject line = json;
        line.insert("time"_L1, QDateTime::fromMSecsSinceEpoch(systemClock().wallMs()).toString(Qt::ISODate));
        s.out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    s.out().flush();
}

QJsonObject decisionJson(const GuardDecision &d)
{
    QJsonObject o{{"event"_L1, guardDecisionKey(d.kind)},
                  {"rule"_L1, guardRuleKey(d.rule)},
                  {"reason"_L1, guardReasonKey(d.reason)},
                  {"serverTime"_L1, double(d.serverTime)},
                  {"message"_L1, GuardText::describe(d)}};
    if (!d.instanceId.isEmpty()) {
        o.insert("instanceID"_L1, d.instanceId);
        o.insert("name"_L1, d.instanceName);
    }
    if (d.deadline > 0)
        o.insert("deadline"_L1, double(d.deadline));
    if (d.value != 0 || d.threshold != 0) {
        o.insert("value"_L1, double(d.value));
        o.insert("threshold"_L1, double(d.threshold));
    }
    return o;
}

int history(Session &s)
{
    GuardHistory history(historyPath());
    QString error;
    if (!QFileInfo::exists(historyPath())) {
        if (s.human())
            s.note(GuardCliText::tr("No guard history yet."));
        else
            s.printJson(QJsonArray());
        return ExitOk;
    }
    if (!history.open(&error))
        return s.failWith(GuardCliText::tr("Cannot open the guard history %1: %2").arg(historyPath(), error));
    const QList<GuardHistoryEntry> entries = history.entries(500, s.options().accountId);
    if (!s.human()) {
        QJsonArray array;
        for (const GuardHistoryEntry &e : entries) {
            array.append(QJsonObject{{"time"_L1, e.localTime.toString(Qt::ISODate)},
                                     {"serverTime"_L1, double(e.serverTime)},
                                     {"account"_L1, e.accountId},
                                     {"event"_L1, e.kind},
                                     {"rule"_L1, e.rule},
                                     {"reason"_L1, e.reason},
                                     {"instanceID"_L1, e.instanceId},
                                     {"name"_L1, e.instanceName},
                                     {"detail"_L1, e.detail},
                                     {"message"_L1, GuardText::describe(e)}});
        }
        s.printJson(array);
        return ExitOk;
    }
    Table table({GuardCliText::tr("TIME"), GuardCliText::tr("EVENT"), GuardCliText::tr("INSTANCE"),
                 GuardCliText::tr("WHAT")});
    for (const GuardHistoryEntry &e : entries)
        table.addRow({e.localTime.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.kind,
                      Format::orDash(e.instanceId), GuardText::describe(e)});
    if (table.rowCount() == 0)
        s.note(GuardCliText::tr("No guard history yet."));
    else
        table.print(s.out());
    return ExitOk;
}

// The rules --watch runs: the stored ones, or only the one-off idle rule of the command line.
std::optional<GuardAccountRules> watchRules(Session &s)
{
    const CommandOptions &o = s.options();
    if (o.idleMinutes <= 0) {
        if (o.idleBelow >= 0 || !o.act.isEmpty()) {
            s.usageError(GuardCliText::tr("--idle-below and --act go with --idle-minutes."));
            return std::nullopt;
        }
        QSettings settings{QString(AccountStore::kOrganization), QString(AccountStore::kApplication)};
        return GuardSettings(&settings).load(o.accountId);
    }
    const QString act = o.act.isEmpty() ? u"notify"_s : o.act;
    if (act != "notify"_L1 && act != "snapshot-release"_L1) {
        s.usageError(GuardCliText::tr("--act takes notify or snapshot-release."));
        return std::nullopt;
    }
    GuardAccountRules rules;
    rules.defaults = GuardInstanceRules();
    rules.defaults.idleEnabled = true;
    rules.defaults.idleMinutes = o.idleMinutes;
    if (o.idleBelow >= 0)
        rules.defaults.idleBelowPercent = o.idleBelow;
    rules.defaults.idleAutoAct = act == "snapshot-release"_L1;
    rules.defaults.readyEnabled = false;
    rules.runwayEnabled = false;
    rules.dailyEnabled = false;
    if (rules.defaults.idleAutoAct) {
        const bool confirmed = s.confirm(
            GuardCliText::tr("snapshot & release of idle instances deletes their disks once the snapshot is "
                             "saved"),
            [&]() -> std::optional<QString> {
                return GuardCliText::tr(
                           "Snapshot and release every instance whose GPU stays below %1 % for "
                           "%2 minutes, after a grace period of %3 minutes, without asking again?")
                    .arg(rules.defaults.idleBelowPercent)
                    .arg(rules.defaults.idleMinutes)
                    .arg(rules.defaults.graceMinutes);
            });
        if (!confirmed)
            return std::nullopt;
    }
    return rules;
}

int watch(Session &s)
{
    const auto rules = watchRules(s);
    if (!rules)
        return s.exitCode();
    GuardHistory history(historyPath());
    QString error;
    if (!history.open(&error))
        s.note(GuardCliText::tr("The guard history cannot be written (%1); watching without it.").arg(error));
    // Without the server's metrics extension, the idle rule reads the instances over SSH (host keys trusted
    // before, through the app or glows-cli; never a prompt here).
    SshGpuSampleSource sshSamples;
    GuardRunner runner(&s.client(), history.isOpen() ? &history : nullptr);
    runner.setFallbackSampleSource(&sshSamples);
    runner.setAccountId(s.options().accountId);
    runner.setRules(*rules);
    runner.setPollIntervalMs(s.options().intervalSeconds * 1000);

    QEventLoop loop;
    int exitCode = ExitOk;
    QObject::connect(&runner, &GuardRunner::decided, &loop,
                     [&s](const GuardDecision &d) { printLine(s, decisionJson(d), GuardText::describe(d)); });
    QObject::connect(
        &runner, &GuardRunner::actionFinished, &loop,
        [&s](const QString &id, bool ok, const QString &message) {
            QJsonObject json{{"event"_L1, ok ? u"action-done"_s : u"action-failed"_s}, {"instanceID"_L1, id}};
            json.insert(ok ? "snapshotID"_L1 : "error"_L1, message);
            printLine(s, json,
                      ok ? GuardCliText::tr("%1: snapshot %2 requested; the server releases the "
                                            "instance once it is saved.")
                               .arg(id, message)
                         : GuardCliText::tr("%1: snapshot & release refused: %2").arg(id, message));
        });
    QObject::connect(&sshSamples, &SshGpuSampleSource::availabilityChanged, &loop,
                     [&s](const QString &id, const QString &reason) {
                         if (reason.isEmpty())
                             return;
                         printLine(s,
                                   QJsonObject{{"event"_L1, u"metrics-unavailable"_s},
                                               {"instanceID"_L1, id},
                                               {"reason"_L1, reason}},
                                   GuardCliText::tr("%1: no GPU metrics over SSH: %2").arg(id, reason));
                     });
    QObject::connect(&runner, &GuardRunner::pollFailed, &loop, [&](const ApiError &e) {
        if (e.needsSignIn()) {
            s.fail(e);
            exitCode = s.exitCode();
            loop.quit();
        } else if (s.human()) {
            s.note(GuardCliText::tr("Cannot reach the server: %1 (the guard waits and tries again).")
                       .arg(e.userMessage()));
        }
    });
    if (s.human()) {
        s.note(
            rules->defaults.idleAutoAct || rules->defaults.spendCapAutoAct || rules->defaults.timeCapAutoAct
                ? GuardCliText::tr("Guard watching %1 (automatic snapshot & release on). Stop with Ctrl+C.")
                      .arg(s.client().baseUrl().toString())
                : GuardCliText::tr("Guard watching %1 (notify only). Stop with Ctrl+C.")
                      .arg(s.client().baseUrl().toString()));
    }
    runner.start();
    loop.exec();
    return exitCode;
}

int guard(Session &s, const QStringList &args)
{
    if (args == QStringList{u"history"_s})
        return history(s);
    if (!args.isEmpty() || !s.options().watch)
        return s.usageError(GuardCliText::tr(
            "Usage: glows-cli guard --watch [--idle-minutes N [--idle-below P] --act notify|snapshot-release "
            "[--yes]] [--interval SECONDS]\n       glows-cli guard history"));
    return watch(s);
}

} // namespace

QList<Command> guardCommands()
{
    return {Command{
        u"guard"_s,
        GuardCliText::tr("guard --watch [--idle-minutes N [--idle-below P] --act notify|snapshot-release "
                         "[--yes]] [--interval SECONDS]\n"
                         "       Watch instances with the stored guard rules, or with one idle rule; "
                         "“guard history” lists what the guard decided and did"),
        guard,
        {u"history"_s}}};
}

} // namespace glows::cli
