// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sandbox/httpio.h"

namespace glows::sandbox {

class SandboxEngine;

// One function per area of the contract (docs/api.md). Handlers run on the server's thread, after the
// token was checked and the engine advanced to now.
void installInstanceRoutes(RouteTable &routes, SandboxEngine &engine);
void installSnapshotRoutes(RouteTable &routes, SandboxEngine &engine);
void installAccessRoutes(RouteTable &routes, SandboxEngine &engine); // ports, metrics, billing
void installNetworkRoutes(RouteTable &routes, SandboxEngine &engine);
void installAccountRoutes(RouteTable &routes, SandboxEngine &engine); // balance, catalogue
void installCreditRoutes(RouteTable &routes, SandboxEngine &engine);  // sandbox only: set the balance

} // namespace glows::sandbox
