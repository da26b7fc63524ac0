// SPDX-License-Identifier: Apache-2.0
// The guard's widgets and models without a server: the rows' guard state as a diff, the history model (with
// QAbstractItemModelTester) over a real SQLite history, the Settings → Guard page, Start at login, the
// header's runway and the row's countdown text.
#include "guard/guardhistory.h"
#include "guard/guardtext.h"
#include "ui/guard/guardhistorydialog.h"
#include "ui/guard/guardhistorymodel.h"
#include "ui/guard/guardpage.h"
#include "ui/headerstrip.h"
#include "ui/instancedelegate.h"
#include "ui/instancemodel.h"
#include "ui/settings/autostart.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::ui;

namespace {
Instance make(const QString &id, InstanceState state, int priceCent = 49)
{
    Instance in;
    in.instanceID = id;
    in.status = InstanceStatus(state);
    in.priceCent = priceCent;
    in.costMilliCredit = 1000;
    in.remark = id;
    in.hardware.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    in.hardware.gpuNum = 1;
    in.createTime = 1'700'000'000;
    return in;
}

GuardDecision decision(GuardDecisionKind kind, const QString &id, const QString &name)
{
    GuardDecision d;
    d.kind = kind;
    d.rule = GuardRule::Idle;
    d.reason = GuardReason::IdleGpu;
    d.instanceId = id;
    d.instanceName = name;
    d.serverTime = 1'700'000'000;
    d.deadline = d.serverTime + 600;
    d.value = 1800;
    d.threshold = 5;
    return d;
}
} // namespace

class TestGuardUi final : public QObject
{
    Q_OBJECT
private slots:
    void guardRowsAreADiffOnTheNameCell()
    {
        InstanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot({make(u"ins-a"_s, InstanceState::Running),
                             make(u"ins-b"_s, InstanceState::Running),
                             make(u"ins-c"_s, InstanceState::Released)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QHash<QString, InstanceModel::GuardRow> rows;
        rows.insert(u"ins-a"_s, {InstanceModel::GuardMark::Watched, -1, false});
        rows.insert(u"ins-b"_s, {InstanceModel::GuardMark::Armed, 540, false});
        model.setGuardRows(rows);
        // The two rows, neighbours, in one signal; the Name cell only.
        const auto coveredRows = [&changed] {
            QSet<int> covered;
            for (const auto &args : std::as_const(changed)) {
                const auto topLeft = args.at(0).value<QModelIndex>();
                const auto bottomRight = args.at(1).value<QModelIndex>();
                if (topLeft.column() != InstanceModel::NameColumn ||
                    bottomRight.column() != InstanceModel::NameColumn)
                    return QSet<int>{-1};
                for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
                    covered.insert(r);
            }
            return covered;
        };
        QCOMPARE(changed.size(), 1);
        QCOMPARE(coveredRows(), (QSet<int>{model.rowOf(u"ins-a"_s), model.rowOf(u"ins-b"_s)}));
        // The same state again: nothing.
        changed.clear();
        model.setGuardRows(rows);
        QCOMPARE(changed.size(), 0);
        // One countdown moves: one row.
        rows[u"ins-b"_s].countdownSeconds = 539;
        model.setGuardRows(rows);
        QCOMPARE(changed.size(), 1);
        const QModelIndex b = model.index(model.rowOf(u"ins-b"_s), InstanceModel::NameColumn);
        QCOMPARE(b.data(InstanceModel::GuardCountdownRole).toLongLong(), 539);
        QCOMPARE(b.data(InstanceModel::GuardRole).toInt(), int(InstanceModel::GuardMark::Armed));
        QVERIFY(b.data(Qt::AccessibleTextRole).toString().contains(u"snapshot and release in"_s));
        QCOMPARE(InstanceDelegate::guardText(b), u"Release in 8:59"_s);
        // Cleared: the rows that had a state change back.
        changed.clear();
        model.setGuardRows({});
        QCOMPARE(coveredRows(), (QSet<int>{model.rowOf(u"ins-a"_s), model.rowOf(u"ins-b"_s)}));
        QCOMPARE(b.data(InstanceModel::GuardCountdownRole).toLongLong(), -1);
        QCOMPARE(InstanceDelegate::guardText(b), QString());
        QCOMPARE(reset.size(), 0);
    }

    void waitingRowSaysSo()
    {
        InstanceModel model;
        model.applySnapshot({make(u"ins-a"_s, InstanceState::Running)});
        model.setGuardRows({{u"ins-a"_s, {InstanceModel::GuardMark::Armed, -1, true}}});
        QCOMPARE(InstanceDelegate::guardText(model.index(0, InstanceModel::NameColumn)),
                 u"Waiting: offline"_s);
    }

    void historyModelFollowsTheFile()
    {
        QTemporaryDir dir;
        GuardHistory history(dir.filePath(u"h.sqlite"_s));
        QVERIFY(history.open());
        QVERIFY(history.record(u"acc"_s, decision(GuardDecisionKind::Notify, u"ins-1"_s, u"<b>nb</b>"_s)));
        GuardHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(&history, u"acc"_s);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(history.record(u"acc"_s, decision(GuardDecisionKind::Snoozed, u"ins-1"_s, u"nb"_s)));
        QVERIFY(history.record(u"other"_s, decision(GuardDecisionKind::Arm, u"ins-9"_s, u"x"_s)));
        QCOMPARE(inserted.size(), 1);                     // another account's entry is not shown
        QCOMPARE(inserted.constFirst().at(1).toInt(), 0); // newest first
        QCOMPARE(model.entryAt(0).kind, guardDecisionKey(GuardDecisionKind::Snoozed));
        const QString instance = model.index(1, GuardHistoryModel::InstanceColumn).data().toString();
        QCOMPARE(instance, u"<b>nb</b> (ins-1)"_s);
        QCOMPARE(model.index(1, GuardHistoryModel::RuleColumn).data().toString(),
                 GuardText::ruleName(GuardRule::Idle));
        QVERIFY(!model.index(1, GuardHistoryModel::ReasonColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, GuardHistoryModel::TimeColumn).data().toString().isEmpty());
    }

    void historyDialogHasAnEmptyState()
    {
        QTemporaryDir dir;
        GuardHistory history(dir.filePath(u"h.sqlite"_s));
        QVERIFY(history.open());
        GuardHistoryDialog dialog(&history, u"acc"_s);
        dialog.show();
        QVERIFY(dialog.emptyLabel()->isVisible());
        QVERIFY(dialog.emptyLabel()->text().startsWith(u"Nothing yet."_s));
        QVERIFY(history.record(u"acc"_s, decision(GuardDecisionKind::Arm, u"ins-1"_s, u"nb"_s)));
        QTRY_VERIFY(dialog.view()->isVisible());
        QVERIFY(!dialog.emptyLabel()->isVisible());
    }

    void guardPageRoundTripsTheRules()
    {
        GuardAccountRules rules;
        rules.defaults.idleMinutes = 45;
        rules.defaults.idleBelowPercent = 3;
        rules.defaults.spendCapEnabled = true;
        rules.defaults.spendCap = 12'500;
        rules.defaults.spendCapAutoAct = true;
        rules.defaults.graceMinutes = 15;
        rules.runwayThresholdsSeconds = {12 * 3600, 3600};
        rules.dailyEnabled = true;
        rules.dailyMinuteOfDay = 20 * 60 + 30;
        GuardOverride off;
        off.idleEnabled = false;
        rules.overrides.insert(u"ins-1"_s, off);
        GuardPage page;
        page.load(rules, true);
        QCOMPARE(page.rules(), rules);
        QVERIFY(page.guardEnabled());
        page.findChild<QSpinBox *>(u"idleMinutes"_s)->setValue(20);
        page.findChild<QCheckBox *>(u"idleAuto"_s)->setChecked(true);
        QCOMPARE(page.rules().defaults.idleMinutes, 20);
        QVERIFY(page.rules().defaults.idleAutoAct);
        QCOMPARE(page.rules().overrides, rules.overrides); // the page edits defaults only
        // The grace period matters only with an automatic action.
        QVERIFY(page.findChild<QSpinBox *>(u"graceMinutes"_s)->isEnabled());
        // The warning about the automatic action says what it does.
        QVERIFY(page.findChild<QLabel *>(u"autoWarning"_s)
                    ->text()
                    .contains(u"never releases without a snapshot"_s));
    }

    void guardPageExplainsAMissingIdleRule()
    {
        GuardPage page;
        page.show();
        page.setIdleRuleAvailable(false);
        auto *note = page.findChild<QLabel *>(u"idleUnavailable"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"needs GPU metrics: not available for this account"_s));
        QVERIFY(!page.findChild<QCheckBox *>(u"idleEnabled"_s)->isEnabled());
        page.setIdleRuleAvailable(true);
        QVERIFY(!note->isVisible());
    }

    void startAtLoginWritesAndRemovesTheEntry()
    {
        if (!Autostart::isSupported())
            QSKIP("no XDG autostart on this platform");
        QTemporaryDir dir;
        Autostart autostart(dir.filePath(u"autostart"_s), u"/opt/Glows Desktop/glows-desktop"_s);
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(autostart.isEnabled());
        QFile file(autostart.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(u"[Desktop Entry]\n"_s));
        QVERIFY(text.contains(u"Exec=\"/opt/Glows Desktop/glows-desktop\" --minimized\n"_s));
        GuardPage page;
        page.setAutostart(&autostart);
        QVERIFY(page.findChild<QCheckBox *>(u"startAtLogin"_s)->isChecked());
        page.findChild<QCheckBox *>(u"startAtLogin"_s)->setChecked(false);
        QVERIFY(page.applyAutostart());
        QVERIFY(!QFile::exists(autostart.filePath()));
    }

    void headerShowsTheRunway()
    {
        HeaderStrip header;
        header.show();
        header.setRunway(computeRunway(std::nullopt, 0, 0));
        QVERIFY(!header.runwayLabel()->isVisible());
        header.setRunway(computeRunway(MilliCredits(31'000), MilliCredits(6'000), 2));
        QVERIFY(header.runwayLabel()->isVisible());
        QCOMPARE(header.runwayLabel()->text(), u"Balance lasts about 5 h 10 min"_s);
        header.setRunway(computeRunway(MilliCredits(31'000), MilliCredits(6'000), 2), true);
        QCOMPARE(header.runwayLabel()->text(), u"Balance lasts about 5 h 10 min (estimate)"_s);
        header.setRunway(computeRunway(MilliCredits(31'000), MilliCredits(0), 0));
        QVERIFY(header.runwayLabel()->text().startsWith(u"Nothing running"_s));
    }
};

QTEST_MAIN(TestGuardUi)
#include "tst_guard_ui.moc"
