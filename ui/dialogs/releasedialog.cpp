// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/releasedialog.h"

#include "api/glowsclient.h"
#include "ui/formatting.h"
#include "ui/settings/theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

ReleaseDialog::ReleaseDialog(AppContext context, const Instance &instance, MilliCredits accruedCost,
                             QWidget *parent)
    : ActionDialog(context, instance, parent), m_accruedCost(accruedCost)
{
    setObjectName(u"releaseDialog"_s);
    QVBoxLayout *content = contentLayout();

    auto *warningRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    warningRow->addWidget(icon, 0, Qt::AlignTop);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"releaseWarning"_s);
    m_warning->setWordWrap(true);
    warningRow->addWidget(m_warning, 1);
    content->addLayout(warningRow);

    // The console's "Why save the environment?" link: the answer unfolds in place, no browser needed.
    m_whyLink = new QLabel(this);
    m_whyLink->setObjectName(u"whySaveLink"_s);
    m_whyLink->setTextFormat(Qt::RichText);
    m_whyLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    content->addWidget(m_whyLink);
    m_why = new QLabel(this);
    m_why->setObjectName(u"whySaveText"_s);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setWordWrap(true);
    m_why->setFrameShape(QFrame::StyledPanel);
    m_why->setMargin(8);
    m_why->hide();
    content->addWidget(m_why);
    connect(m_whyLink, &QLabel::linkActivated, this, [this] { m_why->setVisible(!m_why->isVisible()); });

    m_cost = new QLabel(this);
    m_cost->setObjectName(u"releaseCost"_s);
    m_cost->setWordWrap(true);
    content->addWidget(m_cost);

    m_snapshotFirst = new QPushButton(this);
    m_snapshotFirst->setObjectName(u"snapshotFirstButton"_s);
    m_snapshotFirst->setAutoDefault(false);
    auto *shortcutRow = new QHBoxLayout;
    shortcutRow->addWidget(m_snapshotFirst);
    shortcutRow->addStretch(1);
    content->addLayout(shortcutRow);
    connect(m_snapshotFirst, &QPushButton::clicked, this, [this] {
        const QString id = instanceId();
        reject();
        emit snapshotFirstRequested(id);
    });

    // Destructive styling, and never the button Enter presses.
    confirmButton()->setAutoDefault(false);
    followTheme(confirmButton(), [this] {
        QColor faded = themeColor(ColorRole::Destructive);
        faded.setAlphaF(0.35f);
        confirmButton()->setStyleSheet(
            u"QPushButton { background: %1; color: %2; border: 1px solid %3;"
            " border-radius: 3px; padding: 4px 14px; font-weight: bold; }"
            " QPushButton:hover { background: %4; }"
            " QPushButton:focus { border: 2px solid palette(text); }"
            " QPushButton:disabled { background: %5; color: %2; }"_s.arg(
                themeColor(ColorRole::Destructive).name(), themeColor(ColorRole::OnDestructive).name(),
                themeColor(ColorRole::DestructiveBorder).name(),
                themeColor(ColorRole::DestructiveHover).name(), faded.name(QColor::HexArgb)));
    });
    cancelButton()->setDefault(true);
    cancelButton()->setFocus();
    instanceChanged();
    retranslate();
    setMinimumWidth(520);
}

QString ReleaseDialog::confirmText() const
{
    return tr("Stop && Release");
}

void ReleaseDialog::retranslate()
{
    ActionDialog::retranslate();
    setWindowTitle(tr("Release Instance"));
    const Instance &in = instance();
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setText(tr("<b>%1</b> · %2 · %3<br><br>The machine will be stopped and released. <b>All data "
                          "on the instance is deleted and cannot be recovered.</b> Save the environment with "
                          "a snapshot first if you need it again.")
                           .arg(in.displayName().toHtmlEscaped(), in.instanceID.toHtmlEscaped(),
                                in.hardware.gpuName.toHtmlEscaped()));
    m_whyLink->setText(u"<a href=\"#why\">%1</a>"_s.arg(tr("Why save the environment?").toHtmlEscaped()));
    m_whyLink->setAccessibleName(tr("Why save the environment?"));
    m_why->setText(
        tr("A snapshot keeps everything on the instance except /datadrive: installed packages, system "
           "settings and files in all other directories. A new instance started from it is set up exactly as "
           "this one is now.\n\nReleasing deletes the instance's disk: everything not saved in a snapshot is "
           "lost and cannot be recovered. Files in /datadrive live in your Datadrive storage, not on the "
           "instance, and stay there."));
    m_cost->setAccessibleName(tr("Accrued cost"));
    setAccruedCost(m_accruedCost);
    m_snapshotFirst->setText(tr("Take Snapshot &First…"));
    m_snapshotFirst->setAccessibleName(tr("Take snapshot first"));
    confirmButton()->setAccessibleName(tr("Stop and release"));
}

void ReleaseDialog::setAccruedCost(MilliCredits cost)
{
    m_accruedCost = cost;
    m_cost->setText(tr("Accrued cost so far: <b>%1</b>. Billing stops when the instance is released.")
                        .arg(formatCredits(cost)));
}

void ReleaseDialog::instanceChanged()
{
    m_snapshotFirst->setEnabled(instance().status.canTakeSnapshot());
}

QString ReleaseDialog::refusalText() const
{
    return tr("This instance cannot be released while it is %1.").arg(statusText(instance().status));
}

void ReleaseDialog::sendRequest(Completion done)
{
    context().client->releaseInstance(instanceId(), this, std::move(done));
}

} // namespace glows::ui
