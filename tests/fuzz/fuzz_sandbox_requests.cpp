// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the sandbox's request handling: every route's handler, fed fuzzed query strings and
// JSON bodies, against a seeded engine on a manual clock. It exercises the same handlers the HTTP server
// calls, without sockets, so a run covers millions of requests.
#include "sandbox/routes.h"
#include "sandbox/sandboxengine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

using namespace glows::sandbox;

namespace {
class CollectingTable final : public RouteTable
{
public:
    void add(Method, const QString &, Handler handler) override { handlers.push_back(std::move(handler)); }
    std::vector<Handler> handlers;
};

struct World
{
    SandboxClock clock{SandboxClock::Mode::Manual};
    std::unique_ptr<SandboxEngine> engine;
    CollectingTable routes;
    World()
    {
        engine = std::make_unique<SandboxEngine>(&clock);
        engine->seedDemoData(1'000'000);
        installInstanceRoutes(routes, *engine);
        installSnapshotRoutes(routes, *engine);
        installAccessRoutes(routes, *engine);
        installNetworkRoutes(routes, *engine);
        installAccountRoutes(routes, *engine);
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_sandbox_requests";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static World world;
    if (size < 2 || world.routes.handlers.empty())
        return 0;
    // Byte 0 picks the route, byte 1 how far the clock moves; the rest is "query\nbody".
    const Handler &handler = world.routes.handlers[data[0] % world.routes.handlers.size()];
    world.clock.advance(qint64(data[1]) * 250);
    world.engine->advance();
    const QByteArray rest =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype split = rest.indexOf('\n');
    ApiCall call;
    call.query = QUrlQuery(QString::fromUtf8(split < 0 ? rest : rest.left(split)));
    if (split >= 0) {
        const QJsonDocument doc = QJsonDocument::fromJson(rest.mid(split + 1));
        if (!doc.isObject())
            return 0; // the server refuses non-object bodies before any handler runs
        call.body = doc.object();
    }
    const Reply reply = handler(call);
    if (reply.body.isEmpty())
        __builtin_trap(); // every answer carries an envelope
    return 0;
}
