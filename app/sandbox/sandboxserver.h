// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/sandboxengine.h"

#include <QHostAddress>
#include <QObject>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace glows::sandbox {

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port
    QString token = QStringLiteral("sandbox-token");
    double speed = 1.0;
    bool manualClock = false;
    bool seed = true;
};

// The simulated Glows cloud behind the SDK v1 contract (docs/api.md), served over real HTTP.
class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds and returns the port, or 0 on failure.
    quint16 listen();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    SandboxEngine &engine() { return m_engine; }
    SandboxClock &clock() { return m_clock; }
    const SandboxOptions &options() const { return m_options; }

private:
    void installRoutes();
    bool authorized(const QHttpServerRequest &request) const;

    SandboxOptions m_options;
    SandboxClock m_clock;
    SandboxEngine m_engine;
    QHttpServer *m_http; // child, so it follows moveToThread()
    quint16 m_port = 0;
};

} // namespace glows::sandbox
