// SPDX-License-Identifier: Apache-2.0
#include "ui/guard/guardhistorydialog.h"

#include "ui/guard/guardhistorymodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

GuardHistoryDialog::GuardHistoryDialog(GuardHistory *history, const QString &accountId, QWidget *parent)
    : QDialog(parent), m_model(new GuardHistoryModel(this))
{
    setObjectName(u"guardHistoryDialog"_s);
    m_model->setHistory(history, accountId);
    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(u"guardHistoryView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(GuardHistoryModel::ReasonColumn, QHeaderView::Stretch);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(u"guardHistoryEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GuardHistoryDialog::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GuardHistoryDialog::updateEmptyState);
    resize(900, 480);
    retranslate();
    updateEmptyState();
}

void GuardHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GuardHistoryDialog::retranslate()
{
    setWindowTitle(tr("Guard History"));
    m_view->setAccessibleName(tr("Guard decisions and actions"));
    m_empty->setText(
        tr("Nothing yet.\nWhen the guard notices an idle GPU, a cap or a low balance, or takes an "
           "action, it is listed here with its reason."));
}

void GuardHistoryDialog::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    if (!empty)
        m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace glows::ui
