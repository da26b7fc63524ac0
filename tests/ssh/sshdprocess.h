// SPDX-License-Identifier: Apache-2.0
#pragma once

// Debian's sshd on a free loopback port with its own host key, config, pid file and authorized keys, all in
// a temporary folder. `SetEnv HOME=` points the sessions' HOME (and so `~`) into that folder too, so nothing
// a test runs over SSH touches the real home. As root, sshd needs its privilege separation folder
// (/run/sshd); it is created when missing and possible, otherwise the caller skips.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace glows::test {

inline QString sshdProgram()
{
    const QString path = QStandardPaths::findExecutable(
        QStringLiteral("sshd"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin")});
    return path;
}

inline bool runTool(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return false;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

class SshdProcess final
{
public:
    // Empty on success, else why sshd cannot run here (the test skips with it).
    QString prepare()
    {
        if (sshdProgram().isEmpty())
            return QStringLiteral("sshd is not installed (openssh-server)");
        m_keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (m_keygen.isEmpty())
            return QStringLiteral("ssh-keygen is not installed (openssh-client)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QDir(m_dir.path()).mkpath(QStringLiteral("home/.ssh"));
        for (const char *name : {"hostkey_a", "hostkey_b", "userkey", "userkey2"}) {
            QByteArray out;
            if (!runTool(m_keygen,
                         {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                          QStringLiteral("-N"), QString(), QStringLiteral("-C"), QStringLiteral("glows-test"),
                          QStringLiteral("-f"), path(QLatin1StringView(name))},
                         &out))
                return QStringLiteral("ssh-keygen failed: ") + QString::fromLocal8Bit(out);
        }
        QFile::copy(path(QStringLiteral("userkey.pub")), authorizedKeys());
#ifdef Q_OS_UNIX
        if (::geteuid() == 0 && !QDir(QStringLiteral("/run/sshd")).exists()) {
            if (!QDir().mkpath(QStringLiteral("/run/sshd")))
                return QStringLiteral("running as root and /run/sshd (sshd's privilege separation folder) "
                                      "is missing and cannot be created");
            QFile::setPermissions(QStringLiteral("/run/sshd"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        }
#endif
        m_port = freeLoopbackPort();
        writeConfig(QStringLiteral("hostkey_a"));
        QByteArray out;
        if (!runTool(sshdProgram(),
                     {QStringLiteral("-t"), QStringLiteral("-f"), path(QStringLiteral("sshd_config"))}, &out))
            return QStringLiteral("sshd refuses its test configuration: ") +
                   QString::fromLocal8Bit(out).trimmed();
        return {};
    }

    void writeConfig(const QString &hostKey)
    {
        QFile config(path(QStringLiteral("sshd_config")));
        config.open(QIODevice::WriteOnly | QIODevice::Truncate);
        const QString text =
            QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
                           "PidFile %4\nUsePAM no\nStrictModes no\nPasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n"
                           "AllowTcpForwarding yes\nSetEnv HOME=%5\nLogLevel VERBOSE\n")
                .arg(m_port)
                .arg(path(hostKey), authorizedKeys(), path(QStringLiteral("sshd.pid")), home());
        config.write(text.toUtf8());
    }

    bool start()
    {
        m_process.setProgram(sshdProgram());
        m_process.setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                path(QStringLiteral("sshd_config"))});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        bool listening = false;
        (void)QTest::qWaitFor(
            [&] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                listening = probe.waitForConnected(100);
                return listening || m_process.state() != QProcess::Running;
            },
            15000);
        return listening;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_log += m_process.readAll();
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
        m_log += m_process.readAll();
    }

    QByteArray log()
    {
        m_log += m_process.readAll();
        return m_log;
    }

    ~SshdProcess()
    {
        stop();
    }

    QString path(const QString &name) const
    {
        return m_dir.path() + QLatin1Char('/') + name;
    }
    QString home() const
    {
        return path(QStringLiteral("home"));
    }
    QString authorizedKeys() const
    {
        return home() + QStringLiteral("/.ssh/authorized_keys");
    }
    quint16 port() const
    {
        return m_port;
    }
    QString keygen() const
    {
        return m_keygen;
    }

private:
    QTemporaryDir m_dir;
    QString m_keygen;
    quint16 m_port = 0;
    QProcess m_process;
    QByteArray m_log;
};

} // namespace glows::test
