// SPDX-License-Identifier: Apache-2.0
// Extension: the account balance (and a sandbox-only top-up), and the catalogue of images and GPU specs.
// GET /spec/list is named by the public contract; its response shape is the project's.
#include "api/codec.h"
#include "sandbox/catalogue.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

QJsonObject accountPayload(const SandboxEngine::Account &a)
{
    return {{"balanceMilliCredit"_L1, double(a.balanceMilli)},
            {"creditedMilliCredit"_L1, double(a.creditedMilli)},
            {"spentMilliCredit"_L1, double(a.spentMilli)},
            {"burnRateMilliCreditPerHour"_L1, double(a.burnRateMilliPerHour)},
            {"runningInstances"_L1, a.runningInstances},
            {"simulated"_L1, true}};
}

Reply balance(SandboxEngine &engine, const ApiCall &)
{
    return ok(accountPayload(engine.account()));
}

Reply topUp(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const auto amount = b.integer(u"amountMilliCredit"_s, true, -(qint64(1) << 52), qint64(1) << 52);
    if (b.failed())
        return fail(*b.error());
    return reply(engine.topUp(*amount), accountPayload);
}

Reply specs(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString region = q.optionalId(u"region_name"_s);
    if (q.failed())
        return fail(*q.error());
    if (!region.isEmpty() && !catalogue::isRegion(region))
        return fail(codes::Validation, u"unknown region_name '%1' (regions: %2)"_s.arg(
                                           region, catalogue::regions().join(u", "_s)));
    QJsonArray items;
    for (const GpuSpec &s : engine.specs(region))
        items.append(codec::encodeSpec(s));
    return ok({{"specs"_L1, items}, {"simulated"_L1, true}});
}

Reply images(SandboxEngine &engine, const ApiCall &)
{
    QJsonArray items;
    for (const ImageInfo &i : engine.images())
        items.append(codec::encodeImage(i));
    return ok({{"images"_L1, items}, {"simulated"_L1, true}});
}

} // namespace

void installAccountRoutes(RouteTable &routes, SandboxEngine &engine)
{
    using M = RouteTable::Method;
    SandboxEngine *e = &engine;
    routes.add(M::Get, u"/account/balance"_s, [e](const ApiCall &c) { return balance(*e, c); });
    routes.add(M::Post, u"/account/topup"_s, [e](const ApiCall &c) { return topUp(*e, c); });
    routes.add(M::Get, u"/spec/list"_s, [e](const ApiCall &c) { return specs(*e, c); });
    routes.add(M::Get, u"/image/list"_s, [e](const ApiCall &c) { return images(*e, c); });
}

} // namespace glows::sandbox
