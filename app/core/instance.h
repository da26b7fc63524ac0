// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instancestatus.h"

#include <QList>
#include <QString>
#include <optional>

namespace glows {

// One entry of the public `accesses` array. `id` and `pending` are the project's extension (port forwards
// added after creation); a public-SDK server leaves them empty.
struct Access
{
    QString id;
    QString protocol; // "ssh", "http", "tcp", "https"; kept as sent
    int listenPort = 0;
    QString url; // empty until the port is mapped
    bool isPending() const { return url.isEmpty(); }
    bool operator==(const Access &) const = default;
};

struct Hardware
{
    QString gpuName;
    QString cpuName;
    int gpuNum = 0;
    qint64 gpuRamMB = 0; // per GPU
    int cpuCoresNum = 0;
    qint64 ramMB = 0;
    qint64 diskGB = 0;
    bool operator==(const Hardware &) const = default;
};

struct ImageRef
{
    QString imageID;
    QString imageName;
    bool operator==(const ImageRef &) const = default;
};

struct SnapRef
{
    QString snapID;
    QString snapName;
    bool operator==(const SnapRef &) const = default;
};

struct SshCred
{
    QString user;
    QString password;
    bool operator==(const SshCred &) const = default;
};

// The public `VisibleInstance` object, field for field, plus the optional extension fields a sandbox (or a
// future server) may add. Missing extension fields stay std::nullopt and the UI falls back to estimates.
struct Instance
{
    QString instanceID;
    QString category;
    InstanceStatus status;
    int priceCent = 0; // credit-cents per hour
    Hardware hardware;
    std::optional<ImageRef> baseImage;
    std::optional<SnapRef> baseSnap;
    SshCred sshCred;
    QList<Access> accesses;
    int domain = 0;
    qint64 createTime = 0; // seconds since the epoch
    QString cmd;
    QString envs;
    QString remark;
    QString metaKey;
    QString sourceType;
    QString regionName;

    // Extensions.
    std::optional<qint64> costMilliCredit; // accrued cost at the time of the response
    std::optional<qint64> statusTime;      // when the current status began (epoch seconds)
    std::optional<int> progress;           // 0-100 for snapshot progress
    bool simulated = false;

    // Legacy IDs come without the "ins-" prefix; both name the same instance.
    QString normalizedId() const;
    QString displayName() const;

    bool operator==(const Instance &) const = default;
};

QString normalizeInstanceId(const QString &id);

} // namespace glows
