// SPDX-License-Identifier: Apache-2.0
// Extension: port forwards after creation, the Monitor series and the Billing records of one instance.
#include "api/codec.h"
#include "sandbox/fastjson.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxengine.h"

#include <QJsonArray>
#include <limits>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

constexpr qint64 kIntMin = std::numeric_limits<int>::min();
constexpr qint64 kIntMax = std::numeric_limits<int>::max();

QJsonObject accessPayload(const Access &access)
{
    return {{"access"_L1, codec::encodeAccess(access)}};
}

Reply addPort(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const QString id = b.string(u"request_id"_s, true, kMaxIdLength);
    // The range is the engine's rule (1-65535), so only the type is checked here.
    const auto port = b.integer(u"port"_s, true, kIntMin, kIntMax);
    const QString protocol = b.string(u"protocol"_s, false, 16);
    if (b.failed())
        return fail(*b.error());
    return reply(engine.addPortForward(id, int(*port), protocol.isEmpty() ? u"tcp"_s : protocol),
                 accessPayload);
}

Reply editPort(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const QString id = b.string(u"request_id"_s, true, kMaxIdLength);
    const QString accessId = b.string(u"access_id"_s, true, kMaxIdLength);
    const auto port = b.integer(u"port"_s, true, kIntMin, kIntMax);
    const QString protocol = b.string(u"protocol"_s, false, 16);
    if (b.failed())
        return fail(*b.error());
    return reply(engine.editPortForward(id, accessId, int(*port), protocol.isEmpty() ? u"tcp"_s : protocol),
                 accessPayload);
}

Reply deletePort(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString id = q.requiredId(u"request_id"_s);
    const QString accessId = q.requiredId(u"access_id"_s);
    if (q.failed())
        return fail(*q.error());
    return reply(engine.deletePortForward(id, accessId), [](const Done &) { return QJsonObject(); });
}

Reply metrics(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString id = q.requiredId(u"request_id"_s);
    const qint64 since = q.integer(u"since"_s, 0, 0, qint64(1) << 40);
    if (q.failed())
        return fail(*q.error());
    const std::optional<codec::MetricFieldSet> fields =
        codec::parseMetricFieldsParameter(call.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded));
    if (!fields)
        return fail(codes::Validation, u"fields names an unknown sample field"_s);
    const Outcome<MetricSeries> series = engine.metrics(id, since);
    if (!series.ok())
        return fail(series.error());
    // Written directly: an hour of samples as QJsonObjects would be the in-process sandbox's biggest
    // allocation (see fastjson.h).
    Reply answer;
    fastjson::appendMetricsReply(answer.body, series.value(), *fields);
    return answer;
}

Reply billing(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString id = q.requiredId(u"request_id"_s);
    if (q.failed())
        return fail(*q.error());
    return reply(engine.billing(id), [](const QList<BillingRecord> &records) {
        QJsonArray items;
        for (const BillingRecord &r : records)
            items.append(codec::encodeBillingRecord(r));
        return QJsonObject{{"simulated"_L1, true}, {"records"_L1, items}};
    });
}

// Sandbox only: POST /sandbox/instance/load {"request_id": …, "load": "busy" | "idle"}.
Reply setLoad(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const QString id = b.string(u"request_id"_s, true, kMaxIdLength);
    const QString load = b.string(u"load"_s, true, 16);
    if (b.failed())
        return fail(*b.error());
    return reply(engine.setLoad(id, load), [id, load](const Done &) {
        return QJsonObject{{"instanceID"_L1, normalizeInstanceId(id)}, {"load"_L1, load}};
    });
}

} // namespace

void installAccessRoutes(RouteTable &routes, SandboxEngine &engine)
{
    using M = RouteTable::Method;
    SandboxEngine *e = &engine;
    routes.add(M::Post, u"/instance/port"_s, [e](const ApiCall &c) { return addPort(*e, c); });
    routes.add(M::Put, u"/instance/port"_s, [e](const ApiCall &c) { return editPort(*e, c); });
    routes.add(M::Delete, u"/instance/port"_s, [e](const ApiCall &c) { return deletePort(*e, c); });
    routes.add(M::Get, u"/instance/metrics"_s, [e](const ApiCall &c) { return metrics(*e, c); });
    routes.add(M::Get, u"/instance/billing"_s, [e](const ApiCall &c) { return billing(*e, c); });
    routes.add(M::Post, u"/sandbox/instance/load"_s, [e](const ApiCall &c) { return setLoad(*e, c); });
}

} // namespace glows::sandbox
