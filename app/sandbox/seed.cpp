// SPDX-License-Identifier: Apache-2.0
#include "sandbox/sandboxengine.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

struct DemoMachine
{
    const char *gpu;
    const char *cpu;
    int gpuRamMB;
    int cores;
    int ramMB;
    int priceCent;
};

constexpr DemoMachine kRtx4090{
    "NVIDIA GeForce RTX 4090", "Intel(R) Xeon(R) Platinum 8352V CPU @ 2.10GHz", 24564, 10, 43008, 49};
constexpr DemoMachine kL40s{"NVIDIA L40S PCIe", "Intel(R) Xeon(R) Platinum 8468", 46068, 16, 98304, 83};
constexpr DemoMachine kA100{"NVIDIA A100 80GB", "AMD EPYC 7763 64-Core Processor", 81920, 24, 196608, 120};
constexpr DemoMachine kH100{
    "NVIDIA H100 80GB HBM3", "Intel(R) Xeon(R) Platinum 8480+", 81920, 26, 229376, 296};

Instance demoInstance(const QString &hash, const DemoMachine &m, const QString &remark, const QString &region,
                      InstanceState state, qint64 createdAt, qint64 statusAt, qint64 accrued)
{
    Instance in;
    in.instanceID = "ins-"_L1 + hash;
    in.category = u"container"_s;
    in.status = InstanceStatus(state);
    in.priceCent = m.priceCent;
    in.hardware = Hardware{
        QString::fromLatin1(m.gpu), QString::fromLatin1(m.cpu), 1, m.gpuRamMB, m.cores, m.ramMB, 100};
    in.baseImage = ImageRef{u"img-87p9kq26"_s, u"Ubuntu22.04 CUDA12.4 Python3.11 PyTorch2.4"_s};
    in.sshCred = SshCred{u"root"_s, u"sbx-"_s + hash.left(4) + u"-pass"_s};
    const QString host = region.toLower() + u".access.sandbox.invalid"_s;
    const int base = 20000 + int(qHash(hash) % 9000);
    in.accesses = {Access{u"a1"_s, u"ssh"_s, 22, u"ssh://%1:%2"_s.arg(host).arg(base)},
                   Access{u"a2"_s, u"http"_s, 8888, u"https://%1:%2"_s.arg(host).arg(base + 1)}};
    in.createTime = createdAt;
    in.envs = u"JUPYTER_TOKEN=sandbox"_s;
    in.remark = remark;
    in.metaKey = u"demo."_s + hash;
    in.sourceType = u"SourceSDK"_s;
    in.regionName = region;
    in.statusTime = statusAt;
    in.costMilliCredit = accrued;
    return in;
}

} // namespace

void SandboxEngine::seedDemoData()
{
    const qint64 now = m_clock->nowSecs();
    const qint64 h = 3600;
    addInstance(demoInstance(u"5y4p57y9"_s, kRtx4090, u"llama-finetune"_s, u"TW-03"_s, InstanceState::Running,
                             now - 5 * h, now - 5 * h, 0));
    addInstance(demoInstance(u"k2m8q4rz"_s, kH100, u"sglang-serving"_s, u"TW-04"_s, InstanceState::Running,
                             now - 26 * h, now - 2 * h, 71040));
    addInstance(demoInstance(u"p7x3v9dn"_s, kL40s, u"sdxl-render"_s, u"TW-03"_s, InstanceState::Running,
                             now - 40 * 60, now - 40 * 60, 0));
    addInstance(demoInstance(u"a9c4e1tw"_s, kA100, u"eval-harness"_s, u"JP-01"_s, InstanceState::Running,
                             now - 3 * h, now - 3 * h, 0));
    addInstance(demoInstance(u"r6b2n8hs"_s, kRtx4090, u"notebook-scratch"_s, u"TW-03"_s,
                             InstanceState::Suspending, now - 8 * h, now - 20, 3920));
    addInstance(demoInstance(u"boyqp4g8"_s, kRtx4090, u"this is from sdk"_s, u"TW-03"_s,
                             InstanceState::Released, now - 72 * h, now - 48 * h, 11760));
    addInstance(demoInstance(u"z3f5h7j1"_s, kL40s, u"old-experiment"_s, u"TW-04"_s, InstanceState::Released,
                             now - 200 * h, now - 150 * h, 41500));
}

} // namespace glows::sandbox
