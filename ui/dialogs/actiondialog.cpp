// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/actiondialog.h"

#include "core/logging.h"
#include "ui/accessibility.h"
#include "ui/messagebar.h"
#include "ui/settings/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

ActionDialog::ActionDialog(AppContext context, const Instance &instance, QWidget *parent)
    : QDialog(parent), m_ctx(context), m_instance(instance)
{
    auto *layout = new QVBoxLayout(this);
    m_inputs = new QWidget(this);
    m_content = new QVBoxLayout(m_inputs);
    m_content->setContentsMargins(0, 0, 0, 6);
    m_content->setSpacing(10);
    layout->addWidget(m_inputs);

    m_refusal = new QLabel(this);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setObjectName(u"refusalLabel"_s);
    m_refusal->setWordWrap(true);
    setTextColor(m_refusal, ColorRole::Error);
    m_refusal->hide();
    layout->addWidget(m_refusal);

    m_error = new MessageBar(this);
    layout->addWidget(m_error);

    m_busyLabel = new QLabel(this);
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);

    m_buttons = new QDialogButtonBox(this);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    layout->addWidget(m_buttons);
    // The confirm button submits instead of closing: the dialog closes only once the server has accepted.
    connect(m_confirm, &QPushButton::clicked, this, &ActionDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::retranslate()
{
    m_refusal->setAccessibleName(tr("Why this action is unavailable"));
    m_busyLabel->setText(tr("Sending the request…"));
    m_busyLabel->setAccessibleName(tr("Progress"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_confirm->setText(confirmText());
    m_confirm->setAccessibleName(confirmText());
    updateConfirmButton();
}

void ActionDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        nameClearButtons(this);
    }
}

void ActionDialog::setInstance(const Instance &instance)
{
    if (instance.instanceID != m_instance.instanceID)
        return;
    m_instance = instance;
    instanceChanged();
    updateConfirmButton();
}

void ActionDialog::updateConfirmButton()
{
    const bool allowed = stateAllows(m_instance.status);
    m_refusal->setVisible(!allowed);
    if (!allowed)
        m_refusal->setText(refusalText());
    m_confirm->setEnabled(!m_busy && allowed && inputValid());
}

void ActionDialog::submit()
{
    if (m_busy || !stateAllows(m_instance.status) || !inputValid()) {
        updateConfirmButton();
        return;
    }
    m_busy = true;
    m_error->clear();
    m_inputs->setEnabled(false);
    m_busyLabel->show();
    updateConfirmButton();
    QPointer<ActionDialog> self(this);
    sendRequest([self](const ApiResult<Done> &result) {
        if (self)
            self->finish(result);
    });
}

void ActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Wrapped labels first guess their height at a narrower width; fit the height to the real one.
    if (layout()->hasHeightForWidth())
        resize(width(), layout()->totalHeightForWidth(width()));
    nameClearButtons(this);
}

bool ActionDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // A message appearing (the name problem, the refusal, an error) needs room: a top-level layout only
    // enforces its minimum size, which ignores the height wrapped labels need at this width.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        growToFit();
    return handled;
}

void ActionDialog::growToFit()
{
    if (!layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ActionDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ActionDialog::finish(const ApiResult<Done> &result)
{
    m_busy = false;
    m_busyLabel->hide();
    m_inputs->setEnabled(true);
    if (result.ok()) {
        m_lastError.reset();
        emit succeeded(m_instance.instanceID);
        accept();
        return;
    }
    const ApiError &error = result.error();
    m_lastError = error;
    qCInfo(lcUi) << "action failed for" << m_instance.instanceID << error.detail();
    m_error->showError(error);
    updateConfirmButton();
    emit failed(m_instance.instanceID, error);
}

} // namespace glows::ui
