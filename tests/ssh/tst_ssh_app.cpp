// SPDX-License-Identifier: Apache-2.0
// The app's SSH features against the embedded sandbox's real SSH endpoints, through the real widgets: the
// first-connection prompt, a changed host key refused, tunnels that open, carry an HTTP request to the
// simulated JupyterLab and stop (also when the instance leaves Running or the account switches), "Use my SSH
// key" with a key created by ssh-keygen, and the Monitor tab's metrics over SSH when the server has no
// metrics extension. HOME is a temporary folder: the real ~/.ssh is never read or written.
#include "../detail/detailtesthelpers.h"
#include "../ui/mainwindowharness.h"
#include "core/sshconfigfile.h"
#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "ssh/sshkeys.h"
#include "sshdprocess.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/metricchart.h"
#include "ui/detail/monitortab.h"
#include "ui/messagebar.h"
#include "ui/ssh/hostkeydialog.h"
#include "ui/ssh/sshactionsbar.h"
#include "ui/ssh/sshmetricssource.h"
#include "ui/ssh/sshservices.h"
#include "ui/ssh/tunnelsdialog.h"
#include "ui/ssh/tunnelsmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

// A well-formed ed25519 host key that no server has.
SshHostKey foreignKey(const QString &instanceId)
{
    QByteArray blob;
    const QByteArray type = "ssh-ed25519";
    char length[4];
    qToBigEndian<quint32>(quint32(type.size()), length);
    blob.append(length, 4).append(type);
    qToBigEndian<quint32>(32, length);
    blob.append(length, 4).append(QByteArray(32, '\x5a'));
    return SshHostKey{instanceId, blob};
}

QByteArray httpGet(QNetworkAccessManager *nam, const QUrl &url, QNetworkReply::NetworkError *error)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam->get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        reply->abort();
    *error = reply->error();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestSshApp final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void tunnelOpensCarriesHttpAndStops();
    void tunnelsEndWhenTheInstanceLeavesRunningOrTheAccountSwitches();
    void declinedPromptOpensNothing();
    void changedHostKeyIsRefused();
    void useMySshKeyCreatesAndInstallsAKey();
    void monitorSamplesOverSshWithoutTheExtension();
    void monitorExplainsAnUnreachableInstance();
    void monitorShowsNoGpuOnACpuMachine();

private:
    // An instance of a server without extensions whose SSH access points at 127.0.0.1:`port`.
    static Instance loopbackInstance(quint16 port, const QString &user);
    struct Window
    {
        explicit Window(QNetworkAccessManager *nam) : h(nam) {}
        test::Harness h;
        QList<QUrl> opened;
    };
    std::unique_ptr<Window> openWindow();
    ui::AccessTab *accessOf(Window &w, QString *instanceId);
    static ui::HostKeyDialog *waitForPrompt(QWidget *root);

    // A client of a server that has none of the extensions (no metrics): every extension answers 404.
    std::unique_ptr<GlowsClient> noExtensionsClient();

    QTemporaryDir m_home;
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::SandboxServer> m_plain;
};

void TestSshApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    qunsetenv("SSH_AUTH_SOCK"); // the user's agent has no say here
    QCOMPARE(SshKnownHosts::defaultPath(), m_home.filePath(u".ssh/glows/known_hosts"_s));
}

void TestSshApp::init()
{
    // Every test starts without stored host keys or keys of its own.
    QDir(m_home.filePath(u".ssh"_s)).removeRecursively();
}

std::unique_ptr<TestSshApp::Window> TestSshApp::openWindow()
{
    auto w = std::make_unique<Window>(&m_nam);
    if (!w->h.load())
        return nullptr;
    w->h.window->ssh()->setUrlOpener([raw = w.get()](const QUrl &url) { raw->opened.append(url); });
    return w;
}

ui::AccessTab *TestSshApp::accessOf(Window &w, QString *instanceId)
{
    *instanceId = w.h.firstIdIn(StatusGroup::Running);
    w.h.window->selectInstance(*instanceId);
    ui::DetailPane *pane = w.h.window->detailPane();
    pane->tabs()->setCurrentIndex(ui::DetailPane::AccessPage);
    return pane->accessTab();
}

ui::HostKeyDialog *TestSshApp::waitForPrompt(QWidget *root)
{
    if (!QTest::qWaitFor([root] { return root->findChild<ui::HostKeyDialog *>() != nullptr; }, 15000))
        return nullptr;
    return root->findChild<ui::HostKeyDialog *>();
}

void TestSshApp::tunnelOpensCarriesHttpAndStops()
{
    const auto w = openWindow();
    QVERIFY(w);
    ui::SshServices *ssh = w->h.window->ssh();
    QAbstractItemModelTester tester(ssh->tunnelsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString id;
    ui::AccessTab *access = accessOf(*w, &id);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(access->findChild<QToolButton *>(u"openLocally-8888"_s));
    auto *openLocally = access->findChild<QToolButton *>(u"openLocally-8888"_s);
    QTRY_VERIFY(openLocally->isEnabled());
    openLocally->click();

    // First connection: the fingerprint is shown, and stored once trusted.
    ui::HostKeyDialog *prompt = waitForPrompt(access);
    QVERIFY2(prompt, "no host-key prompt on the first connection");
    QCOMPARE(prompt->facts().instanceId, id);
    QVERIFY(prompt->facts().fingerprint.startsWith("SHA256:"_L1));
    QCOMPARE(prompt->findChild<QLabel *>(u"fingerprint"_s)->text(), prompt->facts().fingerprint);
    prompt->trustButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(w->opened.size(), 1, 15000);
    const QUrl local = w->opened.first();
    QCOMPARE(local.host(), u"127.0.0.1"_s);
    QVERIFY(local.port() > 0);
    QFile knownHosts(SshKnownHosts::defaultPath());
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QVERIFY(knownHosts.readAll().startsWith(id.toLatin1() + ' '));
    QVERIFY(access->findChild<ui::MessageBar *>(u"notice"_s)->text().contains(local.toString()));

    // The simulated JupyterLab answers through the local port.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    const QByteArray page = httpGet(&m_nam, local.resolved(QUrl(u"lab"_s)), &error);
    QCOMPARE(error, QNetworkReply::NoError);
    QVERIFY(page.contains("JupyterLab"));

    // The tunnels list (View → Tunnels) shows it with its traffic.
    w->h.window->tunnelsAction()->trigger();
    ui::TunnelsDialog *list = ssh->tunnelsDialog();
    QVERIFY(list);
    QVERIFY(QTest::qWaitForWindowExposed(list));
    ui::TunnelsModel *model = ssh->tunnelsModel();
    QCOMPARE(model->rowCount(), 1);
    const ui::TunnelRow row = model->tunnelAt(0);
    QCOMPARE(row.instanceId, id);
    QCOMPARE(row.remotePort, 8888);
    QCOMPARE(row.localPort, local.port());
    QTRY_VERIFY(model->tunnelAt(0).bytesIn >= page.size());
    QVERIFY(model->tunnelAt(0).bytesOut > 0);
    QCOMPARE(model->index(0, ui::TunnelsModel::StateColumn).data().toString(), u"Open"_s);

    // Opening the same port again reuses the tunnel, without asking again.
    auto *bar = access->sshActions();
    bar->portInput()->setText(u"8888"_s);
    bar->openLocallyButton()->click();
    QTRY_COMPARE(w->opened.size(), 2);
    QCOMPARE(w->opened.last(), local);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!access->findChild<ui::HostKeyDialog *>());

    // Stop: the row goes and the port closes.
    list->selectTunnel(row.id);
    list->stopButton()->click();
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QNetworkReply::NetworkError after = QNetworkReply::NoError;
            httpGet(&m_nam, local, &after);
            return after != QNetworkReply::NoError;
        }(),
        10000);
}

void TestSshApp::tunnelsEndWhenTheInstanceLeavesRunningOrTheAccountSwitches()
{
    const auto w = openWindow();
    QVERIFY(w);
    ui::SshServices *ssh = w->h.window->ssh();
    ui::TunnelsModel *model = ssh->tunnelsModel();
    QString id;
    ui::AccessTab *access = accessOf(*w, &id);
    QTRY_VERIFY(access->sshActions()->isReady());
    access->sshActions()->openLocally(8888);
    ui::HostKeyDialog *prompt = waitForPrompt(access);
    QVERIFY(prompt);
    prompt->trustButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(w->opened.size(), 1, 15000);
    QCOMPARE(model->rowCount(), 1);

    // An account switch ends every tunnel (here: the same server again, still another account event).
    w->h.client->switchAccount(w->h.sandbox.baseUrl(), w->h.sandbox.token());
    QTRY_COMPARE(model->rowCount(), 0);

    // Released: the next list refresh ends the instance's tunnels.
    QVERIFY(w->h.waitForRefresh());
    w->h.window->selectInstance(id);
    QTRY_VERIFY(access->sshActions()->isReady());
    access->sshActions()->openLocally(8888); // trusted now: no prompt
    QTRY_COMPARE_WITH_TIMEOUT(w->opened.size(), 2, 15000);
    QCOMPARE(model->rowCount(), 1);
    const auto released = testing::waitForOneResult<Done>(
        [&](auto done) { w->h.client->releaseInstance(id, w->h.client.get(), done); });
    QVERIFY(released.ok());
    QVERIFY(w->h.waitForRefresh());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10000);
}

void TestSshApp::declinedPromptOpensNothing()
{
    const auto w = openWindow();
    QVERIFY(w);
    QString id;
    ui::AccessTab *access = accessOf(*w, &id);
    QTRY_VERIFY(access->sshActions()->isReady());
    access->sshActions()->openLocally(8888);
    ui::HostKeyDialog *prompt = waitForPrompt(access);
    QVERIFY(prompt);
    prompt->cancelButton()->click();
    auto *notice = access->findChild<ui::MessageBar *>(u"notice"_s);
    QTRY_VERIFY(notice->text().contains("not trusted"_L1));
    QCOMPARE(w->h.window->ssh()->tunnelsModel()->rowCount(), 0);
    QVERIFY(w->opened.isEmpty());
    QVERIFY(!QFile::exists(SshKnownHosts::defaultPath()) || !QFile(SshKnownHosts::defaultPath()).size());
}

void TestSshApp::changedHostKeyIsRefused()
{
    const auto w = openWindow();
    QVERIFY(w);
    QString id;
    ui::AccessTab *access = accessOf(*w, &id);
    QVERIFY(SshKnownHosts().trust(foreignKey(id)).ok());
    QTRY_VERIFY(access->sshActions()->isReady());
    access->sshActions()->openLocally(8888);

    QTRY_VERIFY_WITH_TIMEOUT(access->findChild<QMessageBox *>(u"hostKeyChanged"_s), 15000);
    auto *box = access->findChild<QMessageBox *>(u"hostKeyChanged"_s);
    QCOMPARE(box->buttons().size(), 1); // nothing to accept the key with
    QVERIFY(box->text().contains(id));
    QVERIFY(!access->findChild<ui::HostKeyDialog *>());
    QTRY_VERIFY(access->findChild<ui::MessageBar *>(u"notice"_s)->text().contains("could not be opened"_L1));
    QVERIFY(w->opened.isEmpty());
    ui::TunnelsModel *model = w->h.window->ssh()->tunnelsModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->tunnelAt(0).state, ui::TunnelRow::State::Failed);
    // The stored key is untouched.
    QCOMPARE(SshKnownHosts().check(foreignKey(id)).value(), SshKnownHosts::Match::Known);
    box->buttons().first()->click();
}

void TestSshApp::useMySshKeyCreatesAndInstallsAKey()
{
    if (sshkeys::KeyGenerator::sshKeygenProgram().isEmpty())
        QSKIP("ssh-keygen is not installed");
    const auto w = openWindow();
    QVERIFY(w);
    QString id;
    ui::AccessTab *access = accessOf(*w, &id);
    ui::SshActionsBar *bar = access->sshActions();
    QTRY_VERIFY(bar->useKeyButton()->isEnabled());
    bar->useKeyButton()->click();

    // No key yet: the app asks before it creates one, and says where it goes.
    QTRY_VERIFY(access->findChild<QMessageBox *>(u"createSshKey"_s));
    auto *ask = access->findChild<QMessageBox *>(u"createSshKey"_s);
    const QString keyPath = QDir::toNativeSeparators(m_home.filePath(u".ssh/id_ed25519"_s));
    QVERIFY(ask->informativeText().contains(keyPath));
    ask->findChild<QPushButton *>(u"createKey"_s)->click();

    ui::HostKeyDialog *prompt = waitForPrompt(access);
    QVERIFY2(prompt, "no host-key prompt on the first connection");
    prompt->trustButton()->click();
    auto *notice = access->findChild<ui::MessageBar *>(u"notice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains("is installed"_L1), 20000);
    QCOMPARE(notice->type(), ui::MessageBar::Type::Information);
    QVERIFY(QFile::exists(keyPath + u".pub"_s));
    QVERIFY(bar->useKeyButton()->isEnabled());

    // ssh-config's registry knows the key, so the managed config names it.
    const SshKeyRegistry registry(SshConfigFiles(m_home.path()));
    QCOMPARE(registry.identityFor(normalizeInstanceId(id)), m_home.filePath(u".ssh/id_ed25519"_s));

    // The key logs in without the password.
    const Instance *instance = w->h.model()->instance(id);
    QVERIFY(instance);
    SshAuth keyOnly;
    keyOnly.identityFile = m_home.filePath(u".ssh/id_ed25519"_s);
    keyOnly.useAgent = false;
    SshConnection connection(*sshEndpointFor(*instance), keyOnly);
    std::optional<SshResult<SshHostKey>> opened;
    connection.open(this, [&](const SshResult<SshHostKey> &r) { opened.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 15000);
    QVERIFY2(opened->ok(), qPrintable(opened->ok() ? QString() : opened->error().details()));

    // A second time: the key is found and nothing is asked.
    bar->useKeyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains("is installed"_L1) && bar->useKeyButton()->isEnabled(),
                             20000);
    QVERIFY(!access->findChild<QMessageBox *>(u"createSshKey"_s));
}

void TestSshApp::monitorSamplesOverSshWithoutTheExtension()
{
    // A sandbox with SSH, and a client aimed where no extension answers: the Monitor tab learns that the
    // server has no metrics and turns to the instance itself.
    sandbox::SandboxOptions options;
    options.ssh.enabled = true;
    sandbox::SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    GlowsClient client(&m_nam, QUrl(server.baseUrl()), options.token);
    QUrl bareUrl(server.baseUrl());
    bareUrl.setPath(u"/no-extensions"_s + bareUrl.path());
    GlowsClient bare(&m_nam, bareUrl, options.token);
    const auto running = testing::firstInState(&client, InstanceState::Running);
    QVERIFY(running);
    QVERIFY(sshEndpointFor(*running));

    ui::SshServices ssh(&bare);
    ui::DetailPane pane(ui::AppContext{&bare, nullptr, true, nullptr, &ssh});
    pane.resize(900, 600);
    pane.showInstance(&*running);
    pane.show();
    ui::MonitorTab *monitor = pane.monitorTab();
    monitor->setSshIntervalMs(1000);
    pane.tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    QTRY_VERIFY(monitor->isUnsupported());
    ui::HostKeyDialog *prompt = waitForPrompt(monitor);
    QVERIFY2(prompt, "no host-key prompt on the first connection");
    prompt->trustButton()->click();

    QTRY_VERIFY_WITH_TIMEOUT(monitor->history().size() >= 2, 20000);
    QVERIFY(monitor->isSamplingOverSsh());
    auto *source = monitor->findChild<QLabel *>(u"metricsSource"_s);
    QVERIFY(source->isVisibleTo(monitor));
    QCOMPARE(source->text(), u"From the instance over SSH"_s);
    QVERIFY(!monitor->findChild<ui::MessageBar *>(u"notice"_s)->isVisibleTo(monitor));
    const MetricSample &latest = monitor->history().latest();
    QVERIFY(latest.ramTotalMB > 0);
    QVERIFY(latest.diskTotalGB > 0);
    QVERIFY(latest.gpuMemTotalMB > 0); // the sandbox's instances have GPUs
    QVERIFY(monitor->findChild<QWidget *>(u"chart0"_s)->isVisibleTo(monitor));
    QCOMPARE(monitor->sshSource()->gpuState(), SshMetricsSampler::GpuState::Present);

    // Hidden: no more samples. Shown again: the same connection goes on.
    SshConnection *connection = monitor->sshSource()->connection();
    pane.tabs()->setCurrentIndex(ui::DetailPane::HardwarePage);
    QVERIFY(!monitor->isSamplingOverSsh());
    pane.tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    QVERIFY(monitor->isSamplingOverSsh());
    QCOMPARE(monitor->sshSource()->connection(), connection);
    const qsizetype before = monitor->history().size();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->history().size() > before, 10000);
    QVERIFY(!monitor->findChild<ui::HostKeyDialog *>()); // trusted once is enough

    // Another instance (here one without an SSH address): the connection goes with the old one.
    Instance other = testing::sampleInstance();
    other.accesses.removeIf([](const Access &a) { return a.protocol == "ssh"_L1; });
    pane.showInstance(&other);
    QVERIFY(!monitor->isSamplingOverSsh());
    QVERIFY(!monitor->sshSource());
}

std::unique_ptr<GlowsClient> TestSshApp::noExtensionsClient()
{
    if (!m_plain) {
        sandbox::SandboxOptions options;
        options.manualClock = true;
        m_plain = std::make_unique<sandbox::SandboxServer>(options);
        if (!m_plain->listen())
            return nullptr;
    }
    QUrl bare(m_plain->baseUrl());
    bare.setPath(u"/no-extensions"_s + bare.path());
    return std::make_unique<GlowsClient>(&m_nam, bare, m_plain->options().token);
}

Instance TestSshApp::loopbackInstance(quint16 port, const QString &user)
{
    Instance in = testing::sampleInstance();
    in.instanceID = u"ins-cpu0t3st"_s;
    in.remark = u"cpu-box"_s;
    in.sshCred = SshCred{user, QString()};
    in.accesses = {Access{u"a1"_s, u"ssh"_s, 22, u"ssh://127.0.0.1:%1"_s.arg(port)}};
    return in;
}

void TestSshApp::monitorExplainsAnUnreachableInstance()
{
    const quint16 closed = test::freePort();
    const std::unique_ptr<GlowsClient> client = noExtensionsClient();
    GlowsClient &bare = *client;
    ui::SshServices ssh(&bare);
    ui::DetailPane pane(ui::AppContext{&bare, nullptr, true, nullptr, &ssh});
    const Instance instance = loopbackInstance(closed, u"root"_s);
    pane.showInstance(&instance);
    pane.show();
    ui::MonitorTab *monitor = pane.monitorTab();
    monitor->setSshIntervalMs(1000);
    pane.tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->isUnsupported(), 15000);
    auto *notice = monitor->findChild<ui::MessageBar *>(u"notice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains("cannot be reached over SSH"_L1), 20000);
    QVERIFY(notice->isVisibleTo(monitor));
    QCOMPARE(notice->type(), ui::MessageBar::Type::Warning);
    QVERIFY(monitor->isSamplingOverSsh()); // it keeps trying
    QVERIFY(monitor->history().isEmpty());
    QVERIFY(!monitor->findChild<ui::HostKeyDialog *>());
}

void TestSshApp::monitorShowsNoGpuOnACpuMachine()
{
    // Debian's sshd on loopback stands in for a CPU instance: real /proc and df, no nvidia-smi.
    test::SshdProcess sshd;
    const QString why = sshd.prepare();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    if (!QStandardPaths::findExecutable(u"nvidia-smi"_s).isEmpty())
        QSKIP("this machine has nvidia-smi, so it is no CPU instance");
    QVERIFY(sshd.start());
    const QString user = QString::fromLocal8Bit(qgetenv("USER")).isEmpty()
                             ? u"root"_s
                             : QString::fromLocal8Bit(qgetenv("USER"));
    const Instance instance = loopbackInstance(sshd.port(), user);
    // Logged in with the key "installed through the app" (ssh-config's registry names it).
    QVERIFY(SshKeyRegistry(SshConfigFiles(m_home.path()))
                .recordInstalledKey(instance.instanceID, sshd.path(u"userkey"_s)));

    const std::unique_ptr<GlowsClient> client = noExtensionsClient();
    GlowsClient &bare = *client;
    ui::SshServices ssh(&bare);
    ui::DetailPane pane(ui::AppContext{&bare, nullptr, true, nullptr, &ssh});
    pane.resize(900, 600);
    pane.showInstance(&instance);
    pane.show();
    ui::MonitorTab *monitor = pane.monitorTab();
    monitor->setSshIntervalMs(1000);
    pane.tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    ui::HostKeyDialog *prompt = waitForPrompt(monitor);
    QVERIFY2(prompt, "no host-key prompt on the first connection");
    prompt->trustButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->history().size() >= 2, 20000);
    QCOMPARE(monitor->sshSource()->gpuState(), SshMetricsSampler::GpuState::Absent);
    QVERIFY(monitor->history().latest().ramTotalMB > 0);
    QTRY_COMPARE(monitor->charts().at(0)->currentValueText(), u"no GPU"_s);
    QCOMPARE(monitor->charts().at(1)->currentValueText(), u"no GPU"_s);
    QVERIFY(!monitor->findChild<ui::MessageBar *>(u"notice"_s)->isVisibleTo(monitor));
}

QTEST_MAIN(TestSshApp)
#include "tst_ssh_app.moc"
