// SPDX-License-Identifier: Apache-2.0
#include "ui/instancedelegate.h"

#include "ui/formatting.h"
#include "ui/instancemodel.h"
#include "ui/settings/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCursor>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
constexpr int kButtonPadding = 10;
constexpr int kButtonSpacing = 6;
constexpr int kCellMargin = 6;

bool isStale(const QStyleOptionViewItem &option)
{
    return option.widget && option.widget->property("stale").toBool();
}

int buttonWidth(const QFontMetrics &metrics, RowAction action)
{
    return metrics.horizontalAdvance(InstanceDelegate::actionText(action)) + 2 * kButtonPadding;
}
} // namespace

InstanceDelegate::InstanceDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString InstanceDelegate::actionText(RowAction action)
{
    return action == RowAction::TakeSnapshot ? tr("Take Snapshot") : tr("Release");
}

QString InstanceDelegate::unitText(const QModelIndex &index)
{
    return tr("#%1", "unit count of an instance").arg(index.data(InstanceModel::UnitCountRole).toInt());
}

QString InstanceDelegate::statusText(const QModelIndex &index)
{
    const QString status = index.data(InstanceModel::StatusTextRole).toString();
    const int progress = index.data(InstanceModel::ProgressRole).toInt();
    return progress >= 0 ? tr("%1 %2%", "status and snapshot progress").arg(status).arg(progress) : status;
}

QString InstanceDelegate::subLineText(const QModelIndex &index)
{
    return u"%1 · %2"_s.arg(unitText(index), statusText(index));
}

int InstanceDelegate::actionsWidth(const QFontMetrics &metrics)
{
    return 2 * kCellMargin + buttonWidth(metrics, RowAction::TakeSnapshot) + kButtonSpacing +
           buttonWidth(metrics, RowAction::Release);
}

QColor InstanceDelegate::statusColor(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
        return themeColor(ColorRole::Success);
    case InstanceState::SchedQueued:
    case InstanceState::Pending:
    case InstanceState::Suspending:
    case InstanceState::Paused:
    case InstanceState::Releasing:
        return themeColor(ColorRole::Simulated);
    case InstanceState::Released:
    case InstanceState::Terminated:
        return themeColor(ColorRole::Muted);
    case InstanceState::Unknown:
        break;
    }
    return themeColor(ColorRole::Error);
}

QList<std::pair<RowAction, QRect>> InstanceDelegate::actionButtons(const QStyleOptionViewItem &option,
                                                                   const QModelIndex &index)
{
    QList<std::pair<RowAction, QRect>> buttons;
    const QFontMetrics &fm = option.fontMetrics;
    const int height = qMin(fm.height() + 10, option.rect.height() - 4);
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    int left = option.rect.left() + kCellMargin;
    for (RowAction action : {RowAction::TakeSnapshot, RowAction::Release}) {
        const int role = action == RowAction::TakeSnapshot ? InstanceModel::CanSnapshotRole
                                                           : InstanceModel::CanReleaseRole;
        if (!index.data(role).toBool())
            continue;
        const int width = buttonWidth(fm, action);
        buttons.append({action, QRect(left, top, width, height)});
        left += width + kButtonSpacing;
    }
    return buttons;
}

void InstanceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (index.column() == InstanceModel::NameColumn)
        paintName(painter, option, index);
    else if (index.column() == InstanceModel::ActionColumn)
        paintActions(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void InstanceDelegate::paintName(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor status = statusColor(InstanceState(index.data(InstanceModel::StateRole).toInt()));
    if (isStale(option))
        status = option.palette.color(QPalette::Disabled, QPalette::Text);

    const QRect area = option.rect.adjusted(kCellMargin, 3, -kCellMargin, -3);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics &fm = option.fontMetrics;
    const int lineGap = 2;
    const int total = boldMetrics.height() + lineGap + fm.height();
    const int top = area.top() + qMax(0, (area.height() - total) / 2);

    painter->save();
    painter->setClipRect(option.rect);
    QRect first(area.left(), top, area.width(), boldMetrics.height());
    first.setRight(first.right() - paintGuard(painter, option, index, first));
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        first, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, first.width()));

    // Second line: the status dot, unit count and status, then the hardware.
    painter->setFont(option.font);
    const QRect second(area.left(), first.bottom() + 1 + lineGap, area.width(), fm.height());
    const int dot = qMax(6, fm.height() / 3);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(status);
    painter->drawEllipse(QRect(second.left(), second.center().y() - dot / 2, dot, dot));
    // "#1 · Running", as the console writes it: the unit count, then the status in the state's colour.
    QColor secondary = text;
    secondary.setAlphaF(selected ? 0.85f : 0.65f);
    const QString units = unitText(index) + u" · "_s;
    const QString state = statusText(index);
    int x = second.left() + dot + 5;
    painter->setPen(secondary);
    painter->drawText(QRect(x, second.top(), qMax(0, second.right() - x), second.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, units);
    x += fm.horizontalAdvance(units);
    painter->setPen(selected ? text : status);
    painter->drawText(QRect(x, second.top(), qMax(0, second.right() - x), second.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, state);
    x += fm.horizontalAdvance(state);
    const QString hardware = index.data(InstanceModel::HardwareRole).toString();
    if (!hardware.isEmpty() && x < second.right()) {
        painter->setPen(secondary);
        const QRect rest(x, second.top(), second.right() - x, second.height());
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(u" · "_s + hardware, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

QString InstanceDelegate::guardText(const QModelIndex &index)
{
    const qint64 countdown = index.data(InstanceModel::GuardCountdownRole).toLongLong();
    if (countdown >= 0) {
        const QString left = countdown >= 60
                                 ? u"%1:%2"_s.arg(countdown / 60).arg(countdown % 60, 2, 10, QChar(u'0'))
                                 : tr("%n s", "guard countdown", int(countdown));
        return tr("Release in %1", "guard countdown on a row").arg(left);
    }
    if (index.data(InstanceModel::GuardWaitingRole).toBool())
        return tr("Waiting: offline", "guard action waits for fresh data");
    return {};
}

int InstanceDelegate::paintGuard(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index, const QRect &line) const
{
    const auto mark = InstanceModel::GuardMark(index.data(InstanceModel::GuardRole).toInt());
    const QString label = guardText(index);
    if (mark == InstanceModel::GuardMark::None && label.isEmpty())
        return 0;
    const bool selected = option.state & QStyle::State_Selected;
    const QFontMetrics &fm = option.fontMetrics;
    const int h = qMin(line.height(), fm.height());
    const int shield = qMax(8, h - 4);
    const int pad = 6;
    const int width = shield + (label.isEmpty() ? 0 : pad + fm.horizontalAdvance(label) + pad);
    QRect box(line.right() - width - 1, line.center().y() - h / 2, width, h);
    painter->save();
    painter->setFont(option.font);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor accent = !label.isEmpty()                          ? themeColor(ColorRole::Warning)
                          : mark == InstanceModel::GuardMark::Armed ? themeColor(ColorRole::Warning)
                                                                    : themeColor(ColorRole::Success);
    if (!label.isEmpty()) {
        painter->setPen(QPen(themeColor(ColorRole::WarningBorder), 1));
        painter->setBrush(selected ? option.palette.color(QPalette::Base)
                                   : themeColor(ColorRole::WarningBackground));
        painter->drawRoundedRect(box.adjusted(0, 0, 0, 0), h / 2.0, h / 2.0);
    }
    // A small shield: flat top, pointed bottom.
    const QRectF s(box.left() + (label.isEmpty() ? 0 : pad / 2), box.center().y() - shield / 2.0, shield,
                   shield);
    QPainterPath path;
    path.moveTo(s.left(), s.top() + s.height() * 0.15);
    path.lineTo(s.center().x(), s.top());
    path.lineTo(s.right(), s.top() + s.height() * 0.15);
    path.cubicTo(s.right(), s.top() + s.height() * 0.65, s.center().x() + s.width() * 0.2, s.bottom() - 1,
                 s.center().x(), s.bottom());
    path.cubicTo(s.center().x() - s.width() * 0.2, s.bottom() - 1, s.left(), s.top() + s.height() * 0.65,
                 s.left(), s.top() + s.height() * 0.15);
    painter->setPen(QPen(accent, 1.2));
    painter->setBrush(mark == InstanceModel::GuardMark::Armed || !label.isEmpty() ? accent : Qt::NoBrush);
    painter->drawPath(path);
    if (!label.isEmpty()) {
        painter->setPen(selected ? option.palette.color(QPalette::Text) : themeColor(ColorRole::Warning));
        const int textLeft = int(s.right()) + pad / 2;
        painter->drawText(QRect(textLeft, box.top(), box.right() - pad / 2 - textLeft, box.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter->restore();
    return width + 8;
}

void InstanceDelegate::paintActions(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto buttons = actionButtons(option, index);
    if (buttons.isEmpty()) {
        // Nothing can be done to Snapshotting and Released rows; say so without offering a control.
        painter->save();
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(option.rect.adjusted(kCellMargin, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("—", "no action available"));
        painter->restore();
        return;
    }
    const bool enabled = !isStale(option);
    // Views send no mouse moves to delegates; the hovered row plus the cursor tell which button is under it.
    const bool hovered = (option.state & QStyle::State_MouseOver) && widget;
    const auto *itemView = qobject_cast<const QAbstractItemView *>(widget);
    const QPoint cursor =
        hovered && itemView ? itemView->viewport()->mapFromGlobal(QCursor::pos()) : QPoint(-1, -1);
    for (int i = 0; i < buttons.size(); ++i) {
        const auto &[action, rect] = buttons.at(i);
        QStyleOptionButton button;
        if (widget)
            button.initFrom(widget);
        else
            button.palette = option.palette;
        button.rect = rect;
        button.text = actionText(action);
        button.fontMetrics = option.fontMetrics;
        button.state = QStyle::State_Raised;
        if (enabled)
            button.state |= QStyle::State_Enabled;
        else
            button.palette.setCurrentColorGroup(QPalette::Disabled);
        if (hovered && rect.contains(cursor))
            button.state |= QStyle::State_MouseOver;
        if (m_pressedIndex == index && m_pressedButton == i)
            button.state |= QStyle::State_Sunken;
        if (action == RowAction::Release && enabled)
            button.palette.setColor(QPalette::ButtonText, themeColor(ColorRole::Error));
        style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }
}

QSize InstanceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == InstanceModel::NameColumn) {
        // Both lines are the delegate's own (paintName()), so the style's size of the display text would only
        // be thrown away; it was the costliest part of fitting the column to a long list.
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        return {nameWidth(option.fontMetrics, index),
                boldMetrics.height() + option.fontMetrics.height() + 12};
    }
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == InstanceModel::ActionColumn)
        size.setWidth(actionsWidth(option.fontMetrics));
    return size;
}

int InstanceDelegate::nameWidth(const QFontMetrics &fm, const QModelIndex &index,
                                QHash<QString, int> *measured)
{
    const auto advance = [&fm, measured](const QString &text) {
        if (!measured)
            return fm.horizontalAdvance(text);
        auto it = measured->constFind(text);
        if (it == measured->cend())
            it = measured->insert(text, fm.horizontalAdvance(text));
        return *it;
    };
    // As paintName() lays the second line out: the dot, unit count, status, then the hardware. A long name
    // (the user's remark) is elided on purpose; the state and GPU must always be readable.
    const QString hardware = index.data(InstanceModel::HardwareRole).toString();
    const int second = qMax(6, fm.height() / 3) + 5 + advance(subLineText(index)) +
                       (hardware.isEmpty() ? 0 : advance(u" · "_s + hardware));
    return 2 * kCellMargin + second + 2;
}

bool InstanceDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.column() != InstanceModel::ActionColumn)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease && type != QEvent::MouseMove &&
        type != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const auto buttons = actionButtons(option, index);
    int hit = -1;
    for (int i = 0; i < buttons.size(); ++i) {
        if (buttons.at(i).second.contains(mouse->position().toPoint()))
            hit = i;
    }
    if (option.widget && option.widget->property("stale").toBool())
        hit = -1;
    const auto *itemView = qobject_cast<const QAbstractItemView *>(option.widget);
    QWidget *view = itemView ? itemView->viewport() : nullptr;
    switch (type) {
    case QEvent::MouseMove:
        return false;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (hit < 0 || mouse->button() != Qt::LeftButton)
            return false;
        m_pressedIndex = index;
        m_pressedButton = hit;
        if (view)
            view->update();
        return true;
    default: {
        const bool clicked = hit >= 0 && m_pressedIndex == index && m_pressedButton == hit;
        const bool consumed = m_pressedButton >= 0;
        m_pressedIndex = QPersistentModelIndex();
        m_pressedButton = -1;
        if (view)
            view->update();
        if (clicked)
            emit actionTriggered(index.data(InstanceModel::InstanceIdRole).toString(), buttons.at(hit).first);
        return consumed;
    }
    }
}

} // namespace glows::ui
