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
    // The socket must be bound on the server's own thread; this waits only for that bind.
    QMetaObject::invokeMethod(
        server, [server, &url] { url = server->listen() ? server->baseUrl() : QString(); },
        Qt::BlockingQueuedConnection);
    if (url.isEmpty()) {
        server->deleteLater();
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
