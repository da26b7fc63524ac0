// SPDX-License-Identifier: Apache-2.0
// Renders every detail tab offscreen into PNG files: detail-screenshots <output dir>. A developer tool, not a
// test: it writes files, so CTest never runs it. The sandbox on loopback provides the instances; metrics come
// from a generator marked "simulated" when the sandbox does not serve them.
#include "detail/detailtesthelpers.h"
#include "guardscreenshots.h"
#include "ui/detail/accesstab.h"
#include "ui/detail/detailpane.h"
#include "ui/detail/monitortab.h"
#include "ui/detail/networkgrouptab.h"
#include "ui/settings/theme.h"
#include "ui/ssh/hostkeydialog.h"
#include "ui/ssh/sshservices.h"
#include "ui/ssh/tunnelsdialog.h"
#include "ui/ssh/tunnelsmodel.h"
#include "ui/translations.h"

#include <QMessageBox>
#include <QTemporaryDir>

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTabWidget>
#include <QWindow>
#include <QtMath>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace glows;

namespace {

MetricSeries generatedHour(qint64 until)
{
    MetricSeries series;
    series.simulated = true;
    for (qint64 t = until - 3599; t <= until; ++t) {
        const double phase = double(t % 3600) / 3600.0 * 2 * M_PI;
        MetricSample s;
        s.t = t;
        s.gpuUtil = 70 + 20 * qSin(phase * 6) + 5 * qSin(double(t) * 0.7);
        s.gpuMemTotalMB = 24564;
        s.gpuMemUsedMB = 15000 + 2000 * qSin(phase * 2);
        s.cpuPct = 35 + 15 * qSin(phase * 9 + 1) + 4 * qSin(double(t) * 1.3);
        s.ramTotalMB = 43008;
        s.ramUsedMB = 18000 + 3000 * qSin(phase * 3);
        s.diskTotalGB = 100;
        s.diskUsedGB = 41 + double(t % 3600) / 3600.0 * 3;
        s.netInKBps = 800 + 600 * qMax(0.0, qSin(phase * 12));
        s.netOutKBps = 120 + 80 * qMax(0.0, qSin(phase * 12 + 2));
        series.samples.append(s);
    }
    return series;
}

QString g_suffix; // "-ja" when rendering in Japanese

// Every running live query under `page` has answered and has no call in flight: the tab shows its data.
bool queriesAnswered(const QWidget *page)
{
    const QList<LiveQuery *> queries = page->findChildren<LiveQuery *>();
    return std::all_of(queries.cbegin(), queries.cend(), [](const LiveQuery *query) {
        return !query->isRunning() || (query->state() != LiveQuery::State::Empty && !query->isInFlight());
    });
}

// Waits for what the picture needs, then lets the layouts it changed be laid out before the grab.
bool ready(const QString &name, const std::function<bool()> &condition)
{
    if (!screenshots::waitFor(condition)) {
        qWarning("%s: what the picture needs did not arrive", qPrintable(name));
        return false;
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

// `shown`: what the picture needs; by default the data of the tab's live queries.
bool save(ui::DetailPane &pane, int tab, const QDir &dir, const QString &name,
          std::function<bool()> shown = {})
{
    pane.tabs()->setCurrentIndex(tab);
    QWidget *page = pane.tabs()->widget(tab);
    if (!shown)
        shown = [page] { return queriesAnswered(page); };
    if (!ready(name, shown))
        return false;
    const QString file = dir.filePath(u"detail-%1%2.png"_s.arg(name, g_suffix));
    const bool ok = pane.grab().save(file);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

bool saveWidget(QWidget *widget, const QDir &dir, const QString &name)
{
    widget->show();
    if (!ready(name, [widget] { return widget->windowHandle() && widget->windowHandle()->isExposed(); }))
        return false;
    const QString file = dir.filePath(u"%1%2.png"_s.arg(name, g_suffix));
    const bool ok = widget->grab().save(file);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

// The tunnels list with a tunnel in each state, the first-connection prompt and the changed-key refusal.
bool saveSshViews(const Instance &running, const QDir &dir)
{
    ui::TunnelsModel model;
    ui::TunnelRow jupyter{1,
                          running.instanceID,
                          running.displayName(),
                          8888,
                          u"127.0.0.1"_s,
                          41235,
                          2'482'176,
                          18'944,
                          ui::TunnelRow::State::Open,
                          {}};
    ui::TunnelRow board{2,
                        running.instanceID,
                        running.displayName(),
                        6006,
                        u"127.0.0.1"_s,
                        0,
                        0,
                        0,
                        ui::TunnelRow::State::Starting,
                        {}};
    ui::TunnelRow failed{3,
                         u"ins-m3sh0002"_s,
                         u"worker-1"_s,
                         7860,
                         u"127.0.0.1"_s,
                         0,
                         0,
                         0,
                         ui::TunnelRow::State::Failed,
                         SshError(SshError::Kind::Network).userMessage()};
    for (const ui::TunnelRow &row : {jupyter, board, failed})
        model.upsert(row);
    ui::TunnelsDialog tunnels(&model);
    tunnels.resize(820, 300);
    bool ok = saveWidget(&tunnels, dir, u"ssh-tunnels"_s);
    model.clear();
    ok &= saveWidget(&tunnels, dir, u"ssh-tunnels-empty"_s);

    const ui::HostKeyFacts facts{running.displayName(), running.instanceID, u"ssh-ed25519"_s,
                                 u"SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"_s};
    ui::HostKeyDialog prompt(facts);
    ok &= saveWidget(&prompt, dir, u"ssh-host-key"_s);
    QWidget parent;
    QMessageBox *changed = ui::showHostKeyChanged({facts.instanceName, facts.instanceId, facts.keyType,
                                                   u"SHA256:Jg+29FUmnqNFbHPSfjA0EteHO6rhYTaoMWqBIS5NQVo"_s},
                                                  u"/home/user/.ssh/glows/known_hosts"_s, &parent);
    ok &= saveWidget(changed, dir, u"ssh-host-key-changed"_s);
    changed->close();
    return ok;
}

// The Monitor tab of a server without the metrics extension: samples from the instance over SSH (the
// sandbox's SSH endpoint), host keys in a temporary file, the prompt answered.
bool saveMonitorOverSsh(QNetworkAccessManager *nam, const QDir &dir)
{
    sandbox::SandboxOptions options;
    options.dataPath = u":memory:"_s; // a running clock, so the figures move; nothing is kept
    options.ssh.enabled = true;
    sandbox::SandboxServer server(options);
    if (!server.listen())
        return false;
    GlowsClient client(nam, QUrl(server.baseUrl()), options.token);
    const auto running = testing::firstInState(&client, InstanceState::Running);
    if (!running)
        return false;
    QUrl bareUrl(server.baseUrl());
    bareUrl.setPath(u"/no-extensions"_s + bareUrl.path());
    GlowsClient bare(nam, bareUrl, options.token);
    QTemporaryDir hosts;
    ui::SshServices ssh(&bare);
    SshOptions sshOptions;
    sshOptions.knownHostsPath = hosts.filePath(u"known_hosts"_s);
    ssh.setOptions(sshOptions);
    ui::DetailPane pane(ui::AppContext{&bare, nullptr, true, nullptr, &ssh});
    pane.resize(920, 620);
    pane.showInstance(&*running);
    pane.show();
    ui::MonitorTab *monitor = pane.monitorTab();
    monitor->setSshIntervalMs(1000);
    pane.tabs()->setCurrentIndex(ui::DetailPane::MonitorPage);
    if (!screenshots::waitFor([&] { return monitor->findChild<ui::HostKeyDialog *>() != nullptr; }, 15000))
        return false;
    monitor->findChild<ui::HostKeyDialog *>()->accept();
    if (!screenshots::waitFor([&] { return monitor->history().size() >= 8; }, 30000))
        return false;
    return save(pane, ui::DetailPane::MonitorPage, dir, u"monitor-ssh"_s);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s);
    // `detail-screenshots DIR ja` renders the same tabs in Japanese, as detail-*-ja.png.
    ui::Translations translations;
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == "ja"_L1) {
        translations.install(u"ja"_s);
        g_suffix = u"-ja"_s;
    }
    // `detail-screenshots DIR en dark`: the Dark theme, as detail-*-dark.png.
    if (argc > 3 && QString::fromLocal8Bit(argv[3]) == "dark"_L1) {
        ui::applyTheme(ui::AppSettings::Theme::Dark);
        g_suffix += u"-dark"_s;
    }
    sandbox::SandboxOptions options;
    options.manualClock = true;
    sandbox::SandboxServer server(options);
    if (!server.listen())
        return 1;
    QNetworkAccessManager nam;
    GlowsClient client(&nam, QUrl(server.baseUrl()), options.token);
    const auto running = testing::firstInState(&client, InstanceState::Running);
    const auto released = testing::firstInState(&client, InstanceState::Released);
    if (!running || !released)
        return 1;

    // With the SSH services, the Access tab shows "Use My SSH Key", "Open Locally" and the tunnels list.
    ui::SshServices ssh(&client);
    ui::DetailPane pane(ui::AppContext{&client, nullptr, true, nullptr, &ssh});
    pane.resize(920, 620);
    const MetricSeries hour = generatedHour(QDateTime::currentSecsSinceEpoch());
    bool served = false;
    // The sandbox answers the hour in pages; the Monitor shots wait for the last one.
    bool lastPage = false;
    pane.monitorTab()->setMetricsFetcher(
        [&](const QString &id, qint64 since, ui::MonitorTab::MetricsHandler done) {
            client.metrics(id, since, &pane, [&, done](const ApiResult<MetricSeries> &result) {
                served = result.ok();
                lastPage = !result.ok() || !result.value().more;
                done(result.ok() ? result : ApiResult<MetricSeries>(hour));
            });
        });
    Instance shown = *running;
    // A forward just added, still waiting for its address.
    shown.accesses.append(Access{u"preview"_s, u"https"_s, 7860, QString()});
    pane.showInstance(&shown);
    pane.show();

    bool ok = save(pane, ui::DetailPane::AccessPage, dir, u"access"_s);
    QWidget *monitorPage = pane.tabs()->widget(ui::DetailPane::MonitorPage);
    const auto hourShown = [&] { return lastPage && queriesAnswered(monitorPage); };
    ok &= save(pane, ui::DetailPane::MonitorPage, dir, u"monitor"_s, hourShown);
    pane.monitorTab()->setRange(ui::MonitorTab::Range::OneHour);
    ok &= save(pane, ui::DetailPane::MonitorPage, dir, u"monitor-1h"_s, hourShown);
    ok &= save(pane, ui::DetailPane::BillingPage, dir, u"billing"_s);
    ok &= save(pane, ui::DetailPane::ConfigPage, dir, u"config"_s);
    ok &= save(pane, ui::DetailPane::HardwarePage, dir, u"hardware"_s);
    ok &= save(pane, ui::DetailPane::NetworkGroupPage, dir, u"network-group"_s);
    pane.showInstance(&*released);
    ok &= save(pane, ui::DetailPane::HardwarePage, dir, u"released"_s);

    // Mesh groups are drawn from a fixed listing, so the shots do not depend on the server having them; the
    // pane's own fetch goes to a closed port and is still retrying when the shots are taken.
    GlowsClient nowhere(&nam, QUrl(u"http://127.0.0.1:9/sdk/v1"_s), u"t"_s);
    ui::DetailPane groups(ui::AppContext{&nowhere, nullptr, true});
    groups.resize(920, 620);
    groups.showInstance(&*running);
    groups.show();
    groups.networkGroupTab()->showGroups({});
    // The listing is the test's, shown at once; the tab's own query is left retrying, as said above.
    const auto listingShown = [&groups] { return groups.networkGroupTab()->isVisible(); };
    ok &= save(groups, ui::DetailPane::NetworkGroupPage, dir, u"network-group-empty"_s, listingShown);
    NetworkGroup group{u"ng-7q2w9x"_s, u"llm-training"_s, running->regionName, 4, {}};
    group.members = {
        GroupMember{running->instanceID, running->remark, u"10.88.0.2/24"_s, 25000, u"Connected"_s},
        GroupMember{u"ins-m3sh0002"_s, u"worker-1"_s, u"10.88.0.3/24"_s, 25000, u"Connected"_s},
        GroupMember{u"ins-m3sh0003"_s, u"worker-2"_s, u"10.88.0.4/24"_s, 25000, u"Connecting"_s}};
    groups.networkGroupTab()->showGroups({group});
    ok &= save(groups, ui::DetailPane::NetworkGroupPage, dir, u"network-group-member"_s, listingShown);
    ok &= saveSshViews(*running, dir);
    ok &= saveMonitorOverSsh(&nam, dir);
    qInfo("metrics %s", served ? "served by the sandbox" : "generated (the sandbox has no metrics route)");
    return ok ? 0 : 1;
}
