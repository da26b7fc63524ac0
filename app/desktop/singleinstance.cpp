// SPDX-License-Identifier: Apache-2.0
#include "singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "glows.desktop.instance", QtInfoMsg)

namespace glows::desktop {
namespace {

constexpr QByteArrayView kRaise = "raise\n";
constexpr QByteArrayView kOk = "ok\n";
constexpr qsizetype kMaxMessage = 64;

// A socket in the user's private runtime directory when there is one (its path must stay short: sun_path);
// otherwise Qt's temporary directory, where the name's hash of `dir` keeps users and data folders apart.
QString serverNameFor(const QString &dir)
{
    const QByteArray hash =
        QCryptographicHash::hash(QDir(dir).absolutePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString name = "glows-desktop-"_L1 + QString::fromLatin1(hash);
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && runtime.size() + name.size() < 100)
        return runtime + u'/' + name;
    return name;
}

} // namespace

SingleInstance::SingleInstance(QString dir, QObject *parent)
    : QObject(parent), m_dir(std::move(dir)), m_serverName(serverNameFor(m_dir))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::tryLock()
{
    if (!m_lock) {
        QDir().mkpath(m_dir);
        m_lock = std::make_unique<QLockFile>(m_dir + "/instance.lock"_L1);
        // Held for the app's whole run: stale only when its process is gone, never by age.
        m_lock->setStaleLockTime(0);
    }
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() != QLockFile::LockFailedError) {
        // No lock can be had at all (an unwritable folder): better one unguarded app than none.
        qCWarning(lcInstance) << "single instance: cannot create" << m_dir + "/instance.lock"_L1;
        return true;
    }
    m_lock->getLockInfo(&m_ownerPid, nullptr, nullptr);
    return false;
}

SingleInstance::Role SingleInstance::claim(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (tryLock()) {
            listen();
            return Role::Primary;
        }
        // The owner may still be starting (lock taken, socket not yet listening): ask until the deadline.
        if (askOwnerToRaise(int(qMax<qint64>(100, qMin<qint64>(1000, deadline.remainingTime()))))) {
            qCInfo(lcInstance) << "single instance: handed over to process" << m_ownerPid;
            return Role::Secondary;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(100);
    }
    m_error = QCoreApplication::translate(
                  "SingleInstance", "Glows Desktop is already running (process %1) but does not answer.")
                  .arg(m_ownerPid);
    return Role::Failed;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket left at this name belongs to a process that is gone.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcInstance) << "single instance: cannot listen on" << m_serverName << ":"
                              << m_server->errorString();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCInfo(lcInstance).noquote() << "single instance: listening on" << m_server->fullServerName();
}

bool SingleInstance::askOwnerToRaise(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRaise.data(), kRaise.size());
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    const QDeadlineTimer deadline(timeoutMs);
    while (!answer.contains('\n') && answer.size() < kMaxMessage && !deadline.hasExpired() &&
           socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
        answer += socket.readAll();
    return answer == kOk.toByteArray();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessage)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxMessage);
            if (line != kRaise.toByteArray()) {
                socket->abort();
                return;
            }
            socket->write(kOk.data(), kOk.size());
            socket->disconnectFromServer();
            qCInfo(lcInstance) << "single instance: raise requested by another start";
            emit raiseRequested();
        });
    }
}

} // namespace glows::desktop
