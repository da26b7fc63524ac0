// SPDX-License-Identifier: Apache-2.0
// glows-sandbox: the simulated Glows cloud as a standalone server.
#include "core/logging.h"
#include "glows/version.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"glows-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "glows-sandbox", "Simulated Glows.ai cloud speaking the SDK v1 contract."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
                                    QCoreApplication::translate("glows-sandbox", "Address to listen on."),
                                    u"host:port"_s, u"127.0.0.1:8790"_s);
    const QCommandLineOption token(
        u"token"_s, QCoreApplication::translate("glows-sandbox", "SDK token clients must send."), u"token"_s);
    const QCommandLineOption allowRemote(
        u"allow-remote"_s,
        QCoreApplication::translate("glows-sandbox", "Allow listening on non-loopback addresses."));
    parser.addOptions({listen, token, allowRemote});
    parser.process(app);

    glows::sandbox::SandboxOptions options;
    const QString spec = parser.value(listen);
    const qsizetype colon = spec.lastIndexOf(u':');
    QString host = spec.left(colon).remove(u'[').remove(u']');
    bool portOk = false;
    options.port = spec.mid(colon + 1).toUShort(&portOk);
    options.address = QHostAddress(host == "localhost"_L1 ? u"127.0.0.1"_s : host);
    QTextStream err(stderr);
    if (colon < 0 || !portOk || options.address.isNull()) {
        err << QCoreApplication::translate("glows-sandbox", "Invalid --listen value: %1").arg(spec) << '\n';
        return 2;
    }
    if (!options.address.isLoopback() && !parser.isSet(allowRemote)) {
        err << QCoreApplication::translate(
                   "glows-sandbox", "Refusing to listen on %1: use --allow-remote to expose the sandbox.")
                   .arg(host)
            << '\n';
        return 2;
    }
    if (parser.isSet(token))
        options.token = parser.value(token);

    glows::sandbox::SandboxServer server(options);
    if (server.listen() == 0) {
        err << QCoreApplication::translate("glows-sandbox", "Cannot listen on %1.").arg(spec) << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("glows-sandbox", "Glows sandbox (simulated) at %1")
               .arg(server.baseUrl())
        << '\n';
    if (!parser.isSet(token))
        out << QCoreApplication::translate("glows-sandbox", "Sandbox token: %1").arg(options.token) << '\n';
    out.flush();
    return app.exec();
}
