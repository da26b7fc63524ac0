// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace glows::ui {

// The one way the app shows a message in a window: errors, warnings and information, each in its theme
// colours with its icon, the technical detail behind a "Details" disclosure, and an optional close button.
// The window, the action dialogs, the detail tabs and the Snapshots page all use it.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Type
    {
        Error,
        Warning,
        Information
    };

    explicit MessageBar(QWidget *parent = nullptr);

    // An error's one translated message, with its detail.
    void showError(const ApiError &error);
    void showMessage(const QString &message, Type type, const QString &detail = {});
    void showMessage(const QString &message, const QString &detail = {})
    {
        showMessage(message, Type::Error, detail);
    }
    // Like QLabel::setText, for information (errors go through showError or showMessage); show() and hide()
    // as usual.
    void setText(const QString &message);
    QString text() const;
    void clear();
    QString message() const;
    QString detail() const;
    Type type() const { return m_type; }
    void setType(Type type);
    // A close button that hides the bar (and emits closed()).
    void setClosable(bool closable);
    QToolButton *detailsButton() const { return m_toggle; }
    QToolButton *closeButton() const { return m_close; }

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDetailsShown(bool shown);
    void applyColors();
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_toggle = nullptr;
    QToolButton *m_close = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    Type m_type = Type::Information;
    std::optional<ApiError> m_error; // re-rendered after a language switch
};

} // namespace glows::ui
