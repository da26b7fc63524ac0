// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/notify/notifier.h"

#include <QPointer>

namespace glows::ui {

// Notifications as the tray icon's balloon messages (Windows, macOS, or Linux without a notification
// service). Limits: no action buttons, one message at a time, and a click on the message opens the window
// (reported as the default action of the last message shown). Without a tray, nothing pops up; the window's
// status bar still shows the text (TrayController::notified).
class TrayNotifier final : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(TrayController *tray, QObject *parent = nullptr);

    void show(const Notification &notification) override;
    void withdraw(const QString &key) override;
    bool supportsActions() const override { return false; }
    QString backendName() const override;

private:
    QPointer<TrayController> m_tray;
    QString m_lastKey;
};

} // namespace glows::ui
