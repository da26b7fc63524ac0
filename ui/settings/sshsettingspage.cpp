// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/sshsettingspage.h"

#include "ui/sshconfigsync.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

SshSettingsPage::SshSettingsPage(SshConfigSync *sync, QWidget *parent) : QWidget(parent), m_sync(sync)
{
    setObjectName(u"sshSettingsPage"_s);
    m_keep = new QCheckBox(this);
    m_keep->setObjectName(u"keepSshConfig"_s);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_state = new QLabel(this);
    m_state->setObjectName(u"sshConfigState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keep);
    layout->addWidget(m_explanation);
    layout->addWidget(m_state);
    layout->addStretch(1);
    connect(m_keep, &QCheckBox::toggled, this, &SshSettingsPage::onToggled);
    connect(m_sync, &SshConfigSync::stateChanged, this, &SshSettingsPage::updateState);
    retranslate();
}

void SshSettingsPage::onToggled(bool on)
{
    if (!on) {
        m_sync->setEnabled(false);
        return;
    }
    if (m_sync->isEnabled())
        return;
    // The box stays unticked until the user agreed in the consent dialog.
    {
        const QSignalBlocker blocker(m_keep);
        m_keep->setChecked(false);
    }
    QMessageBox *box = m_sync->offerToEnable(window());
    connect(box, &QMessageBox::finished, this, &SshSettingsPage::updateState);
}

void SshSettingsPage::updateState()
{
    {
        const QSignalBlocker blocker(m_keep);
        m_keep->setChecked(m_sync->isEnabled());
    }
    const SshConfigFiles &files = m_sync->files();
    QString state;
    if (!m_sync->isEnabled())
        state = tr("Off: Glows Desktop does not write anything in %1.").arg(files.sshDir());
    else if (m_sync->isInPlace())
        state = tr("On: %1 is kept up to date and %2 includes it.")
                    .arg(files.managedConfigPath(), files.userConfigPath());
    else
        state = tr("On: %1 is kept up to date. %2 does not include it, so use “ssh -F %1 ALIAS”, or add this "
                   "line at its top:\n%3")
                    .arg(files.managedConfigPath(), files.userConfigPath(), files.includeLine());
    if (!m_sync->lastError().isEmpty())
        state += u'\n' + tr("The last write failed: %1").arg(m_sync->lastError());
    m_state->setText(state);
}

void SshSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SshSettingsPage::retranslate()
{
    m_keep->setText(tr("&Keep ~/.ssh/glows/config up to date"));
    m_explanation->setText(
        tr("One Host block per Running instance of the current account, so that “ssh glows-NAME”, “ssh "
           "INSTANCE-ID” and VS Code Remote-SSH work. Released instances leave the file. It never holds a "
           "password. Applies at once."));
    updateState();
}

} // namespace glows::ui
