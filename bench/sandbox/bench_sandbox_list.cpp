// SPDX-License-Identifier: Apache-2.0
// Benchmark: server time to list 10,000 instances (goal: at most 50 ms).
// A sandbox holding 10,000 instances (a mix of Running, snapshotting and Released, each with billing
// records) is listed over loopback HTTP the way GlowsClient does it (pages of 500) and in pages of 1000.
// The server's own time per request comes from its Server-Timing header (parsing, engine, JSON encoding).
// Prints one "key=value" line per figure.
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace glows;
using namespace glows::sandbox;

namespace {

constexpr int kInstances = 10'000;

void fill(SandboxServer &server)
{
    SandboxEngine &engine = server.engine();
    const qint64 now = server.clock().wallSecs();
    const char *gpus[] = {"NVIDIA GeForce RTX 4090", "NVIDIA L40S PCIe", "NVIDIA A100 80GB",
                          "NVIDIA H100 80GB HBM3"};
    for (int i = 0; i < kInstances; ++i) {
        InstanceRec rec;
        Instance &in = rec.pub;
        in.instanceID = u"ins-b%1"_s.arg(i, 7, 10, QLatin1Char('0'));
        in.category = u"container"_s;
        const int kind = i % 10;
        const InstanceState state = kind < 6   ? InstanceState::Running
                                    : kind < 7 ? InstanceState::Paused
                                               : InstanceState::Released;
        in.status = InstanceStatus(state);
        in.priceCent = 49 + (i % 4) * 40;
        rec.machinePriceCent = in.priceCent;
        in.hardware = Hardware{
            QString::fromLatin1(gpus[i % 4]), u"Intel(R) Xeon(R) Platinum 8468"_s, 1, 24564, 16, 98304, 200};
        rec.machine = in.hardware;
        in.baseImage = ImageRef{u"img-87p9kq26"_s, u"Ubuntu22.04 CUDA12.4 Python3.11 PyTorch2.4"_s};
        in.sshCred = SshCred{u"root"_s, u"bench-password"_s};
        in.accesses = {
            Access{u"acc-1"_s, u"ssh"_s, 22, u"ssh://tw-03.access.sandbox.invalid:%1"_s.arg(20000 + i)},
            Access{u"acc-2"_s, u"http"_s, 8888, u"https://tw-03.access.sandbox.invalid:%1"_s.arg(30000 + i)}};
        in.createTime = now - 86400 + i;
        in.envs = u"JUPYTER_TOKEN=sandbox"_s;
        in.remark = u"bench-%1"_s.arg(i);
        in.metaKey = u"bench.%1"_s.arg(i);
        in.sourceType = u"SourceSDK"_s;
        in.regionName = u"TW-03"_s;
        in.statusTime = now - 3600;
        BillingSegment old;
        old.start = now - 80000;
        old.end = now - 40000;
        old.priceCent = in.priceCent;
        rec.billing.append(old);
        if (state == InstanceState::Running) {
            BillingSegment open;
            open.start = now - 3600;
            open.priceCent = in.priceCent;
            rec.billing.append(open);
        } else if (state == InstanceState::Paused) {
            rec.phaseStartMs = (now - 10) * 1000;
            rec.phaseEndMs = (now + 3'600'000) * 1000;
        }
        engine.insertRecord(std::move(rec));
    }
    engine.setCreditMilli(qint64(1) << 50);
    engine.takeChanges();
}

struct Fetch
{
    double serverMs = 0;
    qint64 wallMs = 0;
    int instances = 0;
};

Fetch listAll(QNetworkAccessManager &nam, const QString &base, int perPage)
{
    Fetch out;
    QElapsedTimer wall;
    wall.start();
    for (int page = 1;; ++page) {
        QNetworkRequest request(
            QUrl(u"%1/instance/list?page=%2&per_page=%3"_s.arg(base).arg(page).arg(perPage)));
        request.setRawHeader("Authorization", "Bearer sandbox-token");
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray timing = reply->rawHeader("Server-Timing"); // "app;dur=12.345"
        out.serverMs += timing.mid(timing.indexOf('=') + 1).toDouble();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const int got = int(body.value("instances"_L1).toArray().size());
        out.instances += got;
        if (got == 0 || out.instances >= body.value("total"_L1).toInt())
            break;
    }
    out.wallMs = wall.elapsed();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SandboxOptions options;
    options.manualClock = true; // a still clock: every run lists the same state
    options.seed = false;
    options.dataPath = u":memory:"_s;
    options.limits.maxActiveInstances = kInstances * 2;
    SandboxServer server(options);
    if (server.listen() == 0)
        return 1;
    fill(server);
    QNetworkAccessManager nam;
    QTextStream out(stdout);
    listAll(nam, server.baseUrl(), 500); // warm-up
    for (const int perPage : {500, 1000}) {
        QList<double> runs;
        Fetch last;
        for (int i = 0; i < 5; ++i) {
            last = listAll(nam, server.baseUrl(), perPage);
            runs.append(last.serverMs);
        }
        std::sort(runs.begin(), runs.end());
        if (last.instances != kInstances) {
            out << "error: listed " << last.instances << " of " << kInstances << '\n';
            return 1;
        }
        out << "list_10000_per_page_" << perPage
            << "_server_ms=" << QString::number(runs.at(runs.size() / 2), 'f', 1) << '\n';
        out << "list_10000_per_page_" << perPage << "_wall_ms=" << last.wallMs << '\n';
    }
    out << "list_10000_goal_server_ms=50\n";
    return 0;
}
