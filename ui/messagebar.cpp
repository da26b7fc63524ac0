// SPDX-License-Identifier: Apache-2.0
#include "ui/messagebar.h"

#include "api/apierror.h"
#include "ui/settings/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"errorPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *row = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"messageIcon"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"messageText"_s);
    // The message may quote the server's text: never interpret it as markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_toggle = new QToolButton(this);
    m_toggle->setCheckable(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->hide();
    m_close = new QToolButton(this);
    m_close->setObjectName(u"closeMessage"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->hide();
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_message, 1);
    row->addWidget(m_toggle, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(80);
    m_detail->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_detail->hide();
    layout->addWidget(m_detail);
    connect(m_toggle, &QToolButton::toggled, this, &MessageBar::setDetailsShown);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit closed();
    });
    followTheme(this, [this] { applyColors(); });
    retranslate();
    hide();
}

void MessageBar::applyColors()
{
    const auto [text, background, icon] =
        m_type == Type::Error
            ? std::tuple(ColorRole::Error, ColorRole::ErrorBackground, QStyle::SP_MessageBoxCritical)
        : m_type == Type::Warning
            ? std::tuple(ColorRole::Warning, ColorRole::WarningBackground, QStyle::SP_MessageBoxWarning)
            : std::tuple(ColorRole::Information, ColorRole::InformationBackground,
                         QStyle::SP_MessageBoxInformation);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, themeColor(background));
    pal.setColor(QPalette::WindowText, themeColor(text));
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void MessageBar::retranslate()
{
    m_message->setAccessibleName(m_type == Type::Error     ? tr("Error message")
                                 : m_type == Type::Warning ? tr("Warning")
                                                           : tr("Information"));
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Show error details"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    m_detail->setAccessibleName(tr("Error details"));
    if (m_error)
        m_message->setText(m_error->userMessage());
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MessageBar::setType(Type type)
{
    if (type == m_type)
        return;
    m_type = type;
    applyColors();
    retranslate();
}

void MessageBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void MessageBar::showError(const ApiError &error)
{
    showMessage(error.userMessage(), Type::Error, error.detail());
    m_error = error;
}

void MessageBar::showMessage(const QString &message, Type type, const QString &detail)
{
    m_error.reset();
    setType(type);
    m_message->setText(message);
    m_detail->setPlainText(detail);
    m_toggle->setVisible(!detail.isEmpty());
    setDetailsShown(m_toggle->isChecked() && !detail.isEmpty());
    show();
}

void MessageBar::setText(const QString &message)
{
    m_error.reset();
    setType(Type::Information);
    m_message->setText(message);
}

QString MessageBar::text() const
{
    return m_message->text();
}

void MessageBar::clear()
{
    m_error.reset();
    m_message->clear();
    m_detail->clear();
    m_toggle->setChecked(false);
    m_toggle->hide();
    hide();
}

QString MessageBar::message() const
{
    return isHidden() ? QString() : m_message->text();
}

QString MessageBar::detail() const
{
    return m_detail->toPlainText();
}

void MessageBar::setDetailsShown(bool shown)
{
    m_toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detail->setVisible(shown);
}

} // namespace glows::ui
