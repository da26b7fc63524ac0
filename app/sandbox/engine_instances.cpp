// SPDX-License-Identifier: Apache-2.0
// The engine's public SDK operations: create and release, plus the catalogue and record insertion.
#include "sandbox/sandboxengine.h"

#include "sandbox/catalogue.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {

void SandboxEngine::insertRecord(InstanceRec rec)
{
    rec.pub.instanceID = normalizeInstanceId(rec.pub.instanceID);
    const QString id = rec.pub.instanceID;
    if (rec.seq == 0)
        rec.seq = m_state.nextSeq++;
    if (m_state.instances.contains(id)) {
        m_state.instances.insert(id, std::move(rec));
        m_changes.instances.insert(id);
        rebuildIndexes();
        return;
    }
    m_state.instanceOrder.append(id);
    if (!rec.pub.metaKey.isEmpty())
        m_byMetaKey.insert(rec.pub.metaKey, id);
    for (const BillingSegment &s : rec.billing) {
        if (s.end)
            m_closedSpendMilli += s.costAt(*s.end);
    }
    const bool running = !rec.billing.isEmpty() && !rec.billing.last().end;
    InstanceRec &stored = *m_state.instances.insert(id, std::move(rec));
    if (running)
        m_running.insert(id);
    m_depletionDirty = true;
    touch(stored);
}

void SandboxEngine::setCreditMilli(qint64 credited)
{
    m_state.creditedMilli = credited;
    m_changes.account = true;
    m_depletionDirty = true;
}

QString SandboxEngine::randomToken(int length)
{
    static constexpr char kAlphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = QLatin1Char(kAlphabet[m_rng.bounded(36)]);
    return out;
}

QString SandboxEngine::newInstanceId()
{
    for (;;) {
        const QString id = "ins-"_L1 + randomToken(8);
        if (!m_state.instances.contains(id))
            return id;
    }
}

int SandboxEngine::allocateExternalPort()
{
    int port = m_state.nextExternalPort;
    if (port < 20000 || port > 59999)
        port = 20000;
    m_state.nextExternalPort = port + 1 + int(m_rng.bounded(7));
    m_changes.account = true;
    return port;
}

QString SandboxEngine::accessHost(const QString &regionName) const
{
    return regionName.toLower() + ".access.sandbox.invalid"_L1;
}

QString SandboxEngine::accessUrl(const QString &protocol, const QString &regionName, int externalPort) const
{
    const QString scheme = protocol == "http"_L1 ? u"https"_s : protocol;
    return u"%1://%2:%3"_s.arg(scheme, accessHost(regionName)).arg(externalPort);
}

QString SandboxEngine::nextAccessId(const InstanceRec &rec) const
{
    int highest = 0;
    for (const Access &a : rec.pub.accesses) {
        if (a.id.startsWith("acc-"_L1))
            highest = qMax(highest, a.id.mid(4).toInt());
    }
    return u"acc-%1"_s.arg(highest + 1);
}

Outcome<Instance> SandboxEngine::create(const CreateInstanceRequest &r, bool *existed)
{
    advance();
    if (existed)
        *existed = false;
    const QString metaKey = r.customMetaKey.trimmed();
    if (metaKey.isEmpty())
        return Failure{codes::Validation, u"custom_meta_key is required"_s};
    if (metaKey.size() > 64)
        return Failure{codes::Validation, u"custom_meta_key is longer than 64 characters"_s};
    if (const auto it = m_byMetaKey.constFind(metaKey); it != m_byMetaKey.cend()) {
        if (existed)
            *existed = true;
        return live(m_state.instances[*it], nowMs());
    }

    if (r.fromImageId.trimmed().isEmpty() == r.fromSnapId.trimmed().isEmpty())
        return Failure{codes::Validation, u"give exactly one of from_image_id or from_snap_id"_s};
    if (r.instanceCategory != "container"_L1 && r.instanceCategory != "vm"_L1)
        return Failure{codes::Validation, u"instance_category must be 'container' or 'vm'"_s};
    if (r.regionName.isEmpty())
        return Failure{codes::Validation, u"region_name is required"_s};
    if (!catalogue::isRegion(r.regionName))
        return Failure{codes::Validation, u"unknown region_name '%1' (regions: %2)"_s.arg(
                                              r.regionName, catalogue::regions().join(u", "_s))};
    if (r.gpuName.trimmed().isEmpty())
        return Failure{codes::Validation, u"gpu_name is required"_s};
    if (r.gpuName.size() > 128)
        return Failure{codes::Validation, u"gpu_name is longer than 128 characters"_s};
    const auto spec = catalogue::spec(r.regionName, r.gpuName);
    if (!spec)
        return Failure{codes::Validation,
                       u"region %1 has no GPU named '%2' (see /spec/list)"_s.arg(r.regionName, r.gpuName)};
    if (r.remark.size() > 128)
        return Failure{codes::Validation, u"remark is longer than 128 characters"_s};
    if (r.envs.size() > 4096 || r.cmd.size() > 4096)
        return Failure{codes::Validation, u"envs and cmd may hold at most 4096 characters each"_s};
    if (r.ports.size() > 8)
        return Failure{codes::Validation, u"at most 8 ports may be requested"_s};
    // Every instance opens 22 (SSH) and 8888 (HTTP). A third-party client lists them again, as the real cloud
    // accepts (docs/api.md): such a repeat keeps the default access instead of adding a second one.
    const QHash<int, int> defaultPorts{{22, 1}, {8888, 2}};
    QSet<int> requested;
    QList<CreateInstanceRequest::Port> extraPorts;
    for (const auto &p : r.ports) {
        if (p.port < 1 || p.port > 65535)
            return Failure{codes::Validation, u"port %1 is not in 1-65535"_s.arg(p.port)};
        if (p.protocol != 1 && p.protocol != 2)
            return Failure{codes::Validation, u"port protocol must be 1 (SSH/TCP) or 2 (HTTP)"_s};
        if (requested.contains(p.port))
            return Failure{codes::Validation, u"port %1 is requested twice"_s.arg(p.port)};
        requested.insert(p.port);
        if (const auto d = defaultPorts.constFind(p.port); d != defaultPorts.cend()) {
            if (*d != p.protocol)
                return Failure{codes::Validation,
                               u"port %1 is always open with protocol %2"_s.arg(p.port).arg(*d)};
            continue;
        }
        extraPorts.append(p);
    }
    if (r.unitQty < 1 || r.unitQty > 8)
        return Failure{codes::Validation, u"unit_qty must be from 1 to 8"_s};

    std::optional<ImageRef> baseImage;
    std::optional<SnapRef> baseSnap;
    if (!r.fromImageId.trimmed().isEmpty()) {
        const auto image = catalogue::image(r.fromImageId);
        if (!image)
            return Failure{codes::UnknownId, u"no image with ID '%1'"_s.arg(r.fromImageId)};
        baseImage = ImageRef{image->imageID, image->imageName};
    } else {
        const auto snap = m_state.snapshots.constFind(r.fromSnapId.trimmed());
        if (snap == m_state.snapshots.cend())
            return Failure{codes::UnknownId, u"no snapshot with ID '%1'"_s.arg(r.fromSnapId)};
        if (snap->pub.status != "Available"_L1)
            return Failure{codes::InvalidState, u"snapshot '%1' is still being saved"_s.arg(r.fromSnapId)};
        baseImage = snap->baseImage;
        baseSnap = SnapRef{snap->pub.snapID, snap->pub.name};
    }

    int active = 0;
    int sameSpec = 0;
    for (const InstanceRec &rec : std::as_const(m_state.instances)) {
        if (!rec.isActive())
            continue;
        ++active;
        if (rec.pub.regionName == spec->regionName && rec.machine.gpuName == spec->gpuName)
            ++sameSpec;
    }
    if (active >= m_limits.maxActiveInstances)
        return Failure{codes::QuotaOrBalance,
                       u"instance quota reached (%1 instances not yet released)"_s.arg(active)};
    if (sameSpec >= spec->availableUnits)
        return Failure{codes::QuotaOrBalance,
                       u"no %1 units available in %2"_s.arg(spec->gpuName, spec->regionName)};
    if (balanceAt(nowSecs()) <= 0)
        return Failure{codes::QuotaOrBalance,
                       u"the account balance is exhausted; top up to create instances"_s};

    const qint64 now = nowMs();
    InstanceRec rec;
    Instance &in = rec.pub;
    in.instanceID = newInstanceId();
    in.category = r.instanceCategory;
    in.priceCent = 0;
    in.hardware.gpuName = spec->gpuName; // the rest appears once the machine is placed
    in.baseImage = baseImage;
    in.baseSnap = baseSnap;
    in.sshCred = SshCred{u"root"_s, randomToken(14)};
    in.createTime = now / 1000;
    in.cmd = r.cmd;
    in.envs = r.envs;
    in.remark = r.remark;
    in.metaKey = metaKey;
    in.sourceType = u"SourceSDK"_s;
    in.regionName = spec->regionName;
    rec.machine = Hardware{spec->gpuName,     spec->cpuName, r.unitQty,   spec->gpuRamMB,
                           spec->cpuCoresNum, spec->ramMB,   spec->diskGB};
    rec.machinePriceCent = spec->priceCent * r.unitQty;
    const auto addAccess = [&](const QString &protocol, int port) {
        const QString id = nextAccessId(rec);
        in.accesses.append(Access{id, protocol, port, QString()});
        rec.pendingUrls.append(PendingUrl{id, accessUrl(protocol, in.regionName, allocateExternalPort()), 0});
    };
    addAccess(u"ssh"_s, 22);
    addAccess(u"http"_s, 8888);
    for (const auto &p : extraPorts)
        addAccess(p.protocol == 2 ? u"http"_s : u"ssh"_s, p.port);
    setStatus(rec, InstanceState::SchedQueued, now, m_steps.schedQueuedMs);
    const QString id = in.instanceID;
    insertRecord(std::move(rec));
    settle(now);
    return live(m_state.instances[id], now);
}

Outcome<Instance> SandboxEngine::release(const QString &requestId, const QString &metaKey)
{
    advance();
    const auto found = lookup(requestId, metaKey);
    if (!found.ok())
        return found.error();
    InstanceRec &rec = *found.value();
    switch (rec.state()) {
    case InstanceState::Running:
    case InstanceState::SchedQueued:
    case InstanceState::Pending:
        break;
    case InstanceState::Suspending:
    case InstanceState::Paused:
        return Failure{codes::InvalidState,
                       u"instance %1 is being snapshotted and cannot be released until that finishes"_s.arg(
                           rec.pub.instanceID)};
    case InstanceState::Releasing:
        return Failure{codes::InvalidState,
                       u"instance %1 is already being released"_s.arg(rec.pub.instanceID)};
    default:
        return Failure{codes::InvalidState, u"instance %1 is %2 and cannot be released"_s.arg(
                                                rec.pub.instanceID, rec.pub.status.raw())};
    }
    const qint64 now = nowMs();
    if (rec.state() == InstanceState::Running)
        closeBilling(rec, now);
    setStatus(rec, InstanceState::Releasing, now, m_steps.releasingMs);
    settle(now);
    return live(rec, now);
}

QList<ImageInfo> SandboxEngine::images() const
{
    return catalogue::images();
}

QList<GpuSpec> SandboxEngine::specs(const QString &regionName)
{
    advance();
    QHash<QString, int> inUse;
    for (const InstanceRec &rec : std::as_const(m_state.instances)) {
        if (rec.isActive())
            ++inUse[rec.pub.regionName + u'|' + rec.machine.gpuName];
    }
    QList<GpuSpec> out;
    for (GpuSpec s : catalogue::specs()) {
        if (!regionName.isEmpty() && s.regionName != regionName)
            continue;
        s.availableUnits = qMax(0, s.availableUnits - inUse.value(s.regionName + u'|' + s.gpuName));
        out.append(s);
    }
    return out;
}

} // namespace glows::sandbox
