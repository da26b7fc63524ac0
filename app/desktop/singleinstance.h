// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;
class QLockFile;

namespace glows::desktop {

// One running glows-desktop per user. The first start takes `<dir>/instance.lock` (QLockFile; the lock of a
// process that no longer runs is taken over) and, holding it, listens on a local socket named after `dir`.
// A later start finds the lock taken, asks the running one over that socket to raise its window, and exits.
// `dir` is the app's data directory, so the one instance owns the embedded sandbox's data file too.
//
// Protocol: the newcomer sends "raise\n", the owner answers "ok\n" and emits raiseRequested().
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        Primary,   // this process is the one instance
        Secondary, // another one runs and has been asked to raise its window
        Failed,    // another one holds the lock but did not answer (see errorString())
    };

    explicit SingleInstance(QString dir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Blocks for at most `timeoutMs` while a running instance is asked; returns at once otherwise.
    Role claim(int timeoutMs = 10000);
    QString serverName() const { return m_serverName; }
    // The process that holds the lock, when claim() did not return Primary.
    qint64 ownerPid() const { return m_ownerPid; }
    QString errorString() const { return m_error; }

signals:
    void raiseRequested();

private:
    bool tryLock();
    void listen();
    bool askOwnerToRaise(int timeoutMs);
    void onNewConnection();

    QString m_dir;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    qint64 m_ownerPid = 0;
    QString m_error;
};

} // namespace glows::desktop
