// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/tunnelsdialog.h"

#include "ui/ssh/tunnelsmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

TunnelsDialog::TunnelsDialog(TunnelsModel *model, QWidget *parent) : QDialog(parent), m_model(model)
{
    setObjectName(u"tunnelsDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(u"tunnelsView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TunnelsModel::InstanceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TunnelsModel::StateColumn, QHeaderView::Stretch);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"noTunnels"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_open = new QPushButton(this);
    m_open->setObjectName(u"openTunnel"_s);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(u"stopTunnel"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    // Enter in the list opens the tunnel rather than closing the window.
    for (QPushButton *button : {m_open, m_stop, m_close})
        button->setAutoDefault(false);

    auto *stopKey = new QAction(this);
    stopKey->setShortcut(QKeySequence::Delete);
    stopKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(stopKey);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(760, 320);

    const auto stopCurrent = [this] {
        if (const quint64 id = currentTunnel())
            emit stopRequested(id);
    };
    const auto openCurrent = [this] {
        if (const quint64 id = currentTunnel())
            emit openRequested(id);
    };
    connect(m_stop, &QPushButton::clicked, this, stopCurrent);
    connect(stopKey, &QAction::triggered, this, stopCurrent);
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QAbstractItemView::activated, this, openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TunnelsDialog::updateButtons);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &TunnelsDialog::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &TunnelsDialog::updateButtons);
    retranslate();
    updateButtons();
}

quint64 TunnelsDialog::currentTunnel() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TunnelsModel::TunnelIdRole).toULongLong() : 0;
}

void TunnelsDialog::selectTunnel(quint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void TunnelsDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    if (any && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    const quint64 id = currentTunnel();
    const TunnelRow *tunnel = id ? m_model->tunnel(id) : nullptr;
    m_stop->setEnabled(tunnel != nullptr);
    m_open->setEnabled(tunnel && tunnel->state == TunnelRow::State::Open);
    m_stop->setText(tunnel && tunnel->state == TunnelRow::State::Failed ? tr("&Remove") : tr("&Stop"));
}

void TunnelsDialog::retranslate()
{
    setWindowTitle(tr("Tunnels"));
    m_intro->setText(
        tr("Local ports forwarded to instances over SSH. They close when you stop them, when the "
           "instance leaves Running, on an account switch, and when the app quits."));
    m_empty->setText(tr("No tunnels are open. Use “Open locally” in an instance's Access tab to start one."));
    m_view->setAccessibleName(tr("Tunnels"));
    m_open->setText(tr("&Open in Browser"));
    m_open->setToolTip(tr("Open the selected tunnel's local address in the browser"));
    m_stop->setToolTip(tr("Close the selected tunnel (Delete)"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    updateButtons();
}

void TunnelsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace glows::ui
