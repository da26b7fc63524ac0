// SPDX-License-Identifier: Apache-2.0
// Applying a poll to the instance list at 10,000 instances: 1 % and 100 % of rows changed.
// Reports the median of several runs in milliseconds and checks that the model is never reset.
#include "ui/instancemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {
QList<Instance> makeInstances(int n)
{
    QList<Instance> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Instance in;
        in.instanceID = u"ins-%1"_s.arg(i, 8, 36, QLatin1Char('0'));
        in.status = InstanceStatus(i % 10 == 0 ? InstanceState::Released : InstanceState::Running);
        in.priceCent = 49 + i % 200;
        in.hardware.gpuName = u"NVIDIA GeForce RTX 4090"_s;
        in.remark = u"job-%1"_s.arg(i);
        in.regionName = u"TW-03"_s;
        in.costMilliCredit = i * 7;
        in.statusTime = 1'790'000'000;
        out.append(in);
    }
    return out;
}

double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kRows = 10000;
    constexpr int kRuns = 15;
    const QList<Instance> base = makeInstances(kRows);
    ui::InstanceModel model;
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, [&resets] { ++resets; });
    model.applySnapshot(base);

    QTextStream out(stdout);
    for (const int percent : {1, 100}) {
        QList<double> samples;
        for (int run = 0; run < kRuns; ++run) {
            QList<Instance> next = base;
            const int step = 100 / percent;
            for (int i = 0; i < kRows; i += step)
                next[i].costMilliCredit = *next[i].costMilliCredit + 1 + run;
            QElapsedTimer timer;
            timer.start();
            const int changed = model.applySnapshot(next);
            samples.append(double(timer.nsecsElapsed()) / 1e6);
            if (changed != kRows * percent / 100) {
                out << "error: expected " << kRows * percent / 100 << " changed rows, got " << changed
                    << '\n';
                return 1;
            }
            model.applySnapshot(base);
        }
        out << "apply_poll_" << percent << "pct_ms " << medianMs(samples) << '\n';
    }
    out << "model_resets " << resets << '\n';
    return resets == 0 ? 0 : 1;
}
