// SPDX-License-Identifier: Apache-2.0
// glows-cli end to end: the built executable against a glows-sandbox process on a free loopback port.
#include "api/accountstore.h"
#include "api/secretstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A remark another user of the account could set: clear the screen, write the clipboard (OSC 52), reverse
// the text that follows.
const QString kHostileText = u"evil\x1b[2J\x1b]52;c;aGVsbG8=\x07\u202egnp.exe"_s;

// What a terminal would obey: ESC, BEL, and U+202E (RIGHT-TO-LEFT OVERRIDE) in UTF-8.
QString rawControls(const QString &output)
{
    const QByteArray bytes = output.toUtf8();
    QStringList found;
    if (bytes.contains('\x1b'))
        found << u"ESC"_s;
    if (bytes.contains('\x07'))
        found << u"BEL"_s;
    if (bytes.contains("\xe2\x80\xae"))
        found << u"U+202E"_s;
    return found.join(u", "_s);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

class TestCliEndToEnd final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listAsTable();
    void listAsJson();
    void showOneInstance();
    void unknownInstanceFails();
    void badTokenExitsNonZero();
    void loopbackServerWithoutTokenUsesSandboxToken();
    void defaultTargetIsTheLocalSandbox();
    void storedSandboxAccount();
    void usageErrors();
    void serverTextIsEscapedInHumanOutput();
    void serverErrorIsEscaped();
    void releaseWithoutTerminalNeedsYes();
    void japaneseUnderAJapaneseLocale();
    void completionScriptsListEveryCommand();
    void snapshotWithRelease();
    void accountTokenFromKeychain();

private:
    bool startSandbox(QProcess &process, const QString &token, QString *baseUrl);
    Run cli(const QStringList &args, const QByteArray &input = {}, const QStringList &extraEnv = {});
    QString m_cliPath;
    QString m_sandboxPath;
    QProcess m_sandbox;
    QString m_baseUrl;
    QTemporaryDir m_home;
};

bool TestCliEndToEnd::startSandbox(QProcess &process, const QString &token, QString *baseUrl)
{
    QStringList extra;
    // Options of newer sandbox builds: a faster clock for the snapshot flow, and a private state file so no
    // run sees (or touches) another's state.
    QProcess help;
    help.start(m_sandboxPath, {u"--help"_s});
    const QByteArray options = help.waitForFinished(10000) ? help.readAllStandardOutput() : QByteArray();
    if (options.contains("--speed"))
        extra << u"--speed"_s << u"60"_s;
    if (options.contains("--data")) {
        static int instance = 0;
        extra << u"--data"_s << m_home.filePath(u"sandbox-%1.sqlite"_s.arg(++instance));
    }
    // Whatever else it stores goes to the private home too.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    process.setProcessEnvironment(env);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freePort();
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(m_sandboxPath,
                      QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--token"_s, token} + extra);
        if (!process.waitForStarted(10000))
            return false;
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 && process.state() == QProcess::Running &&
               !output.contains("sdk/v1")) {
            process.waitForReadyRead(200);
            output += process.readAllStandardOutput();
        }
        if (output.contains("sdk/v1")) {
            *baseUrl = u"http://127.0.0.1:%1/sdk/v1"_s.arg(port);
            return true;
        }
        process.kill(); // the port was taken in between; try another
        process.waitForFinished(5000);
    }
    return false;
}

void TestCliEndToEnd::initTestCase()
{
    m_cliPath = QStringLiteral(GLOWS_CLI_EXE);
    m_sandboxPath = QStringLiteral(GLOWS_SANDBOX_EXE);
    QVERIFY2(QFile::exists(m_cliPath), qPrintable(m_cliPath));
    QVERIFY2(QFile::exists(m_sandboxPath), qPrintable(m_sandboxPath));
    QVERIFY(m_home.isValid());
    QVERIFY(startSandbox(m_sandbox, AccountStore::sandboxToken(), &m_baseUrl));
}

void TestCliEndToEnd::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished(5000);
}

Run TestCliEndToEnd::cli(const QStringList &args, const QByteArray &input, const QStringList &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private home: accounts and settings of the machine running the tests are never touched.
    if (!env.contains(u"GLOWS_TEST_KEYRING"_s))
        env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(m_cliPath, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliEndToEnd::listAsTable()
{
    const Run r = cli({u"--server"_s, m_baseUrl, u"--token-stdin"_s, u"list"_s}, "  sandbox-token \r\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 6);
    QVERIFY(lines.first().startsWith(u"ID"_s));
    QVERIFY(r.out.contains(u"ins-boyqp4g8"_s));
    // Aligned: the STATUS column starts at the same offset on every line.
    const qsizetype column = lines.first().indexOf(u"STATUS"_s);
    QVERIFY(column > 0);
    for (const QString &line : lines)
        QVERIFY2(line.at(column - 1) == u' ' && line.at(column) != u' ', qPrintable(line));
}

void TestCliEndToEnd::listAsJson()
{
    const Run r =
        cli({u"--json"_s, u"--server"_s, m_baseUrl, u"--token-stdin"_s, u"list"_s}, "sandbox-token");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    QVERIFY(doc.array().size() >= 5);
    for (const QJsonValue &v : doc.array()) {
        QVERIFY(v.toObject().value("instanceID"_L1).toString().startsWith("ins-"_L1));
        QVERIFY(!v.toObject().value("sshCred"_L1).toObject().contains("password"_L1));
    }
}

void TestCliEndToEnd::showOneInstance()
{
    const Run r =
        cli({u"--server"_s, m_baseUrl, u"--token-stdin"_s, u"show"_s, u"ins-boyqp4g8"_s}, "sandbox-token");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"ins-boyqp4g8"_s));
    QVERIFY(r.out.contains(u"NVIDIA GeForce RTX 4090"_s));
    QVERIFY(r.out.contains(QRegularExpression(u"^Status: +\\S+"_s, QRegularExpression::MultilineOption)));
    // Legacy IDs without "ins-" name the same instance; --json gives the SDK's own object.
    const Run legacy =
        cli({u"--json"_s, u"--server"_s, m_baseUrl, u"--token-stdin"_s, u"show"_s, u"boyqp4g8"_s},
            "sandbox-token");
    QVERIFY2(legacy.exitCode == 0, qPrintable(legacy.err));
    QCOMPARE(QJsonDocument::fromJson(legacy.out.toUtf8()).object().value("instanceID"_L1).toString(),
             u"ins-boyqp4g8"_s);
}

void TestCliEndToEnd::unknownInstanceFails()
{
    const Run r =
        cli({u"--server"_s, m_baseUrl, u"--token-stdin"_s, u"show"_s, u"ins-nothere0"_s}, "sandbox-token");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"no longer exists"_s), qPrintable(r.err));
}

void TestCliEndToEnd::badTokenExitsNonZero()
{
    const Run r = cli({u"--server"_s, m_baseUrl, u"--token-stdin"_s, u"list"_s}, "not-the-token\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"Your SDK token was rejected. Please sign in again."_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"not-the-token"_s));
}

void TestCliEndToEnd::loopbackServerWithoutTokenUsesSandboxToken()
{
    const Run r = cli({u"--server"_s, m_baseUrl, u"list"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(u"sandbox"_s));
    QVERIFY(r.out.contains(u"ins-boyqp4g8"_s));
}

void TestCliEndToEnd::defaultTargetIsTheLocalSandbox()
{
    // Whether or not a sandbox runs on the default address here, glows-cli says where it went.
    const Run r = cli({u"list"_s});
    QVERIFY2(r.err.contains(u"http://127.0.0.1:8790/sdk/v1"_s), qPrintable(r.err));
    if (r.exitCode != 0)
        QVERIFY2(r.err.contains(u"glows-sandbox"_s), qPrintable(r.err));
}

void TestCliEndToEnd::storedSandboxAccount()
{
    {
        QSettings settings(m_home.filePath(u"config/GlowsDesktop/glows-desktop.conf"_s),
                           QSettings::IniFormat);
        AccountStore store(&settings);
        QString error;
        Account a{u"acc-local"_s, u"Local test"_s, QUrl(m_baseUrl), Account::Kind::Sandbox};
        QVERIFY2(store.updateAccount(a, &error), qPrintable(error));
    }
    const Run r = cli({u"--account"_s, u"local TEST"_s, u"list"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"ins-boyqp4g8"_s));
    const Run unknown = cli({u"--account"_s, u"nobody"_s, u"list"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"Local test"_s)); // lists the accounts there are
}

void TestCliEndToEnd::usageErrors()
{
    QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(cli({u"show"_s}).exitCode, 2);
    QCOMPARE(cli({u"--account"_s, u"x"_s, u"--token-stdin"_s, u"list"_s}, "t").exitCode, 2);
    // There is no way to pass a token as an argument.
    const Run token = cli({u"--token"_s, u"abc"_s, u"list"_s});
    QCOMPARE(token.exitCode, 2);
    QCOMPARE(cli({u"--server"_s, u"http://example.com/sdk/v1"_s, u"list"_s}).exitCode, 2);
    QCOMPARE(cli({u"--server"_s, u"https://a.glows.ai/sdk/v1"_s, u"list"_s}).exitCode, 2);
    QCOMPARE(cli({u"--token-stdin"_s, u"--server"_s, m_baseUrl, u"list"_s}, " \n").exitCode, 2);
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &command : {u"list"_s, u"show"_s, u"create"_s, u"snapshot"_s, u"snapshots"_s,
                                   u"release"_s, u"ports"_s, u"metrics"_s, u"billing"_s, u"groups"_s})
        QVERIFY2(help.out.contains(u"  "_s + command), qPrintable(command));
}

void TestCliEndToEnd::serverTextIsEscapedInHumanOutput()
{
    const QStringList base{u"--server"_s, m_baseUrl, u"--token-stdin"_s};
    const Run created = cli(base + QStringList{u"create"_s, u"--image"_s, u"img-87p9kq26"_s, u"--gpu"_s,
                                               u"NVIDIA GeForce RTX 4090"_s, u"--region"_s, u"TW-03"_s,
                                               u"--name"_s, kHostileText},
                            "sandbox-token");
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(rawControls(created.out).isEmpty(), qPrintable(rawControls(created.out)));
    const QRegularExpressionMatch id =
        QRegularExpression(u"^ID: +(ins-\\w+)"_s, QRegularExpression::MultilineOption).match(created.out);
    QVERIFY2(id.hasMatch(), qPrintable(created.out));

    // --json is for programs and stays exact: the remark comes back as the server holds it.
    const Run json = cli(base + QStringList{u"--json"_s, u"show"_s, id.captured(1)}, "sandbox-token");
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value("remark"_L1).toString(), kHostileText);

    const Run show = cli(base + QStringList{u"show"_s, id.captured(1)}, "sandbox-token");
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QVERIFY2(rawControls(show.out + show.err).isEmpty(), qPrintable(rawControls(show.out + show.err)));
    // The text is still there for the user to read, as visible escapes.
    QVERIFY2(show.out.contains(u"evil\\x1b[2J\\x1b]52;c;aGVsbG8=\\x07\\u202egnp.exe"_s),
             qPrintable(show.out));

    const Run list = cli(base + QStringList{u"list"_s}, "sandbox-token");
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(rawControls(list.out + list.err).isEmpty(), qPrintable(rawControls(list.out + list.err)));
    QVERIFY(list.out.contains(id.captured(1)));
    QVERIFY(list.out.contains(u"evil\\x1b[2J"_s));
}

void TestCliEndToEnd::serverErrorIsEscaped()
{
    // The sandbox quotes an unknown region in its error message, as a server may quote any input.
    const Run r =
        cli({u"--server"_s, m_baseUrl, u"--token-stdin"_s, u"--details"_s, u"create"_s, u"--image"_s,
             u"img-87p9kq26"_s, u"--gpu"_s, u"NVIDIA GeForce RTX 4090"_s, u"--region"_s, kHostileText},
            "sandbox-token");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"unknown region_name"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"\\x1b[2J"_s), qPrintable(r.err));
    QVERIFY2(rawControls(r.out + r.err).isEmpty(), qPrintable(rawControls(r.out + r.err)));
}

namespace {
QString statusOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().value("status"_L1).toString();
}

// The command names of "Commands:" in --help, the first word of each synopsis.
QStringList commandsInHelp(const QString &help)
{
    QStringList names;
    bool inCommands = false;
    for (const QString &line : help.split(u'\n')) {
        if (line == "Commands:"_L1)
            inCommands = true;
        else if (inCommands && line.isEmpty())
            break;
        else if (inCommands && line.startsWith(u"  "_s) && line.at(2).isLower())
            names.append(line.mid(2).section(u' ', 0, 0));
    }
    return names;
}
} // namespace

void TestCliEndToEnd::releaseWithoutTerminalNeedsYes()
{
    const QString id = u"ins-k2m8q4rz"_s;
    const QStringList server{u"--server"_s, m_baseUrl};
    // As in `echo | glows-cli release ID`: nobody can answer, so nothing is released.
    const Run refused = cli(server + QStringList{u"release"_s, id}, "\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(u"--yes"_s) && refused.err.contains(id), qPrintable(refused.err));
    const Run after = cli(server + QStringList{u"--json"_s, u"show"_s, id});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(statusOf(after.out), u"Running"_s);
    // The other deletes ask the same way.
    QCOMPARE(cli(server + QStringList{u"ports"_s, id, u"delete"_s, u"acc-1"_s}, "y\n").exitCode, 2);
    QCOMPARE(cli(server + QStringList{u"snapshots"_s, u"delete"_s, u"snap-x"_s}, "y\n").exitCode, 2);
    QCOMPARE(cli(server + QStringList{u"groups"_s, u"delete"_s, u"grp-x"_s}, "y\n").exitCode, 2);

    const Run released = cli(server + QStringList{u"release"_s, id, u"--yes"_s}, "\n");
    QVERIFY2(released.exitCode == 0, qPrintable(released.err));
    const Run gone = cli(server + QStringList{u"--json"_s, u"show"_s, id});
    QVERIFY(statusOf(gone.out) != "Running"_L1);
}

void TestCliEndToEnd::japaneseUnderAJapaneseLocale()
{
    const QStringList japanese{u"LANG=ja_JP.UTF-8"_s, u"LC_ALL="_s, u"LC_MESSAGES="_s, u"LANGUAGE="_s};
    const Run help = cli({u"--help"_s}, {}, japanese);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"GPU インスタンス"_s), qPrintable(help.out));
    QVERIFY2(!help.out.contains(u"Show this help."_s), qPrintable(help.out));
    const Run error = cli({u"frobnicate"_s}, {}, japanese);
    QCOMPARE(error.exitCode, 2);
    QVERIFY2(error.err.contains(u"不明なコマンド"_s), qPrintable(error.err));
    // And English under an English one.
    QVERIFY(cli({u"--help"_s}).out.contains(u"Show this help."_s));
}

void TestCliEndToEnd::completionScriptsListEveryCommand()
{
    const QStringList commands = commandsInHelp(cli({u"--help"_s}).out);
    QVERIFY2(commands.size() >= 13 && commands.contains(u"completion"_s), qPrintable(commands.join(u' ')));
    const Run bash = cli({u"completion"_s, u"bash"_s});
    QCOMPARE(bash.exitCode, 0);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"glows-cli"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bash.out.toUtf8());
    file.close();
    QProcess check;
    check.start(u"bash"_s, {u"-n"_s, file.fileName()});
    QVERIFY(check.waitForFinished(10000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    // Completing the first word offers exactly the commands of --help.
    QProcess complete;
    complete.start(u"bash"_s, {u"-c"_s,
                               u"source \"$0\"; COMP_WORDS=(glows-cli ''); COMP_CWORD=1; _glows_cli; "
                               u"printf '%s\\n' \"${COMPREPLY[@]}\""_s,
                               file.fileName()});
    QVERIFY(complete.waitForFinished(10000));
    QStringList offered =
        QString::fromUtf8(complete.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    offered.sort();
    QStringList expected = commands;
    expected.sort();
    QCOMPARE(offered, expected);
    const Run zsh = cli({u"completion"_s, u"zsh"_s});
    QCOMPARE(zsh.exitCode, 0);
    QVERIFY(zsh.out.startsWith(u"#compdef glows-cli"_s));
    for (const QString &command : commands)
        QVERIFY2(zsh.out.contains(u' ' + command + u' ') || zsh.out.contains(u'(' + command + u' '),
                 qPrintable(command));
    QCOMPARE(cli({u"completion"_s, u"fish"_s}).exitCode, 2);
}

void TestCliEndToEnd::snapshotWithRelease()
{
    const QStringList base{u"--server"_s, m_baseUrl, u"--token-stdin"_s};
    const QString id = u"ins-5y4p57y9"_s;
    const Run before = cli(base + QStringList{u"--json"_s, u"show"_s, id}, "sandbox-token");
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    QCOMPARE(QJsonDocument::fromJson(before.out.toUtf8()).object().value("status"_L1).toString(),
             u"Running"_s);

    // Standard input is not a terminal: the release afterwards needs --yes.
    const QStringList snapshotArgs{u"--json"_s, u"snapshot"_s,           id,
                                   u"--name"_s, u"e2e before release"_s, u"--release"_s};
    const Run refused = cli(base + snapshotArgs, "sandbox-token");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"--yes"_s), qPrintable(refused.err));
    const Run snap = cli(base + snapshotArgs + QStringList{u"--yes"_s}, "sandbox-token");
    QVERIFY2(snap.exitCode == 0, qPrintable(snap.err));
    const QJsonArray created = QJsonDocument::fromJson(snap.out.toUtf8()).array();
    QCOMPARE(created.size(), 1);
    const QString snapId = created.at(0).toObject().value("snapID"_L1).toString();
    QVERIFY(!snapId.isEmpty());
    QCOMPARE(created.at(0).toObject().value("name"_L1).toString(), u"e2e before release"_s);

    // The instance snapshots, then is released; the snapshot is listed.
    QString status;
    QString showError;
    QElapsedTimer clock;
    clock.start();
    const auto ended = [&] {
        const Run show = cli(base + QStringList{u"--json"_s, u"show"_s, id}, "sandbox-token");
        if (show.exitCode != 0)
            showError = show.err;
        status = QJsonDocument::fromJson(show.out.toUtf8()).object().value("status"_L1).toString();
        const bool neverStarted = status == "Running"_L1 && clock.elapsed() >= 5000;
        return !showError.isEmpty() || neverStarted || status == "Released"_L1 || status == "Terminated"_L1;
    };
    (void)QTest::qWaitFor(ended, 120000);
    QVERIFY2(showError.isEmpty(), qPrintable(showError));
    QVERIFY2(status != "Running"_L1, "the snapshot never started");
    QVERIFY2(status == "Released"_L1 || status == "Terminated"_L1, qPrintable(status));
    const Run list = cli(base + QStringList{u"snapshots"_s}, "sandbox-token");
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(snapId));
}

void TestCliEndToEnd::accountTokenFromKeychain()
{
    if (qEnvironmentVariableIntValue("GLOWS_TEST_KEYRING") != 1)
        QSKIP(
            "needs a Secret Service: CTest runs this function as tst_cli_e2e_keychain under with-keyring.sh");
    // A Glows-kind account whose token lives only in the keychain; a second sandbox insists on that token.
    const QString token = u"kc-e2e-SECRET-5a1f0c9e7d3b2a48"_s;
    QProcess second;
    QString secondUrl;
    QVERIFY(startSandbox(second, token, &secondUrl));
    const QString settingsPath = m_home.filePath(u"config/GlowsDesktop/glows-desktop.conf"_s);
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        AccountStore store(&settings);
        QString error;
        QVERIFY2(store.updateAccount(
                     Account{u"acc-kc"_s, u"Keychain"_s, QUrl(secondUrl), Account::Kind::Glows}, &error),
                 qPrintable(error));
        SecretStore secrets;
        std::optional<SecretResult> written;
        secrets.writeToken(u"acc-kc"_s, token, this, [&](const SecretResult &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().detail));
    }
    // With every log category on, the token shows up nowhere: output, errors, settings, cache.
    const QStringList verbose{u"QT_LOGGING_RULES=*.debug=true"_s};
    const Run r =
        cli({u"--verbose"_s, u"--details"_s, u"--account"_s, u"Keychain"_s, u"list"_s}, {}, verbose);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"ins-boyqp4g8"_s));
    QVERIFY(r.err.contains(u"glows.api"_s)); // logging really was on
    const Run bad = cli(
        {u"--verbose"_s, u"--details"_s, u"--server"_s, m_baseUrl, u"--account"_s, u"Keychain"_s, u"list"_s},
        {}, verbose);
    QCOMPARE(bad.exitCode, 3); // the stored token is the wrong one for the first sandbox
    for (const QString &text : {r.out, r.err, bad.out, bad.err})
        QVERIFY2(!text.contains(token), qPrintable(text));
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
    second.kill();
    second.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cli_e2e.moc"
