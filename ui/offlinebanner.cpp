// SPDX-License-Identifier: Apache-2.0
#include "ui/offlinebanner.h"

#include "api/apierror.h"
#include "ui/formatting.h"
#include "ui/settings/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace glows::ui {

OfflineBanner::OfflineBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"offlineBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    followTheme(this, [this] {
        QPalette pal = palette();
        pal.setColor(QPalette::Window, themeColor(ColorRole::WarningBackground));
        pal.setColor(QPalette::WindowText, themeColor(ColorRole::Warning));
        setPalette(pal);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setObjectName(u"offlineText"_s);
    m_text->setWordWrap(true);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"retryButton"_s);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &OfflineBanner::onSecond);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_countdown.stop();
        m_remaining = 0;
        render();
        emit retryRequested();
    });
    retranslate();
    hide();
}

void OfflineBanner::retranslate()
{
    setAccessibleName(tr("Connection problem"));
    m_text->setAccessibleName(tr("Connection status"));
    m_retry->setText(tr("Retry Now"));
    m_retry->setAccessibleName(tr("Retry now"));
    if (m_offline)
        render();
}

void OfflineBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void OfflineBanner::reportFailure(const ApiError &error, const QDateTime &lastGood)
{
    if (m_offline)
        m_delay = qMin(m_delay * 2, kMaxDelaySeconds);
    else
        m_delay = kFirstDelaySeconds;
    m_offline = true;
    m_lastGood = lastGood;
    m_error = error;
    m_text->setToolTip(literalRichText(error.detail()));
    m_remaining = m_delay;
    m_countdown.start();
    render();
    show();
}

void OfflineBanner::reportRecovered()
{
    m_offline = false;
    m_delay = kFirstDelaySeconds;
    m_countdown.stop();
    hide();
}

void OfflineBanner::onSecond()
{
    if (--m_remaining > 0) {
        render();
        return;
    }
    m_countdown.stop();
    render();
    emit retryRequested();
}

void OfflineBanner::render()
{
    const QString stale = m_lastGood.isValid() ? tr("The list shows the last known data, from %1.")
                                                     .arg(formatDateTime(m_lastGood.toSecsSinceEpoch()))
                                               : tr("No data has been loaded yet.");
    const QString retry = m_remaining > 0 ? tr("Retrying in %n s.", nullptr, m_remaining) : tr("Retrying…");
    m_text->setText(u"<b>%1</b><br>%2 %3"_s.arg(m_error.userMessage().toHtmlEscaped(), stale.toHtmlEscaped(),
                                                retry.toHtmlEscaped()));
}

} // namespace glows::ui
