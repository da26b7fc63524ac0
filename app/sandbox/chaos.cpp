// SPDX-License-Identifier: Apache-2.0
#include "sandbox/chaos.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace glows::sandbox {
namespace {

bool parseRate(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0.0 && v <= 1.0))
        return false;
    *out = v;
    return true;
}

} // namespace

QString ChaosSpec::toString() const
{
    QStringList parts;
    const auto add = [&parts](const char *key, double rate) {
        if (rate > 0)
            parts.append(u"%1=%2"_s.arg(QLatin1StringView(key)).arg(rate));
    };
    add("errors", errors);
    add("429", tooMany);
    if (latency > 0)
        parts.append(u"latency=%1:%2"_s.arg(latency).arg(latencyMs));
    add("malformed", malformed);
    add("drop", drop);
    return parts.join(u',');
}

std::optional<ChaosSpec> ChaosSpec::parse(const QString &text, QString *error)
{
    ChaosSpec spec;
    const auto fail = [error](const QString &why) -> std::optional<ChaosSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const QString &rawPart : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return fail(u"'%1' is not key=value"_s.arg(part));
        const QString key = part.left(eq).trimmed().toLower();
        QString value = part.mid(eq + 1).trimmed();
        double *rate = nullptr;
        if (key == "errors"_L1 || key == "error"_L1)
            rate = &spec.errors;
        else if (key == "429"_L1)
            rate = &spec.tooMany;
        else if (key == "malformed"_L1)
            rate = &spec.malformed;
        else if (key == "drop"_L1)
            rate = &spec.drop;
        else if (key == "latency"_L1) {
            rate = &spec.latency;
            const qsizetype colon = value.indexOf(u':');
            if (colon >= 0) {
                bool ok = false;
                const int ms = value.mid(colon + 1).toInt(&ok);
                if (!ok || ms < 0 || ms > 600000)
                    return fail(u"latency delay must be 0..600000 ms, got '%1'"_s.arg(value.mid(colon + 1)));
                spec.latencyMs = ms;
                value = value.left(colon);
            }
        } else {
            return fail(u"unknown chaos key '%1' (errors, 429, latency, malformed, drop)"_s.arg(key));
        }
        if (!parseRate(value, rate))
            return fail(u"rate for '%1' must be a number from 0 to 1, got '%2'"_s.arg(key, value));
    }
    return spec;
}

Chaos::Chaos(ChaosSpec spec, quint64 seed) : m_spec(spec), m_rng(seed) {}

Chaos::Decision Chaos::next()
{
    // Always five draws, in a fixed order, so one decision never shifts the ones after it.
    const auto draw = [this] { return m_rng.generateDouble(); };
    const double tooMany = draw();
    const double error = draw();
    const double latency = draw();
    const double malformed = draw();
    const double drop = draw();
    Decision d;
    d.tooMany = tooMany < m_spec.tooMany;
    d.error = !d.tooMany && error < m_spec.errors;
    const bool answered = !d.tooMany && !d.error;
    d.delayMs = latency < m_spec.latency ? m_spec.latencyMs : 0;
    d.drop = answered && drop < m_spec.drop;
    d.malformed = answered && !d.drop && malformed < m_spec.malformed;
    return d;
}

} // namespace glows::sandbox
