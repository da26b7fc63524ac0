// SPDX-License-Identifier: Apache-2.0
// glows-sandbox: the simulated Glows cloud as a standalone server.
#include "core/logging.h"
#include "glows/version.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <optional>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

// SIGINT and SIGTERM end the event loop normally, so the state is saved before exit.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char c = 1;
        [[maybe_unused]] const auto n = ::write(g_signalPipe[0], &c, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#endif

// --allow-remote exposes the sandbox to the network: its token must not be guessable.
constexpr qsizetype kMinRemoteTokenLength = 24;

// The token from --token, --token-file or GLOWS_SANDBOX_TOKEN (in that order); nullopt with `error` set when
// one was given but cannot be used, an empty string when none was given.
std::optional<QString> explicitToken(const QCommandLineParser &parser, const QCommandLineOption &token,
                                     const QCommandLineOption &tokenFile, QString *error)
{
    if (parser.isSet(token) && parser.isSet(tokenFile)) {
        *error = QCoreApplication::translate(
            "glows-sandbox", "Give the token either with --token or with --token-file, not both.");
        return std::nullopt;
    }
    QString value;
    if (parser.isSet(token)) {
        value = parser.value(token).trimmed();
        if (value.isEmpty()) {
            *error = QCoreApplication::translate("glows-sandbox", "--token must not be empty.");
            return std::nullopt;
        }
    } else if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("glows-sandbox", "Cannot read the token file %1: %2")
                         .arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        value = QString::fromUtf8(file.read(4096)).trimmed();
        if (value.isEmpty() || value.contains(u'\n')) {
            *error = QCoreApplication::translate("glows-sandbox",
                                                 "The token file %1 must hold the token on a single line.")
                         .arg(file.fileName());
            return std::nullopt;
        }
    } else {
        value = qEnvironmentVariable("GLOWS_SANDBOX_TOKEN").trimmed();
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"glows-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "glows-sandbox", "Simulated Glows.ai cloud speaking the SDK v1 contract."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
                                    QCoreApplication::translate("glows-sandbox", "Address to listen on."),
                                    u"host:port"_s, u"127.0.0.1:8790"_s);
    const QCommandLineOption allowRemote(
        u"allow-remote"_s,
        QCoreApplication::translate("glows-sandbox", "Allow listening on non-loopback addresses."));
    const QCommandLineOption data(
        u"data"_s,
        QCoreApplication::translate("glows-sandbox",
                                    "SQLite file for the simulated cloud's state (default: %1; "
                                    "':memory:' keeps nothing).")
            .arg(glows::sandbox::SandboxServer::defaultDataPath()),
        u"path"_s);
    const QCommandLineOption reset(
        u"reset"_s, QCoreApplication::translate(
                        "glows-sandbox", "Forget the stored state and start again from the demo data."));
    const QCommandLineOption repair(
        u"repair"_s,
        QCoreApplication::translate(
            "glows-sandbox", "When the data file has unreadable rows, keep a backup copy of it "
                             "(<file>.backup-<time>) and drop those rows instead of refusing to start."));
    const QCommandLineOption noDemo(
        u"no-demo"_s, QCoreApplication::translate("glows-sandbox",
                                                  "Start a new state empty instead of with the demo data."));
    const QCommandLineOption token(
        u"token"_s,
        QCoreApplication::translate(
            "glows-sandbox", "SDK token clients must send. Other users can see it in the process list: "
                             "prefer GLOWS_SANDBOX_TOKEN or --token-file. Without any of them, on "
                             "loopback, the well-known token sandbox-token is used."),
        u"token"_s);
    const QCommandLineOption tokenFile(
        u"token-file"_s,
        QCoreApplication::translate("glows-sandbox",
                                    "Read the SDK token from this file (one line). The environment variable "
                                    "GLOWS_SANDBOX_TOKEN works too."),
        u"file"_s);
    const QCommandLineOption speed(
        u"speed"_s,
        QCoreApplication::translate("glows-sandbox", "Simulated seconds per real second (default 1)."),
        u"factor"_s, u"1"_s);
    const QCommandLineOption chaos(
        u"chaos"_s,
        QCoreApplication::translate(
            "glows-sandbox",
            "Fault injection, e.g. errors=0.2,429=0.1,latency=0.1:2000,malformed=0.05,drop=0.05 "
            "(rates per request, 0-1; latency takes :milliseconds)."),
        u"spec"_s);
    const QCommandLineOption chaosSeed(
        u"chaos-seed"_s,
        QCoreApplication::translate("glows-sandbox", "Seed for the chaos decisions, for repeatable runs."),
        u"n"_s);
    const QCommandLineOption rateLimit(
        u"rate-limit"_s,
        QCoreApplication::translate("glows-sandbox",
                                    "Answer HTTP 429 beyond this many requests per second (default: off)."),
        u"n"_s, u"0"_s);
    const QCommandLineOption ssh(
        u"ssh"_s, QCoreApplication::translate(
                      "glows-sandbox",
                      "Give every Running instance a real SSH server on 127.0.0.1 (simulated commands; "
                      "see docs/api.md) and point its ssh access URL there."));
    parser.addOptions({listen, allowRemote, data, reset, repair, noDemo, token, tokenFile, speed, chaos,
                       chaosSeed, rateLimit, ssh});
    parser.process(app);

    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << message << '\n';
        return 2;
    };

    glows::sandbox::SandboxOptions options;
    const QString spec = parser.value(listen);
    const qsizetype colon = spec.lastIndexOf(u':');
    const QString host = spec.left(colon).remove(u'[').remove(u']');
    bool portOk = false;
    options.port = spec.mid(colon + 1).toUShort(&portOk);
    options.address = QHostAddress(host == "localhost"_L1 ? u"127.0.0.1"_s : host);
    if (colon < 0 || !portOk || options.address.isNull())
        return usageError(
            QCoreApplication::translate("glows-sandbox", "Invalid --listen value: %1").arg(spec));
    if (!options.address.isLoopback() && !parser.isSet(allowRemote))
        return usageError(
            QCoreApplication::translate("glows-sandbox",
                                        "Refusing to listen on %1: use --allow-remote to expose the sandbox.")
                .arg(host));
    QString tokenError;
    const std::optional<QString> chosenToken = explicitToken(parser, token, tokenFile, &tokenError);
    if (!chosenToken)
        return usageError(tokenError);
    if (parser.isSet(allowRemote) && chosenToken->size() < kMinRemoteTokenLength)
        return usageError(
            QCoreApplication::translate(
                "glows-sandbox",
                "--allow-remote needs a token of at least %1 characters that only your clients know; give it "
                "with GLOWS_SANDBOX_TOKEN or --token-file (for example: openssl rand -hex 16).")
                .arg(kMinRemoteTokenLength));
    if (!chosenToken->isEmpty())
        options.token = *chosenToken;
    bool ok = false;
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed <= 0 || options.speed > 100000)
        return usageError(QCoreApplication::translate(
            "glows-sandbox", "--speed must be a number above 0 (and at most 100000)."));
    if (parser.isSet(chaos)) {
        QString error;
        const auto parsed = glows::sandbox::ChaosSpec::parse(parser.value(chaos), &error);
        if (!parsed)
            return usageError(
                QCoreApplication::translate("glows-sandbox", "Invalid --chaos value: %1").arg(error));
        options.chaos = *parsed;
    }
    if (parser.isSet(chaosSeed)) {
        options.chaosSeed = parser.value(chaosSeed).toULongLong(&ok);
        if (!ok || options.chaosSeed == 0)
            return usageError(
                QCoreApplication::translate("glows-sandbox", "--chaos-seed must be a positive integer."));
    }
    options.rateLimitPerSecond = parser.value(rateLimit).toInt(&ok);
    if (!ok || options.rateLimitPerSecond < 0)
        return usageError(QCoreApplication::translate(
            "glows-sandbox", "--rate-limit must be a whole number of requests per second (0 = off)."));
    if (parser.isSet(data)) {
        options.dataPath = parser.value(data);
        if (options.dataPath.isEmpty())
            return usageError(
                QCoreApplication::translate("glows-sandbox", "--data must name a file (or ':memory:')."));
    }
    options.reset = parser.isSet(reset);
    options.repair = parser.isSet(repair);
    options.seed = !parser.isSet(noDemo);
    options.ssh.enabled = parser.isSet(ssh);

#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    glows::sandbox::SandboxServer server(options);
    if (server.listen() == 0) {
        err << QCoreApplication::translate("glows-sandbox", "Cannot start the sandbox: %1")
                   .arg(server.errorString())
            << '\n';
        return 1;
    }
    if (!server.notice().isEmpty())
        err << server.notice() << Qt::endl;
    QTextStream out(stdout);
    out << QCoreApplication::translate("glows-sandbox", "Glows sandbox (simulated) at %1")
               .arg(server.baseUrl())
        << '\n';
    if (chosenToken->isEmpty())
        out << QCoreApplication::translate("glows-sandbox", "Sandbox token: %1").arg(options.token) << '\n';
    out << QCoreApplication::translate("glows-sandbox", "State: %1").arg(server.dataPath()) << '\n';
    if (options.ssh.enabled)
        out << QCoreApplication::translate("glows-sandbox",
                                           "SSH: every Running instance on its own port of 127.0.0.1 (see "
                                           "its ssh access URL)")
            << '\n';
    if (options.chaos.isActive())
        out << QCoreApplication::translate("glows-sandbox", "Chaos: %1").arg(options.chaos.toString())
            << '\n';
    out.flush();
    const int code = app.exec();
    server.flush();
    return code;
}
