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

class QTimer;

namespace glows::sandbox {

class SandboxStore;

// The simulated Glows cloud behind the SDK v1 contract (docs/api.md), served over real HTTP.
// Every request passes one pipeline: the HTTP layer's limits and the screen of its head (requestguard.h:
// Host, Origin, route, Content-Type, token) before the body is read, then rate limit and chaos, then the
// route's handler (which advances the engine to now). State changes are saved to SQLite right after the
// request.
class SandboxServer final : public QObject, private RouteTable
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the stored state, or seeds a new one. listen() calls it; tests may call it to use the engine
    // without HTTP. Must run on the thread the server lives on (the SQLite connection belongs to it).
    // Fails only when an explicitly named data file cannot be used; an unusable default file is moved
    // aside, and failing that the session runs in memory.
    bool open();
    // Binds and returns the port, or 0 on failure (see errorString()).
    quint16 listen();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString errorString() const { return m_error; }
    // The SQLite file in use, or ":memory:" when nothing is persisted.
    QString dataPath() const { return m_dataPath; }
    bool isPersistent() const { return m_store != nullptr; }

    SandboxEngine &engine() { return m_engine; }
    SandboxClock &clock() { return m_clock; }
    const SandboxOptions &options() const { return m_options; }
    quint64 requestsServed() const { return m_requests; }

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
    bool openStore(const QString &path, bool explicitPath);
    void schedulePersist();
    void heartbeat();

    SandboxOptions m_options;
    SandboxClock m_clock;
    SandboxEngine m_engine;
    Chaos m_chaos;
    std::unique_ptr<SandboxStore> m_store;
    HttpServer *m_http; // children, so they follow moveToThread()
    QTimer *m_heartbeat;
    QTimer *m_persistTimer;
    QHash<QString, QList<std::pair<Method, Handler>>> m_routes; // full path -> its handlers
    RouteMethods m_routeMethods;                                // full path -> "GET", ..., for 404 versus 405
    QString m_dataPath;
    QString m_error;
    bool m_opened = false;
    quint16 m_port = 0;
    quint64 m_requests = 0;
    qint64 m_lastClockSaveMs = 0;
    double m_rateTokens = 0;
    QElapsedTimer m_rateClock;
};

} // namespace glows::sandbox
