// SPDX-License-Identifier: Apache-2.0
#include "ui/accessibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace glows::ui {

void nameClearButtons(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isClearButtonEnabled())
            continue;
        const QString field = edit->accessibleName();
        const QString name = field.isEmpty()
                                 ? QCoreApplication::translate("Accessibility", "Clear")
                                 : QCoreApplication::translate("Accessibility", "Clear %1").arg(field);
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            button->setAccessibleName(name);
            button->setToolTip(name);
        }
        for (QAction *action : edit->actions()) {
            action->setText(name);
            action->setToolTip(name);
        }
    }
}

} // namespace glows::ui
