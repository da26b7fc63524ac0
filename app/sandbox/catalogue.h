// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"

#include <QStringList>
#include <optional>

namespace glows::sandbox {

// The simulated catalogue: official images and the GPU machines each region offers (prices are the public
// per-hour rates in credit-cents). Fixed data; availability is reduced by the instances in use.
namespace catalogue {

QStringList regions();
bool isRegion(const QString &name);
QList<ImageInfo> images();
// Accepts "img-xxxxxxxx" and the legacy bare hash.
std::optional<ImageInfo> image(const QString &imageId);
QList<GpuSpec> specs(); // every region
std::optional<GpuSpec> spec(const QString &regionName, const QString &gpuName);
// Used disk (GB) an image starts with; snapshots of it are about this big.
int imageDiskUsedGB(const QString &imageId);

} // namespace catalogue
} // namespace glows::sandbox
