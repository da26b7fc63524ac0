// SPDX-License-Identifier: Apache-2.0
// Extension: network groups (Mesh) and their members.
#include "api/codec.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxengine.h"

#include <QJsonArray>
#include <limits>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

QJsonObject groupPayload(const NetworkGroup &group)
{
    return {{"group"_L1, codec::encodeNetworkGroup(group)}};
}

Reply listGroups(SandboxEngine &engine, const ApiCall &)
{
    QJsonArray items;
    for (const NetworkGroup &g : engine.groups())
        items.append(codec::encodeNetworkGroup(g));
    return ok({{"groups"_L1, items}});
}

Reply createGroup(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const QString name = b.string(u"name"_s, true, 256);
    const QString region = b.string(u"region_name"_s, true, kMaxIdLength);
    const auto capacity =
        b.integer(u"capacity"_s, true, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (b.failed())
        return fail(*b.error());
    return reply(engine.createGroup(name, region, int(*capacity)), groupPayload);
}

Reply deleteGroup(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString id = q.requiredId(u"group_id"_s);
    if (q.failed())
        return fail(*q.error());
    return reply(engine.deleteGroup(id), [](const Done &) { return QJsonObject(); });
}

Reply addMember(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const QString groupId = b.string(u"group_id"_s, true, kMaxIdLength);
    const QString instanceId = b.string(u"instance_id"_s, true, kMaxIdLength);
    if (b.failed())
        return fail(*b.error());
    return reply(engine.addGroupMember(groupId, instanceId), groupPayload);
}

Reply removeMember(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString groupId = q.requiredId(u"group_id"_s);
    const QString instanceId = q.requiredId(u"instance_id"_s);
    if (q.failed())
        return fail(*q.error());
    return reply(engine.removeGroupMember(groupId, instanceId), groupPayload);
}

} // namespace

void installNetworkRoutes(RouteTable &routes, SandboxEngine &engine)
{
    using M = RouteTable::Method;
    SandboxEngine *e = &engine;
    routes.add(M::Get, u"/network/group/list"_s, [e](const ApiCall &c) { return listGroups(*e, c); });
    routes.add(M::Post, u"/network/group"_s, [e](const ApiCall &c) { return createGroup(*e, c); });
    routes.add(M::Delete, u"/network/group"_s, [e](const ApiCall &c) { return deleteGroup(*e, c); });
    routes.add(M::Post, u"/network/group/member"_s, [e](const ApiCall &c) { return addMember(*e, c); });
    routes.add(M::Delete, u"/network/group/member"_s, [e](const ApiCall &c) { return removeMember(*e, c); });
}

} // namespace glows::sandbox
