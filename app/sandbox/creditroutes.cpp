// SPDX-License-Identifier: Apache-2.0
// Sandbox only (issue 18): set the simulated account's balance, so tests can lower it and see the guard's
// runway alert. Kept in its own file; the rest of the account routes are in accountroutes.cpp.
#include "sandbox/routes.h"
#include "sandbox/sandboxengine.h"

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

// POST /sandbox/account/balance {"balanceMilliCredit": N} (0 to 10^9): the balance becomes N now; what was
// spent stays, the credit is adjusted. At 0 the usual depletion follows (snapshot and release).
Reply setBalance(SandboxEngine &engine, const ApiCall &call)
{
    BodyReader b = call.bodyReader();
    const auto target = b.integer(u"balanceMilliCredit"_s, true, 0, 1'000'000'000);
    if (b.failed())
        return fail(*b.error());
    const SandboxEngine::Account before = engine.account();
    engine.setCreditMilli(before.creditedMilli - before.balanceMilli + *target);
    const SandboxEngine::Account a = engine.account();
    return ok({{"balanceMilliCredit"_L1, double(a.balanceMilli)},
               {"creditedMilliCredit"_L1, double(a.creditedMilli)},
               {"spentMilliCredit"_L1, double(a.spentMilli)},
               {"burnRateMilliCreditPerHour"_L1, double(a.burnRateMilliPerHour)},
               {"runningInstances"_L1, a.runningInstances},
               {"simulated"_L1, true}});
}

} // namespace

void installCreditRoutes(RouteTable &routes, SandboxEngine &engine)
{
    SandboxEngine *e = &engine;
    routes.add(RouteTable::Method::Post, u"/sandbox/account/balance"_s,
               [e](const ApiCall &c) { return setBalance(*e, c); });
}

} // namespace glows::sandbox
