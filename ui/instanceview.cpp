// SPDX-License-Identifier: Apache-2.0
#include "ui/instanceview.h"

#include "ui/instancedelegate.h"
#include "ui/instancemodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
constexpr auto kHeaderKey = "instanceView/header"_L1;
}

InstanceView::InstanceView(QWidget *parent) : QTableView(parent), m_delegate(new InstanceDelegate(this))
{
    setObjectName(u"instanceView"_s);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = QFontMetrics(font()).height() * 2 + 16;
    verticalHeader()->setDefaultSectionSize(rowHeight);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &InstanceView::showHeaderMenu);
    retranslate();
}

void InstanceView::retranslate()
{
    setAccessibleName(tr("Instances"));
    setAccessibleDescription(
        tr("Use the arrow keys to choose an instance; the context menu key lists its actions."));
}

void InstanceView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitNameColumn();
    }
}

void InstanceView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTableView::rowsInserted(parent, start, end);
    fitNameColumn(start, end);
}

void InstanceView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    QTableView::dataChanged(topLeft, bottomRight, roles);
    // A status or its snapshot progress can lengthen the sub-line; the GPU name must stay readable. The
    // guard's indicator (every second while a countdown runs) sits on the first line and changes nothing.
    if (!roles.isEmpty() && roles == InstanceModel::guardRoles())
        return;
    if (topLeft.column() <= InstanceModel::NameColumn && bottomRight.column() >= InstanceModel::NameColumn)
        fitNameColumn(topLeft.row(), bottomRight.row());
}

void InstanceView::fitNameColumn(int first, int last)
{
    if (!model() || isColumnHidden(InstanceModel::NameColumn))
        return;
    // sizeHintForColumn() would look at the rows on screen only; a row scrolled into view must fit too.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QHash<QString, int> measured;
    int wanted = 0;
    last = qMin(last < 0 ? model()->rowCount() - 1 : last, first + kMaxFittedRows);
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, InstanceModel::NameColumn);
        wanted = qMax(wanted, InstanceDelegate::nameWidth(option.fontMetrics, index, &measured));
    }
    if (columnWidth(InstanceModel::NameColumn) < wanted)
        setColumnWidth(InstanceModel::NameColumn, wanted);
}

QList<int> InstanceView::optionalColumns() const
{
    return {InstanceModel::RegionColumn, InstanceModel::GpuColumn, InstanceModel::StatusColumn,
            InstanceModel::UptimeColumn};
}

void InstanceView::applyDefaultLayout()
{
    for (int c : optionalColumns())
        setColumnHidden(c, true);
    const QFontMetrics fm(font());
    setColumnWidth(InstanceModel::IdColumn, fm.horizontalAdvance(u"ins-XXXXXXXXXX"_s) + 24);
    setColumnWidth(InstanceModel::NameColumn, fm.horizontalAdvance(QLatin1Char('x')) * 42);
    setColumnWidth(InstanceModel::CostColumn, fm.horizontalAdvance(u"00,000.000 Credits"_s) + 24);
    setColumnWidth(InstanceModel::ActionColumn, InstanceDelegate::actionsWidth(fm) + 8);
    setColumnWidth(InstanceModel::RegionColumn, fm.horizontalAdvance(u"Region XX-00"_s));
    setColumnWidth(InstanceModel::GpuColumn, fm.horizontalAdvance(u"NVIDIA GeForce RTX 4090"_s) + 16);
    setColumnWidth(InstanceModel::StatusColumn, fm.horizontalAdvance(u"Suspending"_s) + 24);
    fitNameColumn();
    sortByColumn(InstanceModel::IdColumn, Qt::AscendingOrder);
}

void InstanceView::setOptionalColumnVisible(int column, bool visible)
{
    if (!optionalColumns().contains(column))
        return;
    setColumnHidden(column, !visible);
}

void InstanceView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    for (int column : optionalColumns()) {
        QAction *toggle = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { setOptionalColumnVisible(column, on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this,
            &InstanceView::applyDefaultLayout);
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void InstanceView::saveLayout(QSettings *settings) const
{
    if (settings)
        settings->setValue(kHeaderKey, horizontalHeader()->saveState());
}

void InstanceView::restoreLayout(QSettings *settings)
{
    applyDefaultLayout();
    if (!settings)
        return;
    const QByteArray state = settings->value(kHeaderKey).toByteArray();
    if (!state.isEmpty() && !horizontalHeader()->restoreState(state))
        applyDefaultLayout();
    // The fixed columns are the console's; a saved state must not have hidden them.
    for (int c = 0; c < InstanceModel::ColumnCount; ++c) {
        if (!optionalColumns().contains(c))
            setColumnHidden(c, false);
    }
}

void InstanceView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

void InstanceView::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    setProperty("stale", stale);
    QPalette pal = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const QPalette::ColorGroup from = stale ? QPalette::Disabled : QPalette::Active;
    pal.setColor(QPalette::Active, QPalette::Text, base.color(from, QPalette::Text));
    pal.setColor(QPalette::Inactive, QPalette::Text, base.color(from, QPalette::Text));
    setPalette(pal);
    setToolTip(stale ? tr("The server cannot be reached: this is the last known data and may be out of date.")
                     : QString());
    viewport()->update();
}

void InstanceView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}

void InstanceView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        index = currentIndex();
        if (index.isValid()) {
            const QRect rect = visualRect(index.siblingAtColumn(InstanceModel::NameColumn));
            global = viewport()->mapToGlobal(rect.center());
        }
    } else {
        index = indexAt(event->pos()); // forwarded from the viewport, in its coordinates
    }
    if (!index.isValid())
        return;
    selectRow(index.row());
    emit contextMenuRequested(index, global);
}

void InstanceView::mouseMoveEvent(QMouseEvent *event)
{
    QTableView::mouseMoveEvent(event);
    // The painted buttons highlight under the cursor; the view repaints a cell only when the hovered cell
    // changes, so moving between the two buttons of one cell needs this.
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.column() == InstanceModel::ActionColumn)
        viewport()->update(visualRect(index));
}

} // namespace glows::ui
