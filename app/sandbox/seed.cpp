// SPDX-License-Identifier: Apache-2.0
// The demo account a new sandbox starts with: instances in every state, snapshots, a network group and a
// billing history, all relative to the clock's now and all marked simulated when read.
#include "sandbox/catalogue.h"
#include "sandbox/metrics.h"
#include "sandbox/sandboxengine.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

constexpr qint64 kHour = 3600;

struct Seg
{
    qint64 start;
    std::optional<qint64> end;
};

} // namespace

void SandboxEngine::seedDemoData(qint64 initialCreditMilli, int extraInstances)
{
    const qint64 nowMsec = nowMs();
    const qint64 now = nowMsec / 1000;
    setCreditMilli(initialCreditMilli);

    const auto make = [&](const QString &hash, const QString &region, const QString &gpu,
                          const QString &remark, InstanceState state, qint64 created, qint64 statusAt,
                          const QList<Seg> &segments) {
        const auto spec = catalogue::spec(region, gpu);
        Q_ASSERT(spec);
        InstanceRec rec;
        Instance &in = rec.pub;
        in.instanceID = "ins-"_L1 + hash;
        in.category = u"container"_s;
        in.status = InstanceStatus(state);
        rec.machine = Hardware{spec->gpuName,     spec->cpuName, 1,           spec->gpuRamMB,
                               spec->cpuCoresNum, spec->ramMB,   spec->diskGB};
        rec.machinePriceCent = spec->priceCent;
        const bool placed = state != InstanceState::SchedQueued && state != InstanceState::Pending;
        in.hardware = placed ? rec.machine : Hardware{spec->gpuName, {}, 0, 0, 0, 0, 0};
        in.priceCent = placed ? spec->priceCent : 0;
        in.baseImage = ImageRef{u"img-87p9kq26"_s, u"Ubuntu22.04 CUDA12.4 Python3.11 PyTorch2.4"_s};
        in.sshCred = SshCred{u"root"_s, randomToken(14)};
        for (const auto &[protocol, port] : {std::pair{u"ssh"_s, 22}, std::pair{u"http"_s, 8888}}) {
            const QString id = nextAccessId(rec);
            const QString url = accessUrl(protocol, region, allocateExternalPort());
            in.accesses.append(Access{id, protocol, port, placed ? url : QString()});
            if (!placed)
                rec.pendingUrls.append(PendingUrl{id, url, 0});
        }
        in.createTime = created;
        in.envs = u"JUPYTER_TOKEN=sandbox"_s;
        in.remark = remark;
        in.metaKey = u"demo."_s + hash;
        in.sourceType = u"SourceSDK"_s;
        in.regionName = region;
        in.statusTime = statusAt;
        rec.phaseStartMs = statusAt * 1000;
        for (const Seg &s : segments) {
            BillingSegment b;
            b.start = s.start;
            b.end = s.end;
            b.priceCent = spec->priceCent;
            rec.billing.append(b);
        }
        return rec;
    };
    const auto snapshot = [&](const QString &id, const QString &name, const InstanceRec &source,
                              qint64 created, qint64 sizeGB, bool saving) {
        SnapshotRec s;
        s.pub.snapID = id;
        s.pub.name = name;
        s.pub.status = saving ? u"Saving"_s : u"Available"_s;
        s.pub.sizeMB = saving ? 0 : sizeGB * 1024;
        s.pub.createTime = created;
        s.pub.sourceInstanceID = source.pub.instanceID;
        s.pub.regionName = source.pub.regionName;
        s.pub.excludedPath = QString(kExcludedPath);
        s.pub.progress = saving ? 0 : 100;
        s.baseImage = source.pub.baseImage;
        s.estimatedSizeMB = sizeGB * 1024;
        s.seq = m_state.nextSeq++;
        m_state.snapshots.insert(id, s);
        m_state.snapshotOrder.append(id);
        touchSnapshot(id);
    };

    const QString rtx4090 = u"NVIDIA GeForce RTX 4090"_s;
    const QString h100 = u"NVIDIA H100 80GB HBM3"_s;
    const QString l40s = u"NVIDIA L40S PCIe"_s;
    const QString a100 = u"NVIDIA A100 80GB"_s;

    // Released: the SDK documentation's own example, snapshotted once before it was released.
    InstanceRec boy = make(u"boyqp4g8"_s, u"TW-03"_s, rtx4090, u"this is from sdk"_s, InstanceState::Released,
                           now - 72 * kHour, now - 48 * kHour + 3,
                           {{now - 72 * kHour, now - 50 * kHour}, {now - 50 * kHour + 75, now - 48 * kHour}});
    boy.pub.metaKey = u"order.123456"_s;
    boy.pub.envs = u"foo=bar"_s;
    snapshot(u"6ypgvgpw"_s, u"llama-base-env"_s, boy, now - 50 * kHour, 31, false);

    // Released after an auto-release snapshot.
    InstanceRec old =
        make(u"z3f5h7j1"_s, u"TW-04"_s, l40s, u"old-experiment"_s, InstanceState::Released, now - 200 * kHour,
             now - 150 * kHour + 90, {{now - 200 * kHour, now - 150 * kHour}});
    snapshot(u"q4n7c2vz"_s, u"sd-webui-ready"_s, old, now - 150 * kHour, 58, false);

    // Being released right now: Released within seconds.
    InstanceRec batch = make(u"m2k8d5xa"_s, u"JP-01"_s, a100, u"batch-inference"_s, InstanceState::Releasing,
                             now - 4 * kHour, now - 1, {{now - 4 * kHour, now - 1}});
    batch.phaseStartMs = nowMsec - 1000;
    batch.phaseEndMs = nowMsec + m_steps.releasingMs;

    // Running on four different GPUs; two of them form a network group.
    InstanceRec llama = make(u"5y4p57y9"_s, u"TW-03"_s, rtx4090, u"llama-finetune"_s, InstanceState::Running,
                             now - 5 * kHour, now - 5 * kHour, {{now - 5 * kHour, std::nullopt}});
    InstanceRec sglang =
        make(u"k2m8q4rz"_s, u"TW-04"_s, h100, u"sglang-serving"_s, InstanceState::Running, now - 26 * kHour,
             now - 2 * kHour, {{now - 26 * kHour, now - 2 * kHour - 600}, {now - 2 * kHour, std::nullopt}});
    snapshot(u"h8t3m6pw"_s, u"sglang-env-v2"_s, sglang, now - 2 * kHour - 600, 64, false);
    InstanceRec sdxl = make(u"p7x3v9dn"_s, u"TW-03"_s, l40s, u"sdxl-render"_s, InstanceState::Running,
                            now - 40 * 60, now - 40 * 60, {{now - 40 * 60, std::nullopt}});
    {
        const QString id = nextAccessId(sdxl);
        sdxl.pub.accesses.append(
            Access{id, u"https"_s, 8188, accessUrl(u"https"_s, u"TW-03"_s, allocateExternalPort())});
    }
    InstanceRec eval = make(u"a9c4e1tw"_s, u"JP-01"_s, a100, u"eval-harness"_s, InstanceState::Running,
                            now - 3 * kHour, now - 3 * kHour, {{now - 3 * kHour, std::nullopt}});

    // In the middle of a long snapshot (Paused, about 40 % written), so a person sees the Snapshotting tab.
    InstanceRec notebook =
        make(u"r6b2n8hs"_s, u"TW-03"_s, rtx4090, u"notebook-scratch"_s, InstanceState::Paused,
             now - 8 * kHour, now - 300, {{now - 8 * kHour, now - 360}});
    notebook.phaseStartMs = nowMsec - 300'000;
    notebook.phaseEndMs = nowMsec + 600'000;
    notebook.snapId = u"w5j2r9kc"_s;
    snapshot(u"w5j2r9kc"_s, u"notebook-checkpoint"_s, notebook, now - 360, 44, true);

    // Just ordered from a snapshot: queued, then Pending, then Running within seconds.
    InstanceRec fresh = make(u"q8w2e4r6"_s, u"TW-03"_s, rtx4090, u"from-llama-base"_s,
                             InstanceState::SchedQueued, now, now, {});
    fresh.pub.baseSnap = SnapRef{u"6ypgvgpw"_s, u"llama-base-env"_s};
    fresh.phaseStartMs = nowMsec;
    fresh.phaseEndMs = nowMsec + m_steps.schedQueuedMs;

    // Running and forgotten: its GPU stays at 0-2 % while the others are busy (the guard's demo, issue 18).
    InstanceRec idle = make(u"e6n2t4kb"_s, u"TW-03"_s, rtx4090, u"idle-notebook"_s, InstanceState::Running,
                            now - 2 * kHour, now - 2 * kHour, {{now - 2 * kHour, std::nullopt}});
    idle.load = QString::fromLatin1(metrics::kLoadIdle);

    for (InstanceRec *rec : {&old, &boy, &sglang, &notebook, &llama, &batch, &eval, &sdxl, &fresh, &idle})
        insertRecord(std::move(*rec));
    for (int i = 0; i < extraInstances; ++i) {
        const qint64 started = now - kHour - i;
        insertRecord(make(u"b%1"_s.arg(i, 7, 10, QLatin1Char('0')), u"TW-03"_s, rtx4090, u"bench-%1"_s.arg(i),
                          InstanceState::Running, started, started, {{started, std::nullopt}}));
    }
    if (extraInstances > 0) // enough credit that they keep running (an empty account releases everything)
        setCreditMilli(initialCreditMilli * (1 + extraInstances));

    GroupRec mesh;
    mesh.pub.groupID = u"ng-7f3k9q2m"_s;
    mesh.pub.name = u"llama-mesh"_s;
    mesh.pub.regionName = u"TW-03"_s;
    mesh.pub.capacity = 4;
    mesh.subnet = 1;
    mesh.seq = m_state.nextSeq++;
    for (const auto &[id, host, mbps] :
         {std::tuple{u"ins-5y4p57y9"_s, 2, 100}, std::tuple{u"ins-p7x3v9dn"_s, 3, 200}}) {
        InstanceRec *rec = record(id);
        mesh.pub.members.append(
            GroupMember{id, QString(), u"192.168.1.%1/24"_s.arg(host), mbps, u"Connected"_s});
        rec->groupId = mesh.pub.groupID;
        m_changes.instances.insert(id);
    }
    m_state.groups.insert(mesh.pub.groupID, mesh);
    m_state.groupOrder.append(mesh.pub.groupID);
    touchGroup(mesh.pub.groupID);
    settle(nowMsec);
}

} // namespace glows::sandbox
