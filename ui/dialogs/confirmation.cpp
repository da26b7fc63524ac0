// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/confirmation.h"

#include "core/logging.h"

#include <QMessageBox>
#include <QPushButton>

namespace glows::ui {

QMessageBox *confirmDestructive(QWidget *parent, const Confirmation &what, std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, what.title, what.text,
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(what.objectName);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    auto *confirm = qobject_cast<QPushButton *>(box->button(QMessageBox::Yes));
    confirm->setText(what.confirmLabel);
    // Enter must never press the destructive button, even after it had the focus once.
    confirm->setAutoDefault(false);
    QObject::connect(box, &QMessageBox::finished, box, [box, confirm, done = std::move(onConfirmed)] {
        if (box->clickedButton() != confirm)
            return;
        qCInfo(lcUi) << "confirmed:" << box->objectName();
        if (done)
            done();
    });
    box->open();
    return box;
}

} // namespace glows::ui
