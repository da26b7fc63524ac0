// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    m_pages = new QTabWidget(this);
    m_generalPage = buildGeneralPage();
    m_refreshPage = buildRefreshPage();
    m_pages->addTab(m_generalPage, QString());
    m_pages->addTab(m_refreshPage, QString());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    load();
    retranslate();
}

void SettingsDialog::insertPage(int index, QWidget *page, const QString &title)
{
    m_pages->insertTab(index, page, title);
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(QString(), u"system"_s);
    // Language names are shown in their own language, so each is recognisable whatever the UI language.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_languageLabel = new QLabel(page);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(QString(), int(AppSettings::Theme::System));
    m_theme->addItem(QString(), int(AppSettings::Theme::Light));
    m_theme->addItem(QString(), int(AppSettings::Theme::Dark));
    m_themeLabel = new QLabel(page);
    m_themeLabel->setBuddy(m_theme);
    form->addRow(m_themeLabel, m_theme);

    m_notifications = new QCheckBox(page);
    m_notifications->setObjectName(u"notificationsCheck"_s);
    form->addRow(QString(), m_notifications);

    m_clipboard = new QSpinBox(page);
    m_clipboard->setObjectName(u"clipboardSpin"_s);
    m_clipboard->setRange(5, 600);
    m_clipboardLabel = new QLabel(page);
    m_clipboardLabel->setBuddy(m_clipboard);
    form->addRow(m_clipboardLabel, m_clipboard);
    return page;
}

QWidget *SettingsDialog::buildRefreshPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto addSpin = [page, form](QSpinBox *&spin, QLabel *&label, int min, int max, const QString &name) {
        spin = new QSpinBox(page);
        spin->setObjectName(name);
        spin->setRange(min, max);
        label = new QLabel(page);
        label->setBuddy(spin);
        form->addRow(label, spin);
    };
    addSpin(m_steady, m_steadyLabel, 2, 600, u"steadySpin"_s);
    addSpin(m_transition, m_transitionLabel, 1, 30, u"transitionSpin"_s);
    addSpin(m_hidden, m_hiddenLabel, 10, 3600, u"hiddenSpin"_s);
    m_refreshHint = new QLabel(page);
    m_refreshHint->setWordWrap(true);
    form->addRow(m_refreshHint);
    return page;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(m_settings->theme()))));
    m_notifications->setChecked(m_settings->notificationsEnabled());
    m_clipboard->setValue(m_settings->clipboardClearSeconds());
    m_steady->setValue(m_settings->refreshSteadySeconds());
    m_transition->setValue(m_settings->refreshTransitionSeconds());
    m_hidden->setValue(m_settings->refreshHiddenSeconds());
}

void SettingsDialog::save()
{
    m_settings->setNotificationsEnabled(m_notifications->isChecked());
    m_settings->setClipboardClearSeconds(m_clipboard->value());
    m_settings->setRefreshSteadySeconds(m_steady->value());
    m_settings->setRefreshTransitionSeconds(m_transition->value());
    m_settings->setRefreshHiddenSeconds(m_hidden->value());
    m_settings->setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    // Last: switching the language retranslates every open window, this dialog included.
    m_settings->setLanguage(m_language->currentData().toString());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    // Other pages are inserted by their owners (before and after these) and name their own tabs.
    m_pages->setTabText(m_pages->indexOf(m_generalPage), tr("General"));
    m_pages->setTabText(m_pages->indexOf(m_refreshPage), tr("Refresh"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_notifications->setText(tr("Show &notifications when a snapshot finishes or an instance is released"));
    m_clipboardLabel->setText(tr("Clear a copied &password after:"));
    const QString seconds = tr(" s", "seconds suffix");
    for (QSpinBox *spin : {m_clipboard, m_steady, m_transition, m_hidden})
        spin->setSuffix(seconds);
    m_steadyLabel->setText(tr("&Steady refresh interval:"));
    m_transitionLabel->setText(tr("During &transitions:"));
    m_hiddenLabel->setText(tr("While the window is &hidden:"));
    m_refreshHint->setText(tr("The list refreshes quickly while an instance is changing state, slowly when "
                              "nothing changes, and right after your own actions."));
    m_language->setAccessibleName(tr("Language"));
    m_theme->setAccessibleName(tr("Theme"));
    m_clipboard->setAccessibleName(tr("Clipboard clear delay"));
}

} // namespace glows::ui
