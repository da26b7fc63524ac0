// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/guard/guardengine.h"
#include "core/instance.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace glows {

// Rule 5's I/O: does the instance's SSH endpoint accept a TCP connection, and does its forwarded port 8888
// answer HTTP? Never blocks; each probe reports through probed(). One probe per instance at a time.
class ReadinessProber final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 3000;

    explicit ReadinessProber(QObject *parent = nullptr);
    void probe(const Instance &instance);
    bool isProbing(const QString &instanceId) const { return m_busy.contains(instanceId); }
    // Drops every probe's result (an account switch); probes in flight report nothing.
    void reset();

signals:
    void probed(const QString &instanceId, const glows::GuardReadiness &readiness);

private:
    void finishPart(const QString &instanceId, quint64 generation);

    QNetworkAccessManager *m_nam;
    QSet<QString> m_busy;
    QHash<QString, GuardReadiness> m_partial;
    QHash<QString, int> m_partsLeft;
    quint64 m_generation = 0;
};

} // namespace glows
