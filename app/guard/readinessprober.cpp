// SPDX-License-Identifier: Apache-2.0
#include "guard/readinessprober.h"

#include "core/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace glows {

ReadinessProber::ReadinessProber(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

void ReadinessProber::reset()
{
    ++m_generation;
    m_busy.clear();
    m_partial.clear();
    m_partsLeft.clear();
}

void ReadinessProber::probe(const Instance &instance)
{
    const QString id = instance.instanceID;
    if (m_busy.contains(id))
        return;
    QUrl ssh;
    QUrl jupyter;
    bool jupyterForwarded = false;
    for (const Access &access : instance.accesses) {
        if (access.protocol.compare(QLatin1String("ssh"), Qt::CaseInsensitive) == 0 && !access.isPending())
            ssh = QUrl(access.url);
        if (access.listenPort == 8888) {
            jupyterForwarded = true;
            if (!access.isPending())
                jupyter = QUrl(access.url);
        }
    }
    GuardReadiness readiness;
    readiness.jupyterForwarded = jupyterForwarded;
    if (!ssh.isValid() || ssh.host().isEmpty() || ssh.port() <= 0) {
        emit probed(id, readiness); // no SSH endpoint mapped yet
        return;
    }
    const quint64 generation = m_generation;
    m_busy.insert(id);
    m_partial.insert(id, readiness);
    m_partsLeft.insert(id, jupyter.isValid() ? 2 : 1);

    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    auto done = [this, socket, timer, finished, id, generation](bool accepted) {
        if (*finished)
            return;
        *finished = true;
        timer->stop();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (generation != m_generation)
            return;
        m_partial[id].sshAccepts = accepted;
        finishPart(id, generation);
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
    connect(timer, &QTimer::timeout, this, [done] { done(false); });
    timer->start(kTimeoutMs);
    socket->connectToHost(ssh.host(), quint16(ssh.port()));

    if (jupyter.isValid()) {
        QNetworkRequest request(jupyter);
        request.setTransferTimeout(kTimeoutMs);
        QNetworkReply *reply = m_nam->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, generation] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            // Any HTTP answer, a login page or a redirect included, means the server is up.
            m_partial[id].jupyterAnswers =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
            finishPart(id, generation);
        });
    }
}

void ReadinessProber::finishPart(const QString &instanceId, quint64 generation)
{
    if (generation != m_generation || --m_partsLeft[instanceId] > 0)
        return;
    const GuardReadiness readiness = m_partial.take(instanceId);
    m_partsLeft.remove(instanceId);
    m_busy.remove(instanceId);
    qCDebug(lcGuard) << "readiness" << instanceId << readiness.sshAccepts << readiness.jupyterAnswers;
    emit probed(instanceId, readiness);
}

} // namespace glows
