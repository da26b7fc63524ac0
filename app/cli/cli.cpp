// SPDX-License-Identifier: Apache-2.0
#include "cli/cli.h"

#include "api/accountstore.h"
#include "api/accounttokens.h"
#include "api/glowsclient.h"
#include "api/secretstore.h"
#include "cli/commands.h"
#include "cli/completion.h"
#include "core/logging.h"
#include "glows/version.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <variant>

using namespace Qt::StringLiterals;

namespace glows::cli {
namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(GlowsCli)
};

struct Target
{
    QUrl server;
    QString token;
    bool sandbox = false;
    QString accountId;
};

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    // Qt's own text, translated by qtbase's catalogue (not ours, so not a literal lupdate would collect).
    static const char *const parserContext = "QCommandLineParser";
    static const char *const optionsText = "[options]";
    text.replace(QCoreApplication::translate(parserContext, optionsText),
                 u"[--server URL] [--account NAME | --token-stdin] [--json] COMMAND [ARGS]"_s);
    text += u'\n' + CliText::tr("Commands:") + u'\n';
    for (const Command &c : allCommands())
        text += u"  "_s + QString(c.synopsis).replace(u"\n"_s, u"\n  "_s) + u'\n';
    text +=
        u"  "_s + CliText::tr("completion bash|zsh       A shell completion script for glows-cli") + u'\n';
    text +=
        u'\n' +
        CliText::tr(
            "The token comes from a stored account (the keychain) or from standard input, never from the "
            "command line. With neither --server nor --account, glows-cli uses a glows-sandbox running at "
            "%1 with its default token.")
            .arg(AccountStore::defaultSandboxServer().toString()) +
        u'\n';
    text += u'\n' +
            CliText::tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 token rejected (sign in again), "
                        "4 not offered by this server.") +
            u'\n';
    return text;
}

// Reads a stored account's token from the keychain, waiting with a local event loop.
std::optional<QString> storedToken(const Account &account, QTextStream &err)
{
    SecretStore secrets;
    AccountTokens tokens(&secrets);
    std::optional<AccountTokens::Lookup> result;
    QEventLoop loop;
    tokens.tokenFor(account, &loop, [&](const AccountTokens::Lookup &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (result->ok())
        return result->value();
    switch (result->error().kind) {
    case TokenMissing::Kind::NeedsToken:
        err << "glows-cli: "
            << CliText::tr("No token is stored for account “%1”. Sign in with the app, or pass the token "
                           "with --token-stdin.")
                   .arg(account.name)
            << '\n';
        break;
    case TokenMissing::Kind::NeedsTokenNoKeychain:
        err << "glows-cli: "
            << CliText::tr("No keychain is available, so no token is stored for “%1”. Pass the token "
                           "with --token-stdin.")
                   .arg(account.name)
            << '\n';
        break;
    case TokenMissing::Kind::Failed:
        err << "glows-cli: "
            << CliText::tr("The keychain refused access to the token of “%1”.").arg(account.name) << '\n';
        break;
    }
    return std::nullopt;
}

// Decides server and token. Returns an exit code on failure.
std::variant<Target, int> resolveTarget(const QString &serverOption, const QString &accountOption,
                                        bool tokenStdin, QIODevice &input, QTextStream &err)
{
    auto usage = [&err](const QString &message) -> std::variant<Target, int> {
        err << "glows-cli: " << message << '\n';
        return int(ExitUsage);
    };
    if (!accountOption.isEmpty() && tokenStdin)
        return usage(CliText::tr("Use either --account or --token-stdin, not both."));

    std::optional<QUrl> server;
    if (!serverOption.isEmpty()) {
        QString error;
        server = AccountStore::normalizeServerUrl(serverOption, &error);
        if (!server)
            return usage(error);
    }

    Target target;
    if (!accountOption.isEmpty()) {
        QSettings settings{QString(AccountStore::kOrganization), QString(AccountStore::kApplication)};
        AccountStore accounts(&settings);
        const auto account = accounts.find(accountOption);
        if (!account) {
            QStringList names;
            for (const Account &a : accounts.accounts())
                names.append(a.name);
            return usage(
                CliText::tr("No account named “%1”. Accounts: %2.").arg(accountOption, names.join(u", "_s)));
        }
        target.server = server.value_or(account->serverUrl);
        target.sandbox = account->kind == Account::Kind::Sandbox;
        target.accountId = account->id;
        if (target.sandbox) {
            target.token = AccountStore::sandboxToken();
        } else {
            const auto token = storedToken(*account, err);
            if (!token)
                return int(ExitFailure);
            target.token = *token;
        }
        return target;
    }
    if (tokenStdin) {
        target.token = AccountStore::normalizeToken(QString::fromUtf8(input.readAll()));
        if (target.token.isEmpty())
            return usage(CliText::tr("--token-stdin was given, but standard input held no token."));
        target.server = server.value_or(AccountStore::defaultSandboxServer());
        target.accountId = target.server.toString();
        return target;
    }
    target.server = server.value_or(AccountStore::defaultSandboxServer());
    if (server && target.server.scheme() == "https"_L1)
        return usage(
            CliText::tr("--server %1 needs a token: use --account NAME or --token-stdin.").arg(serverOption));
    target.token = AccountStore::sandboxToken();
    target.sandbox = true;
    target.accountId = server ? target.server.toString() : QString(AccountStore::kBuiltInSandboxId);
    err << CliText::tr(
               "glows-cli: no account given; using the local sandbox at %1 (simulated) with its default "
               "token.")
               .arg(target.server.toString())
        << '\n';
    return target;
}

} // namespace

int run(const QStringList &arguments, QIODevice &input, QTextStream &out, QTextStream &err, bool interactive)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Manage Glows.ai GPU instances (or a Glows sandbox) from the shell."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliText::tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, CliText::tr("Show the version."));
    const QCommandLineOption server(u"server"_s, CliText::tr("SDK base URL, e.g. https://a.glows.ai/sdk/v1."),
                                    u"URL"_s);
    const QCommandLineOption account(u"account"_s, CliText::tr("Use a stored account (name or ID)."),
                                     u"NAME"_s);
    const QCommandLineOption tokenStdin(u"token-stdin"_s,
                                        CliText::tr("Read the SDK token from standard input."));
    const QCommandLineOption json(u"json"_s, CliText::tr("Machine-readable JSON output."));
    const QCommandLineOption details(u"details"_s,
                                     CliText::tr("On failure, also print the technical details."));
    const QCommandLineOption verbose(u"verbose"_s,
                                     CliText::tr("Log requests and retries to standard error."));
    const QCommandLineOption showPassword(u"show-password"_s,
                                          CliText::tr("Include SSH passwords in the output."));
    const QCommandLineOption name(u"name"_s, CliText::tr("Snapshot name, or remark of a new instance."),
                                  u"N"_s);
    const QCommandLineOption release(u"release"_s,
                                     CliText::tr("Release the instance after the snapshot is saved."));
    const QCommandLineOption image(u"image"_s, CliText::tr("Image to create from."), u"ID"_s);
    const QCommandLineOption snapshot(u"snapshot"_s, CliText::tr("Snapshot to create from."), u"ID"_s);
    const QCommandLineOption gpu(u"gpu"_s, CliText::tr("GPU model, e.g. \"NVIDIA GeForce RTX 4090\"."),
                                 u"NAME"_s);
    const QCommandLineOption region(u"region"_s, CliText::tr("Region, e.g. TW-03."), u"R"_s);
    const QCommandLineOption category(u"category"_s, CliText::tr("container (default) or vm."), u"C"_s);
    const QCommandLineOption port(
        u"port"_s, CliText::tr("Port to open at creation, PORT or PORT/http (repeatable)."), u"SPEC"_s);
    const QCommandLineOption env(u"env"_s, CliText::tr("Environment, K=V;K2=V2."), u"ENV"_s);
    const QCommandLineOption cmd(u"cmd"_s, CliText::tr("Entry command (containers)."), u"CMD"_s);
    const QCommandLineOption metaKey(u"meta-key"_s, CliText::tr("Your unique key for a new instance."),
                                     u"KEY"_s);
    const QCommandLineOption protocol(u"protocol"_s, CliText::tr("Port forwarding protocol: tcp or https."),
                                      u"P"_s);
    const QCommandLineOption capacity(u"capacity"_s, CliText::tr("Network group capacity."), u"N"_s);
    const QCommandLineOption since(u"since"_s, CliText::tr("Metrics since this time (epoch seconds)."),
                                   u"T"_s);
    const QCommandLineOption timeout(
        u"timeout"_s,
        CliText::tr("Give up on a call after this many seconds (default %1, %2 for the instance list).")
            .arg(GlowsClient::kDefaultDeadlineMs / 1000)
            .arg(GlowsClient::kDefaultPagedDeadlineMs / 1000),
        u"SECONDS"_s);
    const QCommandLineOption yes(
        u"yes"_s, CliText::tr("Go ahead with a release or delete without asking (needed without "
                              "a terminal)."));
    const QCommandLineOption write(u"write"_s,
                                   CliText::tr("ssh-config: write ~/.ssh/glows/config (and offer the "
                                               "Include line for ~/.ssh/config)."));
    const QCommandLineOption watch(u"watch"_s, CliText::tr("guard: keep watching until stopped."));
    const QCommandLineOption idleMinutes(
        u"idle-minutes"_s, CliText::tr("guard: a one-off idle rule, GPU idle for N minutes."), u"N"_s);
    const QCommandLineOption idleBelow(
        u"idle-below"_s, CliText::tr("guard: idle means GPU utilisation below P % (default 5)."), u"P"_s);
    const QCommandLineOption act(u"act"_s, CliText::tr("guard: notify (default) or snapshot-release."),
                                 u"MODE"_s);
    const QCommandLineOption interval(
        u"interval"_s, CliText::tr("guard: seconds between polls (default 10)."), u"SECONDS"_s);
    QList<QCommandLineOption> allOptions{
        help,         version, server,  account,     tokenStdin, json,     details,  verbose,
        showPassword, name,    release, yes,         image,      snapshot, gpu,      region,
        category,     port,    env,     cmd,         metaKey,    protocol, capacity, since,
        timeout,      write,   watch,   idleMinutes, idleBelow,  act,      interval};
    parser.addOptions(allOptions);
    // Issue 19: the commands over the app's own SSH client (ssh-key install, tunnel, metrics --via-ssh).
    const QCommandLineOption keyFile(u"key"_s, CliText::tr("ssh-key install: the public key to install."),
                                     u"FILE.pub"_s);
    const QCommandLineOption localPort(
        u"local"_s, CliText::tr("tunnel: the local port (default: any free one)."), u"LPORT"_s);
    const QCommandLineOption viaSsh(u"via-ssh"_s,
                                    CliText::tr("metrics: read them from the instance itself over SSH."));
    parser.addOptions({keyFile, localPort, viaSsh});
    allOptions << keyFile << localPort << viaSsh;

    if (!parser.parse(arguments)) {
        err << "glows-cli: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    if (parser.isSet(version)) {
        out << "glows-cli " << GLOWS_VERSION << '\n';
        return ExitOk;
    }
    // glows-cli reports failures itself; the client's log lines would only repeat them.
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(u"glows.*.debug=false\nglows.*.info=false\nglows.*.warning=false"_s);
    else
        QLoggingCategory::setFilterRules(u"glows.*.info=true"_s);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        out << helpText(parser);
        return ExitUsage;
    }
    const QString commandName = positional.first();
    const QList<Command> commands = allCommands();
    if (commandName == "completion"_L1) {
        const auto script = completionScript(positional.value(1), commands, allOptions);
        if (!script || positional.size() != 2) {
            err << "glows-cli: " << CliText::tr("Usage: glows-cli completion bash|zsh") << '\n';
            return ExitUsage;
        }
        out << *script;
        out.flush();
        return ExitOk;
    }
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&commandName](const Command &c) { return c.name == commandName; });
    if (command == commands.end()) {
        err << "glows-cli: " << CliText::tr("Unknown command “%1”.").arg(commandName) << '\n'
            << CliText::tr("Run “glows-cli --help” for the commands and options.") << '\n';
        return ExitUsage;
    }

    CommandOptions options;
    options.json = parser.isSet(json);
    options.details = parser.isSet(details);
    options.showPassword = parser.isSet(showPassword);
    options.name = parser.value(name);
    options.release = parser.isSet(release);
    options.yes = parser.isSet(yes);
    options.write = parser.isSet(write);
    options.image = parser.value(image);
    options.snapshot = parser.value(snapshot);
    options.gpu = parser.value(gpu);
    options.region = parser.value(region);
    options.category = parser.value(category);
    options.ports = parser.values(port);
    options.env = parser.value(env);
    options.cmd = parser.value(cmd);
    options.metaKey = parser.value(metaKey);
    options.protocol = parser.value(protocol);
    options.capacity = parser.value(capacity).toInt();
    options.keyFile = parser.value(keyFile);
    options.viaSsh = parser.isSet(viaSsh);
    if (parser.isSet(localPort)) {
        bool ok = false;
        options.localPort = parser.value(localPort).toInt(&ok);
        if (!ok || options.localPort < 1 || options.localPort > 65535) {
            err << "glows-cli: " << CliText::tr("--local takes a port number from 1 to 65535.") << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(since)) {
        bool ok = false;
        options.since = parser.value(since).toLongLong(&ok);
        if (!ok || options.since < 0) {
            err << "glows-cli: " << CliText::tr("--since takes epoch seconds.") << '\n';
            return ExitUsage;
        }
    }

    options.watch = parser.isSet(watch);
    options.act = parser.value(act);
    if (parser.isSet(idleMinutes)) {
        bool ok = false;
        options.idleMinutes = parser.value(idleMinutes).toInt(&ok);
        if (!ok || options.idleMinutes < 1 || options.idleMinutes > 7 * 24 * 60) {
            err << "glows-cli: " << CliText::tr("--idle-minutes takes a number of minutes from 1 to 10080.")
                << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(idleBelow)) {
        bool ok = false;
        options.idleBelow = parser.value(idleBelow).toDouble(&ok);
        if (!ok || options.idleBelow <= 0 || options.idleBelow > 100) {
            err << "glows-cli: " << CliText::tr("--idle-below takes a percentage above 0 and up to 100.")
                << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(interval)) {
        bool ok = false;
        options.intervalSeconds = parser.value(interval).toInt(&ok);
        if (!ok || options.intervalSeconds < 1 || options.intervalSeconds > 3600) {
            err << "glows-cli: " << CliText::tr("--interval takes a number of seconds from 1 to 3600.")
                << '\n';
            return ExitUsage;
        }
    }

    int deadlineSeconds = 0;
    if (parser.isSet(timeout)) {
        bool ok = false;
        deadlineSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || deadlineSeconds <= 0 || deadlineSeconds > 24 * 3600) {
            err << "glows-cli: " << CliText::tr("--timeout takes a number of seconds from 1 to 86400.")
                << '\n';
            return ExitUsage;
        }
    }

    const auto target =
        resolveTarget(parser.value(server), parser.value(account), parser.isSet(tokenStdin), input, err);
    if (const int *code = std::get_if<int>(&target)) {
        err.flush();
        return *code;
    }
    const Target &t = std::get<Target>(target);
    options.accountId = t.accountId;
    qCInfo(lcCli) << "server" << t.server.toString() << (t.sandbox ? "(sandbox)" : "");
    QNetworkAccessManager nam;
    GlowsClient client(&nam, t.server, t.token);
    if (deadlineSeconds > 0)
        client.setDeadlines(deadlineSeconds * 1000, deadlineSeconds * 1000);
    Session session(client, options, out, err);
    session.setTerminal(&input, interactive);
    if (t.sandbox)
        session.setUnreachableHint(
            CliText::tr("Is the sandbox running? Start it with: glows-sandbox --listen %1:%2")
                .arg(t.server.host())
                .arg(t.server.port(80)));
    const int code = command->run(session, positional.mid(1));
    out.flush();
    err.flush();
    return code;
}

} // namespace glows::cli
