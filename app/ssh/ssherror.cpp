// SPDX-License-Identifier: Apache-2.0
#include "ssh/ssherror.h"

#include "ssh/sshlogging.h"

#include <QCryptographicHash>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcSsh, "glows.ssh", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace glows {

QString SshHostKey::type() const
{
    // The blob starts with the key type as an SSH string: a 32-bit big-endian length, then the bytes.
    if (blob.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length == 0 || length > 64 || qsizetype(length) > blob.size() - 4)
        return {};
    return QString::fromLatin1(blob.mid(4, length));
}

QString SshHostKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString SshHostKey::knownHostsLine() const
{
    return instanceId + u' ' + type() + u' ' + QString::fromLatin1(blob.toBase64());
}

QString SshError::userMessage() const
{
    switch (m_kind) {
    case Kind::Network:
        return tr("The instance's SSH server cannot be reached.");
    case Kind::Timeout:
        return tr("The instance's SSH server did not answer in time.");
    case Kind::HostKeyUnknown:
        return tr("The host key of %1 is not known yet. Its fingerprint is %2.")
            .arg(m_hostKey.instanceId, m_hostKey.fingerprint());
    case Kind::HostKeyChanged:
        return tr("The host key of %1 has changed (it is now %2), so the connection was refused. This can "
                  "mean "
                  "that someone is intercepting the connection. If you know why the key changed, remove the "
                  "instance's line from %3 and connect again.")
            .arg(m_hostKey.instanceId, m_hostKey.fingerprint(), m_details);
    case Kind::KnownHostsFile:
        return tr("The file of known host keys cannot be used: %1").arg(m_details);
    case Kind::AuthFailed:
        return tr("The instance refused the login (key and password).");
    case Kind::CommandFailed:
        return tr("The command failed on the instance.");
    case Kind::OutputTooLarge:
        return tr("The command printed more than expected; its output was discarded.");
    case Kind::Protocol:
        return tr("The SSH connection failed.");
    case Kind::LocalPort:
        return tr("The local port cannot be used: %1").arg(m_details);
    case Kind::Cancelled:
        return tr("The SSH connection was closed.");
    }
    return {};
}

} // namespace glows
