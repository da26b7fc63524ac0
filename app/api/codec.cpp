// SPDX-License-Identifier: Apache-2.0
#include "api/codec.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace glows::codec {
namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 16);
    return {};
}

qint64 int64(const QJsonObject &o, QLatin1StringView key, qint64 fallback = 0)
{
    const QJsonValue v = o.value(key);
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().toDouble(&ok);
        if (!ok)
            return fallback;
    } else {
        return fallback;
    }
    // Huge or non-finite numbers clamp instead of overflowing.
    if (!std::isfinite(d))
        return fallback;
    constexpr double limit = 9.0e15;
    return qint64(std::clamp(d, -limit, limit));
}

int int32(const QJsonObject &o, QLatin1StringView key, int fallback = 0)
{
    const qint64 v = int64(o, key, fallback);
    return int(std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

double real(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    const double d = v.isDouble() ? v.toDouble() : v.toString().toDouble();
    return std::isfinite(d) ? d : 0.0;
}

std::optional<qint64> optInt64(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() && !v.isString())
        return std::nullopt;
    return int64(o, key);
}

QJsonArray arrayOf(const QJsonObject &body, std::initializer_list<QLatin1StringView> keys)
{
    for (const auto key : keys) {
        const QJsonValue v = body.value(key);
        if (v.isArray())
            return v.toArray();
    }
    return {};
}

// The payload array a response must carry; its absence is an error, never an empty list.
std::optional<QJsonArray> requiredArray(const QJsonObject &body, QLatin1StringView key, QString *error)
{
    const QJsonValue value = body.value(key);
    if (value.isArray())
        return value.toArray();
    if (error)
        *error = u"response has no %1 array"_s.arg(key);
    return std::nullopt;
}

template<typename T, typename F>
std::optional<QList<T>> decodeArray(const QJsonArray &array, F decodeOne, QString *error)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        QString itemError;
        if (auto item = decodeOne(v, &itemError))
            out.append(std::move(*item));
        else if (error)
            *error = itemError; // skip the broken item, keep the rest; the caller may log the reason
    }
    return out;
}

} // namespace

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

std::optional<Envelope> decodeEnvelope(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"invalid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = u"response root is not an object"_s;
        return std::nullopt;
    }
    Envelope env;
    env.body = doc.object();
    const QJsonValue code = env.body.value("code"_L1);
    bool numericText = false;
    if (code.isString())
        (void)code.toString().trimmed().toInt(&numericText);
    if (!code.isDouble() && !numericText) {
        if (error)
            *error = u"response has no numeric 'code'"_s;
        return std::nullopt;
    }
    env.code = int32(env.body, "code"_L1, -1);
    env.msg = str(env.body, "msg"_L1);
    return env;
}

std::optional<Access> decodeAccess(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = u"access is not an object"_s;
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Access a;
    a.id = str(o, "accessID"_L1);
    a.protocol = str(o, "protocol"_L1);
    a.listenPort = int32(o, "listenPort"_L1);
    a.url = str(o, "url"_L1);
    return a;
}

std::optional<Instance> decodeInstance(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = u"instance is not an object"_s;
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Instance in;
    in.instanceID = str(o, "instanceID"_L1);
    if (in.instanceID.isEmpty()) {
        if (error)
            *error = u"instance without instanceID"_s;
        return std::nullopt;
    }
    in.category = str(o, "category"_L1);
    in.status = InstanceStatus::fromString(str(o, "status"_L1));
    in.priceCent = int32(o, "priceCent"_L1);
    in.hardware = decodeHardware(o.value("hardware"_L1).toObject());
    if (const QJsonValue img = o.value("baseImage"_L1); img.isObject())
        in.baseImage = ImageRef{str(img.toObject(), "imageID"_L1), str(img.toObject(), "imageName"_L1)};
    if (const QJsonValue snap = o.value("baseSnap"_L1); snap.isObject())
        in.baseSnap = SnapRef{str(snap.toObject(), "snapID"_L1), str(snap.toObject(), "snapName"_L1)};
    const QJsonObject cred = o.value("sshCred"_L1).toObject();
    in.sshCred = SshCred{str(cred, "user"_L1), str(cred, "password"_L1)};
    for (const QJsonValue &a : o.value("accesses"_L1).toArray()) {
        if (auto access = decodeAccess(a, nullptr))
            in.accesses.append(*access);
    }
    in.domain = int32(o, "domain"_L1);
    const QJsonValue created = o.value("createTime"_L1);
    in.createTime = created.isObject() ? int64(created.toObject(), "seconds"_L1) : int64(o, "createTime"_L1);
    in.cmd = str(o, "cmd"_L1);
    in.envs = str(o, "envs"_L1);
    in.remark = str(o, "remark"_L1);
    in.metaKey = str(o, "metaKey"_L1);
    in.sourceType = str(o, "sourceType"_L1);
    in.regionName = str(o, "regionName"_L1);
    in.costMilliCredit = optInt64(o, "costMilliCredit"_L1);
    in.statusTime = optInt64(o, "statusTime"_L1);
    if (const auto p = optInt64(o, "progress"_L1))
        in.progress = int(std::clamp<qint64>(*p, 0, 100));
    in.simulated = o.value("simulated"_L1).toBool();
    return in;
}

QJsonArray instanceArray(const QJsonObject &body)
{
    return arrayOf(body, {"instances"_L1, "data"_L1, "list"_L1});
}

std::optional<InstancePage> decodeInstancePage(const QJsonObject &body, QString *error)
{
    // The third-party client read `instances`, falling back to `data`; accept both.
    const QJsonArray array = arrayOf(body, {"instances"_L1, "data"_L1, "list"_L1});
    if (!body.value("instances"_L1).isArray() && !body.value("data"_L1).isArray() &&
        !body.value("list"_L1).isArray()) {
        if (error)
            *error = u"list response has no instances array"_s;
        return std::nullopt;
    }
    InstancePage page;
    page.instances = *decodeArray<Instance>(array, decodeInstance, nullptr);
    page.total = int32(body, "total"_L1, int(page.instances.size()));
    page.page = int32(body, "page"_L1, 1);
    page.perPage = int32(body, "per_page"_L1, int(page.instances.size()));
    return page;
}

std::optional<Snapshot> decodeSnapshot(const QJsonValue &value, QString *error)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject() || str(o, "snapID"_L1).isEmpty()) {
        if (error)
            *error = u"snapshot without snapID"_s;
        return std::nullopt;
    }
    Snapshot s;
    s.snapID = str(o, "snapID"_L1);
    s.name = str(o, "name"_L1);
    s.status = str(o, "status"_L1);
    s.sizeMB = int64(o, "sizeMB"_L1);
    const QJsonValue created = o.value("createTime"_L1);
    s.createTime = created.isObject() ? int64(created.toObject(), "seconds"_L1) : int64(o, "createTime"_L1);
    s.sourceInstanceID = str(o, "sourceInstanceID"_L1);
    s.regionName = str(o, "regionName"_L1);
    s.excludedPath = str(o, "excludedPath"_L1);
    s.progress = int(std::clamp<qint64>(int64(o, "progress"_L1), 0, 100));
    return s;
}

std::optional<QList<Snapshot>> decodeSnapshotList(const QJsonObject &body, QString *error)
{
    const std::optional<QJsonArray> items = requiredArray(body, "snapshots"_L1, error);
    if (!items)
        return std::nullopt;
    return decodeArray<Snapshot>(*items, decodeSnapshot, nullptr);
}

const std::array<MetricField, 10> &metricFields()
{
    static const std::array<MetricField, 10> fields{{
        {"cpuPct"_L1, &MetricSample::cpuPct},
        {"diskTotalGB"_L1, &MetricSample::diskTotalGB},
        {"diskUsedGB"_L1, &MetricSample::diskUsedGB},
        {"gpuMemTotalMB"_L1, &MetricSample::gpuMemTotalMB},
        {"gpuMemUsedMB"_L1, &MetricSample::gpuMemUsedMB},
        {"gpuUtil"_L1, &MetricSample::gpuUtil},
        {"netInKBps"_L1, &MetricSample::netInKBps},
        {"netOutKBps"_L1, &MetricSample::netOutKBps},
        {"ramTotalMB"_L1, &MetricSample::ramTotalMB},
        {"ramUsedMB"_L1, &MetricSample::ramUsedMB},
    }};
    return fields;
}

MetricFieldSet metricField(QLatin1StringView key)
{
    const auto &fields = metricFields();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].key == key)
            return MetricFieldSet(1u << i);
    }
    return 0;
}

QString metricFieldsParameter(MetricFieldSet fields)
{
    QStringList keys;
    const auto &all = metricFields();
    for (size_t i = 0; i < all.size(); ++i) {
        if (fields & (1u << i))
            keys.append(all[i].key);
    }
    return keys.join(u',');
}

std::optional<MetricFieldSet> parseMetricFieldsParameter(QStringView text)
{
    if (text.trimmed().isEmpty())
        return kAllMetricFields;
    MetricFieldSet set = 0;
    for (QStringView key : text.split(u',')) {
        const MetricFieldSet bit = metricField(QLatin1StringView(key.trimmed().toLatin1()));
        if (bit == 0)
            return std::nullopt;
        set |= bit;
    }
    return set;
}

std::optional<MetricSeries> decodeMetrics(const QJsonObject &body, QString *error)
{
    const std::optional<QJsonArray> items = requiredArray(body, "samples"_L1, error);
    if (!items)
        return std::nullopt;
    MetricSeries series;
    series.simulated = body.value("simulated"_L1).toBool();
    series.more = body.value("more"_L1).toBool();
    series.samples.reserve(items->size());
    for (const QJsonValue &v : *items) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        MetricSample s;
        s.t = int64(o, "t"_L1);
        for (const MetricField &field : metricFields())
            s.*field.value = real(o, field.key); // a field not asked for (`fields`) is absent: 0
        series.samples.append(s);
    }
    return series;
}

std::optional<QList<BillingRecord>> decodeBilling(const QJsonObject &body, QString *error)
{
    const std::optional<QJsonArray> items = requiredArray(body, "records"_L1, error);
    if (!items)
        return std::nullopt;
    QList<BillingRecord> out;
    for (const QJsonValue &v : *items) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        BillingRecord r;
        r.startTime = int64(o, "startTime"_L1);
        r.endTime = optInt64(o, "endTime"_L1);
        r.priceCent = int32(o, "priceCent"_L1);
        r.durationSeconds = int64(o, "durationSeconds"_L1);
        r.costMilliCredit = int64(o, "costMilliCredit"_L1);
        r.billingMethod = str(o, "billingMethod"_L1);
        r.discountPercent = int32(o, "discountPercent"_L1);
        out.append(r);
    }
    return out;
}

std::optional<NetworkGroup> decodeNetworkGroup(const QJsonValue &value, QString *error)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject() || str(o, "groupID"_L1).isEmpty()) {
        if (error)
            *error = u"network group without groupID"_s;
        return std::nullopt;
    }
    NetworkGroup g;
    g.groupID = str(o, "groupID"_L1);
    g.name = str(o, "name"_L1);
    g.regionName = str(o, "regionName"_L1);
    g.capacity = int32(o, "capacity"_L1);
    for (const QJsonValue &m : o.value("members"_L1).toArray()) {
        const QJsonObject mo = m.toObject();
        if (str(mo, "instanceID"_L1).isEmpty())
            continue;
        g.members.append(GroupMember{str(mo, "instanceID"_L1), str(mo, "name"_L1), str(mo, "ipCidr"_L1),
                                     int32(mo, "bandwidthMbps"_L1), str(mo, "status"_L1)});
    }
    return g;
}

std::optional<QList<NetworkGroup>> decodeNetworkGroups(const QJsonObject &body, QString *error)
{
    const std::optional<QJsonArray> items = requiredArray(body, "groups"_L1, error);
    if (!items)
        return std::nullopt;
    return decodeArray<NetworkGroup>(*items, decodeNetworkGroup, nullptr);
}

std::optional<QList<GpuSpec>> decodeSpecs(const QJsonObject &body, QString *error)
{
    const std::optional<QJsonArray> items = requiredArray(body, "specs"_L1, error);
    if (!items)
        return std::nullopt;
    QList<GpuSpec> out;
    for (const QJsonValue &v : *items) {
        const QJsonObject o = v.toObject();
        if (!v.isObject())
            continue;
        GpuSpec s;
        s.specID = str(o, "specID"_L1);
        s.regionName = str(o, "regionName"_L1);
        s.gpuName = str(o, "gpuName"_L1);
        s.gpuRamMB = int64(o, "gpuRamMB"_L1);
        s.cpuName = str(o, "cpuName"_L1);
        s.cpuCoresNum = int32(o, "cpuCoresNum"_L1);
        s.ramMB = int64(o, "ramMB"_L1);
        s.diskGB = int64(o, "diskGB"_L1);
        s.priceCent = int32(o, "priceCent"_L1);
        s.availableUnits = int32(o, "availableUnits"_L1);
        out.append(s);
    }
    return out;
}

std::optional<QList<ImageInfo>> decodeImages(const QJsonObject &body, QString *error)
{
    const std::optional<QJsonArray> items = requiredArray(body, "images"_L1, error);
    if (!items)
        return std::nullopt;
    QList<ImageInfo> out;
    for (const QJsonValue &v : *items) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || str(o, "imageID"_L1).isEmpty())
            continue;
        out.append(ImageInfo{str(o, "imageID"_L1), str(o, "imageName"_L1), str(o, "description"_L1),
                             str(o, "defaultPorts"_L1)});
    }
    return out;
}

std::optional<AccountBalance> decodeBalance(const QJsonObject &body, QString *error)
{
    if (!body.value("balanceMilliCredit"_L1).isDouble()) {
        if (error)
            *error = u"response has no balanceMilliCredit"_s;
        return std::nullopt;
    }
    return AccountBalance{int64(body, "balanceMilliCredit"_L1), body.value("simulated"_L1).toBool()};
}

Hardware decodeHardware(const QJsonObject &hw)
{
    return Hardware{str(hw, "gpuName"_L1),    str(hw, "cpuName"_L1),       int32(hw, "gpuNum"_L1),
                    int64(hw, "gpuRamMB"_L1), int32(hw, "cpuCoresNum"_L1), int64(hw, "ramMB"_L1),
                    int64(hw, "diskGB"_L1)};
}

QJsonObject encodeHardware(const Hardware &h)
{
    return {{"gpuName"_L1, h.gpuName},         {"cpuName"_L1, h.cpuName},
            {"gpuNum"_L1, h.gpuNum},           {"gpuRamMB"_L1, double(h.gpuRamMB)},
            {"cpuCoresNum"_L1, h.cpuCoresNum}, {"ramMB"_L1, double(h.ramMB)},
            {"diskGB"_L1, double(h.diskGB)}};
}

QJsonObject encodeAccess(const Access &a)
{
    QJsonObject o{{"protocol"_L1, a.protocol}, {"listenPort"_L1, a.listenPort}, {"url"_L1, a.url}};
    if (!a.id.isEmpty())
        o.insert("accessID"_L1, a.id);
    return o;
}

QJsonObject encodeInstance(const Instance &in)
{
    QJsonArray accesses;
    for (const Access &a : in.accesses)
        accesses.append(encodeAccess(a));
    QJsonObject o{
        {"instanceID"_L1, in.instanceID},
        {"category"_L1, in.category},
        {"status"_L1, in.status.raw()},
        {"priceCent"_L1, in.priceCent},
        {"hardware"_L1, encodeHardware(in.hardware)},
        {"baseImage"_L1, in.baseImage ? QJsonValue(QJsonObject{{"imageID"_L1, in.baseImage->imageID},
                                                               {"imageName"_L1, in.baseImage->imageName}})
                                      : QJsonValue(QJsonValue::Null)},
        {"baseSnap"_L1, in.baseSnap ? QJsonValue(QJsonObject{{"snapID"_L1, in.baseSnap->snapID},
                                                             {"snapName"_L1, in.baseSnap->snapName}})
                                    : QJsonValue(QJsonValue::Null)},
        {"sshCred"_L1, QJsonObject{{"user"_L1, in.sshCred.user}, {"password"_L1, in.sshCred.password}}},
        {"accesses"_L1, accesses},
        {"domain"_L1, in.domain},
        {"createTime"_L1, QJsonObject{{"seconds"_L1, double(in.createTime)}}},
        {"cmd"_L1, in.cmd},
        {"envs"_L1, in.envs},
        {"remark"_L1, in.remark},
        {"metaKey"_L1, in.metaKey},
        {"sourceType"_L1, in.sourceType},
        {"regionName"_L1, in.regionName},
    };
    if (in.costMilliCredit)
        o.insert("costMilliCredit"_L1, optionalNumber(in.costMilliCredit));
    if (in.statusTime)
        o.insert("statusTime"_L1, optionalNumber(in.statusTime));
    if (in.progress)
        o.insert("progress"_L1, *in.progress);
    if (in.simulated)
        o.insert("simulated"_L1, true);
    return o;
}

QJsonObject encodeSnapshot(const Snapshot &s)
{
    return {{"snapID"_L1, s.snapID},
            {"name"_L1, s.name},
            {"status"_L1, s.status},
            {"sizeMB"_L1, double(s.sizeMB)},
            {"createTime"_L1, QJsonObject{{"seconds"_L1, double(s.createTime)}}},
            {"sourceInstanceID"_L1, s.sourceInstanceID},
            {"regionName"_L1, s.regionName},
            {"excludedPath"_L1, s.excludedPath},
            {"progress"_L1, s.progress}};
}

QJsonObject encodeMetricSample(const MetricSample &s, MetricFieldSet fields)
{
    QJsonObject o{{"t"_L1, double(s.t)}};
    const auto &all = metricFields();
    for (size_t i = 0; i < all.size(); ++i) {
        if (fields & (1u << i))
            o.insert(all[i].key, s.*all[i].value);
    }
    return o;
}

QJsonObject encodeBillingRecord(const BillingRecord &r)
{
    return {{"startTime"_L1, double(r.startTime)},
            {"endTime"_L1, optionalNumber(r.endTime)},
            {"priceCent"_L1, r.priceCent},
            {"durationSeconds"_L1, double(r.durationSeconds)},
            {"costMilliCredit"_L1, double(r.costMilliCredit)},
            {"billingMethod"_L1, r.billingMethod},
            {"discountPercent"_L1, r.discountPercent}};
}

QJsonObject encodeNetworkGroup(const NetworkGroup &g)
{
    QJsonArray members;
    for (const GroupMember &m : g.members) {
        members.append(QJsonObject{{"instanceID"_L1, m.instanceID},
                                   {"name"_L1, m.name},
                                   {"ipCidr"_L1, m.ipCidr},
                                   {"bandwidthMbps"_L1, m.bandwidthMbps},
                                   {"status"_L1, m.status}});
    }
    return {{"groupID"_L1, g.groupID},
            {"name"_L1, g.name},
            {"regionName"_L1, g.regionName},
            {"capacity"_L1, g.capacity},
            {"members"_L1, members}};
}

QJsonObject encodeSpec(const GpuSpec &s)
{
    return {{"specID"_L1, s.specID},       {"regionName"_L1, s.regionName},
            {"gpuName"_L1, s.gpuName},     {"gpuRamMB"_L1, double(s.gpuRamMB)},
            {"cpuName"_L1, s.cpuName},     {"cpuCoresNum"_L1, s.cpuCoresNum},
            {"ramMB"_L1, double(s.ramMB)}, {"diskGB"_L1, double(s.diskGB)},
            {"priceCent"_L1, s.priceCent}, {"availableUnits"_L1, s.availableUnits}};
}

QJsonObject encodeImage(const ImageInfo &i)
{
    return {{"imageID"_L1, i.imageID},
            {"imageName"_L1, i.imageName},
            {"description"_L1, i.description},
            {"defaultPorts"_L1, i.defaultPorts}};
}

QJsonObject encodeCreateRequest(const CreateInstanceRequest &r)
{
    QJsonObject o{{"instance_category"_L1, r.instanceCategory},
                  {"region_name"_L1, r.regionName},
                  {"custom_meta_key"_L1, r.customMetaKey}};
    if (!r.fromSnapId.isEmpty())
        o.insert("from_snap_id"_L1, r.fromSnapId);
    else
        o.insert("from_image_id"_L1, r.fromImageId);
    if (!r.gpuName.isEmpty())
        o.insert("gpu_name"_L1, r.gpuName);
    if (!r.remark.isEmpty())
        o.insert("remark"_L1, r.remark);
    if (!r.envs.isEmpty())
        o.insert("envs"_L1, r.envs);
    if (!r.cmd.isEmpty())
        o.insert("cmd"_L1, r.cmd);
    if (!r.ports.isEmpty()) {
        QJsonArray ports;
        for (const auto &p : r.ports)
            ports.append(QJsonObject{{"port"_L1, p.port}, {"protocol"_L1, p.protocol}});
        // The contract wants the port list as JSON text inside a string.
        o.insert("ports"_L1, QString::fromUtf8(QJsonDocument(ports).toJson(QJsonDocument::Compact)));
    }
    if (r.unitQty != 1)
        o.insert("unit_qty"_L1, r.unitQty);
    return o;
}

std::optional<CreateInstanceRequest> decodeCreateRequest(const QJsonObject &body, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const auto key :
         {"from_image_id"_L1, "from_snap_id"_L1, "gpu_name"_L1, "region_name"_L1, "instance_category"_L1,
          "custom_meta_key"_L1, "remark"_L1, "envs"_L1, "cmd"_L1, "ports"_L1}) {
        if (body.contains(key) && !body.value(key).isString())
            return fail(u"field '%1' must be a string"_s.arg(key));
    }
    CreateInstanceRequest r;
    r.fromImageId = body.value("from_image_id"_L1).toString();
    r.fromSnapId = body.value("from_snap_id"_L1).toString();
    r.gpuName = body.value("gpu_name"_L1).toString();
    r.regionName = body.value("region_name"_L1).toString();
    r.instanceCategory = body.value("instance_category"_L1).toString(u"container"_s);
    r.customMetaKey = body.value("custom_meta_key"_L1).toString();
    r.remark = body.value("remark"_L1).toString();
    r.envs = body.value("envs"_L1).toString();
    r.cmd = body.value("cmd"_L1).toString();
    if (body.contains("unit_qty"_L1)) {
        const QJsonValue qty = body.value("unit_qty"_L1);
        if (!qty.isDouble() || qty.toDouble() != double(qty.toInt()) || qty.toInt() < 1 || qty.toInt() > 8)
            return fail(u"field 'unit_qty' must be an integer from 1 to 8"_s);
        r.unitQty = qty.toInt();
    }
    const QString ports = body.value("ports"_L1).toString();
    if (!ports.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(ports.toUtf8());
        if (!doc.isArray())
            return fail(u"field 'ports' must hold a JSON array as text"_s);
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject p = v.toObject();
            r.ports.append({int32(p, "port"_L1), int32(p, "protocol"_L1, 1)});
        }
    }
    return r;
}

} // namespace glows::codec
