// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace glows::ui {

class SshConfigSync;

// Settings → SSH: "Keep ~/.ssh/glows/config up to date" (off until the user agrees), where the files are and
// whether ~/.ssh/config includes them. Turning it on opens the one-time consent; it applies at once.
class SshSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SshSettingsPage(SshConfigSync *sync, QWidget *parent = nullptr);

    QCheckBox *keepUpdated() const { return m_keep; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void onToggled(bool on);

    SshConfigSync *m_sync;
    QCheckBox *m_keep = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace glows::ui
