// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/settings/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QDialogButtonBox;

namespace glows::ui {

// Preferences: language, theme, refresh intervals, notifications and the clipboard-clear delay. Values
// are written on OK; a language change applies at once, without a restart.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    // Extra pages (e.g. Accounts) are added by their owners in front of the general ones.
    void insertPage(int index, QWidget *page, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildGeneralPage();
    QWidget *buildRefreshPage();
    void load();
    void save();
    void retranslate();

    AppSettings *m_settings;
    QTabWidget *m_pages = nullptr;
    QWidget *m_generalPage = nullptr;
    QWidget *m_refreshPage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_notifications = nullptr;
    QLabel *m_clipboardLabel = nullptr;
    QSpinBox *m_clipboard = nullptr;
    QLabel *m_steadyLabel = nullptr;
    QSpinBox *m_steady = nullptr;
    QLabel *m_transitionLabel = nullptr;
    QSpinBox *m_transition = nullptr;
    QLabel *m_hiddenLabel = nullptr;
    QSpinBox *m_hidden = nullptr;
    QLabel *m_refreshHint = nullptr;
};

} // namespace glows::ui
