// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the sandbox's direct JSON writer (app/sandbox/fastjson.cpp): any text and any numbers
// must give valid JSON that reads back as what the codec encodes; ASan checks that no write passes the end.
#include "api/codec.h"
#include "sandbox/fastjson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace glows;

namespace {

class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    // Raw UTF-16 units, lone surrogates and control characters included.
    QString text()
    {
        const size_t units = qMin<size_t>(byte() % 24, (m_size - m_pos) / 2);
        QString s(qsizetype(units), Qt::Uninitialized);
        std::memcpy(s.data(), m_data + m_pos, units * 2);
        m_pos += units * 2;
        m_validText = m_validText && QStringView(s).isValidUtf16();
        return s;
    }
    template<typename T>
    T number()
    {
        T value{};
        const size_t n = qMin(sizeof(T), m_size - m_pos);
        std::memcpy(&value, m_data + m_pos, n);
        m_pos += n;
        return value;
    }
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    // No text so far had a lone surrogate.
    bool validText() const { return m_validText; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
    bool m_validText = true;
};

QJsonDocument parsed(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        std::abort(); // the writer produced invalid JSON
    return doc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Input in(data, size);
    Instance i;
    QString *texts[] = {&i.instanceID,
                        &i.category,
                        &i.hardware.gpuName,
                        &i.hardware.cpuName,
                        &i.sshCred.user,
                        &i.sshCred.password,
                        &i.cmd,
                        &i.envs,
                        &i.remark,
                        &i.metaKey,
                        &i.sourceType,
                        &i.regionName};
    for (QString *t : texts)
        *t = in.text();
    i.status = InstanceStatus::fromString(in.text());
    i.hardware.gpuNum = in.number<int>();
    i.hardware.gpuRamMB = in.number<qint64>();
    i.priceCent = in.number<int>();
    i.createTime = in.number<qint64>();
    if (in.byte() & 1)
        i.baseImage = ImageRef{in.text(), in.text()};
    if (in.byte() & 1)
        i.statusTime = in.number<qint64>();
    for (int n = in.byte() % 3; n > 0; --n)
        i.accesses.append(Access{in.text(), in.text(), in.number<int>(), in.text()});
    const qint64 cost = in.number<qint64>();
    const std::optional<int> progress = in.byte() & 1 ? std::optional<int>(in.byte() % 101) : std::nullopt;

    QByteArray out = "[";
    sandbox::fastjson::appendInstance(out, i, cost, progress);
    out.append(']');
    const QJsonArray array = parsed(out).array();
    // Numbers beyond 2^53 lose precision in QJsonValue on both sides alike; texts with lone surrogates become
    // U+FFFD in UTF-8, so they cannot read back equal.
    const auto exact = [](qint64 v) { return std::llabs(v) < (1LL << 53); };
    if (in.validText() && exact(cost) && exact(i.createTime) && exact(i.hardware.gpuRamMB) &&
        (!i.statusTime || exact(*i.statusTime))) {
        Instance expected = i;
        expected.costMilliCredit = cost;
        expected.progress = progress;
        expected.simulated = true;
        // Both through the same reader, which has quirks of its own (it drops a BOM that starts a string).
        const QJsonDocument reference(codec::encodeInstance(expected));
        const QByteArray codecJson = "[" + reference.toJson(QJsonDocument::Compact) + "]";
        if (array.at(0) != parsed(codecJson).array().at(0))
            std::abort();
    }

    MetricSeries series;
    series.more = in.byte() & 1;
    for (int n = in.byte() % 4; n > 0; --n) {
        series.samples.append(MetricSample{in.number<qint64>(), in.number<double>(), in.number<double>(),
                                           in.number<double>(), in.number<double>(), in.number<double>(),
                                           in.number<double>(), in.number<double>(), in.number<double>(),
                                           in.number<double>(), in.number<double>()});
    }
    // Any selection of fields (`fields=`), the empty one included.
    const int high = in.byte();
    const codec::MetricFieldSet fields =
        codec::MetricFieldSet((high << 8 | in.byte()) & codec::kAllMetricFields);
    QByteArray metrics;
    sandbox::fastjson::appendMetricsReply(metrics, series, fields);
    (void)parsed(metrics);
    return 0;
}
