// SPDX-License-Identifier: Apache-2.0
#pragma once

// A glows-sandbox process for the end-to-end chaos run: started on a free loopback port with the given
// options, stopped with SIGTERM so the state is saved, and restartable on the same --data file.
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>

namespace glows::test {

class SandboxProcess final
{
public:
    explicit SandboxProcess(QString exe) : m_exe(std::move(exe)) {}
    ~SandboxProcess() { stop(); }

    // Returns the base URL (…/sdk/v1), or an empty string when the sandbox did not come up.
    QString start(const QStringList &options)
    {
        using namespace Qt::StringLiterals;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return {};
            const quint16 port = probe.serverPort();
            probe.close();
            m_process.setProcessChannelMode(QProcess::SeparateChannels);
            m_process.start(m_exe, QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)} + options);
            if (!m_process.waitForStarted(10000))
                return {};
            QByteArray out;
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 20000 && m_process.state() == QProcess::Running &&
                   !out.contains("sdk/v1")) {
                m_process.waitForReadyRead(200);
                out += m_process.readAllStandardOutput();
            }
            if (out.contains("sdk/v1"))
                return u"http://127.0.0.1:%1/sdk/v1"_s.arg(port);
            m_lastError = QString::fromUtf8(m_process.readAllStandardError());
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return {};
    }

    // SIGTERM: the sandbox saves its state and exits 0.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        m_process.terminate();
        if (m_process.waitForFinished(15000))
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString lastError() const { return m_lastError; }

private:
    QString m_exe;
    QProcess m_process;
    QString m_lastError;
};

} // namespace glows::test
