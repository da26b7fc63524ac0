// SPDX-License-Identifier: Apache-2.0
// `ssh-key install`, `tunnel` and `metrics --via-ssh`: the app's own SSH client (app/ssh) on the command
// line. The instance's password comes from the API's sshCred, stays in memory and is never printed.
#include "api/codec.h"
#include "cli/commands.h"
#include "core/sshconfigfile.h"
#include "ssh/knownhosts.h"
#include "ssh/sshconnection.h"
#include "ssh/sshkeys.h"
#include "ssh/sshmetricssampler.h"
#include "ssh/sshtunnel.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace glows::cli {
namespace {

struct SshCliText
{
    Q_DECLARE_TR_FUNCTIONS(SshCommands)
};

struct Remote
{
    Instance instance;
    SshEndpoint endpoint;
    SshAuth auth;
};

template<typename T, typename Start>
SshResult<T> waitSsh(Start start)
{
    std::optional<SshResult<T>> result;
    QEventLoop loop;
    start(&loop, [&](const SshResult<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

int failSsh(Session &s, const SshError &error)
{
    const int code = s.failWith(error.userMessage());
    if (s.options().details && !error.details().isEmpty())
        s.note(error.details());
    return code;
}

// The instance, where its SSH server is, and how to log in: a key installed through the app, the agent,
// and the instance's password.
std::optional<Remote> remoteFor(Session &s, const QString &id)
{
    const auto instance = s.await<Instance>([&](QObject *c, auto h) { s.client().getInstance(id, c, h); });
    if (!instance)
        return std::nullopt;
    if (instance->status.state() != InstanceState::Running) {
        s.failWith(SshCliText::tr("%1 is not running (%2); SSH needs a running instance.")
                       .arg(instance->instanceID, instance->status.raw()));
        return std::nullopt;
    }
    const auto endpoint = sshEndpointFor(*instance);
    if (!endpoint) {
        s.failWith(SshCliText::tr("%1 has no SSH access yet.").arg(instance->instanceID));
        return std::nullopt;
    }
    Remote r{*instance, *endpoint, SshAuth::withPassword(instance->sshCred.password)};
    r.auth.identityFile = SshKeyRegistry(SshConfigFiles::forCurrentUser()).identityFor(endpoint->instanceId);
    return r;
}

// Opens the connection; an unknown host key is shown and stored only after a "y" on the terminal, or
// with --yes. A changed key is refused.
bool openTrusted(Session &s, SshConnection &connection)
{
    auto opened = waitSsh<SshHostKey>([&](QObject *c, auto h) { connection.open(c, h); });
    if (!opened.ok() && opened.error().kind() == SshError::Kind::HostKeyUnknown) {
        const SshHostKey key = opened.error().hostKey();
        const bool trusted = s.confirm(
            SshCliText::tr("the host key of %1 is not known yet (fingerprint %2)")
                .arg(key.instanceId, key.fingerprint()),
            [&]() -> std::optional<QString> {
                return SshCliText::tr("The host key of %1 is not known yet. Its fingerprint is %2 (%3). "
                                      "Trust it and connect?")
                    .arg(key.instanceId, key.fingerprint(), key.type());
            });
        if (!trusted)
            return false;
        connection.trustHostKey(key);
        opened = waitSsh<SshHostKey>([&](QObject *c, auto h) { connection.open(c, h); });
        if (opened.ok() && s.human())
            s.note(SshCliText::tr("Stored the host key of %1 in %2.")
                       .arg(key.instanceId, SshKnownHosts::defaultPath()));
    }
    if (!opened.ok()) {
        failSsh(s, opened.error());
        return false;
    }
    return true;
}

// The public key to install: --key, else the user's own, else (on a terminal, when agreed) a new one.
std::optional<QString> publicKeyPath(Session &s)
{
    if (!s.options().keyFile.isEmpty())
        return QDir(s.options().keyFile).absolutePath();
    if (const auto found = sshkeys::findPublicKey())
        return found;
    const QString path = sshkeys::newKeyPath();
    if (!s.isInteractive()) {
        s.failWith(
            SshCliText::tr("No SSH key was found in %1. Create one with “ssh-keygen -t ed25519”, or name a "
                           "public key with --key FILE.pub.")
                .arg(sshkeys::userSshDir()));
        return std::nullopt;
    }
    if (!s.confirm(SshCliText::tr("creating an SSH key"), [&]() -> std::optional<QString> {
            return SshCliText::tr("No SSH key was found in %1. Create an ed25519 key at %2 with ssh-keygen? "
                                  "(ssh-keygen asks for a passphrase; an empty one means none.)")
                .arg(sshkeys::userSshDir(), path);
        }))
        return std::nullopt;
    sshkeys::KeyGenerator generator;
    QString created, error;
    QEventLoop loop;
    QObject::connect(&generator, &sshkeys::KeyGenerator::finished, &loop,
                     [&](const QString &pub, const QString &why) {
                         created = pub;
                         error = why;
                         loop.quit();
                     });
    generator.generate(path, sshkeys::KeyGenerator::Passphrase::AskOnTerminal);
    loop.exec();
    if (created.isEmpty()) {
        s.failWith(error);
        return std::nullopt;
    }
    return created;
}

int sshKey(Session &s, const QStringList &args)
{
    if (args.size() != 2 || args.at(0) != "install"_L1)
        return s.usageError(SshCliText::tr("Usage: glows-cli ssh-key install ID [--key FILE.pub] [--yes]"));
    const auto keyPath = publicKeyPath(s);
    if (!keyPath)
        return s.exitCode();
    QString error;
    const auto line = sshkeys::readPublicKey(*keyPath, &error);
    if (!line)
        return s.failWith(error);
    auto remote = remoteFor(s, args.at(1));
    if (!remote)
        return s.exitCode();
    if (remote->instance.sshCred.password.isEmpty())
        return s.failWith(
            SshCliText::tr("The server did not send the SSH password of %1, so glows-cli cannot log "
                           "in to install the key.")
                .arg(remote->endpoint.instanceId));
    // Installing needs the password, not a key that may already work.
    remote->auth.identityFile.clear();
    remote->auth.useAgent = false;
    SshConnection connection(remote->endpoint, remote->auth);
    wipeSecret(remote->auth.password);
    if (!openTrusted(s, connection))
        return s.exitCode();
    const auto installed =
        waitSsh<Done>([&](QObject *c, auto h) { connection.installPublicKey(*line, c, h); });
    if (!installed.ok())
        return failSsh(s, installed.error());
    connection.close();

    const SshKeyRegistry registry(SshConfigFiles::forCurrentUser());
    if (!registry.recordInstalledKey(remote->endpoint.instanceId, *keyPath, &error))
        s.note(SshCliText::tr("The key is installed, but %1 could not be updated: %2")
                   .arg(SshConfigFiles::forCurrentUser().keysPath(), error));
    if (!s.human()) {
        s.printJson(QJsonObject{{"instanceID"_L1, remote->endpoint.instanceId},
                                {"publicKey"_L1, *keyPath},
                                {"identityFile"_L1, SshKeyRegistry::identityForKeyFile(*keyPath)},
                                {"installed"_L1, true}});
        return ExitOk;
    }
    s.say(SshCliText::tr("Installed %1 on %2.").arg(*keyPath, remote->endpoint.instanceId));
    s.note(SshCliText::tr("Run “glows-cli ssh-config --write” so that ssh and editors log in with it."));
    return ExitOk;
}

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

int tunnel(Session &s, const QStringList &args)
{
    const QString usage = SshCliText::tr("Usage: glows-cli tunnel ID PORT [--local LPORT]");
    if (args.size() != 2)
        return s.usageError(usage);
    bool ok = false;
    const int port = args.at(1).toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return s.usageError(usage);
    auto remote = remoteFor(s, args.at(0));
    if (!remote)
        return s.exitCode();
    {
        // The host key question comes first, on a connection of its own.
        SshConnection probe(remote->endpoint, remote->auth);
        if (!openTrusted(s, probe))
            return s.exitCode();
    }
    SshTunnelSpec spec;
    spec.endpoint = remote->endpoint;
    spec.auth = remote->auth;
    wipeSecret(remote->auth.password);
    spec.remotePort = quint16(port);
    spec.localPort = quint16(s.options().localPort);
    SshTunnel tunnel(spec);
    wipeSecret(spec.auth.password);

    g_interrupted = false;
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (g_interrupted)
            loop.quit();
    });
    QObject::connect(&tunnel, &SshTunnel::stateChanged, &loop, [&](SshTunnel::State state) {
        if (state == SshTunnel::State::Listening) {
            if (s.human()) {
                s.say(tunnel.localUrl().toString());
                s.note(SshCliText::tr("Forwarding %1 to port %2 on %3. Press Ctrl-C to stop.")
                           .arg(tunnel.localUrl().toString())
                           .arg(port)
                           .arg(remote->endpoint.instanceId));
            } else {
                s.printJson(QJsonObject{{"instanceID"_L1, remote->endpoint.instanceId},
                                        {"remotePort"_L1, port},
                                        {"localPort"_L1, int(tunnel.localPort())},
                                        {"localUrl"_L1, tunnel.localUrl().toString()}});
            }
        } else if (state == SshTunnel::State::Failed) {
            loop.quit();
        }
    });
    poll.start(100);
    tunnel.start();
    loop.exec();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (tunnel.state() == SshTunnel::State::Failed)
        return failSsh(s, tunnel.error());
    tunnel.stop();
    if (s.human())
        s.note(SshCliText::tr("Tunnel stopped (%1 bytes in, %2 bytes out).")
                   .arg(tunnel.bytesIn())
                   .arg(tunnel.bytesOut()));
    return ExitOk;
}

} // namespace

int metricsViaSsh(Session &s, const QString &instanceId)
{
    auto remote = remoteFor(s, instanceId);
    if (!remote)
        return s.exitCode();
    SshConnection connection(remote->endpoint, remote->auth);
    wipeSecret(remote->auth.password);
    if (!openTrusted(s, connection))
        return s.exitCode();
    SshMetricsSampler sampler(&connection);
    std::optional<MetricSample> sample;
    std::optional<SshError> error;
    QEventLoop loop;
    QObject::connect(&sampler, &SshMetricsSampler::sampleReady, &loop, [&](const MetricSample &m) {
        sample = m;
        loop.quit();
    });
    QObject::connect(&sampler, &SshMetricsSampler::failed, &loop, [&](const SshError &e) {
        error = e;
        loop.quit();
    });
    sampler.start();
    loop.exec();
    sampler.stop();
    if (!sample)
        return failSsh(s, error.value_or(SshError(SshError::Kind::Protocol)));
    const bool noGpu = sampler.gpuState() == SshMetricsSampler::GpuState::Absent;
    if (!s.human()) {
        s.printJson(QJsonObject{{"simulated"_L1, false},
                                {"source"_L1, u"ssh"_s},
                                {"gpu"_L1, noGpu ? u"none"_s : u"present"_s},
                                {"samples"_L1, QJsonArray{codec::encodeMetricSample(*sample)}}});
        return ExitOk;
    }
    printMetricsTable(s, {*sample});
    s.note(SshCliText::tr("From the instance over SSH."));
    if (noGpu)
        s.note(SshCliText::tr("No GPU: nvidia-smi is not available on this instance."));
    return ExitOk;
}

QList<Command> sshCommands()
{
    return {
        {u"ssh-key"_s,
         SshCliText::tr(
             "ssh-key install ID [--key FILE.pub]  Log in once with the password and add your public "
             "key"),
         sshKey,
         {u"install"_s}},
        {u"tunnel"_s,
         SshCliText::tr(
             "tunnel ID PORT [--local LPORT]  Forward a local port to PORT on the instance (Ctrl-C "
             "stops)"),
         tunnel},
    };
}

} // namespace glows::cli
