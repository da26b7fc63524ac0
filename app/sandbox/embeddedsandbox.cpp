// SPDX-License-Identifier: Apache-2.0
#include "sandbox/embeddedsandbox.h"

#include "core/logging.h"

#include <QMetaObject>

namespace glows::sandbox {

EmbeddedSandbox::EmbeddedSandbox(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("glows-sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

bool EmbeddedSandbox::start()
{
    if (m_server)
        return true;
    m_thread.start();
    QString url;
    auto *server = new SandboxServer(m_options);
    server->moveToThread(&m_thread);
    // The SQLite connection and the socket belong to the server's thread; this waits only for them.
    QMetaObject::invokeMethod(
        server,
        [this, server, &url] {
            url = server->listen() ? server->baseUrl() : QString();
            m_dataPath = server->dataPath();
            m_error = server->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (url.isEmpty()) {
        qCWarning(lcSandbox) << "embedded sandbox did not start:" << m_error;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    m_server = server;
    m_baseUrl = QUrl(url);
    return true;
}

void EmbeddedSandbox::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

} // namespace glows::sandbox
