// SPDX-License-Identifier: Apache-2.0
// Extension: Take Snapshot, the snapshot list, rename and delete.
#include "api/codec.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

QJsonObject snapshotPayload(const Snapshot &snapshot)
{
    return {{"snapshot"_L1, codec::encodeSnapshot(snapshot)}};
}

Reply takeSnapshot(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const QString instanceId = b.string(u"instance_id"_s, true, kMaxIdLength);
    const QString name = b.string(u"name"_s, true, 256);
    const bool autoRelease = b.boolean(u"auto_release"_s, false);
    if (b.failed())
        return fail(*b.error());
    return reply(engine.takeSnapshot(instanceId, name, autoRelease), snapshotPayload);
}

Reply listSnapshots(SandboxEngine &engine, const ApiCall &)
{
    QJsonArray items;
    for (const Snapshot &s : engine.snapshots())
        items.append(codec::encodeSnapshot(s));
    return ok({{"snapshots"_L1, items}});
}

Reply renameSnapshot(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const QString snapId = b.string(u"snap_id"_s, true, kMaxIdLength);
    const QString name = b.string(u"name"_s, true, 256);
    if (b.failed())
        return fail(*b.error());
    return reply(engine.renameSnapshot(snapId, name), snapshotPayload);
}

Reply deleteSnapshot(SandboxEngine &engine, const ApiCall &call)
{
    QueryReader q = call.queryReader();
    const QString snapId = q.requiredId(u"snap_id"_s);
    if (q.failed())
        return fail(*q.error());
    return reply(engine.deleteSnapshot(snapId), [](const Done &) { return QJsonObject(); });
}

} // namespace

void installSnapshotRoutes(RouteTable &routes, SandboxEngine &engine)
{
    using M = RouteTable::Method;
    SandboxEngine *e = &engine;
    routes.add(M::Post, u"/snapshot"_s, [e](const ApiCall &c) { return takeSnapshot(*e, c); });
    routes.add(M::Get, u"/snapshot/list"_s, [e](const ApiCall &c) { return listSnapshots(*e, c); });
    routes.add(M::Put, u"/snapshot"_s, [e](const ApiCall &c) { return renameSnapshot(*e, c); });
    routes.add(M::Delete, u"/snapshot"_s, [e](const ApiCall &c) { return deleteSnapshot(*e, c); });
}

} // namespace glows::sandbox
