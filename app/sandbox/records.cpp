// SPDX-License-Identifier: Apache-2.0
#include "sandbox/records.h"

#include "api/codec.h"

#include <QJsonArray>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

qint64 number(const QJsonObject &o, QLatin1StringView key, qint64 fallback = 0)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

} // namespace

MilliCredits discountedCost(qint64 seconds, int priceCent, int discountPercent)
{
    const MilliCredits full = costForSeconds(seconds, priceCent);
    const int pay = std::clamp(100 - discountPercent, 0, 100);
    return (full * pay + 50) / 100;
}

qint64 BillingSegment::durationAt(qint64 nowSecs) const
{
    return qMax<qint64>(0, end.value_or(nowSecs) - start);
}

MilliCredits BillingSegment::costAt(qint64 nowSecs) const
{
    return discountedCost(durationAt(nowSecs), priceCent, discountPercent);
}

BillingRecord BillingSegment::recordAt(qint64 nowSecs) const
{
    BillingRecord r;
    r.startTime = start;
    r.endTime = end;
    r.priceCent = priceCent;
    r.durationSeconds = durationAt(nowSecs);
    r.costMilliCredit = costAt(nowSecs);
    r.billingMethod = method;
    r.discountPercent = discountPercent;
    return r;
}

qint64 InstanceRec::nextEventMs() const
{
    qint64 next = phaseEndMs > 0 ? phaseEndMs : std::numeric_limits<qint64>::max();
    for (const PendingUrl &p : pendingUrls) {
        if (p.readyMs > 0) // 0: revealed when the instance starts running
            next = qMin(next, p.readyMs);
    }
    return next == std::numeric_limits<qint64>::max() ? 0 : next;
}

MilliCredits InstanceRec::costAt(qint64 nowSecs) const
{
    MilliCredits sum = 0;
    for (const BillingSegment &s : billing)
        sum += s.costAt(nowSecs);
    return sum;
}

static QJsonObject instanceRowToJson(const InstanceRec &rec)
{
    Instance pub = rec.pub;
    pub.costMilliCredit.reset();
    pub.progress.reset();
    pub.simulated = false;
    QJsonArray pending;
    for (const PendingUrl &p : rec.pendingUrls)
        pending.append(
            QJsonObject{{"accessID"_L1, p.accessId}, {"url"_L1, p.url}, {"readyMs"_L1, double(p.readyMs)}});
    QJsonArray billing;
    for (const BillingSegment &s : rec.billing)
        billing.append(QJsonObject{{"start"_L1, double(s.start)},
                                   {"end"_L1, codec::optionalNumber(s.end)},
                                   {"priceCent"_L1, s.priceCent},
                                   {"method"_L1, s.method},
                                   {"discountPercent"_L1, s.discountPercent}});
    return {{"instance"_L1, codec::encodeInstance(pub)},
            {"seq"_L1, double(rec.seq)},
            {"phaseStartMs"_L1, double(rec.phaseStartMs)},
            {"phaseEndMs"_L1, double(rec.phaseEndMs)},
            {"snapID"_L1, rec.snapId},
            {"autoRelease"_L1, rec.autoRelease},
            {"machine"_L1, codec::encodeHardware(rec.machine)},
            {"machinePriceCent"_L1, rec.machinePriceCent},
            {"pendingUrls"_L1, pending},
            {"billing"_L1, billing},
            {"groupID"_L1, rec.groupId},
            {"load"_L1, rec.load},
            {"loadSince"_L1, double(rec.loadSince)},
            {"previousLoad"_L1, rec.previousLoad}};
}

QJsonObject instanceToJson(const InstanceRec &rec)
{
    QJsonObject o = instanceRowToJson(rec);
    // Only once an SSH endpoint was made, so records of sandboxes without one stay as they were.
    if (!rec.sshHostKey.isEmpty())
        o.insert("sshHostKey"_L1, QString::fromLatin1(rec.sshHostKey));
    if (!rec.authorizedKeys.isEmpty())
        o.insert("authorizedKeys"_L1, QJsonArray::fromStringList(rec.authorizedKeys));
    return o;
}

std::optional<InstanceRec> instanceFromJson(const QJsonObject &o)
{
    auto pub = codec::decodeInstance(o.value("instance"_L1), nullptr);
    if (!pub)
        return std::nullopt;
    InstanceRec rec;
    rec.pub = std::move(*pub);
    rec.pub.costMilliCredit.reset();
    rec.pub.progress.reset();
    rec.pub.simulated = false;
    rec.seq = number(o, "seq"_L1);
    rec.phaseStartMs = number(o, "phaseStartMs"_L1);
    rec.phaseEndMs = number(o, "phaseEndMs"_L1);
    rec.snapId = o.value("snapID"_L1).toString();
    rec.autoRelease = o.value("autoRelease"_L1).toBool();
    rec.machine = codec::decodeHardware(o.value("machine"_L1).toObject());
    rec.machinePriceCent = int(number(o, "machinePriceCent"_L1));
    for (const QJsonValue &v : o.value("pendingUrls"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        rec.pendingUrls.append(PendingUrl{p.value("accessID"_L1).toString(), p.value("url"_L1).toString(),
                                          number(p, "readyMs"_L1)});
    }
    for (const QJsonValue &v : o.value("billing"_L1).toArray()) {
        const QJsonObject b = v.toObject();
        BillingSegment s;
        s.start = number(b, "start"_L1);
        if (b.value("end"_L1).isDouble())
            s.end = number(b, "end"_L1);
        s.priceCent = int(number(b, "priceCent"_L1));
        s.method = b.value("method"_L1).toString(QString(kPayAsYouGo));
        s.discountPercent = int(number(b, "discountPercent"_L1));
        rec.billing.append(s);
    }
    rec.groupId = o.value("groupID"_L1).toString();
    rec.sshHostKey = o.value("sshHostKey"_L1).toString().toLatin1();
    for (const QJsonValue &v : o.value("authorizedKeys"_L1).toArray())
        rec.authorizedKeys.append(v.toString());
    rec.load = o.value("load"_L1).toString();
    rec.loadSince = number(o, "loadSince"_L1);
    rec.previousLoad = o.value("previousLoad"_L1).toString();
    return rec;
}

QJsonObject snapshotToJson(const SnapshotRec &rec)
{
    QJsonObject o{{"snapshot"_L1, codec::encodeSnapshot(rec.pub)},
                  {"seq"_L1, double(rec.seq)},
                  {"estimatedSizeMB"_L1, double(rec.estimatedSizeMB)}};
    if (rec.baseImage)
        o.insert("baseImage"_L1, QJsonObject{{"imageID"_L1, rec.baseImage->imageID},
                                             {"imageName"_L1, rec.baseImage->imageName}});
    return o;
}

std::optional<SnapshotRec> snapshotFromJson(const QJsonObject &o)
{
    auto pub = codec::decodeSnapshot(o.value("snapshot"_L1), nullptr);
    if (!pub)
        return std::nullopt;
    SnapshotRec rec;
    rec.pub = std::move(*pub);
    rec.seq = number(o, "seq"_L1);
    rec.estimatedSizeMB = number(o, "estimatedSizeMB"_L1);
    if (const QJsonValue img = o.value("baseImage"_L1); img.isObject())
        rec.baseImage = ImageRef{img.toObject().value("imageID"_L1).toString(),
                                 img.toObject().value("imageName"_L1).toString()};
    return rec;
}

QJsonObject groupToJson(const GroupRec &rec)
{
    return {{"group"_L1, codec::encodeNetworkGroup(rec.pub)},
            {"seq"_L1, double(rec.seq)},
            {"subnet"_L1, rec.subnet}};
}

std::optional<GroupRec> groupFromJson(const QJsonObject &o)
{
    auto pub = codec::decodeNetworkGroup(o.value("group"_L1), nullptr);
    if (!pub)
        return std::nullopt;
    GroupRec rec;
    rec.pub = std::move(*pub);
    rec.seq = number(o, "seq"_L1);
    rec.subnet = int(number(o, "subnet"_L1));
    return rec;
}

quint64 stableHash(QStringView text, quint64 salt)
{
    quint64 h = 14695981039346656037ULL ^ (salt * 1099511628211ULL);
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    // Final avalanche so nearby strings spread out.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

bool isSshAccess(const Access &a)
{
    return a.protocol == "ssh"_L1 && a.listenPort == 22;
}

bool isJupyterForward(const Access &a)
{
    return (a.protocol == "http"_L1 || a.protocol == "https"_L1) && a.listenPort == 8888;
}

} // namespace glows::sandbox
