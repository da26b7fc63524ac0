// SPDX-License-Identifier: Apache-2.0
#pragma once
// A sandbox, a client, a settings file and the real main window, for the widget tests.

#include "api/glowsclient.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/instancedelegate.h"
#include "ui/instancemodel.h"
#include "ui/instanceview.h"
#include "ui/mainwindow.h"
#include "ui/traycontroller.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace glows::test {
using namespace Qt::StringLiterals;
using ui::InstanceModel;

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One sandbox, client, settings file and window per test, so tests cannot leak state into each other.
struct Harness
{
    explicit Harness(QNetworkAccessManager *nam, sandbox::SandboxOptions options = {},
                     QSettings *sharedSettings = nullptr)
        : sandbox(options)
    {
        if (!sandbox.start())
            qFatal("sandbox did not start");
        client = std::make_unique<GlowsClient>(nam, sandbox.baseUrl(), sandbox.token());
        settings = sharedSettings ? sharedSettings : &ownSettings;
        window = std::make_unique<ui::MainWindow>(ui::AppContext{client.get(), settings, true});
        window->tray()->setClosePrompt([this](int running, MilliCredits, bool) {
            lastPromptRunning = running;
            ++prompts;
            return closeChoice;
        });
        window->listQuery()->setIntervals({200, 2000, 5000});
    }
    ~Harness() { window.reset(); }

    bool load()
    {
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) &&
               QTest::qWaitFor([this] { return window->isLoaded(); }, 15000);
    }
    InstanceModel *model() const { return window->instanceModel(); }
    QString firstIdIn(StatusGroup group) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->instanceAt(r)->status.group() == group)
                return model()->instanceAt(r)->instanceID;
        }
        return {};
    }
    bool waitForRefresh(int count = 1)
    {
        QSignalSpy spy(window.get(), &ui::MainWindow::refreshed);
        window->refreshNow();
        return QTest::qWaitFor([&] { return spy.count() >= count; }, 15000);
    }

    QTemporaryDir dir;
    QSettings ownSettings{dir.filePath(u"s.ini"_s), QSettings::IniFormat};
    QSettings *settings = nullptr;
    sandbox::EmbeddedSandbox sandbox;
    std::unique_ptr<GlowsClient> client;
    std::unique_ptr<ui::MainWindow> window;
    ui::TrayController::CloseChoice closeChoice = ui::TrayController::CloseChoice::Quit;
    int prompts = 0;
    int lastPromptRunning = 0;
};

inline QRect actionButtonRect(ui::InstanceView *view, const QModelIndex &index, int button)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    const auto buttons = ui::InstanceDelegate::actionButtons(option, index);
    return button < buttons.size() ? buttons.at(button).second : QRect();
}
} // namespace glows::test
