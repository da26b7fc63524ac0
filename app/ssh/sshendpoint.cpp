// SPDX-License-Identifier: Apache-2.0
#include "ssh/sshendpoint.h"

#include "core/sshconfigfile.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace glows {

SshAuth sshAuthFor(const Instance &instance)
{
    SshAuth auth = SshAuth::withPassword(instance.sshCred.password);
    // A key installed through the app (ssh-config's registry) is tried first, then the agent, then the
    // password.
    const QString identity =
        SshKeyRegistry(SshConfigFiles::forCurrentUser()).identityFor(instance.normalizedId());
    if (!identity.isEmpty() && QFileInfo::exists(identity))
        auth.identityFile = identity;
    return auth;
}

std::optional<SshEndpoint> sshEndpointFor(const Instance &instance)
{
    const Access *chosen = nullptr;
    for (const Access &a : instance.accesses) {
        if (a.protocol.compare("ssh"_L1, Qt::CaseInsensitive) != 0 || a.isPending())
            continue;
        if (a.listenPort == 22) {
            chosen = &a;
            break;
        }
        if (!chosen)
            chosen = &a;
    }
    if (!chosen)
        return std::nullopt;
    const auto target = sshTargetFromUrl(QUrl(chosen->url), instance.sshCred.user);
    if (!target)
        return std::nullopt;
    return SshEndpoint{instance.normalizedId(), *target};
}

void wipeSecret(QString &secret)
{
    // Only a sole owner may write: writing through a shared copy would detach and wipe a fresh copy.
    if (secret.isDetached()) {
        volatile char16_t *p = reinterpret_cast<char16_t *>(secret.data());
        for (qsizetype i = 0; i < secret.size(); ++i)
            p[i] = 0;
    }
    secret = QString();
}

void wipeSecret(QByteArray &secret)
{
    if (secret.isDetached()) {
        volatile char *p = secret.data();
        for (qsizetype i = 0; i < secret.size(); ++i)
            p[i] = 0;
    }
    secret = QByteArray();
}

} // namespace glows
