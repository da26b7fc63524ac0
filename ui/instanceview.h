// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableView>

class QSettings;

namespace glows::ui {

class InstanceDelegate;

// The instance list: delegate-painted Name and Action columns, optional columns toggled from the header's
// context menu, a placeholder for the loading and empty states, and a "stale" look while offline.
class InstanceView final : public QTableView
{
    Q_OBJECT
public:
    explicit InstanceView(QWidget *parent = nullptr);

    InstanceDelegate *instanceDelegate() const { return m_delegate; }
    // Shown centred in the viewport while the list has no rows.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // Greys the rows out and disables the painted buttons: the data may be out of date.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    void saveLayout(QSettings *settings) const;
    void restoreLayout(QSettings *settings);
    // The header menu, exposed so tests and the View menu can toggle columns.
    void setOptionalColumnVisible(int column, bool visible);
    QList<int> optionalColumns() const;
    void applyDefaultLayout();

signals:
    // Right click or the keyboard's menu key on a row; globalPos is where the menu should open.
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    // Widens the name column until every row's status and GPU fit (never narrows what the user chose).
    void fitNameColumn(int first = 0, int last = -1);
    static constexpr int kMaxFittedRows = 500;
    void showHeaderMenu(const QPoint &pos);
    void retranslate();

    InstanceDelegate *m_delegate;
    QString m_placeholder;
    bool m_stale = false;
};

} // namespace glows::ui
