// SPDX-License-Identifier: Apache-2.0
#include "guard/gpusamplesource.h"

#include "api/glowsclient.h"

using namespace Qt::StringLiterals;

namespace glows {

namespace {

// An hour at one sample a second is twelve pages; more than that in one fetch means the server keeps adding
// faster than we read (a sandbox at a high --speed), and the next poll continues.
constexpr int kMaxPagesPerFetch = 16;

} // namespace

ServerMetricsSource::ServerMetricsSource(GlowsClient *client) : m_client(client) {}

bool ServerMetricsSource::isUnavailable() const
{
    return !m_client || !m_client->isAvailable(Feature::Metrics);
}

void ServerMetricsSource::fetch(const QString &instanceId, qint64 since, QObject *context, Done done)
{
    fetchPage(instanceId, since, context, std::move(done), std::make_shared<QList<GuardSample>>(),
              kMaxPagesPerFetch);
}

void ServerMetricsSource::fetchPage(const QString &instanceId, qint64 since, QObject *context, Done done,
                                    std::shared_ptr<QList<GuardSample>> collected, int pagesLeft)
{
    if (!m_client) {
        Result result;
        result.error = QStringLiteral("no client");
        done(result);
        return;
    }
    m_client->metrics(
        instanceId, since, context,
        [this, instanceId, context, done, collected, pagesLeft](const ApiResult<MetricSeries> &r) {
            Result result;
            if (!r.ok()) {
                result.unavailable = r.error().kind() == ApiError::Kind::Unsupported;
                result.error = r.error().userMessage();
                result.samples = *collected;
                done(result);
                return;
            }
            collected->reserve(collected->size() + r.value().samples.size());
            for (const MetricSample &sample : r.value().samples)
                collected->append(GuardSample{sample.t, sample.gpuUtil});
            const qint64 last = collected->isEmpty() ? 0 : collected->constLast().t;
            if (r.value().more && pagesLeft > 1 && last > 0) {
                fetchPage(instanceId, last, context, done, collected, pagesLeft - 1);
                return;
            }
            result.ok = true;
            result.samples = *collected;
            done(result);
        },
        codec::metricField("gpuUtil"_L1)); // a tenth of the body, and of the memory to read it
}

bool FallbackSampleSource::isUnavailable() const
{
    return m_primary->isUnavailable() && (!m_fallback || m_fallback->isUnavailable());
}

GpuSampleSource::Origin FallbackSampleSource::origin() const
{
    if (!m_primary->isUnavailable())
        return Origin::Server;
    return m_fallback && !m_fallback->isUnavailable() ? m_fallback->origin() : Origin::None;
}

void FallbackSampleSource::reset()
{
    m_primary->reset();
    if (m_fallback)
        m_fallback->reset();
}

void FallbackSampleSource::instancesListed(const QList<Instance> &instances)
{
    m_primary->instancesListed(instances);
    // Connections are opened only while the server lacks the extension; otherwise none are kept.
    if (m_fallback)
        m_fallback->instancesListed(usesFallback() ? instances : QList<Instance>());
}

void FallbackSampleSource::fetch(const QString &instanceId, qint64 since, QObject *context, Done done)
{
    if (usesFallback()) {
        m_fallback->fetch(instanceId, since, context, std::move(done));
        return;
    }
    // The first answer may be the one that shows the extension is missing: then ask the fallback at once.
    QPointer<QObject> guard(context);
    m_primary->fetch(instanceId, since, context, [this, instanceId, since, guard, done](const Result &r) {
        if (!r.unavailable || !m_fallback || !guard) {
            done(r);
            return;
        }
        m_fallback->fetch(instanceId, since, guard, done);
    });
}

} // namespace glows
