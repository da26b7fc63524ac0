// SPDX-License-Identifier: Apache-2.0
// Issue 8's leak test: the app's own account flow (add a Glows account with a known token, use it, sign in
// again after a bad-token reply) against a sandbox that accepts that token, then the settings file, the
// app's data, cache and config folders (QStandardPaths test mode) and every captured log line are scanned:
// the token is nowhere. Inside tests/keychain/with-keyring.sh the token goes to a real Secret Service.
#include "api/apirequest.h"
#include "api/secretstore.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountspage.h"
#include "ui/appshell.h"
#include "ui/instancemodel.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/traycontroller.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
// Long and unusual, so a match can only be the token.
const QString kToken = u"eyJhbGciOiJIUzI1NiJ9.glows-leak-test-7f3c9e21d4b8a6.sig-5a0e"_s;

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}
} // namespace

class TestSecretLeak final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokenIsNowhereButTheKeychain();

private:
    QNetworkAccessManager m_nam;
};

void TestSecretLeak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApiRequest::setRetryBaseDelayMs(5);
    // Every category at every level, so a token logged anywhere, even at debug level, is caught.
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
    g_previous = qInstallMessageHandler(captureMessage);
}

void TestSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void TestSecretLeak::tokenIsNowhereButTheKeychain()
{
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(u"glows-desktop.ini"_s);
    sandbox::SandboxOptions cloudOptions;
    cloudOptions.token = kToken;
    sandbox::EmbeddedSandbox cloud(cloudOptions);
    QVERIFY(cloud.start());
    sandbox::EmbeddedSandbox local{sandbox::SandboxOptions{}};
    QVERIFY(local.start());
    SecretStore secrets(u"glows-desktop-leak-test"_s);
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ui::AppShell shell(ui::ShellOptions{&settings, &m_nam, &secrets, local.baseUrl(), local.token()});
        shell.start();
        ui::MainWindow *w = shell.window();
        w->tray()->setClosePrompt(
            [](int, MilliCredits, bool) { return ui::TrayController::CloseChoice::Quit; });
        w->show();
        QVERIFY(QTest::qWaitFor([w] { return w->isLoaded(); }, 15000));

        // Add the account through the Settings dialog, the token pasted with a stray line break.
        shell.openSettings(true);
        ui::AccountDialog *add = shell.accountsPage()->openAddDialog();
        add->nameEdit()->setText(u"Leak check"_s);
        add->serverEdit()->setText(cloud.baseUrl().toString());
        add->tokenEdit()->setText(kToken + u"\n"_s);
        QSignalSpy switched(&shell, &ui::AppShell::accountSwitched);
        add->submit();
        QVERIFY(switched.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(w->isLoaded() && w->instanceModel()->rowCount() > 0, 15000);
        shell.settingsDialog()->accept();

        // A bad-token reply, then signing in again with the same token.
        shell.client()->setToken(u"revoked"_s);
        w->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(shell.signInDialog(), 15000);
        shell.signInDialog()->tokenEdit()->setText(kToken);
        QSignalSpy refreshed(w, &ui::MainWindow::refreshed);
        shell.signInDialog()->submit();
        QVERIFY(refreshed.wait(15000));

        if (qEnvironmentVariableIsSet("GLOWS_TEST_KEYRING")) {
            // The token did go somewhere: the keychain, under the account's ID.
            std::optional<SecretResult> stored;
            secrets.readToken(shell.currentAccountId(), this, [&](const SecretResult &r) { stored = r; });
            QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
            QVERIFY2(stored->ok(), qPrintable(stored->ok() ? QString() : stored->error().detail));
            QCOMPARE(stored->value(), kToken);
        }
        w->close();
    }

    const QByteArray utf8 = kToken.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(kToken.utf16()), kToken.size() * 2);
    QStringList roots{dir.path()};
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
                          QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation})
        roots.append(QStandardPaths::writableLocation(location));
    int scannedFiles = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext() && !it.next().isEmpty())
            ++scannedFiles;
        QCOMPARE(filesContaining(root, utf8), QStringList());
        QCOMPARE(filesContaining(root, utf16), QStringList());
    }
    QVERIFY(QFile::exists(settingsPath));
    QVERIFY(scannedFiles > 0);
    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(log.size() > 0);
    for (const QString &line : std::as_const(log))
        QVERIFY2(!line.contains(kToken), "a log line carries the token");
    qInfo("scanned %d files under %lld folders and %lld log lines", scannedFiles, qlonglong(roots.size()),
          qlonglong(log.size()));
}

QTEST_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
