// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/glowsclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QJsonValue>
#include <QTextStream>
#include <functional>
#include <optional>

class QIODevice;

namespace glows::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,     // the server or the network said no
    ExitUsage = 2,       // the command line is wrong
    ExitSignIn = 3,      // the token was rejected
    ExitUnsupported = 4, // the server lacks this (extension) feature
};

// Options of the individual commands, parsed once by the front end.
struct CommandOptions
{
    bool json = false;
    bool details = false;
    bool showPassword = false;
    QString name;
    bool release = false;
    QString image;
    QString snapshot;
    QString gpu;
    QString region;
    QString category;
    QStringList ports;
    QString env;
    QString cmd;
    QString metaKey;
    QString protocol;
    QString keyFile;     // ssh-key install --key FILE.pub
    int localPort = 0;   // tunnel --local LPORT (0: any free port)
    bool viaSsh = false; // metrics --via-ssh
    int capacity = 0;
    qint64 since = -1;
    bool yes = false;   // destructive commands go ahead without asking
    bool write = false; // ssh-config: write the files instead of printing
    // guard (docs/guard.md)
    bool watch = false;
    int idleMinutes = 0;
    double idleBelow = -1;
    QString act;
    int intervalSeconds = 10;
    QString accountId; // the stored account in use (rules and history are kept per account)
};

// What a command runs with: the client, its options, and the two output streams. It waits for each call
// with its own QEventLoop (glows-cli has no UI to keep responsive) and reports failures on stderr.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    Session(GlowsClient &client, const CommandOptions &options, QTextStream &out, QTextStream &err)
        : m_client(client), m_options(options), m_out(out), m_err(err)
    {}

    GlowsClient &client() { return m_client; }
    const CommandOptions &options() const { return m_options; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int exitCode() const { return m_exitCode; }

    // Runs one client call to its end. On failure prints the translated message, sets the exit code and
    // returns nullopt. `start` receives the handler to pass to the client.
    template<typename T, typename Start>
    std::optional<T> await(Start start)
    {
        std::optional<ApiResult<T>> result;
        QEventLoop loop;
        start(&loop, [&](const ApiResult<T> &r) {
            result.emplace(r);
            loop.quit();
        });
        if (!result)
            loop.exec();
        if (!result->ok()) {
            fail(result->error());
            return std::nullopt;
        }
        return result->value();
    }

    // Where a question's answer comes from: standard input, when it is a terminal (`interactive`).
    void setTerminal(QIODevice *input, bool interactive)
    {
        m_input = input;
        m_interactive = interactive;
    }
    // Destructive commands go ahead only when confirmed: by --yes, or by "y" to `question()` on a terminal.
    // Without a terminal they refuse (ExitUsage) naming `action`, as nobody could answer. `question` may call
    // the server (for the name and the cost so far); it returns nullopt after a failure it reported.
    bool confirm(const QString &action, const std::function<std::optional<QString>()> &question);
    bool isInteractive() const { return m_interactive && m_input; }
    // One line from the terminal, trimmed and lower-cased (for a question that is not a confirmation).
    QString readAnswer()
    {
        return m_input ? QString::fromUtf8(m_input->readLine(256)).trimmed().toLower() : QString();
    }

    void fail(const ApiError &error);
    // An extra line after "cannot be reached", e.g. how to start the local sandbox.
    void setUnreachableHint(const QString &hint) { m_unreachableHint = hint; }
    int usageError(const QString &message);
    int failWith(const QString &message, int code = ExitFailure);
    // One line of human output on stdout / stderr, through terminalSafe() (Table and printFields do the
    // same), so server text never reaches the terminal raw.
    void say(const QString &line);
    void note(const QString &line);
    void printJson(const QJsonValue &value);
    // Human output that only makes sense without --json.
    bool human() const { return !m_options.json; }

private:
    GlowsClient &m_client;
    const CommandOptions &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_exitCode = ExitOk;
    QString m_unreachableHint;
    QIODevice *m_input = nullptr;
    bool m_interactive = false;
};

} // namespace glows::cli
