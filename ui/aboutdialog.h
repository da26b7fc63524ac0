// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;

namespace glows::ui {

// Version, licences of the libraries the app links, and where the documentation lives.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
};

} // namespace glows::ui
