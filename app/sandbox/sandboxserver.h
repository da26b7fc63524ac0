// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/chaos.h"
#include "sandbox/httpio.h"
#include "sandbox/httpserver.h"
#include "sandbox/requestguard.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

class QTimer;

namespace glows::sandbox {

class SandboxStore;
class SshEndpoints;

// The simulated Glows cloud behind the SDK v1 contract (docs/api.md), served over real HTTP.
// Every request passes one pipeline: the HTTP layer's limits and the screen of its head (requestguard.h:
// Host, Origin, route, Content-Type, token) before the body is read, then rate limit and chaos, then the
// route's handler (which advances the engine to now). A POST, PUT or DELETE is answered only once everything
// it changed is committed to SQLite; when the commit fails it answers 50000 (HTTP 503) and the engine is
// reloaded from the file, so what the sandbox shows is what it has stored. Changes that only the passing of
// time makes (reads, the heartbeat) are saved right after, without holding an answer back.
class SandboxServer final : public QObject, private RouteTable
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the stored state, or seeds a new one. listen() calls it; tests may call it to use the engine
    // without HTTP. Must run on the thread the server lives on (the SQLite connection belongs to it).
    // Fails when the data file is in use by another process (touching nothing), or when an explicitly named
    // file cannot be used as it is (it is never modified, unless options().repair). A default file that
    // SQLite reports as damaged is moved aside; one with unreadable rows is backed up, then repaired;
    // failing those, the session runs in memory. notice() then tells the user what happened.
    bool open();
    // Binds and returns the port, or 0 on failure (see errorString()).
    quint16 listen();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString errorString() const { return m_error; }
    // What the user should know about the data file after a successful open(): where a damaged file or a
    // backup went, or that nothing is kept. Empty when all went as usual. Translated.
    QString notice() const { return m_notice; }
    // The SQLite file in use, or ":memory:" when nothing is persisted.
    QString dataPath() const { return m_dataPath; }
    bool isPersistent() const { return m_store != nullptr; }

    SandboxEngine &engine() { return m_engine; }
    SandboxClock &clock() { return m_clock; }
    const SandboxOptions &options() const { return m_options; }
    // The open store, or null when nothing is persisted. For tests (fault injection) and benchmarks.
    SandboxStore *store() { return m_store.get(); }
    // The instances' SSH endpoints, or null when options().ssh.enabled is off. Kept in step by the server
    // after each request and each second; tests with a manual clock call sync() themselves.
    SshEndpoints *sshEndpoints() { return m_ssh; }

    // Saves pending changes and the simulated time now (this also happens by itself after each change).
    bool flush();

    static QString defaultDataPath();
    static QString resolveDataPath(const SandboxOptions &options);

signals:
    // Every well-formed request head that reached the server, before any check of the sandbox's: what tests
    // use to prove which token was sent where. Emitted on the server's thread.
    void requestReceived(const QByteArray &authorization, const QString &path);

private:
    void add(Method method, const QString &path, Handler handler) override;
    std::optional<Reply> screen(const HttpRequest &head);
    void route(const HttpRequest &request, HttpResponder &&responder);
    void dispatch(const HttpRequest &request, HttpResponder &&responder, Method method,
                  const Handler &handler);
    Reply run(const HttpRequest &request, Method method, const Handler &handler);
    bool takeRateToken();
    // `*fatal` is set when the session must not fall back to memory (the file is someone else's).
    bool openStore(const QString &path, bool explicitPath, bool *fatal);
    void schedulePersist();
    void heartbeat();
    // The persistence path (server_persistence.cpp).
    std::optional<Reply> commitBeforeReply();
    bool persist(QString *error);
    void rollbackToStore();

    SandboxOptions m_options;
    SandboxClock m_clock;
    SandboxEngine m_engine;
    Chaos m_chaos;
    std::unique_ptr<SandboxStore> m_store;
    HttpServer *m_http; // children, so they follow moveToThread()
    QTimer *m_heartbeat;
    QTimer *m_persistTimer;
    SshEndpoints *m_ssh = nullptr;
    QHash<QString, QList<std::pair<Method, Handler>>> m_routes; // full path -> its handlers
    RouteMethods m_routeMethods;                                // full path -> "GET", ..., for 404 versus 405
    QString m_dataPath;
    QString m_error;
    QString m_notice;
    bool m_opened = false;
    quint16 m_port = 0;
    qint64 m_lastClockSaveMs = 0;
    double m_rateTokens = 0;
    QElapsedTimer m_rateClock;
};

} // namespace glows::sandbox
