// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/sandboxserver.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QUrl>

namespace glows::sandbox {

// Runs a SandboxServer on its own thread inside the desktop app, so the simulated cloud never competes with
// painting. The server object lives and dies on that thread.
class EmbeddedSandbox final : public QObject
{
    Q_OBJECT
public:
    // Running instances with a real SSH endpoint in the app's sandbox; the others keep their simulated URL.
    static constexpr int kMaxEmbeddedEndpoints = 64;

    explicit EmbeddedSandbox(SandboxOptions options, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    // Starts the thread, opens the stored state (SQLite, in the user's data directory by default) and
    // binds. It waits only for that (milliseconds). Returns false if the port could not be bound (see
    // errorString()). Same as startInBackground() followed by waitUntilStarted().
    bool start();
    // Starts the thread, which builds the server, opens the state and binds on its own, so the caller can
    // build its window meanwhile. Nothing but waitUntilStarted() may be called until it has returned.
    void startInBackground();
    // Waits for startInBackground() to finish; returns false if the server could not be started.
    bool waitUntilStarted();
    // Saves the state and ends the thread.
    void stop();
    QUrl baseUrl() const { return m_state.baseUrl; }
    // A random per-run token unless the options named another one than the well-known default.
    QString token() const { return m_options.token; }
    // The SQLite file in use, or ":memory:" when nothing is persisted.
    QString dataPath() const { return m_state.dataPath; }
    QString errorString() const { return m_state.error; }
    // SandboxServer::notice() of the start: what the user should be told about the data file.
    QString notice() const { return m_state.notice; }

private:
    // What the start on the sandbox thread gives back; server is null when it failed.
    struct State
    {
        SandboxServer *server = nullptr;
        QUrl baseUrl;
        QString dataPath;
        QString error;
        QString notice;
    };
    SandboxOptions m_options;
    QThread m_thread;
    QPromise<State> m_promise; // fulfilled once by the sandbox thread as it starts
    QFuture<State> m_start;
    bool m_starting = false;
    State m_state; // the owner thread's copy, taken by waitUntilStarted()
};

} // namespace glows::sandbox
