// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace glows::sandbox {

// Runs a SandboxServer on its own thread inside the desktop app, so the simulated cloud never competes with
// painting. The server object lives and dies on that thread.
class EmbeddedSandbox final : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(SandboxOptions options, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    // Starts the thread and binds. It waits only for the bind on loopback (milliseconds), before any window
    // is shown. Returns false if the port could not be bound.
    bool start();
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_options.token; }

private:
    SandboxOptions m_options;
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
};

} // namespace glows::sandbox
