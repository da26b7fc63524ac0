// SPDX-License-Identifier: Apache-2.0
// The engine's side of the SSH endpoints: the ssh access URL of a Running instance and its authorized keys.
#include "sandbox/sandboxengine.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {

void SandboxEngine::applySshEndpoint(InstanceRec &rec)
{
    if (!m_sshHook || rec.state() != InstanceState::Running)
        return;
    const LocalUrls urls = m_sshHook(rec);
    for (Access &a : rec.pub.accesses) {
        const QString url = isSshAccess(a) ? urls.ssh : isJupyterForward(a) ? urls.jupyter : QString();
        if (!url.isEmpty()) {
            a.url = url;
            rec.pendingUrls.removeIf([&a](const PendingUrl &p) { return p.accessId == a.id; });
        }
    }
    touch(rec); // the host key, when one was made, is saved too
}

void SandboxEngine::attachSshEndpoint(const QString &instanceId)
{
    if (InstanceRec *rec = record(instanceId))
        applySshEndpoint(*rec);
}

bool SandboxEngine::addAuthorizedKey(const QString &instanceId, const QString &keyLine)
{
    InstanceRec *rec = record(instanceId);
    if (!rec || rec->authorizedKeys.contains(keyLine))
        return false;
    rec->authorizedKeys.append(keyLine);
    touch(*rec);
    return true;
}

} // namespace glows::sandbox
