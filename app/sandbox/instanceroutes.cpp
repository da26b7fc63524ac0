// SPDX-License-Identifier: Apache-2.0
// Public SDK: list, query, create and cancel (release) instances.
#include "api/codec.h"
#include "sandbox/fastjson.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxengine.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

constexpr int kDefaultPerPage = 20;
constexpr int kMaxPerPage = 1000;

QJsonObject instancePayload(const Instance &instance)
{
    return {{"instance"_L1, codec::encodeInstance(instance)}};
}

Reply listInstances(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const int page = int(q.integer(u"page"_s, 1, 1, 1'000'000));
    const int perPage = int(q.integer(u"per_page"_s, kDefaultPerPage, 1, kMaxPerPage));
    if (q.failed())
        return fail(*q.error());
    // The hot path: written directly rather than through QJsonObject (see fastjson.h).
    const SandboxEngine::PageView view = engine.instancePageView(page, perPage);
    Reply reply;
    reply.body.reserve(64 + view.items.size() * 1200);
    reply.body.append(R"({"code":0,"instances":[)");
    for (qsizetype i = 0; i < view.items.size(); ++i) {
        if (i > 0)
            reply.body.append(',');
        const SandboxEngine::PageItem &item = view.items.at(i);
        fastjson::appendInstance(reply.body, item.rec->pub, item.costMilli, item.progress);
    }
    reply.body.append(R"(],"msg":"","page":)");
    fastjson::appendInteger(reply.body, page);
    reply.body.append(R"(,"per_page":)");
    fastjson::appendInteger(reply.body, perPage);
    reply.body.append(R"(,"total":)");
    fastjson::appendInteger(reply.body, view.total);
    reply.body.append('}');
    return reply;
}

Reply getInstance(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString id = q.optionalId(u"request_id"_s);
    const QString metaKey = q.optionalId(u"meta_key"_s);
    if (q.failed())
        return fail(*q.error());
    return reply(engine.find(id, metaKey), instancePayload);
}

Reply createInstance(SandboxEngine &engine, const ApiCall &call)
{
    // Types first, with the same rules the client's encoder follows (ports travel as JSON text).
    BodyReader b = call.bodyReader();
    b.string(u"from_image_id"_s, false, kMaxIdLength);
    b.string(u"from_snap_id"_s, false, kMaxIdLength);
    b.string(u"custom_meta_key"_s, true, kMaxIdLength);
    b.string(u"gpu_name"_s, true, 128);
    b.string(u"region_name"_s, true, kMaxIdLength);
    b.string(u"instance_category"_s, false, 16);
    b.string(u"remark"_s, false, 128);
    b.string(u"envs"_s, false, 4096);
    b.string(u"cmd"_s, false, 4096);
    b.string(u"ports"_s, false, 4096);
    if (b.failed())
        return fail(*b.error());
    QString error;
    const auto request = codec::decodeCreateRequest(call.body, &error);
    if (!request)
        return fail(codes::Validation, error);
    return reply(engine.create(*request), instancePayload);
}

Reply releaseInstance(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString id = q.optionalId(u"request_id"_s);
    const QString metaKey = q.optionalId(u"meta_key"_s);
    if (q.failed())
        return fail(*q.error());
    return reply(engine.release(id, metaKey), instancePayload);
}

} // namespace

void installInstanceRoutes(RouteTable &routes, SandboxEngine &engine)
{
    using M = RouteTable::Method;
    SandboxEngine *e = &engine;
    routes.add(M::Get, u"/instance/list"_s, [e](const ApiCall &c) { return listInstances(*e, c); });
    routes.add(M::Get, u"/instance"_s, [e](const ApiCall &c) { return getInstance(*e, c); });
    routes.add(M::Post, u"/instance"_s, [e](const ApiCall &c) { return createInstance(*e, c); });
    routes.add(M::Delete, u"/instance"_s, [e](const ApiCall &c) { return releaseInstance(*e, c); });
}

} // namespace glows::sandbox
