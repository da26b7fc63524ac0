// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/detailwidgets.h"

#include "ui/messagebar.h"
#include "ui/settings/theme.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace glows::ui {

QLabel *makeValueLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

MessageBar *makeNoticeLabel(QWidget *parent)
{
    auto *bar = new MessageBar(parent);
    bar->setType(MessageBar::Type::Information);
    return bar;
}

QIcon buttonIcon(ButtonIcon icon, const QWidget *widget)
{
    const char *themeName = icon == ButtonIcon::Copy     ? "edit-copy"
                            : icon == ButtonIcon::Reveal ? "view-reveal-symbolic"
                                                         : "document-open";
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(widget->palette().color(QPalette::ButtonText), qMax(1.0, size / 12.0));
    painter.setPen(pen);
    const qreal s = size;
    switch (icon) {
    case ButtonIcon::Copy: // two sheets, the front one filled with the button's face
        painter.drawRoundedRect(QRectF(s * 0.12, s * 0.12, s * 0.5, s * 0.56), 1.5, 1.5);
        painter.setBrush(widget->palette().color(QPalette::Button));
        painter.drawRoundedRect(QRectF(s * 0.38, s * 0.32, s * 0.5, s * 0.56), 1.5, 1.5);
        break;
    case ButtonIcon::Reveal: // an eye
        painter.drawEllipse(QRectF(s * 0.08, s * 0.25, s * 0.84, s * 0.5));
        painter.setBrush(widget->palette().color(QPalette::ButtonText));
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.13, s * 0.13);
        break;
    case ButtonIcon::Open: // an arrow out of a box
        painter.drawPolyline(QPolygonF({{s * 0.45, s * 0.2},
                                        {s * 0.15, s * 0.2},
                                        {s * 0.15, s * 0.85},
                                        {s * 0.8, s * 0.85},
                                        {s * 0.8, s * 0.55}}));
        painter.drawLine(QPointF(s * 0.45, s * 0.55), QPointF(s * 0.85, s * 0.15));
        painter.drawPolyline(QPolygonF({{s * 0.55, s * 0.15}, {s * 0.85, s * 0.15}, {s * 0.85, s * 0.45}}));
        break;
    }
    painter.end();
    return QIcon::fromTheme(QLatin1String(themeName), QIcon(pixmap));
}

void styleToolButton(QToolButton *button, ButtonIcon icon)
{
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    followTheme(button, [button, icon] { button->setIcon(buttonIcon(icon, button)); });
}

QToolButton *makeCopyButton(QWidget *parent, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    retranslateCopyButton(button, toolTip);
    styleToolButton(button, ButtonIcon::Copy);
    return button;
}

void retranslateCopyButton(QToolButton *button, const QString &toolTip)
{
    button->setText(QCoreApplication::translate("DetailWidgets", "Copy"));
    button->setToolTip(toolTip);
}

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent) {}

void SecretClipboard::copy(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(secret);
    const quint64 generation = ++m_generation;
    QTimer::singleShot(m_delay, this, [this, secret, generation] {
        // A later copy restarts the delay; only the latest one may clear.
        if (generation != m_generation)
            return;
        QClipboard *board = QGuiApplication::clipboard();
        if (board->text() == secret) {
            board->clear();
            emit cleared();
        }
    });
}

} // namespace glows::ui
