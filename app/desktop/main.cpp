// SPDX-License-Identifier: Apache-2.0
// glows-desktop: wires the sandbox (default account), the client and the main window together.
#include "api/secretstore.h"
#include "core/lagmonitor.h"
#include "glows/version.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/appshell.h"
#include "ui/benchprobe.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// --version and --help must work without a display, so they are answered before QApplication exists.
std::optional<int> answerInformationalOptions(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Glows Desktop: manage your Glows.ai GPU instances."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Displays help on commandline options."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Displays version information."_s);
    parser.addOption(help);
    parser.addOption(version);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(args);
    QTextStream out(stdout);
    if (parser.isSet(version)) {
        out << "glows-desktop " << GLOWS_VERSION << Qt::endl;
        return 0;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"<executable_name>"_s, u"glows-desktop"_s);
        return 0;
    }
    return std::nullopt;
}
} // namespace

int main(int argc, char *argv[])
{
    if (const auto code = answerInformationalOptions(argc, argv))
        return *code;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GlowsDesktop"_s);
    QApplication::setApplicationName(u"glows-desktop"_s);
    QApplication::setApplicationDisplayName(u"Glows Desktop"_s);
    QApplication::setApplicationVersion(QStringLiteral(GLOWS_VERSION));

    // Early, so a failure to start the sandbox is reported in the user's language; AppShell installs the
    // preferred one again.
    QSettings settings;
    auto startupTranslations = std::make_unique<glows::ui::Translations>();
    startupTranslations->install(glows::ui::AppSettings(&settings).effectiveLanguage());

    glows::sandbox::SandboxOptions sandboxOptions;
    if (const int rows = glows::ui::benchFirstPaintRows()) { // benchmark: in memory, user data untouched
        sandboxOptions.dataPath = u":memory:"_s;
        sandboxOptions.extraDemoInstances = rows;
    }
    glows::sandbox::EmbeddedSandbox sandbox(sandboxOptions);
    if (!sandbox.start()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Glows Desktop"),
                              QCoreApplication::translate("main", "The local sandbox could not be started."));
        return 1;
    }

    QNetworkAccessManager nam;
    glows::SecretStore secrets;
    glows::ui::AppShell shell(
        glows::ui::ShellOptions{&settings, &nam, &secrets, sandbox.baseUrl(), sandbox.token()});
    startupTranslations.reset();
    shell.start();
    shell.window()->show();
    if (const int rows = glows::ui::benchFirstPaintRows())
        glows::ui::installFirstPaintProbe(shell.window(), rows);
#ifndef NDEBUG
    // Debug builds log every time the UI thread is blocked for more than 50 ms.
    glows::LagMonitor lagMonitor(10, 50);
    lagMonitor.start();
#endif
    return app.exec();
}
