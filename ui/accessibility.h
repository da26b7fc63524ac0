// SPDX-License-Identifier: Apache-2.0
#pragma once

class QWidget;

namespace glows::ui {

// QLineEdit::setClearButtonEnabled() adds an unnamed tool button that screen readers announce as just
// "button": names every such button under `root` after its field ("Clear Snapshot name"). Call again after
// a language change.
void nameClearButtons(QWidget *root);

} // namespace glows::ui
