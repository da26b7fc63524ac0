// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"

#include <QObject>
#include <functional>

class QMainWindow;
class QSystemTrayIcon;
class QMenu;
class QAction;

namespace glows::ui {

class Notifier;

// The tray icon where the platform has one: a tooltip with the running count and burn rate, notifications
// for finished or failed actions, and the "instances keep billing" question when the window closes.
class TrayController final : public QObject
{
    Q_OBJECT
public:
    enum class CloseChoice
    {
        KeepInTray, // hide the window, keep polling in the tray
        Quit,
        Cancel,
    };
    // Asked when the window closes with instances running; tests replace it so nothing blocks on a modal box.
    using ClosePrompt =
        std::function<CloseChoice(int runningCount, MilliCredits burnPerHour, bool trayAvailable)>;

    explicit TrayController(QMainWindow *window);
    ~TrayController() override;

    bool isAvailable() const;
    void setSummary(int runningCount, MilliCredits burnPerHour);
    QString toolTip() const { return m_toolTip; }
    // Through the notifier when one is set (native notifications), else as a tray message.
    void notify(const QString &title, const QString &message, bool failure = false);
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    // The tray's own balloon message (the notifier's fallback); false when there is no tray to show it.
    bool showTrayMessage(const QString &title, const QString &message, bool failure);
    CloseChoice askOnClose(int runningCount, MilliCredits burnPerHour) const;
    void setClosePrompt(ClosePrompt prompt) { m_prompt = std::move(prompt); }
    void retranslate();
    // The standard prompt (the default ClosePrompt): a warning box with Keep in Tray, Quit Anyway and Cancel.
    static CloseChoice askWithMessageBox(QMainWindow *window, int runningCount, MilliCredits burnPerHour,
                                         bool trayAvailable);

signals:
    // Every notification, shown by the tray or not; the window also puts it in its status bar.
    void notified(const QString &title, const QString &message, bool failure);
    void quitRequested();
    // The user clicked the last tray message.
    void messageClicked();

private:
    void showWindow();

    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    QString m_toolTip;
    ClosePrompt m_prompt;
    Notifier *m_notifier = nullptr;
};

} // namespace glows::ui
