// SPDX-License-Identifier: Apache-2.0
// Issue 19 in the app: the managed SSH config follows the window's list (off until consent, released
// instances leave, an account switch empties it), Settings → SSH, and the SSH panel's Open in Terminal and
// editor buttons through the alias. Every file goes to a temporary HOME given to the shell.
#include "api/secretstore.h"
#include "core/sshconfig.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/appshell.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/editorlauncher.h"
#include "ui/detail/sshpanel.h"
#include "ui/instancemodel.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/sshsettingspage.h"
#include "ui/sshconfigsync.h"
#include "ui/traycontroller.h"

#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The seeded demo data every time, never a data file another test changed (or holds the lock of).
sandbox::SandboxOptions freshSandbox()
{
    sandbox::SandboxOptions options;
    options.dataPath = u":memory:"_s;
    return options;
}

struct Harness
{
    explicit Harness(QNetworkAccessManager *nam)
        : sandbox(freshSandbox()), secrets(u"glows-desktop-test-%1"_s.arg(QCoreApplication::applicationPid()))
    {
        if (!sandbox.start())
            qFatal("sandbox did not start");
        shell = std::make_unique<ui::AppShell>(
            ui::ShellOptions{&settings, nam, &secrets, sandbox.baseUrl(), sandbox.token()});
        // Off by default, so nothing was written to the real home before this.
        shell->sshConfig()->setFiles(SshConfigFiles(home.path()));
        shell->start();
        window()->tray()->setClosePrompt(
            [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
    }
    ~Harness() { shell.reset(); }
    ui::MainWindow *window() const { return shell->window(); }
    ui::SshConfigSync *sync() const { return shell->sshConfig(); }
    bool load()
    {
        window()->show();
        return QTest::qWaitForWindowExposed(window()) &&
               QTest::qWaitFor([this] { return window()->isLoaded(); }, 15000);
    }
    QString managed() const { return readFile(home.path() + u"/.ssh/glows/config"_s); }
    QString userConfig() const { return readFile(home.path() + u"/.ssh/config"_s); }
    // A Running instance the config has a block for.
    const Instance *runningWithSsh() const
    {
        const ui::InstanceModel *model = window()->instanceModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Instance *in = model->instanceAt(row);
            if (in->status.state() == InstanceState::Running && sshconfig::sshTargetOf(*in))
                return in;
        }
        return nullptr;
    }
    void enableWithConsent()
    {
        settings.setValue(u"ssh/includeConsent"_s, true);
        sync()->setEnabled(true);
    }

    QTemporaryDir dir;
    QTemporaryDir home;
    QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    sandbox::EmbeddedSandbox sandbox;
    SecretStore secrets;
    std::unique_ptr<ui::AppShell> shell;
};

} // namespace

class TestSshConfigSync final : public QObject
{
    Q_OBJECT
private slots:
    void offUntilTheUserAgrees();
    void consentFromSettingsWritesFileAndInclude();
    void fileOnlyLeavesSshConfigAlone();
    void releasedInstanceLeavesTheFile();
    void accountSwitchEmptiesTheFile();
    void terminalAndEditorsUseTheAlias();
    void editorOffersTheConfigFirst();
    void noEditorMeansADisabledButtonThatSaysWhy();
    void editorLocationsAndArguments();

private:
    QNetworkAccessManager m_nam;
};

void TestSshConfigSync::offUntilTheUserAgrees()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    QVERIFY(!h.sync()->isEnabled());
    h.window()->refreshNow();
    QTRY_VERIFY(h.window()->isLoaded());
    h.sync()->waitForWrites();
    QVERIFY(!QFile::exists(h.home.path() + u"/.ssh"_s));
    QVERIFY(h.sync()->entries().size() > 0); // it knows the aliases; it just does not write them
}

void TestSshConfigSync::consentFromSettingsWritesFileAndInclude()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    ui::SettingsDialog *dialog = h.shell->openSettings();
    auto *page = dialog->findChild<ui::SshSettingsPage *>();
    QVERIFY(page);
    dialog->pages()->setCurrentWidget(page);
    page->keepUpdated()->click();
    QVERIFY(!page->keepUpdated()->isChecked()); // not before the consent
    QMessageBox *consent = h.sync()->consentDialog();
    QVERIFY(consent);
    QVERIFY(consent->isVisible());
    QVERIFY(consent->informativeText().contains(h.home.path() + u"/.ssh/config.glows-backup"_s));
    consent->findChild<QPushButton *>(u"consentInclude"_s)->click();
    QVERIFY(page->keepUpdated()->isChecked());
    const Instance *in = h.runningWithSsh();
    QVERIFY(in);
    QTRY_VERIFY(h.managed().contains(u" %1\n"_s.arg(in->instanceID)));
    QVERIFY(!h.managed().contains(in->sshCred.password));
    QVERIFY(h.userConfig().startsWith(u"Include "_s + h.home.path() + u"/.ssh/glows/config\n"_s));
    QTRY_VERIFY(h.sync()->isInPlace());
    QVERIFY(h.sync()->aliasFor(*sshconfig::sshTargetOf(*in)).has_value());
    // Turning it off stops the following; the file stays until the user removes it (docs/ssh.md).
    page->keepUpdated()->click();
    QVERIFY(!h.sync()->isEnabled());
    QVERIFY(!h.sync()->aliasFor(*sshconfig::sshTargetOf(*in)));
    dialog->reject();
}

void TestSshConfigSync::fileOnlyLeavesSshConfigAlone()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    QMessageBox *consent = h.sync()->offerToEnable(h.window());
    consent->findChild<QPushButton *>(u"consentFileOnly"_s)->click();
    QVERIFY(h.sync()->isEnabled());
    QTRY_VERIFY(h.managed().contains(u"\nHost glows-"_s));
    h.sync()->waitForWrites();
    QVERIFY(!QFile::exists(h.home.path() + u"/.ssh/config"_s));
    QVERIFY(!h.sync()->isInPlace()); // without the Include, plain `ssh alias` would not find it
}

void TestSshConfigSync::releasedInstanceLeavesTheFile()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    h.enableWithConsent();
    const Instance *in = h.runningWithSsh();
    QVERIFY(in);
    const QString id = in->instanceID;
    QTRY_VERIFY(h.managed().contains(u" %1\n"_s.arg(id)));
    bool released = false;
    h.shell->client()->releaseInstance(id, this,
                                       [&released](const ApiResult<Done> &r) { released = r.ok(); });
    QTRY_VERIFY(released);
    h.window()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!h.managed().contains(id), 15000);
    QVERIFY(h.managed().contains(u"# Managed by Glows Desktop"_s));
}

void TestSshConfigSync::accountSwitchEmptiesTheFile()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    h.enableWithConsent();
    QTRY_VERIFY(h.managed().contains(u"\nHost glows-"_s));
    // Another account whose server never answers: the old account's hosts must go at once all the same.
    h.shell->client()->switchAccount(QUrl(u"http://127.0.0.1:9/sdk/v1"_s), u"other-token"_s);
    QTRY_VERIFY(!h.managed().contains(u"\nHost "_s));
    QVERIFY(h.sync()->entries().isEmpty());
}

void TestSshConfigSync::terminalAndEditorsUseTheAlias()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    h.enableWithConsent();
    const Instance *in = h.runningWithSsh();
    QVERIFY(in);
    const QString id = in->instanceID;
    QTRY_VERIFY(h.sync()->isInPlace());
    h.window()->selectInstance(id);
    ui::SshPanel *panel = h.window()->detailPane()->accessTab()->sshPanel();
    QTRY_VERIFY(!panel->configAlias().isEmpty());
    const QString alias = panel->configAlias();
    QVERIFY(alias.startsWith(u"glows-"_s));

    QStringList started;
    QString program;
    panel->terminalLauncher().setPlatform(Platform::Linux);
    panel->terminalLauncher().setProgramProbe([](const QString &p) { return p == "x-terminal-emulator"_L1; });
    panel->terminalLauncher().setStarter([&](const QString &p, const QStringList &args) {
        program = p;
        started = args;
        return true;
    });
    panel->findChild<QPushButton *>(u"openTerminal"_s)->click();
    QCOMPARE(program, u"x-terminal-emulator"_s);
    QCOMPARE(started, (QStringList{u"-e"_s, u"ssh"_s, alias}));

    panel->editorLauncher().setPlatform(Platform::Linux);
    panel->editorLauncher().setLocator(
        [](const QString &c) { return c == "code"_L1 || c == "codium"_L1 ? u"/usr/bin/"_s + c : QString(); });
    panel->editorLauncher().setStarter([&](const QString &p, const QStringList &args) {
        program = p;
        started = args;
        return true;
    });
    panel->refreshEditors();
    QCOMPARE(panel->editorButtons().size(), 2);
    QCOMPARE(panel->editorButtons().at(0)->text(), u"Open in VS Code"_s);
    QCOMPARE(panel->editorButtons().at(1)->text(), u"Open in VSCodium"_s);
    QVERIFY(panel->editorButtons().at(0)->isEnabled());
    panel->editorButtons().at(1)->click();
    QCOMPARE(program, u"/usr/bin/codium"_s);
    QCOMPARE(started, (QStringList{u"--remote"_s, u"ssh-remote+"_s + alias, u"/root"_s}));
}

void TestSshConfigSync::editorOffersTheConfigFirst()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    const Instance *in = h.runningWithSsh();
    QVERIFY(in);
    h.window()->selectInstance(in->instanceID);
    ui::SshPanel *panel = h.window()->detailPane()->accessTab()->sshPanel();
    QStringList started;
    panel->editorLauncher().setLocator(
        [](const QString &c) { return c == "code"_L1 ? u"/usr/bin/code"_s : QString(); });
    panel->editorLauncher().setStarter([&](const QString &, const QStringList &args) {
        started = args;
        return true;
    });
    panel->refreshEditors();
    QCOMPARE(panel->editorButtons().size(), 1);
    panel->editorButtons().first()->click();
    QVERIFY(started.isEmpty()); // nothing opens before the config is there
    QMessageBox *consent = h.sync()->consentDialog();
    QVERIFY(consent);
    consent->findChild<QPushButton *>(u"consentInclude"_s)->click();
    // Once the config is written and included, the editor the user asked for opens.
    QTRY_COMPARE(started.value(0), u"--remote"_s);
    QVERIFY(started.value(1).startsWith(u"ssh-remote+glows-"_s));
}

void TestSshConfigSync::noEditorMeansADisabledButtonThatSaysWhy()
{
    Harness h(&m_nam);
    QVERIFY(h.load());
    const Instance *in = h.runningWithSsh();
    QVERIFY(in);
    h.window()->selectInstance(in->instanceID);
    ui::SshPanel *panel = h.window()->detailPane()->accessTab()->sshPanel();
    panel->editorLauncher().setLocator([](const QString &) { return QString(); });
    panel->editorLauncher().setFileProbe([](const QString &) { return false; });
    panel->refreshEditors();
    QCOMPARE(panel->editorButtons().size(), 1);
    QVERIFY(!panel->editorButtons().first()->isEnabled());
    QVERIFY(panel->editorButtons().first()->toolTip().contains(u"codium"_s));
}

void TestSshConfigSync::editorLocationsAndArguments()
{
    ui::EditorLauncher launcher;
    QString program;
    QStringList args;
    launcher.setStarter([&](const QString &p, const QStringList &a) {
        program = p;
        args = a;
        return true;
    });
    launcher.setLocator([](const QString &) { return QString(); });
    // macOS: apps dragged to /Applications are found inside their bundle.
    launcher.setPlatform(Platform::MacOS);
    launcher.setFileProbe(
        [](const QString &path) { return path.startsWith(u"/Applications/Cursor.app/"_s); });
    QCOMPARE(launcher.editors().size(), 1);
    QCOMPARE(launcher.editors().first().program,
             u"/Applications/Cursor.app/Contents/Resources/app/bin/cursor"_s);
    QVERIFY(launcher.open(launcher.editors().first(), u"glows-train"_s,
                          ui::EditorLauncher::homeFolder(u"ubuntu"_s)));
    QCOMPARE(args, (QStringList{u"--remote"_s, u"ssh-remote+glows-train"_s, u"/home/ubuntu"_s}));
    // Windows: the CLI is a .cmd script, run by cmd.exe.
    launcher.setPlatform(Platform::Windows);
    launcher.setLocator(
        [](const QString &c) { return c == "code"_L1 ? u"C:/VS Code/bin/code.cmd"_s : QString(); });
    QCOMPARE(launcher.editors().size(), 1);
    QVERIFY(launcher.open(launcher.editors().first(), u"glows-train"_s, u"/root"_s));
    QCOMPARE(program, u"cmd"_s);
    QCOMPARE(args, (QStringList{u"/c"_s, u"C:/VS Code/bin/code.cmd"_s, u"--remote"_s,
                                u"ssh-remote+glows-train"_s, u"/root"_s}));
    // Nothing but a managed alias and a plain home folder is passed on.
    program.clear();
    QVERIFY(!launcher.open(launcher.editors().first(), u"glows-x & calc"_s, u"/root"_s));
    QVERIFY(!launcher.open(launcher.editors().first(), u"ins-123"_s, u"/root"_s));
    QVERIFY(!launcher.open(launcher.editors().first(), u"glows-x"_s, u"/home/a b"_s));
    QVERIFY(program.isEmpty());
}

QTEST_MAIN(TestSshConfigSync)
#include "tst_sshconfigsync.moc"
