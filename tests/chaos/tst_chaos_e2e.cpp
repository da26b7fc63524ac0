// SPDX-License-Identifier: Apache-2.0
// End to end under chaos (issue 12): the app's client and models against a glows-sandbox process started
// with --chaos (HTTP 500s, 429s, 2 s latency spikes, malformed bodies, dropped connections), through a
// scripted run of user actions. Then the sandbox is stopped and started again on the same data without
// chaos, and the truth is compared with what the run saw: every action ended exactly once, in success or an
// error with a user message; no action was applied twice; the model matches the server.
//
// GLOWS_CHAOS_ACTIONS, GLOWS_CHAOS_SEED and GLOWS_CHAOS_SPEC override the run (scripts/chaos uses them). The
// figures are printed as "CHAOS key=value" lines; the UI thread's longest stall is reported, not asserted.
#include "chaosdriver.h"
#include "sandboxprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::test;

namespace {

const QString kDefaultSpec = u"errors=0.2,429=0.1,latency=0.05:2000,malformed=0.05,drop=0.05"_s;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

template<typename T, typename Start>
std::optional<T> untilOk(Start start, int attempts = 30)
{
    for (int i = 0; i < attempts; ++i) {
        std::optional<ApiResult<T>> result;
        start([&result](const ApiResult<T> &r) { result.emplace(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return std::nullopt;
        if (result->ok())
            return result->value();
    }
    return std::nullopt;
}

void figure(const QString &key, const QString &value)
{
    qInfo().noquote() << u"CHAOS %1=%2"_s.arg(key, value);
}

// Times every event the UI thread dispatches from its event loop (not the nested ones), so a stall the lag
// monitor sees can be put down to the handler that caused it, or to none: then the thread was not running,
// i.e. the machine was busy.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 ms = 0;
        QString what;
    };

    void setTiming(bool on) { m_timing = on; }
    const QList<Slow> &slowest() const { return m_slowest; }
    qint64 dispatches() const { return m_dispatches; }
    qint64 longestMs() const { return m_longestMs; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Read before dispatching: the receiver may be deleted by its own event.
        const char *className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const int type = event->type();
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = timer.elapsed();
        --m_depth;
        ++m_dispatches;
        m_longestMs = std::max(m_longestMs, ms);
        if (ms >= 20)
            record(ms, u"%1 %2 %3"_s.arg(QLatin1StringView(className), objectName, eventName(type)));
        return result;
    }

private:
    static QString eventName(int type)
    {
        const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        return key ? QString::fromLatin1(key) : QString::number(type);
    }

    void record(qint64 ms, QString what)
    {
        m_slowest.append(Slow{ms, std::move(what)});
        std::sort(m_slowest.begin(), m_slowest.end(),
                  [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        if (m_slowest.size() > 8)
            m_slowest.removeLast();
    }

    bool m_timing = false;
    int m_depth = 0;
    qint64 m_dispatches = 0;
    qint64 m_longestMs = 0;
    QList<Slow> m_slowest;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

} // namespace

class TestChaosE2E final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scriptedUserActionsUnderChaos();

private:
    void checkOutcomes(const ChaosDriver &driver);
    void checkAgainstServer(const QString &calmUrl, const ChaosDriver &driver, const QList<Instance> &seen);

    QTemporaryDir m_dir;
    QString m_exe = QStringLiteral(GLOWS_SANDBOX_EXE);
    QString m_data;
    QNetworkAccessManager m_nam;
};

void TestChaosE2E::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(u"chaos.sqlite"_s);
}

void TestChaosE2E::scriptedUserActionsUnderChaos()
{
    ChaosDriver::Settings settings;
    settings.actions = envInt("GLOWS_CHAOS_ACTIONS", 220);
    settings.seed = quint32(envInt("GLOWS_CHAOS_SEED", 12));
    const QString spec = qEnvironmentVariableIsSet("GLOWS_CHAOS_SPEC")
                             ? qEnvironmentVariable("GLOWS_CHAOS_SPEC")
                             : kDefaultSpec;
    QElapsedTimer clock;
    clock.start();

    SandboxProcess sandbox(m_exe);
    const QString chaosUrl =
        sandbox.start({u"--chaos"_s, spec, u"--chaos-seed"_s, QString::number(settings.seed), u"--speed"_s,
                       u"60"_s, u"--data"_s, m_data});
    QVERIFY2(!chaosUrl.isEmpty(), qPrintable(sandbox.lastError()));
    GlowsClient client(&m_nam, QUrl(chaosUrl), u"sandbox-token"_s);

    // What creates ask for, read through the chaos like everything else.
    const auto specs =
        untilOk<QList<GpuSpec>>([&](auto h) { client.listSpecs(u"TW-03"_s, this, std::move(h)); });
    QVERIFY(specs);
    QVERIFY(!specs->isEmpty());
    // The spec with the most free units; once they run out, creates end in a Quota error like any refusal.
    const auto inStock =
        std::max_element(specs->begin(), specs->end(), [](const GpuSpec &a, const GpuSpec &b) {
            return a.availableUnits < b.availableUnits;
        });
    settings.spec = *inStock;
    settings.imageId = u"img-87p9kq26"_s;

    ChaosDriver driver(&client, settings);
    // A plain event loop, as in the app: QTest::qWaitFor sleeps between rounds, which the lag monitor would
    // count as stalls.
    QEventLoop loop;
    connect(&driver, &ChaosDriver::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(240000, &loop, &QEventLoop::quit);
    timedApp()->setTiming(true);
    driver.start();
    loop.exec();
    timedApp()->setTiming(false);
    QVERIFY2(driver.isFinished(), "the action script did not finish");
    QVERIFY2(driver.settle(120000), qPrintable(u"the model did not settle: "_s + driver.unsettled()));
    driver.stopPolling();
    QCOMPARE(client.inFlight(), 0);
    const qint64 runMs = clock.elapsed();

    checkOutcomes(driver);
    if (QTest::currentTestFailed())
        return;
    QList<Instance> seen;
    for (int row = 0; row < driver.model().rowCount(); ++row)
        seen.append(*driver.model().instanceAt(row));

    // The truth: the same data without chaos.
    QVERIFY(sandbox.stop());
    const QString calmUrl = sandbox.start({u"--speed"_s, u"60"_s, u"--data"_s, m_data});
    QVERIFY2(!calmUrl.isEmpty(), qPrintable(sandbox.lastError()));
    checkAgainstServer(calmUrl, driver, seen);

    const LagMonitor &lag = driver.lag();
    figure(u"max_lag_ms"_s, QString::number(lag.maxLagMs()));
    figure(u"stalls_over_50ms"_s, QString::number(lag.stallsOverThreshold()));
    figure(u"lag_samples"_s, QString::number(lag.samples()));
    figure(u"dispatches"_s, QString::number(timedApp()->dispatches()));
    const QList<TimedApplication::Slow> &slowest = timedApp()->slowest();
    figure(u"longest_dispatch_ms"_s, QString::number(timedApp()->longestMs()));
    for (const TimedApplication::Slow &slow : slowest)
        figure(u"slow_dispatch"_s, u"%1 ms %2"_s.arg(slow.ms).arg(slow.what));
    figure(u"run_seconds"_s, QString::number(double(runMs) / 1000.0, 'f', 1));
    figure(u"list_fetches"_s, QString::number(driver.listFetches()));
    figure(u"list_failures"_s, QString::number(driver.listFailures()));
    figure(u"list_retries"_s, QString::number(driver.listRetries()));
    QCOMPARE(driver.listHandlerRepeats(), 0);
}

void TestChaosE2E::checkOutcomes(const ChaosDriver &driver)
{
    QMap<QString, int> byKind;
    QMap<QString, int> errorsByKind;
    int ok = 0;
    int retries = 0;
    for (const ChaosDriver::Outcome &o : driver.outcomes()) {
        QVERIFY2(
            o.calls == 1,
            qPrintable(u"%1 %2 ended %3 times"_s.arg(ChaosDriver::kindName(o.kind), o.key).arg(o.calls)));
        ++byKind[ChaosDriver::kindName(o.kind)];
        retries += o.retries;
        if (o.ok) {
            ++ok;
            continue;
        }
        QVERIFY2(!o.error.userMessage().trimmed().isEmpty(), qPrintable(o.error.details()));
        QVERIFY2(o.error.kind() != ApiError::Kind::Cancelled, qPrintable(o.error.details()));
        ++errorsByKind[ApiError::kindName(o.error.kind())];
    }
    const auto join = [](const QMap<QString, int> &m) {
        QStringList parts;
        for (auto it = m.begin(); it != m.end(); ++it)
            parts << u"%1:%2"_s.arg(it.key()).arg(it.value());
        return parts.join(u',');
    };
    figure(u"actions"_s, QString::number(driver.outcomes().size()));
    figure(u"succeeded"_s, QString::number(ok));
    figure(u"failed"_s, QString::number(driver.outcomes().size() - ok));
    figure(u"retries"_s, QString::number(retries));
    figure(u"actions_by_kind"_s, join(byKind));
    figure(u"errors_by_kind"_s, join(errorsByKind));
}

void TestChaosE2E::checkAgainstServer(const QString &calmUrl, const ChaosDriver &driver,
                                      const QList<Instance> &seen)
{
    GlowsClient calm(&m_nam, QUrl(calmUrl), u"sandbox-token"_s);
    const auto instances =
        untilOk<QList<Instance>>([&](auto h) { calm.listInstances(this, std::move(h)); }, 1);
    const auto snapshots =
        untilOk<QList<Snapshot>>([&](auto h) { calm.listSnapshots(this, std::move(h)); }, 1);
    const auto groups =
        untilOk<QList<NetworkGroup>>([&](auto h) { calm.listNetworkGroups(this, std::move(h)); }, 1);
    QVERIFY(instances && snapshots && groups);

    // The final model matches the server: same instances, states, meta keys and port forwards.
    QHash<QString, Instance> truth;
    for (const Instance &in : *instances)
        truth.insert(in.instanceID, in);
    QCOMPARE(seen.size(), truth.size());
    for (const Instance &in : seen) {
        QVERIFY2(truth.contains(in.instanceID), qPrintable(in.instanceID));
        const Instance &t = truth[in.instanceID];
        QCOMPARE(in.status.state(), t.status.state());
        QCOMPARE(in.metaKey, t.metaKey);
        // URLs only for Running instances: a mapping still pending when an instance stopped may come up when
        // the sandbox restarts, which is the restart's doing, not the run's.
        QCOMPARE(in.accesses.size(), t.accesses.size());
        for (qsizetype i = 0; i < in.accesses.size(); ++i) {
            QCOMPARE(in.accesses[i].id, t.accesses[i].id);
            QCOMPARE(in.accesses[i].listenPort, t.accesses[i].listenPort);
            QCOMPARE(in.accesses[i].protocol, t.accesses[i].protocol);
            if (in.status.state() == InstanceState::Running)
                QCOMPARE(in.accesses[i].url, t.accesses[i].url);
        }
    }

    // Nothing was applied twice.
    int duplicates = 0;
    const auto count = [](const auto &list, auto pred) {
        return int(std::count_if(list.begin(), list.end(), pred));
    };
    for (const ChaosDriver::Outcome &o : driver.outcomes()) {
        int found = -1;
        switch (o.kind) {
        case ChaosDriver::Kind::Create:
            found = count(*instances, [&](const Instance &in) { return in.metaKey == o.key; });
            if (o.ok)
                QVERIFY(truth.contains(o.resultId) && truth[o.resultId].metaKey == o.key);
            break;
        case ChaosDriver::Kind::Snapshot:
        case ChaosDriver::Kind::SnapshotAndRelease:
            found = count(*snapshots, [&](const Snapshot &s) { return s.name.startsWith(o.key); });
            if (o.ok)
                QVERIFY(count(*snapshots, [&](const Snapshot &s) { return s.snapID == o.resultId; }) == 1);
            break;
        case ChaosDriver::Kind::CreateGroup:
            found = count(*groups, [&](const NetworkGroup &g) { return g.name == o.key; });
            break;
        default:
            break;
        }
        if (found > 1) {
            ++duplicates;
            qWarning().noquote() << ChaosDriver::kindName(o.kind) << o.key << "applied" << found << "times";
        }
        if (o.ok && found == 0)
            QFAIL(qPrintable(
                u"%1 %2 succeeded but is not on the server"_s.arg(ChaosDriver::kindName(o.kind), o.key)));
    }
    // One forward per port and instance, one group per instance.
    for (const Instance &in : *instances) {
        QSet<int> ports;
        for (const Access &a : in.accesses)
            if (ports.contains(a.listenPort))
                ++duplicates;
            else
                ports.insert(a.listenPort);
    }
    QHash<QString, int> memberships;
    for (const NetworkGroup &g : *groups)
        for (const GroupMember &m : g.members)
            if (++memberships[m.instanceID] > 1)
                ++duplicates;
    figure(u"instances_at_end"_s, QString::number(instances->size()));
    figure(u"snapshots_at_end"_s, QString::number(snapshots->size()));
    figure(u"duplicates"_s, QString::number(duplicates));
    QCOMPARE(duplicates, 0);
}

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestChaosE2E test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_chaos_e2e.moc"
