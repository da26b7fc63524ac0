// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace glows::ui {

// An error's one translated message, with its technical detail behind a "Details" disclosure.
class ErrorPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    void showMessage(const QString &message, const QString &detail = {});
    void clear();
    QString message() const;
    QString detail() const;
    QToolButton *detailsButton() const { return m_toggle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDetailsShown(bool shown);
    void retranslate();

    QLabel *m_message = nullptr;
    QToolButton *m_toggle = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    std::optional<ApiError> m_error; // re-rendered after a language switch
};

} // namespace glows::ui
