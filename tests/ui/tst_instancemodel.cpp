// SPDX-License-Identifier: Apache-2.0
// InstanceModel and InstanceFilterProxy: diffs without resets, counts, local cost ticking, raw sorting.
#include "ui/formatting.h"
#include "ui/headerstrip.h"
#include "ui/instancedelegate.h"
#include "ui/instancefilterproxy.h"
#include "ui/instancemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
Instance make(const QString &hash, InstanceState state, int priceCent, qint64 accrued,
              const QString &remark = {})
{
    Instance in;
    in.instanceID = u"ins-"_s + hash;
    in.status = InstanceStatus(state);
    in.priceCent = priceCent;
    in.costMilliCredit = accrued;
    in.remark = remark.isEmpty() ? hash : remark;
    in.hardware.gpuName = u"NVIDIA GeForce RTX 4090"_s;
    in.hardware.gpuNum = 1;
    in.createTime = 1'700'000'000;
    in.statusTime = 1'700'000'000;
    return in;
}

QList<Instance> fleet()
{
    return {make(u"aaaa"_s, InstanceState::Running, 49, 1000),
            make(u"bbbb"_s, InstanceState::Running, 296, 71040),
            make(u"cccc"_s, InstanceState::Suspending, 49, 3920),
            make(u"dddd"_s, InstanceState::Released, 83, 41500),
            make(u"eeee"_s, InstanceState::Running, 120, 900)};
}
} // namespace

class TestInstanceModel final : public QObject
{
    Q_OBJECT
private slots:
    void diffNeverResets();
    void dataChangedOnlyForChangedRows();
    void mostRowsChangedIsOneSignal();
    void reorderedAndDuplicateIdsKeepOneRowEach();
    void countsFollowStateChanges();
    void costTicksOnlyForRunning();
    void sortsOnRawCost();
    void proxyFiltersByTabAndSearch();
    void creditOrCredits_data();
    void creditOrCredits();
    void nameSubLineShowsUnitCountThenStatus();
    void estimatedCostIsMarked();
    void firstPollIsTheBaseline();
};

void TestInstanceModel::diffNeverResets()
{
    ui::InstanceModel model;
    ui::InstanceFilterProxy proxy(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelAboutToBeReset);

    QList<Instance> list = fleet();
    QCOMPARE(model.applySnapshot(list), 5);
    QCOMPARE(model.rowCount(), 5);
    list.removeAt(1);                                            // gone
    list.append(make(u"ffff"_s, InstanceState::Pending, 49, 0)); // new
    list[0].remark = u"renamed"_s;                               // changed
    QCOMPARE(model.applySnapshot(list), 2);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(u"ins-bbbb"_s), -1);
    QVERIFY(model.rowOf(u"ins-ffff"_s) >= 0);
    QCOMPARE(model.instance(u"ins-aaaa"_s)->remark, u"renamed"_s);
    QCOMPARE(model.applySnapshot({}), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(proxyResets.count(), 0);
}

void TestInstanceModel::dataChangedOnlyForChangedRows()
{
    ui::InstanceModel model;
    QList<Instance> list = fleet();
    model.applySnapshot(list);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.applySnapshot(list), 0);
    QCOMPARE(changed.count(), 0);
    list[3].costMilliCredit = 41501;
    QCOMPARE(model.applySnapshot(list), 1);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), model.rowOf(u"ins-dddd"_s));
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TestInstanceModel::mostRowsChangedIsOneSignal()
{
    ui::InstanceModel model;
    QList<Instance> list = fleet();
    model.applySnapshot(list);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i : {0, 2, 4})
        *list[i].costMilliCredit += 1;
    QCOMPARE(model.applySnapshot(list), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 4);
}

void TestInstanceModel::reorderedAndDuplicateIdsKeepOneRowEach()
{
    ui::InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Instance> list = fleet();
    model.applySnapshot(list);
    std::reverse(list.begin(), list.end());
    QCOMPARE(model.applySnapshot(list), 0); // same data in another order: nothing changed
    QCOMPARE(model.rowCount(), 5);
    Instance legacy = list.at(0);
    legacy.instanceID = legacy.instanceID.mid(4); // the same instance under its legacy ID, no "ins-"
    legacy.remark = u"legacy"_s;
    list.append(legacy);
    model.applySnapshot(list);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.instance(list.at(0).instanceID)->remark, list.at(0).remark); // the first one wins
}

void TestInstanceModel::countsFollowStateChanges()
{
    ui::InstanceModel model;
    QSignalSpy counts(&model, &ui::InstanceModel::countsChanged);
    QSignalSpy moved(&model, &ui::InstanceModel::instanceStateChanged);
    QList<Instance> list = fleet();
    model.applySnapshot(list);
    QCOMPARE(model.countInGroup(StatusGroup::Running), 3);
    QCOMPARE(model.countInGroup(StatusGroup::Snapshotting), 1);
    QCOMPARE(model.countInGroup(StatusGroup::Released), 1);
    QCOMPARE(counts.count(), 1);
    list[0].status = InstanceStatus(InstanceState::Suspending);
    model.applySnapshot(list);
    QCOMPARE(model.countInGroup(StatusGroup::Running), 2);
    QCOMPARE(model.countInGroup(StatusGroup::Snapshotting), 2);
    QCOMPARE(counts.count(), 2);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toString(), u"ins-aaaa"_s);
    QCOMPARE(moved.at(0).at(2).value<InstanceState>(), InstanceState::Suspending);
    list[0].costMilliCredit = 1234; // same tabs: no count signal
    model.applySnapshot(list);
    QCOMPARE(counts.count(), 2);
    QCOMPARE(model.billedCount(), 2);
    QCOMPARE(model.burnRateCentPerHour(), 296 + 120);
}

void TestInstanceModel::costTicksOnlyForRunning()
{
    ui::InstanceModel model;
    ManualClock clock;
    model.setClock(clock);
    model.applySnapshot(fleet());
    const auto cost = [&model](const QString &id) {
        return model.index(model.rowOf(id), ui::InstanceModel::CostColumn)
            .data(ui::InstanceModel::SortRole)
            .toLongLong();
    };
    QCOMPARE(cost(u"ins-bbbb"_s), 71040);
    clock.advance(3600 * 1000); // one hour later, without a poll
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.tick();
    QCOMPARE(cost(u"ins-bbbb"_s), 71040 + 2960); // 296 credit-cents/h = 2.960 credits
    QCOMPARE(cost(u"ins-aaaa"_s), 1000 + 490);
    QCOMPARE(cost(u"ins-cccc"_s), 3920);  // Suspending: final, no tick
    QCOMPARE(cost(u"ins-dddd"_s), 41500); // Released: final, no tick
    QSet<int> ticked;
    for (const auto &args : changed) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        QVERIFY(from.column() <= ui::InstanceModel::CostColumn &&
                to.column() >= ui::InstanceModel::CostColumn);
        for (int r = from.row(); r <= to.row(); ++r)
            ticked.insert(r);
    }
    QCOMPARE(ticked,
             (QSet<int>{model.rowOf(u"ins-aaaa"_s), model.rowOf(u"ins-bbbb"_s), model.rowOf(u"ins-eeee"_s)}));
    QCOMPARE(model.index(model.rowOf(u"ins-bbbb"_s), ui::InstanceModel::CostColumn).data().toString(),
             ui::formatCredits(74000));

    // The next poll re-syncs with the server's figure.
    QList<Instance> list = fleet();
    list[1].costMilliCredit = 74100;
    model.applySnapshot(list);
    QCOMPARE(cost(u"ins-bbbb"_s), 74100);
}

void TestInstanceModel::sortsOnRawCost()
{
    ui::InstanceModel model;
    ui::InstanceFilterProxy proxy(&model);
    QList<Instance> list{make(u"aaaa"_s, InstanceState::Running, 49, 9000),
                         make(u"bbbb"_s, InstanceState::Running, 49, 10000),
                         make(u"cccc"_s, InstanceState::Running, 49, 100000)};
    model.applySnapshot(list);
    proxy.sort(ui::InstanceModel::CostColumn, Qt::AscendingOrder);
    // As text "100.000" < "10.000" < "9.000"; as numbers the order is the other way round.
    QCOMPARE(proxy.index(0, 0).data().toString(), u"ins-aaaa"_s);
    QCOMPARE(proxy.index(1, 0).data().toString(), u"ins-bbbb"_s);
    QCOMPARE(proxy.index(2, 0).data().toString(), u"ins-cccc"_s);
}

void TestInstanceModel::proxyFiltersByTabAndSearch()
{
    ui::InstanceModel model;
    ui::InstanceFilterProxy proxy(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(fleet());
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(u"BBB"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"ins-eeee"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText({});
    proxy.setGroup(StatusGroup::Released);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setGroup(StatusGroup::Snapshotting);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestInstanceModel::creditOrCredits_data()
{
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("text");
    // The console's own figures: singular up to one credit, plural above.
    QTest::newRow("0.000") << qint64(0) << u"0.000 Credit"_s;
    QTest::newRow("0.040") << qint64(40) << u"0.040 Credit"_s;
    QTest::newRow("0.670") << qint64(670) << u"0.670 Credit"_s;
    QTest::newRow("1.000") << qint64(1000) << u"1.000 Credit"_s;
    QTest::newRow("1.001") << qint64(1001) << u"1.001 Credits"_s;
    QTest::newRow("1.040") << qint64(1040) << u"1.040 Credits"_s;
    QTest::newRow("84.750") << qint64(84750) << u"84.750 Credits"_s;
}

void TestInstanceModel::creditOrCredits()
{
    QFETCH(qint64, milli);
    QFETCH(QString, text);
    QCOMPARE(ui::formatCredits(milli), text);
}

void TestInstanceModel::nameSubLineShowsUnitCountThenStatus()
{
    ui::InstanceModel model;
    QList<Instance> list = fleet();
    list[1].hardware.gpuNum = 2;
    list[4].hardware.gpuNum = 0; // a CPU machine is one unit
    model.applySnapshot(list);
    const auto name = [&model](const QString &id) {
        return model.index(model.rowOf(id), ui::InstanceModel::NameColumn);
    };
    QCOMPARE(ui::InstanceDelegate::subLineText(name(u"ins-aaaa"_s)), u"#1 · Running"_s);
    QCOMPARE(ui::InstanceDelegate::subLineText(name(u"ins-bbbb"_s)), u"#2 · Running"_s);
    QCOMPARE(ui::InstanceDelegate::subLineText(name(u"ins-eeee"_s)), u"#1 · Running"_s);
    QCOMPARE(ui::InstanceDelegate::subLineText(name(u"ins-dddd"_s)), u"#1 · Released"_s);
}

void TestInstanceModel::estimatedCostIsMarked()
{
    ui::InstanceModel model;
    QList<Instance> list = fleet();
    list[0].costMilliCredit.reset(); // a public-SDK server reports no accrued cost
    model.applySnapshot(list);
    const QModelIndex estimated = model.index(model.rowOf(u"ins-aaaa"_s), ui::InstanceModel::CostColumn);
    const QModelIndex billed = model.index(model.rowOf(u"ins-bbbb"_s), ui::InstanceModel::CostColumn);
    QVERIFY(estimated.data().toString().startsWith(u"≈ "_s));
    QVERIFY(!estimated.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(billed.data().toString(), ui::formatCredits(71040));
    QVERIFY(billed.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.anyCostEstimated());

    // The header's burn rate says so too.
    ui::HeaderStrip header;
    header.setBurnRate(1, 490, model.anyCostEstimated());
    QVERIFY2(header.burnRateLabel()->text().contains(u"≈"_s), qPrintable(header.burnRateLabel()->text()));
    QVERIFY(header.burnRateLabel()->toolTip().contains(u"estimates"_s));
    header.setBurnRate(1, 490, false);
    QVERIFY(!header.burnRateLabel()->text().contains(u"≈"_s));

    list[0].costMilliCredit = 1000;
    model.applySnapshot(list);
    QVERIFY(!model.anyCostEstimated());
}

void TestInstanceModel::firstPollIsTheBaseline()
{
    ui::InstanceModel model;
    QSignalSpy moves(&model, &ui::InstanceModel::instanceStateChanged);
    QList<Instance> list = fleet();
    list.append(make(u"ffff"_s, InstanceState::Releasing, 49, 500)); // released before the user looked
    model.applySnapshot(list);

    // Its release ends, and a Running instance is released after the baseline.
    list[5].status = InstanceStatus(InstanceState::Released);
    list[0].status = InstanceStatus(InstanceState::Releasing);
    model.applySnapshot(list);
    list[0].status = InstanceStatus(InstanceState::Released);
    model.applySnapshot(list);

    QCOMPARE(moves.size(), 2);
    for (const auto &move : moves)
        QCOMPARE(move.at(0).toString(), u"ins-aaaa"_s);
    QCOMPARE(moves.last().at(2).value<InstanceState>(), InstanceState::Released);

    // After an account switch the next list is a new baseline.
    model.applySnapshot({});
    list[1].status = InstanceStatus(InstanceState::Suspending);
    model.applySnapshot(list);
    list[1].status = InstanceStatus(InstanceState::Running);
    model.applySnapshot(list);
    QCOMPARE(moves.size(), 2);
}

QTEST_MAIN(TestInstanceModel)
#include "tst_instancemodel.moc"
