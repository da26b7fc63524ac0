// SPDX-License-Identifier: Apache-2.0
#include "ui/traycontroller.h"

#include "ui/formatting.h"
#include "ui/notify/notifier.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace glows::ui {

TrayController::TrayController(QMainWindow *window) : QObject(window), m_window(window)
{
    m_prompt = [this](int running, MilliCredits burn, bool tray) {
        return askWithMessageBox(m_window, running, burn, tray);
    };
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(window->windowIcon().isNull()
                                     ? window->style()->standardIcon(QStyle::SP_ComputerIcon)
                                     : window->windowIcon(),
                                 this);
    m_menu = new QMenu(window);
    m_showAction = m_menu->addAction(QString(), this, &TrayController::showWindow);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString(), this, &TrayController::quitRequested);
    retranslate();
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        emit messageClicked();
    });
    m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::retranslate()
{
    if (!m_menu)
        return;
    m_showAction->setText(tr("Show Glows Desktop"));
    m_quitAction->setText(tr("Quit"));
}

bool TrayController::isAvailable() const
{
    return m_tray != nullptr;
}

void TrayController::setSummary(int runningCount, MilliCredits burnPerHour)
{
    m_toolTip = tr("Glows Desktop: %n instance(s) running, %1", nullptr, runningCount)
                    .arg(formatCreditsPerHour(burnPerHour));
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

void TrayController::notify(const QString &title, const QString &message, bool failure)
{
    if (m_notifier) {
        Notification n;
        n.key = u"app/"_s + title;
        n.summary = title;
        n.body = message;
        n.urgent = failure;
        m_notifier->show(n);
    } else {
        showTrayMessage(title, message, failure);
    }
    emit notified(title, message, failure);
}

bool TrayController::showTrayMessage(const QString &title, const QString &message, bool failure)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return false;
    m_tray->showMessage(title, message, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    return true;
}

TrayController::CloseChoice TrayController::askOnClose(int runningCount, MilliCredits burnPerHour) const
{
    return m_prompt(runningCount, burnPerHour, isAvailable());
}

TrayController::CloseChoice TrayController::askWithMessageBox(QMainWindow *window, int runningCount,
                                                              MilliCredits burnPerHour, bool trayAvailable)
{
    QMessageBox box(QMessageBox::Warning, tr("Instances keep billing"),
                    tr("%n instance(s) are still running and keep billing (%1) after the app closes. "
                       "Release them from the list if you no longer need them.",
                       nullptr, runningCount)
                        .arg(formatCreditsPerHour(burnPerHour)),
                    QMessageBox::NoButton, window);
    QPushButton *keep = nullptr;
    if (trayAvailable)
        keep = box.addButton(tr("Keep in Tray"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("Quit Anyway"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep ? keep : cancel);
    box.exec();
    if (keep && box.clickedButton() == keep)
        return CloseChoice::KeepInTray;
    if (box.clickedButton() == quit)
        return CloseChoice::Quit;
    return CloseChoice::Cancel;
}

void TrayController::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace glows::ui
