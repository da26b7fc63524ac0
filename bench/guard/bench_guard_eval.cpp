// SPDX-License-Identifier: Apache-2.0
// Benchmark: one guard evaluation over 10,000 instances (goal: at most 1 ms per poll, on the UI thread).
// 6,000 of them Running with new GPU samples every poll (one per instance, and ten per instance: a 10 s
// poll of a one-a-second source; as GuardSample, what GuardRunner passes, and as MetricSample), the rest
// Paused or Released; idle rule, spend and time caps and the
// runway on, a few per-instance overrides. Only GuardEngine::evaluate() is timed; building the input is
// not. Prints one "name value" line per figure.
#include "core/guard/guardengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

constexpr int kInstances = 10'000;
constexpr qint64 kT0 = 1'800'000'000;

GuardInput makeInput()
{
    GuardInput input;
    input.accountId = u"bench"_s;
    input.dataAccountId = u"bench"_s;
    input.balance = 50'000'000;
    input.pollIntervalMs = 10'000;
    input.rules.defaults.idleMinutes = 30;
    input.rules.defaults.idleAutoAct = true;
    input.rules.defaults.spendCapEnabled = true;
    input.rules.defaults.spendCap = 500'000;
    input.rules.defaults.timeCapEnabled = true;
    input.rules.defaults.timeCapMinutes = 48 * 60;
    for (int i = 0; i < kInstances; ++i) {
        Instance in;
        in.instanceID = u"ins-b%1"_s.arg(i, 7, 10, QLatin1Char('0'));
        in.remark = u"bench-%1"_s.arg(i);
        const int kind = i % 10;
        in.status = InstanceStatus(kind < 6   ? InstanceState::Running
                                   : kind < 8 ? InstanceState::Paused
                                              : InstanceState::Released);
        in.priceCent = 49 + (i % 4) * 80;
        in.statusTime = kT0 - 3600 - i;
        in.createTime = kT0 - 7200;
        in.costMilliCredit = 1000 + i;
        input.instances.append(in);
        if (i % 500 == 0) {
            GuardOverride o;
            o.idleMinutes = 60;
            input.rules.overrides.insert(in.instanceID, o);
        }
    }
    return input;
}

// New samples for every Running instance: `perInstance` seconds ending at `now`; a tenth of them idle.
void setSamples(GuardInput &input, qint64 now, int perInstance, bool compact)
{
    input.samples.clear();
    input.gpuSamples.clear();
    input.samples.reserve(kInstances);
    for (int i = 0; i < input.instances.size(); ++i) {
        const Instance &in = input.instances.at(i);
        if (in.status.state() != InstanceState::Running)
            continue;
        QList<MetricSample> list;
        list.reserve(perInstance);
        for (int k = perInstance - 1; k >= 0; --k) {
            MetricSample s;
            s.t = now - k;
            s.gpuUtil = i % 10 == 0 ? 1.0 : 40.0 + (i % 50);
            list.append(s);
        }
        if (compact) {
            QList<GuardSample> small;
            small.reserve(perInstance);
            for (const MetricSample &s : std::as_const(list))
                small.append(GuardSample{s.t, s.gpuUtil});
            input.gpuSamples.insert(in.instanceID, small);
        } else {
            input.samples.insert(in.instanceID, list);
        }
    }
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double min = 0; // the least disturbed run: what the evaluation costs without other load
};

Stats run(int perInstance, int polls, double *firstMs, bool compact = true)
{
    GuardInput input = makeInput();
    GuardEngine engine;
    QList<double> times;
    QElapsedTimer timer;
    qint64 now = kT0;
    qint64 localMs = 0;
    int decisions = 0;
    for (int poll = 0; poll <= polls; ++poll) {
        now += perInstance;
        localMs += 10'000;
        setSamples(input, now, perInstance, compact);
        input.serverNow = now;
        input.localNowMs = localMs;
        input.lastSuccessfulPollMs = localMs;
        timer.start();
        const GuardOutput out = engine.evaluate(input);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        decisions += int(out.decisions.size());
        if (poll == 0) {
            if (firstMs)
                *firstMs = ms;
        } else {
            times.append(ms);
        }
    }
    std::sort(times.begin(), times.end());
    Q_UNUSED(decisions);
    return {times.at(times.size() / 2), times.at(qMin(times.size() - 1, times.size() * 95 / 100)),
            times.first()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // GLOWS_BENCH_POLLS=N shortens the run (e.g. under callgrind).
    const int polls = qEnvironmentVariableIsSet("GLOWS_BENCH_POLLS")
                          ? qEnvironmentVariableIntValue("GLOWS_BENCH_POLLS")
                          : 200;
    double first = 0;
    const Stats one = run(1, qMax(2, polls), &first);
    const Stats ten = run(10, qMax(2, polls / 2), nullptr);
    const Stats tenFull = run(10, qMax(2, polls / 2), nullptr, false);
    out << "guard_eval_10k_ms " << one.median << '\n'
        << "guard_eval_10k_p95_ms " << one.p95 << '\n'
        << "guard_eval_10k_min_ms " << one.min << '\n'
        << "guard_eval_10k_first_ms " << first << '\n'
        << "guard_eval_10k_10samples_ms " << ten.median << '\n'
        << "guard_eval_10k_10samples_p95_ms " << ten.p95 << '\n'
        << "guard_eval_10k_10samples_min_ms " << ten.min << '\n'
        << "guard_eval_10k_10metricsamples_ms " << tenFull.median << '\n'
        << "guard_eval_10k_10metricsamples_min_ms " << tenFull.min << '\n';
    return 0;
}
