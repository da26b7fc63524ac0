// SPDX-License-Identifier: Apache-2.0
#include "ui/errorpanel.h"

#include "api/apierror.h"
#include "ui/settings/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

ErrorPanel::ErrorPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"errorPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    followTheme(this, [this] {
        QPalette pal = palette();
        pal.setColor(QPalette::Window, themeColor(ColorRole::ErrorBackground));
        pal.setColor(QPalette::WindowText, themeColor(ColorRole::Error));
        setPalette(pal);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *row = new QHBoxLayout;
    m_message = new QLabel(this);
    // The message may quote the server's text: never interpret it as markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_toggle = new QToolButton(this);
    m_toggle->setCheckable(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row->addWidget(m_message, 1);
    row->addWidget(m_toggle, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(80);
    m_detail->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_detail->hide();
    layout->addWidget(m_detail);
    connect(m_toggle, &QToolButton::toggled, this, &ErrorPanel::setDetailsShown);
    retranslate();
    hide();
}

void ErrorPanel::retranslate()
{
    m_message->setAccessibleName(tr("Error message"));
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Show error details"));
    m_detail->setAccessibleName(tr("Error details"));
    if (m_error)
        m_message->setText(m_error->userMessage());
}

void ErrorPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ErrorPanel::showError(const ApiError &error)
{
    showMessage(error.userMessage(), error.detail());
    m_error = error;
}

void ErrorPanel::showMessage(const QString &message, const QString &detail)
{
    m_error.reset();
    m_message->setText(message);
    m_detail->setPlainText(detail);
    m_toggle->setVisible(!detail.isEmpty());
    setDetailsShown(m_toggle->isChecked() && !detail.isEmpty());
    show();
}

void ErrorPanel::clear()
{
    m_error.reset();
    m_message->clear();
    m_detail->clear();
    m_toggle->setChecked(false);
    hide();
}

QString ErrorPanel::message() const
{
    return isHidden() ? QString() : m_message->text();
}

QString ErrorPanel::detail() const
{
    return m_detail->toPlainText();
}

void ErrorPanel::setDetailsShown(bool shown)
{
    m_toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detail->setVisible(shown);
}

} // namespace glows::ui
