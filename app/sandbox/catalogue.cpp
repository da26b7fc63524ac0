// SPDX-License-Identifier: Apache-2.0
#include "sandbox/catalogue.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox::catalogue {
namespace {

struct Machine
{
    const char *gpu;
    qint64 gpuRamMB;
    const char *cpu;
    int cores;
    qint64 ramMB;
    qint64 diskGB;
    int priceCent;
};

constexpr Machine kRtx4090{
    "NVIDIA GeForce RTX 4090", 24564, "Intel(R) Xeon(R) Platinum 8352V CPU @ 2.10GHz", 10, 43008, 100, 49};
constexpr Machine kRtx6000Ada{
    "NVIDIA RTX 6000 Ada Generation", 49140, "AMD EPYC 9354 32-Core Processor", 16, 98304, 200, 72};
constexpr Machine kL40s{"NVIDIA L40S PCIe", 46068, "Intel(R) Xeon(R) Platinum 8468", 16, 98304, 200, 83};
constexpr Machine kA100{"NVIDIA A100 80GB", 81920, "AMD EPYC 7763 64-Core Processor", 24, 196608, 300, 120};
constexpr Machine kH100{
    "NVIDIA H100 80GB HBM3", 81920, "Intel(R) Xeon(R) Platinum 8480+", 26, 229376, 400, 296};

GpuSpec make(const char *specId, const char *region, const Machine &m, int units)
{
    return GpuSpec{QString::fromLatin1(specId),
                   QString::fromLatin1(region),
                   QString::fromLatin1(m.gpu),
                   m.gpuRamMB,
                   QString::fromLatin1(m.cpu),
                   m.cores,
                   m.ramMB,
                   m.diskGB,
                   m.priceCent,
                   units};
}

QString bare(const QString &id)
{
    return id.startsWith("img-"_L1) ? id.mid(4) : id;
}

} // namespace

QStringList regions()
{
    return {u"TW-03"_s, u"TW-04"_s, u"JP-01"_s};
}

bool isRegion(const QString &name)
{
    return regions().contains(name);
}

QList<ImageInfo> images()
{
    const QString ports = u"SSH/22, HTTP/8888"_s;
    return {
        {u"img-87p9kq26"_s, u"Ubuntu22.04 CUDA12.4 Python3.11 PyTorch2.4"_s,
         u"PyTorch 2.4 with CUDA 12.4 and cuDNN 9 on Ubuntu 22.04; JupyterLab on port 8888. Needs an NVIDIA "
         "GPU with driver 550 or newer."_s,
         ports},
        {u"img-gzq2xep6"_s, u"Ubuntu20.04 CUDA12.2 Python3.9"_s,
         u"Plain CUDA 12.2 development image on Ubuntu 20.04 with Python 3.9 and JupyterLab."_s, ports},
        {u"img-6np5yvq2"_s, u"vLLM 0.6 CUDA12.4 Python3.11"_s,
         u"vLLM 0.6 OpenAI-compatible server (port 8000) with PyTorch 2.4; JupyterLab on port 8888."_s,
         u"SSH/22, HTTP/8888, HTTP/8000"_s},
        {u"img-c3rt5w8m"_s, u"ComfyUI SDXL CUDA12.1"_s,
         u"ComfyUI with Stable Diffusion XL base weights preloaded; the web UI listens on port 8188."_s,
         u"SSH/22, HTTP/8888, HTTP/8188"_s},
        {u"img-m4lq9s2a"_s, u"SGLang 0.3 CUDA12.4 Python3.11"_s,
         u"SGLang runtime for multi-node serving over a Network Group; NCCL preconfigured."_s, ports},
    };
}

std::optional<ImageInfo> image(const QString &imageId)
{
    const QString wanted = bare(imageId.trimmed());
    if (wanted.isEmpty())
        return std::nullopt;
    for (const ImageInfo &i : images()) {
        if (bare(i.imageID) == wanted)
            return i;
    }
    return std::nullopt;
}

QList<GpuSpec> specs()
{
    return {
        make("spec-tw03-4090", "TW-03", kRtx4090, 24), make("spec-tw03-6000ada", "TW-03", kRtx6000Ada, 8),
        make("spec-tw03-l40s", "TW-03", kL40s, 12),    make("spec-tw04-h100", "TW-04", kH100, 16),
        make("spec-tw04-a100", "TW-04", kA100, 8),     make("spec-tw04-l40s", "TW-04", kL40s, 10),
        make("spec-jp01-4090", "JP-01", kRtx4090, 6),  make("spec-jp01-a100", "JP-01", kA100, 4),
        make("spec-jp01-h100", "JP-01", kH100, 0), // sold out: creating one answers 40200
    };
}

std::optional<GpuSpec> spec(const QString &regionName, const QString &gpuName)
{
    for (const GpuSpec &s : specs()) {
        if (s.regionName == regionName && s.gpuName.compare(gpuName.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

int imageDiskUsedGB(const QString &imageId)
{
    const QString id = bare(imageId);
    if (id == "6np5yvq2"_L1)
        return 38;
    if (id == "c3rt5w8m"_L1)
        return 52;
    if (id == "m4lq9s2a"_L1)
        return 34;
    if (id == "gzq2xep6"_L1)
        return 18;
    return 26;
}

} // namespace glows::sandbox::catalogue
