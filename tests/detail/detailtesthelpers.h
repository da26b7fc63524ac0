// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the detail pane's widget tests and the screenshot tool: a sandbox on loopback, clients for it,
// and instances in the states the tests need.
#include "support/sandboxfixture.h"

namespace glows::testing {

inline QList<Instance> listAll(GlowsClient *client)
{
    const auto result =
        waitForOneResult<QList<Instance>>([client](auto done) { client->listInstances(client, done); });
    return result.ok() ? result.value() : QList<Instance>{};
}

inline std::optional<Instance> firstInState(GlowsClient *client, InstanceState state)
{
    for (const Instance &instance : listAll(client)) {
        if (instance.status.state() == state)
            return instance;
    }
    return std::nullopt;
}

inline Instance withState(Instance instance, InstanceState state)
{
    instance.status = InstanceStatus(state);
    return instance;
}

// A sample machine for tests that need no server.
inline Instance sampleInstance()
{
    Instance in;
    in.instanceID = QStringLiteral("ins-t3stt3st");
    in.category = QStringLiteral("container");
    in.status = InstanceStatus(InstanceState::Running);
    in.priceCent = 49;
    in.hardware = Hardware{QStringLiteral("NVIDIA GeForce RTX 4090"),
                           QStringLiteral("Intel(R) Xeon(R) Platinum 8352V CPU @ 2.10GHz"),
                           1,
                           24576,
                           10,
                           43008,
                           100};
    in.baseImage = ImageRef{QStringLiteral("img-87p9kq26"),
                            QStringLiteral("Ubuntu22.04 CUDA12.4 Python3.11 PyTorch2.4")};
    in.sshCred = SshCred{QStringLiteral("root"), QStringLiteral("s3cret-pass")};
    in.accesses = {Access{QStringLiteral("a1"), QStringLiteral("ssh"), 22,
                          QStringLiteral("ssh://tw-03.access.glows.ai:24243")},
                   Access{QStringLiteral("a2"), QStringLiteral("http"), 8888,
                          QStringLiteral("https://tw-03.access.glows.ai:24244")}};
    in.createTime = 1764230400;
    in.statusTime = 1764230400;
    in.envs = QStringLiteral("JUPYTER_TOKEN=sandbox");
    in.metaKey = QStringLiteral("demo.t3stt3st");
    in.regionName = QStringLiteral("TW-03");
    return in;
}

} // namespace glows::testing
