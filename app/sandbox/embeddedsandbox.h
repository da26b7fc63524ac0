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

    // Starts the thread, opens the stored state (SQLite, in the user's data directory by default) and
    // binds. It waits only for that (milliseconds), before any window is shown. Returns false if the port
    // could not be bound (see errorString()).
    bool start();
    // Saves the state and ends the thread.
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_options.token; }
    // The SQLite file in use, or ":memory:" when nothing is persisted.
    QString dataPath() const { return m_dataPath; }
    QString errorString() const { return m_error; }

private:
    SandboxOptions m_options;
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_dataPath;
    QString m_error;
};

} // namespace glows::sandbox
