// SPDX-License-Identifier: Apache-2.0
// glows-desktop: wires the sandbox (default account), the client and the main window together.
#include "api/secretstore.h"
#include "core/lagmonitor.h"
#include "glows/version.h"
#include "sandbox/embeddedsandbox.h"
#include "singleinstance.h"
#include "ui/appshell.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <optional>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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
    const QCommandLineOption minimized(u"minimized"_s,
                                       u"Starts in the tray (as \"Start at login\" does); the guard runs."_s);
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(minimized);
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

// glibc raises its mmap threshold each time a large block is freed, so after the first big answer every later
// one (list pages, an hour of metrics, their JSON documents) is carved from the heap and stays resident after
// use. A fixed threshold hands such blocks back to the system when they are freed: about 1.5 MiB less peak
// memory with 1,000 instances and the Monitor open (docs/perf.md).
void keepLargeTransientBlocksOutOfTheHeap()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    if (const auto code = answerInformationalOptions(argc, argv))
        return *code;
    keepLargeTransientBlocksOutOfTheHeap();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GlowsDesktop"_s);
    QApplication::setApplicationName(u"glows-desktop"_s);
    QApplication::setApplicationDisplayName(u"Glows Desktop"_s);
    // Wayland matches the window to the installed .desktop file (installer/Packaging.cmake) for its icon.
    QGuiApplication::setDesktopFileName(u"io.github.glowsdesktop.GlowsDesktop"_s);
    QApplication::setApplicationVersion(QStringLiteral(GLOWS_VERSION));

    // One app per user: a later start hands over to the running one and leaves its data alone.
    glows::desktop::SingleInstance instance(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    switch (instance.claim()) {
    case glows::desktop::SingleInstance::Role::Primary:
        break;
    case glows::desktop::SingleInstance::Role::Secondary:
        return 0;
    case glows::desktop::SingleInstance::Role::Failed:
        QTextStream(stderr) << instance.errorString() << Qt::endl;
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Glows Desktop"),
                              instance.errorString());
        return 1;
    }

    QSettings settings;

    // The sandbox thread builds and binds the server while this thread builds the window.
    glows::sandbox::EmbeddedSandbox sandbox(glows::sandbox::SandboxOptions{});
    sandbox.startInBackground();
    QNetworkAccessManager nam;
    glows::SecretStore secrets;
    glows::ui::AppShell shell({&settings, &nam, &secrets, QUrl(), sandbox.token()});
    shell.createWindow(); // installs the user's language too, so a failure below is reported in it
    if (!sandbox.waitUntilStarted()) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Glows Desktop"),
            QCoreApplication::translate("main", "The local sandbox could not be started: %1")
                .arg(sandbox.errorString()));
        return 1;
    }
    shell.setSandboxUrl(sandbox.baseUrl());
    shell.start();
    // --minimized (the login autostart entry): straight to the tray, where the guard keeps watching; without
    // a tray the window starts minimised instead.
    if (QCoreApplication::arguments().contains(u"--minimized"_s))
        shell.startInTray();
    else
        shell.window()->show();
    shell.showNotice(sandbox.notice());
    QObject::connect(&instance, &glows::desktop::SingleInstance::raiseRequested, &shell,
                     &glows::ui::AppShell::raiseWindow);
#ifndef NDEBUG
    // Debug builds log every time the UI thread is blocked for more than 50 ms.
    glows::LagMonitor lagMonitor(10, 50);
    lagMonitor.start();
#endif
    return app.exec();
}
