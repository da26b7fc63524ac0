// SPDX-License-Identifier: Apache-2.0
#include "cli/session.h"

#include "core/terminalsafe.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace glows::cli {

bool Session::confirm(const QString &action, const std::function<std::optional<QString>()> &question)
{
    if (m_options.yes)
        return true;
    if (!m_interactive || !m_input) {
        failWith(tr("Not done: %1. Standard input is not a terminal, so glows-cli cannot ask; add --yes to "
                    "go ahead.")
                     .arg(action),
                 ExitUsage);
        return false;
    }
    const auto text = question();
    if (!text)
        return false;
    m_err << terminalSafe(*text) << ' ' << tr("[y/N]") << ' ';
    m_err.flush();
    const QString answer = QString::fromUtf8(m_input->readLine(256)).trimmed().toLower();
    if (answer == "y"_L1 || answer == "yes"_L1 || answer == tr("yes").toLower())
        return true;
    failWith(tr("Cancelled; nothing was changed."));
    return false;
}

void Session::fail(const ApiError &error)
{
    // The message and the details may quote the server's own text.
    m_err << "glows-cli: " << terminalSafe(error.userMessage()) << '\n';
    const bool unreachable =
        error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
    if (unreachable && !m_unreachableHint.isEmpty())
        m_err << terminalSafe(m_unreachableHint) << '\n';
    if (m_options.details)
        m_err << terminalSafe(error.details()) << '\n';
    if (error.needsSignIn())
        m_exitCode = ExitSignIn;
    else if (error.kind() == ApiError::Kind::Unsupported)
        m_exitCode = ExitUnsupported;
    else
        m_exitCode = ExitFailure;
    m_err.flush();
}

int Session::usageError(const QString &message)
{
    m_err << "glows-cli: " << terminalSafe(message) << '\n'
          << tr("Run “glows-cli --help” for the commands and options.") << '\n';
    m_err.flush();
    m_exitCode = ExitUsage;
    return m_exitCode;
}

int Session::failWith(const QString &message, int code)
{
    m_err << "glows-cli: " << terminalSafe(message) << '\n';
    m_err.flush();
    m_exitCode = code;
    return m_exitCode;
}

void Session::say(const QString &line)
{
    m_out << terminalSafe(line) << '\n';
    m_out.flush();
}

void Session::note(const QString &line)
{
    m_err << terminalSafe(line) << '\n';
    m_err.flush();
}

void Session::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace glows::cli
