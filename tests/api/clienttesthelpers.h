// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the client tests that run against the scripted server.
#include "api/codec.h"
#include "api/glowsclient.h"
#include "scriptedserver.h"
#include "support/resultwait.h"

#include <QJsonArray>

namespace glows::test {

using namespace Qt::StringLiterals;

inline const QString kToken = u"tok-SECRET-7f3a9c1e5b2d4a6f8e0c"_s;

inline QJsonObject instanceJson(const QString &id, const QString &metaKey = {},
                                const QString &status = u"Running"_s)
{
    Instance in;
    in.instanceID = id;
    in.metaKey = metaKey;
    in.status = InstanceStatus::fromString(status);
    return codec::encodeInstance(in);
}

inline Action listReply(const QStringList &ids, int total = -1)
{
    QJsonArray items;
    for (const QString &id : ids)
        items.append(instanceJson(id));
    return Action::ok({{"instances"_L1, items}, {"total"_L1, total < 0 ? int(ids.size()) : total}});
}

template<typename T>
using Recorder = testing::ResultRecorder<ApiResult<T>>;

} // namespace glows::test
