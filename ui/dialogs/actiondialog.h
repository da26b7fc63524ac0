// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "core/instance.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace glows::ui {

class MessageBar;

// What Take Snapshot and Release share: one request per confirm (a second click while it runs does nothing),
// the dialog stays open with the user's input and the error when the request fails, and the confirm button is
// refused on the client side whenever the instance's state does not allow the action.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ~ActionDialog() override;

    // The list refreshed: the instance may have changed state (the confirm button follows).
    void setInstance(const Instance &instance);
    const Instance &instance() const { return m_instance; }
    QString instanceId() const { return m_instance.instanceID; }
    bool isBusy() const { return m_busy; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    MessageBar *errorPanel() const { return m_error; }
    std::optional<ApiError> lastError() const { return m_lastError; }
    // Starts the request, as the confirm button does.
    void submit();
    // Closing is refused while the request runs: its outcome must reach the user.
    void reject() override;

signals:
    // The server accepted the request; the dialog closes right after.
    void succeeded(const QString &instanceId);
    void failed(const QString &instanceId, const glows::ApiError &error);

protected:
    using Completion = ResultHandler<Done, ApiError>;

    ActionDialog(AppContext context, const Instance &instance, QWidget *parent);
    AppContext context() const { return m_ctx; }
    // Where subclasses put their content, above the error panel and the buttons.
    QVBoxLayout *contentLayout() const { return m_content; }
    void updateConfirmButton();

    virtual bool stateAllows(const InstanceStatus &status) const = 0;
    virtual QString refusalText() const = 0;
    virtual bool inputValid() const { return true; }
    virtual void sendRequest(Completion done) = 0;
    virtual void instanceChanged() {}
    virtual QString confirmText() const = 0;
    // Writes every text of the dialog in the current language: subclasses call it at the end of their
    // constructor, and it runs again when the language changes while the dialog is open. Overrides call
    // this one first.
    virtual void retranslate();
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void finish(const ApiResult<Done> &result);
    void growToFit();

    AppContext m_ctx;
    Instance m_instance;
    QWidget *m_inputs = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_busyLabel = nullptr;
    MessageBar *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
    std::optional<ApiError> m_lastError;
};

} // namespace glows::ui
