// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace glows::ui {

// What a destructive confirmation says. Every text is plain: names from the server are data, never markup.
struct Confirmation
{
    QString title;
    QString text;
    // The destructive button, naming the action ("Delete", "Leave group"); Cancel is always the default.
    QString confirmLabel;
    // Lets tests and screenshots find the box.
    QString objectName;
};

// The one way a destructive action is confirmed. The box is window-modal, opened with open() (no nested
// event loop) and deletes itself; `onConfirmed` runs once, only if the user chose the destructive button and
// `parent` still exists. Callers capture IDs, never pointers into a model: a poll may change the model while
// the box is open. Returns the box so tests can press its buttons (QMessageBox::Yes is the destructive one).
QMessageBox *confirmDestructive(QWidget *parent, const Confirmation &what, std::function<void()> onConfirmed);

} // namespace glows::ui
