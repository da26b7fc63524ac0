// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instancestatus.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace glows::ui {

enum class RowAction
{
    TakeSnapshot,
    Release,
};

// Paints the Name column (remark, then hardware and a coloured status, as the console does) and the Action
// column's buttons. The buttons are painted, not widgets: clicks are hit-tested in editorEvent, so a list of
// ten thousand rows has no per-row widgets.
class InstanceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InstanceDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor statusColor(InstanceState state);
    // The buttons a row offers and where they sit inside the cell; empty for rows that allow nothing.
    static QList<std::pair<RowAction, QRect>> actionButtons(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index);
    static QString actionText(RowAction action);
    // The Name cell's second line without the hardware: "#1 · Running" (unit count, then status).
    static QString subLineText(const QModelIndex &index);
    static QString unitText(const QModelIndex &index);
    static QString statusText(const QModelIndex &index);
    // The guard's indicator on the Name cell's first line: a shield when a rule watches the row, the
    // countdown when an automatic action is pending. Empty text: only the shield.
    static QString guardText(const QModelIndex &index);
    // Total width both buttons need, so the Action column can be sized to fit them.
    static int actionsWidth(const QFontMetrics &metrics);
    // The width the name column needs for this row, so that its second line (state and hardware) stays
    // readable. `measured` caches text widths across calls: rows alike are measured once.
    static int nameWidth(const QFontMetrics &metrics, const QModelIndex &index,
                         QHash<QString, int> *measured = nullptr);

signals:
    void actionTriggered(const QString &instanceId, glows::ui::RowAction action);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    void paintName(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Paints the guard indicator right-aligned in `line`; returns the width it took.
    int paintGuard(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QRect &line) const;
    void paintActions(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QPersistentModelIndex m_pressedIndex;
    int m_pressedButton = -1;
};

} // namespace glows::ui
