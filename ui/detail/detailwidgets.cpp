// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/detailwidgets.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
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

QLabel *makeNoticeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setVisible(false);
    return label;
}

QToolButton *makeCopyButton(QWidget *parent, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    retranslateCopyButton(button, toolTip);
    button->setAutoRaise(true);
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
