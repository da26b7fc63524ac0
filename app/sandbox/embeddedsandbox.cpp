// SPDX-License-Identifier: Apache-2.0
#include "sandbox/embeddedsandbox.h"

#include "core/logging.h"
#include "sandbox/sshendpoint.h"

#include <QMetaObject>
#include <QRandomGenerator>
#include <utility>

namespace glows::sandbox {

namespace {

// 256 bits from the system's generator, as URL-safe text (43 characters).
QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

EmbeddedSandbox::EmbeddedSandbox(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    // Any local program, or a web page, could use the well-known token; the app passes this one to its
    // client internally (token()), so nobody else knows it.
    if (m_options.token.isEmpty() || m_options.token == QLatin1StringView(kWellKnownToken))
        m_options.token = randomToken();
    // The app's own sandbox always has real SSH endpoints, so "Get in" works end to end without a cloud.
    m_options.ssh.enabled = true;
    // A few endpoints per turn: the window's first list must not wait for hundreds of them.
    m_options.ssh.startBatch = 8;
    // Each endpoint holds a listening socket and, with a JupyterLab access, a second one, inside the app's
    // own process, where 1,024 open files is a common limit. The standalone glows-sandbox keeps 256.
    m_options.ssh.maxEndpoints = qMin(m_options.ssh.maxEndpoints, kMaxEmbeddedEndpoints);
    m_thread.setObjectName(QStringLiteral("glows-sandbox"));
    // Runs on the sandbox thread as it ends, in case anything on it used OpenSSL (through libssh).
    connect(&m_thread, &QThread::finished, this, &releaseCryptoThreadState, Qt::DirectConnection);
    // Runs on the sandbox thread as it starts, so the server is built there: the SQLite connection and the
    // socket must belong to that thread anyway.
    connect(
        &m_thread, &QThread::started, this,
        [this] {
            State state;
            auto *server = new SandboxServer(m_options);
            const bool listening = server->listen();
            state.dataPath = server->dataPath();
            state.notice = server->notice();
            if (listening) {
                state.baseUrl = QUrl(server->baseUrl());
                state.server = server;
            } else {
                state.error = server->errorString();
                delete server;
            }
            m_promise.addResult(std::move(state));
            m_promise.finish();
        },
        Qt::DirectConnection);
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

bool EmbeddedSandbox::start()
{
    startInBackground();
    return waitUntilStarted();
}

void EmbeddedSandbox::startInBackground()
{
    if (m_state.server || m_starting)
        return;
    m_starting = true;
    m_promise = QPromise<State>();
    m_start = m_promise.future();
    m_promise.start();
    m_thread.start();
}

bool EmbeddedSandbox::waitUntilStarted()
{
    if (!m_starting)
        return m_state.server != nullptr;
    m_starting = false;
    m_state = m_start.result(); // blocks until the sandbox thread has tried
    if (!m_state.server) {
        qCWarning(lcSandbox) << "embedded sandbox did not start:" << m_state.error;
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    return true;
}

void EmbeddedSandbox::stop()
{
    if (m_starting)
        waitUntilStarted(); // a server being built is stopped like a started one
    if (!m_thread.isRunning())
        return;
    if (m_state.server) {
        SandboxServer *server = std::exchange(m_state.server, nullptr);
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

} // namespace glows::sandbox
