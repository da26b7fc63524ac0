// SPDX-License-Identifier: Apache-2.0
#include "ui/notify/traynotifier.h"

#include "ui/traycontroller.h"

using namespace Qt::StringLiterals;

namespace glows::ui {

TrayNotifier::TrayNotifier(TrayController *tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    if (tray) {
        connect(tray, &TrayController::messageClicked, this, [this] {
            if (!m_lastKey.isNull())
                emit actionInvoked(m_lastKey, QString(kDefaultAction));
        });
    }
}

QString TrayNotifier::backendName() const
{
    return u"tray"_s;
}

void TrayNotifier::show(const Notification &notification)
{
    m_lastKey = notification.key;
    if (m_tray)
        m_tray->showTrayMessage(notification.summary, notification.body, notification.urgent);
}

void TrayNotifier::withdraw(const QString &key)
{
    // A balloon cannot be taken back; it times out on its own.
    if (key == m_lastKey)
        m_lastKey.clear();
}

} // namespace glows::ui
