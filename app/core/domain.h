// SPDX-License-Identifier: Apache-2.0
#pragma once

// Value types for the console features beyond the instance object. Most of them come from the project's
// documented extension of the SDK (docs/api.md); field names follow the SDK's camelCase style.

#include <QList>
#include <QString>
#include <optional>

namespace glows {

struct Snapshot
{
    QString snapID;
    QString name;
    QString status; // "Saving", "Available", ...
    qint64 sizeMB = 0;
    qint64 createTime = 0;
    QString sourceInstanceID;
    QString regionName;
    QString excludedPath; // always "/datadrive" on the console
    int progress = 0;
    bool operator==(const Snapshot &) const = default;
};

struct MetricSample
{
    qint64 t = 0; // epoch seconds
    double gpuUtil = 0;
    double gpuMemUsedMB = 0;
    double gpuMemTotalMB = 0;
    double cpuPct = 0;
    double ramUsedMB = 0;
    double ramTotalMB = 0;
    double diskUsedGB = 0;
    double diskTotalGB = 0;
    double netInKBps = 0;
    double netOutKBps = 0;
    bool operator==(const MetricSample &) const = default;
};

struct MetricSeries
{
    bool simulated = false;
    // The server holds later samples than these (it answers at most kMetricsPageSamples at a time): ask
    // again with `since` = the last sample's t.
    bool more = false;
    QList<MetricSample> samples;
};

// The most samples one metrics answer carries (5 minutes at one a second), so an hour of history arrives
// in twelve small answers rather than one large document: each is read into ~0.3 MB of JSON objects at
// most, while the app has the rest of its peak memory in use (docs/perf.md, figure 3).
inline constexpr qsizetype kMetricsPageSamples = 300;

struct BillingRecord
{
    qint64 startTime = 0;
    std::optional<qint64> endTime; // nullopt while still running
    int priceCent = 0;
    qint64 durationSeconds = 0;
    qint64 costMilliCredit = 0;
    QString billingMethod;
    int discountPercent = 0;
    bool operator==(const BillingRecord &) const = default;
};

struct GroupMember
{
    QString instanceID;
    QString name;
    QString ipCidr;
    int bandwidthMbps = 0;
    QString status;
    bool operator==(const GroupMember &) const = default;
};

struct NetworkGroup
{
    QString groupID;
    QString name;
    QString regionName;
    int capacity = 0;
    QList<GroupMember> members;
    bool operator==(const NetworkGroup &) const = default;
};

struct GpuSpec
{
    QString specID;
    QString regionName;
    QString gpuName;
    qint64 gpuRamMB = 0;
    QString cpuName;
    int cpuCoresNum = 0;
    qint64 ramMB = 0;
    qint64 diskGB = 0;
    int priceCent = 0;
    int availableUnits = 0;
    bool operator==(const GpuSpec &) const = default;
};

struct ImageInfo
{
    QString imageID;
    QString imageName;
    QString description;
    QString defaultPorts; // e.g. "SSH/22, HTTP/8888"
    bool operator==(const ImageInfo &) const = default;
};

struct AccountBalance
{
    qint64 balanceMilliCredit = 0;
    bool simulated = false;
};

// Request body for creating an instance (public SDK fields).
struct CreateInstanceRequest
{
    QString fromImageId;
    QString fromSnapId;
    QString gpuName;
    QString regionName;
    QString instanceCategory = QStringLiteral("container");
    QString customMetaKey;
    QString remark;
    QString envs;
    struct Port
    {
        int port = 0;
        int protocol = 1; // 1 = TCP/SSH, 2 = HTTP(S)
    };
    QList<Port> ports;
    QString cmd;
    int unitQty = 1; // GPU units ("unit_qty", seen in a third-party client); sent only when not 1
};

} // namespace glows
