// SPDX-License-Identifier: Apache-2.0
// Figure 6: list requests per minute, measured on the real main window against the embedded sandbox with
// RefreshScheduler at its real intervals. Three accounts run side by side for one bounded window:
//  - transition: the demo account on a still clock, so its queued and releasing instances never settle;
//  - idle: the demo account at 1000x speed (every transition is over within a second) plus 200 instances;
//  - hidden: an empty account (nothing ever in transition) whose window is hidden.
// The list requests each client sends are counted (at their answer) from 1.5 s on, for one minute, so the
// first load and the settling of the idle account are left out. Prints "name value" lines.
#include "api/glowsclient.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

struct Account
{
    const char *name;
    sandbox::SandboxOptions options;
    bool hidden = false;
    std::unique_ptr<sandbox::EmbeddedSandbox> sandbox;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<GlowsClient> client;
    std::unique_ptr<ui::MainWindow> window;
    QList<qint64> listAtMs;
};

double medianIntervalMs(const QList<qint64> &times)
{
    QList<qint64> gaps;
    for (qsizetype i = 1; i < times.size(); ++i)
        gaps.append(times.at(i) - times.at(i - 1));
    if (gaps.isEmpty())
        return -1;
    std::sort(gaps.begin(), gaps.end());
    return double(gaps.at(gaps.size() / 2));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 windowMs = argc > 1 ? qMax(10, QByteArray(argv[1]).toInt()) * 1000 : 60'000;
    constexpr qint64 kSkipMs = 1500;

    Account accounts[3];
    accounts[0].name = "transition";
    accounts[0].options.manualClock = true;
    accounts[1].name = "idle";
    accounts[1].options.speed = 1000;
    accounts[1].options.extraDemoInstances = 200;
    accounts[2].name = "hidden";
    accounts[2].options.seed = false;
    accounts[2].hidden = true;

    QElapsedTimer clock;
    clock.start();
    for (Account &a : accounts) {
        a.options.dataPath = u":memory:"_s;
        a.sandbox = std::make_unique<sandbox::EmbeddedSandbox>(a.options);
        if (!a.sandbox->start()) {
            std::fprintf(stderr, "error: sandbox %s did not start\n", a.name);
            return 1;
        }
        a.nam = std::make_unique<QNetworkAccessManager>();
        QObject::connect(a.nam.get(), &QNetworkAccessManager::finished, [&a, &clock](QNetworkReply *reply) {
            if (reply->url().path().endsWith("/instance/list"_L1))
                a.listAtMs.append(clock.elapsed());
        });
        a.client = std::make_unique<GlowsClient>(a.nam.get(), a.sandbox->baseUrl(), a.sandbox->token());
        a.window = std::make_unique<ui::MainWindow>(ui::AppContext{a.client.get(), nullptr, true});
        a.window->show();
        if (a.hidden)
            a.window->hide();
    }
    // exit(), not quit(): the main window turns a close into hiding to the tray, which would cancel quit().
    QTimer::singleShot(kSkipMs + windowMs, &app, [] { QCoreApplication::exit(0); });
    app.exec();

    for (Account &a : accounts) {
        const auto inWindow = std::count_if(a.listAtMs.cbegin(), a.listAtMs.cend(),
                                            [&](qint64 t) { return t >= kSkipMs && t < kSkipMs + windowMs; });
        std::printf("polling_%s_per_min %.1f\n", a.name, double(inWindow) * 60'000.0 / double(windowMs));
        std::printf("polling_%s_interval_ms %.0f\n", a.name, medianIntervalMs(a.listAtMs));
        std::fprintf(stderr, "%s: %lld list requests in %lld s after the first %.1f s (%lld in all)\n",
                     a.name, qlonglong(inWindow), windowMs / 1000, double(kSkipMs) / 1000,
                     qlonglong(a.listAtMs.size()));
        a.window.reset();
        a.client.reset();
        a.sandbox->stop();
    }
    return 0;
}
