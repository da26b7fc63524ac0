// SPDX-License-Identifier: Apache-2.0
#include "ui/aboutdialog.h"

#include "glows/version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/glows-desktop.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *aboutQt = buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_body, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Glows Desktop"));
    m_title->setText(tr("Glows Desktop %1").arg(QStringLiteral(GLOWS_VERSION)));
    const QString docs = QStringLiteral(GLOWS_HOMEPAGE);
    m_body->setText(
        tr("<p>A native desktop console for Glows.ai GPU instances.</p>"
           "<p>Licensed under the Apache License 2.0.</p>"
           "<p>Built with Qt %1 (LGPL-3.0, linked dynamically) and QtKeychain (BSD-3-Clause, linked "
           "dynamically).</p>"
           "<p>Documentation: <a href=\"%2\">%2</a></p>"
           "<p>Glows Desktop is not affiliated with Glows.ai. The built-in sandbox shows simulated data.</p>")
            .arg(QString::fromLatin1(qVersion()), docs.toHtmlEscaped()));
    if (auto *aboutQt = findChild<QPushButton *>(u"aboutQtButton"_s))
        aboutQt->setText(tr("About Qt"));
}

} // namespace glows::ui
