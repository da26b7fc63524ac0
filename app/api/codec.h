// SPDX-License-Identifier: Apache-2.0
#pragma once

// JSON codecs for the SDK contract (docs/api.md). Decoders are pure, total functions: any input, however
// broken, yields a value or an error string, never a crash. Unknown fields are ignored and missing optional
// fields keep their defaults. Encoders are used by the sandbox, so both sides share one spelling.

#include "core/domain.h"
#include "core/instance.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <array>
#include <optional>

namespace glows::codec {

struct Envelope
{
    int code = 0;
    QString msg;
    QJsonObject body; // the whole object, payload keys included
};

struct InstancePage
{
    QList<Instance> instances;
    int total = 0;
    int page = 1;
    int perPage = 0;
};

std::optional<Envelope> decodeEnvelope(const QByteArray &bytes, QString *error);

std::optional<Instance> decodeInstance(const QJsonValue &value, QString *error);
std::optional<InstancePage> decodeInstancePage(const QJsonObject &body, QString *error);
// The raw instance array of a list page (`instances`, or the `data`/`list` spellings some clients saw).
QJsonArray instanceArray(const QJsonObject &body);
std::optional<Access> decodeAccess(const QJsonValue &value, QString *error);
std::optional<Snapshot> decodeSnapshot(const QJsonValue &value, QString *error);
std::optional<QList<Snapshot>> decodeSnapshotList(const QJsonObject &body, QString *error);
// A metric sample's fields besides `t` (always sent), by JSON key, in the order QJsonDocument writes them
// (sorted). A selection of them is a MetricFieldSet: bit i is metricFields()[i].
struct MetricField
{
    QLatin1StringView key;
    double MetricSample::*value;
};
const std::array<MetricField, 10> &metricFields();
using MetricFieldSet = quint16;
inline constexpr MetricFieldSet kAllMetricFields = (1u << 10) - 1;
MetricFieldSet metricField(QLatin1StringView key); // 0 for an unknown key
// The metrics extension's `fields` parameter: keys joined by commas (docs/api.md).
QString metricFieldsParameter(MetricFieldSet fields);
// nullopt when a key is unknown; an empty text is every field.
std::optional<MetricFieldSet> parseMetricFieldsParameter(QStringView text);
std::optional<MetricSeries> decodeMetrics(const QJsonObject &body, QString *error);
std::optional<QList<BillingRecord>> decodeBilling(const QJsonObject &body, QString *error);
std::optional<NetworkGroup> decodeNetworkGroup(const QJsonValue &value, QString *error);
std::optional<QList<NetworkGroup>> decodeNetworkGroups(const QJsonObject &body, QString *error);
std::optional<QList<GpuSpec>> decodeSpecs(const QJsonObject &body, QString *error);
std::optional<QList<ImageInfo>> decodeImages(const QJsonObject &body, QString *error);
std::optional<AccountBalance> decodeBalance(const QJsonObject &body, QString *error);

QJsonObject encodeInstance(const Instance &instance);
QJsonObject encodeHardware(const Hardware &hardware);
Hardware decodeHardware(const QJsonObject &hardware);
// A number, or null when absent.
QJsonValue optionalNumber(const std::optional<qint64> &value);
QJsonObject encodeAccess(const Access &access);
QJsonObject encodeSnapshot(const Snapshot &snapshot);
QJsonObject encodeMetricSample(const MetricSample &sample, MetricFieldSet fields = kAllMetricFields);
QJsonObject encodeBillingRecord(const BillingRecord &record);
QJsonObject encodeNetworkGroup(const NetworkGroup &group);
QJsonObject encodeSpec(const GpuSpec &spec);
QJsonObject encodeImage(const ImageInfo &image);
QJsonObject encodeCreateRequest(const CreateInstanceRequest &request);
std::optional<CreateInstanceRequest> decodeCreateRequest(const QJsonObject &body, QString *error);

} // namespace glows::codec
