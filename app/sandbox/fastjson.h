// SPDX-License-Identifier: Apache-2.0
#pragma once

// A direct JSON writer for the two bulky answers: the instance list (10,000 instances must list in under
// 50 ms of server time, which QJsonObject and QJsonDocument cannot do) and the Monitor's series (an hour is
// 3,600 samples; as QJsonObjects they cost the in-process sandbox ~4 MiB of peak memory, see docs/perf.md).
// It writes what codec::encodeInstance() and codec::encodeMetricSample() write, field for field;
// tst_sandbox_features checks that they agree.

#include "api/codec.h"
#include "core/domain.h"
#include "core/instance.h"

#include <QByteArray>
#include <QStringView>
#include <optional>

namespace glows::sandbox::fastjson {

// A JSON string literal, quotes included, escaped as RFC 8259 requires, in UTF-8.
void appendString(QByteArray &out, QStringView text);
void appendInteger(QByteArray &out, qint64 value);
// The instance object as the contract spells it, with the live extension fields given separately, so the
// record need not be copied to be listed. `simulated` is always true.
void appendInstance(QByteArray &out, const Instance &in, qint64 costMilliCredit, std::optional<int> progress);
// The whole answer of /instance/metrics: {"code":0,"more":...,"msg":"","samples":[...],"simulated":...}, each
// sample with `t` and the selected fields.
void appendMetricsReply(QByteArray &out, const MetricSeries &series,
                        codec::MetricFieldSet fields = codec::kAllMetricFields);

} // namespace glows::sandbox::fastjson
