// SPDX-License-Identifier: Apache-2.0
// Commands on instances: the public SDK calls plus port forwarding.
#include "cli/commands.h"
#include "cli/output.h"
#include "core/clock.h"
#include "core/cost.h"

#include "api/codec.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace glows::cli {
namespace {

struct InstanceText
{
    Q_DECLARE_TR_FUNCTIONS(InstanceCommands)
};

QJsonObject accessJson(const Access &a)
{
    return codec::encodeAccess(a);
}

void noteEstimate(Session &s)
{
    s.note(InstanceText::tr("≈ This server reports no cost: glows-cli estimates it from the hourly price and "
                            "the time billed so far."));
}

void printInstance(Session &s, const Instance &in)
{
    if (!s.human()) {
        s.printJson(instanceJson(in, s.options().showPassword));
        return;
    }
    QList<QPair<QString, QString>> fields{
        {InstanceText::tr("ID"), in.instanceID},
        {InstanceText::tr("Name"), in.displayName()},
        {InstanceText::tr("Status"), Format::status(in.status)},
        {InstanceText::tr("Category"), Format::orDash(in.category)},
        {InstanceText::tr("Region"), Format::orDash(in.regionName)},
        {InstanceText::tr("GPU"), Format::gpu(in.hardware)},
        {InstanceText::tr("CPU"),
         u"%1 (%2 vCPU)"_s.arg(Format::orDash(in.hardware.cpuName)).arg(in.hardware.cpuCoresNum)},
        {InstanceText::tr("RAM"), Format::sizeMB(in.hardware.ramMB)},
        {InstanceText::tr("Disk"), u"%1 GB"_s.arg(in.hardware.diskGB)},
        {InstanceText::tr("Image"),
         in.baseImage ? u"%1 (%2)"_s.arg(in.baseImage->imageName, in.baseImage->imageID) : u"-"_s},
        {InstanceText::tr("From snapshot"),
         in.baseSnap ? u"%1 (%2)"_s.arg(in.baseSnap->snapName, in.baseSnap->snapID) : u"-"_s},
        {InstanceText::tr("Price/h"), Format::pricePerHour(in.priceCent)},
        {InstanceText::tr("Cost"), Format::cost(in, systemClock().wallSecs())},
        {InstanceText::tr("Created"), Format::time(in.createTime)},
        {InstanceText::tr("SSH user"), Format::orDash(in.sshCred.user)},
    };
    if (s.options().showPassword)
        fields.append({InstanceText::tr("SSH password"), in.sshCred.password});
    for (const Access &a : in.accesses) {
        fields.append({InstanceText::tr("Access %1/%2").arg(a.protocol).arg(a.listenPort),
                       a.isPending() ? InstanceText::tr("(pending)") : a.url});
    }
    fields.append({InstanceText::tr("Meta key"), Format::orDash(in.metaKey)});
    if (in.simulated)
        fields.append({InstanceText::tr("Note"), InstanceText::tr("simulated by a sandbox")});
    printFields(s.out(), fields);
    if (costIsEstimate(in))
        noteEstimate(s);
}

int list(Session &s, const QStringList &args)
{
    if (!args.isEmpty())
        return s.usageError(InstanceText::tr("“list” takes no arguments."));
    const auto instances =
        s.await<QList<Instance>>([&](QObject *c, auto h) { s.client().listInstances(c, h); });
    if (!instances)
        return s.exitCode();
    if (!s.human()) {
        QJsonArray array;
        for (const Instance &in : *instances)
            array.append(instanceJson(in, s.options().showPassword));
        s.printJson(array);
        return ExitOk;
    }
    using A = Table::Align;
    Table table({InstanceText::tr("ID"), InstanceText::tr("NAME"), InstanceText::tr("STATUS"),
                 InstanceText::tr("GPU"), InstanceText::tr("REGION"), InstanceText::tr("PRICE/H"),
                 InstanceText::tr("COST")},
                {A::Left, A::Left, A::Left, A::Left, A::Left, A::Right, A::Right});
    const qint64 now = systemClock().wallSecs();
    bool estimated = false;
    for (const Instance &in : *instances) {
        table.addRow({in.instanceID, in.displayName(), Format::status(in.status), Format::gpu(in.hardware),
                      Format::orDash(in.regionName), Format::pricePerHour(in.priceCent),
                      Format::cost(in, now)});
        estimated = estimated || costIsEstimate(in);
    }
    table.print(s.out());
    if (estimated)
        noteEstimate(s);
    return ExitOk;
}

int show(Session &s, const QStringList &args)
{
    if (args.size() != 1)
        return s.usageError(InstanceText::tr("Usage: glows-cli show ID"));
    const auto in =
        s.await<Instance>([&](QObject *c, auto h) { s.client().getInstance(args.first(), c, h); });
    if (!in)
        return s.exitCode();
    printInstance(s, *in);
    return ExitOk;
}

std::optional<CreateInstanceRequest::Port> parsePort(const QString &spec)
{
    // "7890", "7890/http", "22/tcp" (protocol 1 = TCP/SSH, 2 = HTTP).
    const QStringList parts = spec.split(u'/');
    bool ok = false;
    const int port = parts.value(0).toInt(&ok);
    if (!ok || port < 1 || port > 65535 || parts.size() > 2)
        return std::nullopt;
    const QString proto = parts.value(1, u"tcp"_s).toLower();
    if (proto == "http"_L1 || proto == "https"_L1)
        return CreateInstanceRequest::Port{port, 2};
    if (proto == "tcp"_L1 || proto == "ssh"_L1)
        return CreateInstanceRequest::Port{port, 1};
    return std::nullopt;
}

int create(Session &s, const QStringList &args)
{
    const CommandOptions &o = s.options();
    if (!args.isEmpty())
        return s.usageError(
            InstanceText::tr("“create” takes options only, e.g. --image ID --gpu NAME --region R."));
    if (o.image.isEmpty() == o.snapshot.isEmpty())
        return s.usageError(InstanceText::tr("Give exactly one of --image ID or --snapshot ID."));
    CreateInstanceRequest request;
    request.fromImageId = o.image;
    request.fromSnapId = o.snapshot;
    request.gpuName = o.gpu;
    request.regionName = o.region;
    if (!o.category.isEmpty())
        request.instanceCategory = o.category;
    request.remark = o.name;
    request.envs = o.env;
    request.cmd = o.cmd;
    request.customMetaKey = o.metaKey;
    for (const QString &p : o.ports) {
        const auto port = parsePort(p);
        if (!port)
            return s.usageError(InstanceText::tr("Invalid --port “%1”: use PORT or PORT/http.").arg(p));
        request.ports.append(*port);
    }
    const auto in = s.await<Instance>([&](QObject *c, auto h) { s.client().createInstance(request, c, h); });
    if (!in)
        return s.exitCode();
    printInstance(s, *in);
    return ExitOk;
}

int release(Session &s, const QStringList &args)
{
    if (args.size() != 1)
        return s.usageError(InstanceText::tr("Usage: glows-cli release ID"));
    const QString id = args.first();
    const bool confirmed =
        s.confirm(InstanceText::tr("releasing %1 deletes its disk").arg(id), [&]() -> std::optional<QString> {
            const auto in = s.await<Instance>([&](QObject *c, auto h) { s.client().getInstance(id, c, h); });
            if (!in)
                return std::nullopt;
            return InstanceText::tr("Release %1 “%2” (%3)? Its disk is deleted. Cost so far: %4 credits.")
                .arg(in->instanceID, in->displayName(), Format::status(in->status),
                     Format::cost(*in, systemClock().wallSecs()));
        });
    if (!confirmed)
        return s.exitCode();
    if (!s.await<Done>([&](QObject *c, auto h) { s.client().releaseInstance(args.first(), c, h); }))
        return s.exitCode();
    if (s.human())
        s.say(InstanceText::tr("Release of %1 requested.").arg(args.first()));
    else
        s.printJson(QJsonObject{{"instanceID"_L1, args.first()}, {"released"_L1, true}});
    return ExitOk;
}

void printAccesses(Session &s, const QList<Access> &accesses)
{
    if (!s.human()) {
        QJsonArray array;
        for (const Access &a : accesses)
            array.append(accessJson(a));
        s.printJson(array);
        return;
    }
    Table table({InstanceText::tr("ACCESS ID"), InstanceText::tr("PROTOCOL"), InstanceText::tr("PORT"),
                 InstanceText::tr("URL")},
                {Table::Align::Left, Table::Align::Left, Table::Align::Right, Table::Align::Left});
    for (const Access &a : accesses)
        table.addRow({Format::orDash(a.id), a.protocol, QString::number(a.listenPort),
                      a.isPending() ? InstanceText::tr("(pending)") : a.url});
    table.print(s.out());
}

int ports(Session &s, const QStringList &args)
{
    const QString usage =
        InstanceText::tr("Usage: glows-cli ports ID [add PORT | edit ACCESS_ID PORT | delete ACCESS_ID] "
                         "[--protocol tcp|https]");
    if (args.isEmpty())
        return s.usageError(usage);
    const QString id = args.at(0);
    const QString action = args.value(1);
    // The console offers TCP, or HTTPS for web services; "http" is taken to mean the latter.
    QString protocol = s.options().protocol.isEmpty() ? u"tcp"_s : s.options().protocol.toLower();
    if (protocol == "http"_L1)
        protocol = u"https"_s;
    auto portArg = [&](int index) {
        bool ok = false;
        const int port = args.value(index).toInt(&ok);
        return ok && port >= 1 && port <= 65535 ? port : 0;
    };
    if (action.isEmpty()) {
        const auto in = s.await<Instance>([&](QObject *c, auto h) { s.client().getInstance(id, c, h); });
        if (!in)
            return s.exitCode();
        printAccesses(s, in->accesses);
        return ExitOk;
    }
    if (action == "add"_L1 && args.size() == 3 && portArg(2)) {
        const auto a = s.await<Access>(
            [&](QObject *c, auto h) { s.client().addPortForward(id, portArg(2), protocol, c, h); });
        if (a)
            printAccesses(s, {*a});
        return s.exitCode();
    }
    if (action == "edit"_L1 && args.size() == 4 && portArg(3)) {
        const auto a = s.await<Access>([&](QObject *c, auto h) {
            s.client().editPortForward(id, args.at(2), portArg(3), protocol, c, h);
        });
        if (a)
            printAccesses(s, {*a});
        return s.exitCode();
    }
    if (action == "delete"_L1 && args.size() == 3) {
        const QString question = InstanceText::tr("Delete port forwarding %1 of %2?").arg(args.at(2), id);
        if (!s.confirm(InstanceText::tr("deleting port forwarding %1 of %2").arg(args.at(2), id),
                       [&]() -> std::optional<QString> { return question; }))
            return s.exitCode();
        if (s.await<Done>([&](QObject *c, auto h) { s.client().deletePortForward(id, args.at(2), c, h); })) {
            if (s.human())
                s.say(InstanceText::tr("Port forwarding %1 deleted.").arg(args.at(2)));
            else
                s.printJson(QJsonObject{{"accessID"_L1, args.at(2)}, {"deleted"_L1, true}});
        }
        return s.exitCode();
    }
    return s.usageError(usage);
}

} // namespace

QList<Command> instanceCommands()
{
    return {
        {u"list"_s, InstanceText::tr("list                      Instances with status, GPU, price and cost"),
         list},
        {u"show"_s,
         InstanceText::tr(
             "show ID                   One instance in detail (--show-password adds the SSH password)"),
         show},
        {u"create"_s,
         InstanceText::tr("create --image ID|--snapshot ID --gpu NAME --region R [--name REMARK] [--category "
                          "container|vm]\n"
                          "       [--port PORT[/http]]... [--env K=V;...] [--cmd CMD] [--meta-key KEY]"),
         create},
        {u"release"_s,
         InstanceText::tr("release ID [--yes]        Release an instance (its disk is deleted)"), release},
        {u"ports"_s,
         InstanceText::tr(
             "ports ID [add PORT | edit ACCESS_ID PORT | delete ACCESS_ID [--yes]] [--protocol tcp|https]"),
         ports,
         {u"add"_s, u"edit"_s, u"delete"_s}},
    };
}

} // namespace glows::cli
