// SPDX-License-Identifier: Apache-2.0
// Commands on the project's SDK extension (docs/api.md): snapshots, metrics, billing, network groups and
// the catalogue. A server without them answers "no such route" and glows-cli exits with ExitUnsupported.
#include "api/codec.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "core/clock.h"
#include "core/cost.h"
#include "core/names.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace glows::cli {
namespace {

struct ExtensionText
{
    Q_DECLARE_TR_FUNCTIONS(ExtensionCommands)
};

using A = Table::Align;

void printSnapshots(Session &s, const QList<Snapshot> &snapshots)
{
    if (!s.human()) {
        QJsonArray array;
        for (const Snapshot &snap : snapshots)
            array.append(codec::encodeSnapshot(snap));
        s.printJson(array);
        return;
    }
    Table table({ExtensionText::tr("ID"), ExtensionText::tr("NAME"), ExtensionText::tr("STATUS"),
                 ExtensionText::tr("SIZE"), ExtensionText::tr("CREATED"), ExtensionText::tr("SOURCE"),
                 ExtensionText::tr("REGION")},
                {A::Left, A::Left, A::Left, A::Right, A::Left, A::Left, A::Left});
    for (const Snapshot &snap : snapshots) {
        const QString status = snap.progress > 0 && snap.progress < 100
                                   ? u"%1 %2%"_s.arg(snap.status).arg(snap.progress)
                                   : snap.status;
        table.addRow({snap.snapID, snap.name, status, Format::sizeMB(snap.sizeMB),
                      Format::time(snap.createTime), Format::orDash(snap.sourceInstanceID),
                      Format::orDash(snap.regionName)});
    }
    table.print(s.out());
}

int snapshot(Session &s, const QStringList &args)
{
    if (args.size() != 1 || s.options().name.trimmed().isEmpty())
        return s.usageError(
            ExtensionText::tr("Usage: glows-cli snapshot ID --name NAME [--release [--yes]]"));
    if (const NameProblem problem = checkName(s.options().name); problem != NameProblem::None)
        return s.usageError(nameProblemText(problem));
    const QString name = normalizedName(s.options().name);
    const QString id = args.first();
    const bool confirmed =
        !s.options().release ||
        s.confirm(ExtensionText::tr("releasing %1 after its snapshot deletes its disk").arg(id),
                  [&]() -> std::optional<QString> {
                      const auto in =
                          s.await<Instance>([&](QObject *c, auto h) { s.client().getInstance(id, c, h); });
                      if (!in)
                          return std::nullopt;
                      return ExtensionText::tr("Snapshot %1 “%2”, then release it? Its disk is deleted once "
                                               "the snapshot is saved. Cost so far: %3 credits.")
                          .arg(in->instanceID, in->displayName(),
                               Format::cost(*in, systemClock().wallSecs()));
                  });
    if (!confirmed)
        return s.exitCode();
    const auto snap = s.await<Snapshot>(
        [&](QObject *c, auto h) { s.client().takeSnapshot(id, name, s.options().release, c, h); });
    if (!snap)
        return s.exitCode();
    printSnapshots(s, {*snap});
    if (s.human() && s.options().release)
        s.note(ExtensionText::tr("The instance will be released when the snapshot is saved."));
    return ExitOk;
}

int snapshots(Session &s, const QStringList &args)
{
    if (args.size() == 2 && args.at(0) == "delete"_L1) {
        const QString snapId = args.at(1);
        if (!s.confirm(ExtensionText::tr("deleting snapshot %1").arg(snapId),
                       [&]() -> std::optional<QString> {
                           return ExtensionText::tr("Delete snapshot %1? It cannot be restored.").arg(snapId);
                       }))
            return s.exitCode();
        if (s.await<Done>([&](QObject *c, auto h) { s.client().deleteSnapshot(snapId, c, h); })) {
            if (s.human())
                s.say(ExtensionText::tr("Snapshot %1 deleted.").arg(snapId));
            else
                s.printJson(QJsonObject{{"snapID"_L1, snapId}, {"deleted"_L1, true}});
        }
        return s.exitCode();
    }
    if (!args.isEmpty())
        return s.usageError(ExtensionText::tr("Usage: glows-cli snapshots [delete SNAP_ID [--yes]]"));
    const auto list = s.await<QList<Snapshot>>([&](QObject *c, auto h) { s.client().listSnapshots(c, h); });
    if (list)
        printSnapshots(s, *list);
    return s.exitCode();
}

int metrics(Session &s, const QStringList &args)
{
    if (args.size() != 1)
        return s.usageError(
            ExtensionText::tr("Usage: glows-cli metrics ID [--since EPOCH_SECONDS | --via-ssh]"));
    if (s.options().viaSsh)
        return metricsViaSsh(s, args.first());
    const qint64 since = s.options().since >= 0 ? s.options().since : systemClock().wallSecs() - 10 * 60;
    const auto series =
        s.await<MetricSeries>([&](QObject *c, auto h) { s.client().metrics(args.first(), since, c, h); });
    if (!series)
        return s.exitCode();
    if (!s.human()) {
        QJsonArray samples;
        for (const MetricSample &m : series->samples)
            samples.append(codec::encodeMetricSample(m));
        s.printJson(QJsonObject{{"simulated"_L1, series->simulated}, {"samples"_L1, samples}});
        return ExitOk;
    }
    printMetricsTable(s, series->samples);
    if (series->simulated)
        s.note(ExtensionText::tr("These metrics are simulated."));
    return ExitOk;
}

int billing(Session &s, const QStringList &args)
{
    if (args.size() != 1)
        return s.usageError(ExtensionText::tr("Usage: glows-cli billing ID"));
    const auto records =
        s.await<QList<BillingRecord>>([&](QObject *c, auto h) { s.client().billing(args.first(), c, h); });
    if (!records)
        return s.exitCode();
    if (!s.human()) {
        QJsonArray array;
        for (const BillingRecord &r : *records)
            array.append(codec::encodeBillingRecord(r));
        s.printJson(array);
        return ExitOk;
    }
    Table table({ExtensionText::tr("START"), ExtensionText::tr("END"), ExtensionText::tr("PRICE/H"),
                 ExtensionText::tr("DURATION"), ExtensionText::tr("COST"), ExtensionText::tr("METHOD"),
                 ExtensionText::tr("DISCOUNT")},
                {A::Left, A::Left, A::Right, A::Right, A::Right, A::Left, A::Right});
    for (const BillingRecord &r : *records) {
        table.addRow({Format::time(r.startTime),
                      r.endTime ? Format::time(*r.endTime) : ExtensionText::tr("Running"),
                      Format::pricePerHour(r.priceCent), Format::duration(r.durationSeconds),
                      formatMilliCredits(r.costMilliCredit), Format::orDash(r.billingMethod),
                      u"%1%"_s.arg(r.discountPercent)});
    }
    table.print(s.out());
    return ExitOk;
}

void printGroups(Session &s, const QList<NetworkGroup> &groups)
{
    if (!s.human()) {
        QJsonArray array;
        for (const NetworkGroup &g : groups)
            array.append(codec::encodeNetworkGroup(g));
        s.printJson(array);
        return;
    }
    Table table({ExtensionText::tr("ID"), ExtensionText::tr("NAME"), ExtensionText::tr("REGION"),
                 ExtensionText::tr("MEMBERS")},
                {A::Left, A::Left, A::Left, A::Right});
    for (const NetworkGroup &g : groups)
        table.addRow({g.groupID, g.name, Format::orDash(g.regionName),
                      u"%1/%2"_s.arg(g.members.size()).arg(g.capacity)});
    table.print(s.out());
}

void printMembers(Session &s, const NetworkGroup &g)
{
    if (!s.human()) {
        s.printJson(codec::encodeNetworkGroup(g));
        return;
    }
    Table table({ExtensionText::tr("INSTANCE"), ExtensionText::tr("NAME"), ExtensionText::tr("IP CIDR"),
                 ExtensionText::tr("BANDWIDTH"), ExtensionText::tr("STATUS")},
                {A::Left, A::Left, A::Left, A::Right, A::Left});
    for (const GroupMember &m : g.members)
        table.addRow({m.instanceID, Format::orDash(m.name), Format::orDash(m.ipCidr),
                      u"%1 Mbps"_s.arg(m.bandwidthMbps), Format::orDash(m.status)});
    table.print(s.out());
}

int groups(Session &s, const QStringList &args)
{
    const QString usage =
        ExtensionText::tr("Usage: glows-cli groups [list | show GID | create NAME --region R [--capacity N] "
                          "| delete GID [--yes] | add GID INSTANCE | remove GID INSTANCE]");
    const QString action = args.value(0, u"list"_s);
    auto listAll = [&]() {
        return s.await<QList<NetworkGroup>>([&](QObject *c, auto h) { s.client().listNetworkGroups(c, h); });
    };
    if (action == "list"_L1 && args.size() <= 1) {
        if (const auto all = listAll())
            printGroups(s, *all);
        return s.exitCode();
    }
    if (action == "show"_L1 && args.size() == 2) {
        const auto all = listAll();
        if (!all)
            return s.exitCode();
        for (const NetworkGroup &g : *all) {
            if (g.groupID == args.at(1)) {
                printMembers(s, g);
                return ExitOk;
            }
        }
        return s.failWith(ExtensionText::tr("No network group %1.").arg(args.at(1)));
    }
    if (action == "create"_L1 && args.size() == 2) {
        if (s.options().region.isEmpty())
            return s.usageError(ExtensionText::tr("“groups create” needs --region R."));
        const int capacity = s.options().capacity > 0 ? s.options().capacity : 5;
        const auto g = s.await<NetworkGroup>([&](QObject *c, auto h) {
            s.client().createNetworkGroup(args.at(1), s.options().region, capacity, c, h);
        });
        if (g)
            printGroups(s, {*g});
        return s.exitCode();
    }
    if (action == "delete"_L1 && args.size() == 2) {
        const QString question = ExtensionText::tr("Delete network group %1?").arg(args.at(1));
        if (!s.confirm(ExtensionText::tr("deleting network group %1").arg(args.at(1)),
                       [&]() -> std::optional<QString> { return question; }))
            return s.exitCode();
        if (s.await<Done>([&](QObject *c, auto h) { s.client().deleteNetworkGroup(args.at(1), c, h); })) {
            if (s.human())
                s.say(ExtensionText::tr("Network group %1 deleted.").arg(args.at(1)));
            else
                s.printJson(QJsonObject{{"groupID"_L1, args.at(1)}, {"deleted"_L1, true}});
        }
        return s.exitCode();
    }
    if (action == "add"_L1 && args.size() == 3) {
        const auto g = s.await<NetworkGroup>(
            [&](QObject *c, auto h) { s.client().addGroupMember(args.at(1), args.at(2), c, h); });
        if (g)
            printMembers(s, *g);
        return s.exitCode();
    }
    if (action == "remove"_L1 && args.size() == 3) {
        if (s.await<Done>(
                [&](QObject *c, auto h) { s.client().removeGroupMember(args.at(1), args.at(2), c, h); })) {
            if (s.human())
                s.say(ExtensionText::tr("%1 removed from network group %2.").arg(args.at(2), args.at(1)));
            else
                s.printJson(QJsonObject{
                    {"groupID"_L1, args.at(1)}, {"instanceID"_L1, args.at(2)}, {"removed"_L1, true}});
        }
        return s.exitCode();
    }
    return s.usageError(usage);
}

int specs(Session &s, const QStringList &args)
{
    if (!args.isEmpty())
        return s.usageError(ExtensionText::tr("Usage: glows-cli specs [--region R]"));
    const auto list =
        s.await<QList<GpuSpec>>([&](QObject *c, auto h) { s.client().listSpecs(s.options().region, c, h); });
    if (!list)
        return s.exitCode();
    if (!s.human()) {
        QJsonArray array;
        for (const GpuSpec &spec : *list)
            array.append(codec::encodeSpec(spec));
        s.printJson(array);
        return ExitOk;
    }
    Table table({ExtensionText::tr("GPU"), ExtensionText::tr("GPU RAM"), ExtensionText::tr("vCPU"),
                 ExtensionText::tr("RAM"), ExtensionText::tr("DISK"), ExtensionText::tr("REGION"),
                 ExtensionText::tr("AVAILABLE"), ExtensionText::tr("PRICE/H")},
                {A::Left, A::Right, A::Right, A::Right, A::Right, A::Left, A::Right, A::Right});
    for (const GpuSpec &spec : *list) {
        table.addRow({spec.gpuName, Format::sizeMB(spec.gpuRamMB), QString::number(spec.cpuCoresNum),
                      Format::sizeMB(spec.ramMB), u"%1 GB"_s.arg(spec.diskGB), spec.regionName,
                      QString::number(spec.availableUnits), Format::pricePerHour(spec.priceCent)});
    }
    table.print(s.out());
    return ExitOk;
}

int images(Session &s, const QStringList &args)
{
    if (!args.isEmpty())
        return s.usageError(ExtensionText::tr("“images” takes no arguments."));
    const auto list = s.await<QList<ImageInfo>>([&](QObject *c, auto h) { s.client().listImages(c, h); });
    if (!list)
        return s.exitCode();
    if (!s.human()) {
        QJsonArray array;
        for (const ImageInfo &i : *list)
            array.append(codec::encodeImage(i));
        s.printJson(array);
        return ExitOk;
    }
    Table table({ExtensionText::tr("ID"), ExtensionText::tr("NAME"), ExtensionText::tr("PORTS")});
    for (const ImageInfo &i : *list)
        table.addRow({i.imageID, i.imageName, Format::orDash(i.defaultPorts)});
    table.print(s.out());
    return ExitOk;
}

int balance(Session &s, const QStringList &args)
{
    if (!args.isEmpty())
        return s.usageError(ExtensionText::tr("“balance” takes no arguments."));
    const auto b = s.await<AccountBalance>([&](QObject *c, auto h) { s.client().balance(c, h); });
    if (!b)
        return s.exitCode();
    if (!s.human())
        s.printJson(QJsonObject{{"balanceMilliCredit"_L1, double(b->balanceMilliCredit)},
                                {"simulated"_L1, b->simulated}});
    else
        s.say(ExtensionText::tr("Balance: %1 credits").arg(formatMilliCredits(b->balanceMilliCredit)) +
              (b->simulated ? ExtensionText::tr(" (simulated)") : QString()));
    return ExitOk;
}

} // namespace

void printMetricsTable(Session &s, const QList<MetricSample> &samples)
{
    Table table({ExtensionText::tr("TIME"), ExtensionText::tr("GPU%"), ExtensionText::tr("GPU MEM MB"),
                 ExtensionText::tr("CPU%"), ExtensionText::tr("RAM MB"), ExtensionText::tr("DISK GB"),
                 ExtensionText::tr("IN KB/s"), ExtensionText::tr("OUT KB/s")},
                {A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right});
    auto n = [](double v) { return QString::number(v, 'f', 1); };
    for (const MetricSample &m : samples) {
        table.addRow({Format::time(m.t), n(m.gpuUtil), u"%1/%2"_s.arg(n(m.gpuMemUsedMB), n(m.gpuMemTotalMB)),
                      n(m.cpuPct), u"%1/%2"_s.arg(n(m.ramUsedMB), n(m.ramTotalMB)),
                      u"%1/%2"_s.arg(n(m.diskUsedGB), n(m.diskTotalGB)), n(m.netInKBps), n(m.netOutKBps)});
    }
    table.print(s.out());
}

QList<Command> extensionCommands()
{
    return {
        {u"snapshot"_s,
         ExtensionText::tr(
             "snapshot ID --name N [--release [--yes]]  Take a snapshot (optionally release afterwards)"),
         snapshot},
        {u"snapshots"_s,
         ExtensionText::tr("snapshots [delete SNAP_ID [--yes]]  Your snapshots, or delete one"),
         snapshots,
         {u"delete"_s}},
        {u"metrics"_s,
         ExtensionText::tr("metrics ID [--since T | --via-ssh]  GPU, CPU, memory, disk and network samples"),
         metrics},
        {u"billing"_s, ExtensionText::tr("billing ID                Billing records of an instance"),
         billing},
        {u"groups"_s,
         ExtensionText::tr(
             "groups [list | show GID | create NAME --region R [--capacity N] | delete GID [--yes] |\n"
             "        add GID INSTANCE | remove GID INSTANCE]"),
         groups,
         {u"list"_s, u"show"_s, u"create"_s, u"delete"_s, u"add"_s, u"remove"_s}},
        {u"specs"_s, ExtensionText::tr("specs [--region R]        GPU types, stock and prices"), specs},
        {u"images"_s, ExtensionText::tr("images                    Official images"), images},
        {u"balance"_s, ExtensionText::tr("balance                   Account balance"), balance},
    };
}

QList<Command> allCommands()
{
    return instanceCommands() + extensionCommands() + sshConfigCommands() + sshCommands() + guardCommands();
}

} // namespace glows::cli
