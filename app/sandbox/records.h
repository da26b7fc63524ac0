// SPDX-License-Identifier: Apache-2.0
#pragma once

// The simulated cloud's internal records: the public objects plus what the simulation needs to move them
// along (phase deadlines, billing segments, pending port mappings). Plain values, serialisable to JSON for
// the SQLite store.

#include "core/cost.h"
#include "core/domain.h"
#include "core/instance.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace glows::sandbox {

inline constexpr QLatin1StringView kPayAsYouGo{"Pay-as-you-go"};
inline constexpr QLatin1StringView kExcludedPath{"/datadrive"};

// One uninterrupted stretch of Running: a row of the Billing tab. Times are epoch seconds.
struct BillingSegment
{
    qint64 start = 0;
    std::optional<qint64> end; // nullopt while still running
    int priceCent = 0;         // credit-cents per hour
    QString method = QString(kPayAsYouGo);
    int discountPercent = 0;

    qint64 durationAt(qint64 nowSecs) const;
    MilliCredits costAt(qint64 nowSecs) const;
    BillingRecord recordAt(qint64 nowSecs) const;
    bool operator==(const BillingSegment &) const = default;
};

// The cost of `seconds` at `priceCent`, less a whole-percent discount, rounded half up to a milli-credit.
MilliCredits discountedCost(qint64 seconds, int priceCent, int discountPercent);

// An access whose external URL appears once its mapping is up.
struct PendingUrl
{
    QString accessId;
    QString url;
    qint64 readyMs = 0;
    bool operator==(const PendingUrl &) const = default;
};

struct InstanceRec
{
    Instance pub;            // costMilliCredit, progress and simulated are filled in when read
    qint64 seq = 0;          // creation order
    qint64 phaseStartMs = 0; // when the current transitional status began
    qint64 phaseEndMs = 0;   // when it ends; 0 when the status is not transitional
    QString snapId;          // the snapshot being written while Suspending/Paused
    bool autoRelease = false;
    Hardware machine; // what the instance gets once it runs (queued instances show zeros)
    int machinePriceCent = 0;
    QList<PendingUrl> pendingUrls;
    QList<BillingSegment> billing; // oldest first
    QString groupId;               // the network group it belongs to, if any
    // The SSH endpoint's (sandbox --ssh): its ed25519 host key (OpenSSH private key, base64), made once so
    // clients' trust on first use holds across restarts, and the public keys installed through it.
    QByteArray sshHostKey;
    QStringList authorizedKeys;
    // Simulated GPU load from loadSince on (POST /sandbox/instance/load): "idle", "busy", or empty for the
    // instance's own profile; previousLoad before that.
    QString load;
    qint64 loadSince = 0;
    QString previousLoad;

    InstanceState state() const { return pub.status.state(); }
    bool isActive() const
    {
        return state() != InstanceState::Released && state() != InstanceState::Terminated;
    }
    // The earliest simulated time at which something happens by itself; 0 = nothing scheduled.
    qint64 nextEventMs() const;
    MilliCredits costAt(qint64 nowSecs) const;
    bool operator==(const InstanceRec &) const = default;
};

// The instance's SSH access (port 22), which cannot be edited or deleted.
bool isSshAccess(const Access &a);
// Its HTTP forward of port 8888 (JupyterLab), which the SSH endpoints make real (sshendpoints.h).
bool isJupyterForward(const Access &a);

struct SnapshotRec
{
    Snapshot pub;
    qint64 seq = 0;
    std::optional<ImageRef> baseImage; // the image the source instance was started from
    qint64 estimatedSizeMB = 0;        // sizeMB once saved
    bool operator==(const SnapshotRec &) const = default;
};

struct GroupRec
{
    NetworkGroup pub; // member status and name are filled in when read
    qint64 seq = 0;
    int subnet = 0; // 192.168.<subnet>.0/24
    bool operator==(const GroupRec &) const = default;
};

// Everything the simulated cloud knows; the store saves and loads exactly this.
struct EngineState
{
    QHash<QString, InstanceRec> instances;
    QStringList instanceOrder;
    QHash<QString, SnapshotRec> snapshots;
    QStringList snapshotOrder;
    QHash<QString, GroupRec> groups;
    QStringList groupOrder;
    qint64 creditedMilli = 0; // everything ever added to the account
    qint64 nextSeq = 1;
    int nextExternalPort = 20000;
    qint64 simNowMs = 0; // the simulated time when the state was last saved
};

QJsonObject instanceToJson(const InstanceRec &rec);
std::optional<InstanceRec> instanceFromJson(const QJsonObject &o);
QJsonObject snapshotToJson(const SnapshotRec &rec);
std::optional<SnapshotRec> snapshotFromJson(const QJsonObject &o);
QJsonObject groupToJson(const GroupRec &rec);
std::optional<GroupRec> groupFromJson(const QJsonObject &o);

// A portable 64-bit FNV-1a hash, stable across runs and machines (qHash is not).
quint64 stableHash(QStringView text, quint64 salt = 0);

} // namespace glows::sandbox
