// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRandomGenerator64>
#include <QString>
#include <optional>

namespace glows::sandbox {

// Fault injection for resilience tests. Each rate is a probability per request, 0..1.
// Text form (glows-sandbox --chaos): "errors=0.2,429=0.1,latency=0.1:2000,malformed=0.05,drop=0.05".
struct ChaosSpec
{
    double errors = 0;  // HTTP 500 with envelope code 50000; nothing is done
    double tooMany = 0; // HTTP 429 with a plain-text body; nothing is done
    double latency = 0; // the response is held back by latencyMs
    int latencyMs = 2000;
    double malformed = 0; // the request is carried out, then the body is replaced by broken JSON
    double drop = 0;      // the request is carried out, then the connection is closed without an answer

    bool isActive() const { return errors > 0 || tooMany > 0 || latency > 0 || malformed > 0 || drop > 0; }
    QString toString() const;
    // nullopt and a message for an invalid spec. An empty text is no chaos.
    static std::optional<ChaosSpec> parse(const QString &text, QString *error);
};

// Draws one decision per request from a seedable generator: the same seed and spec give the same sequence
// of decisions, whatever the decisions were.
class Chaos final
{
public:
    struct Decision
    {
        bool tooMany = false;
        bool error = false;
        bool malformed = false;
        bool drop = false;
        int delayMs = 0;
        bool any() const { return tooMany || error || malformed || drop || delayMs > 0; }
    };

    Chaos(ChaosSpec spec, quint64 seed);
    const ChaosSpec &spec() const { return m_spec; }
    Decision next();

private:
    ChaosSpec m_spec;
    QRandomGenerator64 m_rng;
};

} // namespace glows::sandbox
