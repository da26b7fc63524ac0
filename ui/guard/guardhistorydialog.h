// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace glows {
class GuardHistory;
}

namespace glows::ui {

class GuardHistoryModel;

// The Guard history: every decision and action with its time, instance, rule and reason, newest first, for
// the account in use. Reached from View → Guard History (Ctrl+H).
class GuardHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GuardHistoryDialog(GuardHistory *history, const QString &accountId, QWidget *parent = nullptr);

    GuardHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *emptyLabel() const { return m_empty; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();

    GuardHistoryModel *m_model;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace glows::ui
