// SPDX-License-Identifier: Apache-2.0
// InstanceModel and InstanceFilterProxy: diffs without resets, counts, local cost ticking, raw sorting.
#include "ui/formatting.h"
#include "ui/instancefilterproxy.h"
#include "ui/instancemodel.h"

#include <QAbstractItemModelTester>
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
    qint64 nowMs = 0;
    model.setClockForTesting([&nowMs] { return nowMs; });
    model.applySnapshot(fleet());
    const auto cost = [&model](const QString &id) {
        return model.index(model.rowOf(id), ui::InstanceModel::CostColumn)
            .data(ui::InstanceModel::SortRole)
            .toLongLong();
    };
    QCOMPARE(cost(u"ins-bbbb"_s), 71040);
    nowMs += 3600 * 1000; // one hour later, without a poll
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

QTEST_MAIN(TestInstanceModel)
#include "tst_instancemodel.moc"
