// SPDX-License-Identifier: Apache-2.0
// The guard's idle rule on an account without the metrics extension: GuardRunner falls back to metrics over
// SSH (SshGpuSampleSource) against the in-process sandbox's real SSH endpoints, at a high --speed. Only the
// instance whose host key is already trusted is sampled; the others are reported unavailable and nothing
// ever asks. HOME is a temporary folder: the real ~/.ssh is never read or written.
#include "guard/gpusamplesource.h"
#include "guard/guardrunner.h"
#include "guard/sshgpusamplesource.h"
#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "support/sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

const QString kIdle = u"ins-e6n2t4kb"_s;

GuardAccountRules idleRules(bool autoAct)
{
    GuardAccountRules rules;
    rules.defaults.idleMinutes = 10;
    rules.defaults.idleAutoAct = autoAct;
    rules.defaults.graceMinutes = 24 * 60; // armed, never acting within the test
    rules.defaults.readyEnabled = false;
    return rules;
}

QList<GuardDecision> decisionsOf(const QSignalSpy &spy)
{
    QList<GuardDecision> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<GuardDecision>());
    return out;
}

} // namespace

class TestGuardSsh final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void idleRuleRunsOnMetricsOverSsh();
    void untrustedInstanceIsUnavailableWithoutAPrompt();
    void serverMetricsStayFirst();

private:
    QList<Instance> runningInstances();
    bool trust(const Instance &instance);
    QString knownHostsPath() const { return m_home.filePath(u".ssh/glows/known_hosts"_s); }

    QTemporaryDir m_home;
    testing::SandboxFixture m_sandbox; // without the metrics extension
};

void TestGuardSsh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    qunsetenv("SSH_AUTH_SOCK");
    QCOMPARE(SshKnownHosts::defaultPath(), knownHostsPath());
}

void TestGuardSsh::init()
{
    QDir(m_home.filePath(u".ssh"_s)).removeRecursively();
    sandbox::SandboxOptions options;
    options.speed = 300; // a sample a second is five simulated minutes
    options.ssh.enabled = true;
    options.dataPath = u":memory:"_s;
    options.metricsExtension = false;
    QVERIFY(m_sandbox.start(options, testing::SandboxFixture::Time::RealTime));
}

void TestGuardSsh::cleanup()
{
    m_sandbox.stop();
}

QList<Instance> TestGuardSsh::runningInstances()
{
    const auto listed = testing::waitForOneResult<QList<Instance>>(
        [this](auto done) { m_sandbox.client->listInstances(this, done); });
    QList<Instance> running;
    for (const Instance &instance : listed.ok() ? listed.value() : QList<Instance>{}) {
        if (instance.status.state() == InstanceState::Running && sshEndpointFor(instance))
            running.append(instance);
    }
    return running;
}

// What the user does once in the Access or Monitor tab: connect, accept the fingerprint, connect again.
bool TestGuardSsh::trust(const Instance &instance)
{
    SshOptions options;
    options.knownHostsPath = knownHostsPath();
    SshConnection connection(*sshEndpointFor(instance), sshAuthFor(instance), options);
    const auto open = [&] {
        return testing::waitForOne<SshResult<SshHostKey>>([&](auto done) { connection.open(this, done); });
    };
    const auto first = open();
    if (!first || first->ok() || first->error().kind() != SshError::Kind::HostKeyUnknown)
        return false;
    connection.trustHostKey(first->error().hostKey());
    const auto second = open();
    return second && second->ok();
}

void TestGuardSsh::idleRuleRunsOnMetricsOverSsh()
{
    const QList<Instance> running = runningInstances();
    QVERIFY(running.size() >= 2);
    auto idle =
        std::find_if(running.begin(), running.end(), [](const Instance &i) { return i.instanceID == kIdle; });
    QVERIFY(idle != running.end());
    QVERIFY(trust(*idle));

    SshOptions options;
    options.knownHostsPath = knownHostsPath();
    SshGpuSampleSource ssh(options);
    ssh.setIntervalMs(1000);
    GuardRunner runner(m_sandbox.client.get(), nullptr);
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(true));
    runner.setFallbackSampleSource(&ssh);
    runner.setPollIntervalMs(500);
    QSignalSpy decided(&runner, &GuardRunner::decided);
    runner.start();

    QTRY_VERIFY_WITH_TIMEOUT(runner.pendingFor(kIdle).has_value(), 60000);
    QVERIFY(runner.idleRuleAvailable());
    QCOMPARE(runner.sampleOrigin(), GpuSampleSource::Origin::Ssh);
    QVERIFY(!m_sandbox.client->isAvailable(Feature::Metrics));
    // With the automatic action on, the notification is the Arm decision with its countdown.
    bool armed = false;
    for (const GuardDecision &d : decisionsOf(decided)) {
        QCOMPARE(d.instanceId, kIdle); // no busy instance is touched
        QCOMPARE(d.rule, GuardRule::Idle);
        armed = armed || d.kind == GuardDecisionKind::Arm;
        QVERIFY(d.kind != GuardDecisionKind::Act);
    }
    QVERIFY(armed);
    QVERIFY(ssh.isSampling(kIdle));
    QVERIFY(ssh.unavailableReason(kIdle).isEmpty());

    // The account switch drops every connection.
    runner.setAccountId(u"other"_s);
    QVERIFY(!ssh.isSampling(kIdle));
}

void TestGuardSsh::untrustedInstanceIsUnavailableWithoutAPrompt()
{
    const QList<Instance> running = runningInstances();
    QVERIFY(running.size() >= 2);
    auto idle =
        std::find_if(running.begin(), running.end(), [](const Instance &i) { return i.instanceID == kIdle; });
    QVERIFY(idle != running.end());
    QVERIFY(trust(*idle));
    QFile file(knownHostsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    SshOptions options;
    options.knownHostsPath = knownHostsPath();
    SshGpuSampleSource ssh(options);
    ssh.setIntervalMs(1000);
    QSignalSpy availability(&ssh, &SshGpuSampleSource::availabilityChanged);
    ssh.instancesListed(running);
    for (const Instance &instance : running) {
        if (instance.instanceID == kIdle) {
            QVERIFY(ssh.isSampling(kIdle));
            continue;
        }
        QVERIFY(!ssh.isSampling(instance.instanceID));
        QCOMPARE(ssh.unavailableReason(instance.instanceID),
                 u"trust the instance's host key first: open its Monitor tab"_s);
        std::optional<GpuSampleSource::Result> result;
        ssh.fetch(instance.instanceID, 0, this, [&result](const GpuSampleSource::Result &r) { result = r; });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok);
        QVERIFY(!result->unavailable); // the instance, not the account: the idle rule stays on
        QCOMPARE(result->error, ssh.unavailableReason(instance.instanceID));
    }
    QCOMPARE(availability.count(), running.size() - 1);
    // Samples arrive for the trusted one, on the instance's (fast) clock; nothing was stored for the others.
    std::optional<GpuSampleSource::Result> samples;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            ssh.fetch(kIdle, 0, this, [&samples](const GpuSampleSource::Result &r) { samples = r; });
            return samples->ok && samples->samples.size() >= 2;
        }(),
        30000);
    QVERIFY(samples->samples.last().t - samples->samples.first().t >= 60); // not this machine's seconds
    QVERIFY(samples->samples.first().gpuUtil < 5);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);

    // An instance no longer Running loses its connection.
    ssh.instancesListed({});
    QVERIFY(!ssh.isSampling(kIdle));
    QVERIFY(ssh.unavailableReason(running.last().instanceID).isEmpty());
}

// With the extension, the server's samples are used and no SSH connection is made.
void TestGuardSsh::serverMetricsStayFirst()
{
    sandbox::SandboxOptions withMetrics = m_sandbox.server->options();
    withMetrics.port = 0;
    withMetrics.metricsExtension = true;
    testing::SandboxFixture full;
    QVERIFY(full.start(withMetrics, testing::SandboxFixture::Time::RealTime));
    SshOptions options;
    options.knownHostsPath = knownHostsPath();
    SshGpuSampleSource ssh(options);
    GuardRunner runner(full.client.get(), nullptr);
    runner.setAccountId(u"sandbox"_s);
    runner.setRules(idleRules(false));
    runner.setFallbackSampleSource(&ssh);
    QSignalSpy evaluated(&runner, &GuardRunner::evaluated);
    runner.pollNow();
    QVERIFY(evaluated.wait(10000));
    QCOMPARE(runner.sampleOrigin(), GpuSampleSource::Origin::Server);
    QVERIFY(!ssh.isSampling(kIdle));
    QVERIFY(ssh.unavailableReason(kIdle).isEmpty());
}

QTEST_GUILESS_MAIN(TestGuardSsh)
#include "tst_guard_ssh.moc"
