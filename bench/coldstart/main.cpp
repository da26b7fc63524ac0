// SPDX-License-Identifier: Apache-2.0
// bench-coldstart: glows-desktop's start-up (app/desktop/main.cpp) with the first-paint probe, in memory so
// the user's data is never read or written and every run starts alike. scripts/bench times the whole process.
#include "api/secretstore.h"
#include "benchprobe.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/appshell.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    const int rows = glows::ui::benchFirstPaintRows();
    if (rows <= 0) {
        QTextStream(stderr) << "usage: GLOWS_BENCH_FIRST_PAINT=N [GLOWS_BENCH_MONITOR=1] bench-coldstart"
                            << Qt::endl;
        return 2;
    }
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 128 * 1024); // as glows-desktop does, so the peak RSS figure is the app's
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GlowsDesktop"_s);
    QApplication::setApplicationName(u"glows-desktop"_s);
    QApplication::setApplicationDisplayName(u"Glows Desktop"_s);

    QSettings settings;
    glows::sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.dataPath = u":memory:"_s;
    sandboxOptions.extraDemoInstances = rows;
    glows::sandbox::EmbeddedSandbox sandbox(sandboxOptions);
    sandbox.startInBackground();
    QNetworkAccessManager nam;
    glows::SecretStore secrets;
    glows::ui::ShellOptions shellOptions{&settings, &nam, &secrets, QUrl(), sandbox.token()};
    shellOptions.guardHistoryPath = u":memory:"_s;
    glows::ui::AppShell shell(shellOptions);
    shell.createWindow();
    if (!sandbox.waitUntilStarted()) {
        QTextStream(stderr) << "bench-coldstart: the sandbox did not start: " << sandbox.errorString()
                            << Qt::endl;
        return 1;
    }
    shell.setSandboxUrl(sandbox.baseUrl());
    shell.start();
    shell.window()->show();
    shell.showNotice(sandbox.notice());
    glows::ui::installFirstPaintProbe(shell.window(), rows);
    return app.exec();
}
