// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <utility>
#include <vector>

namespace glows::ui {

// A table whose rows are keyed by a string ID. A fresh list is applied as a diff: rows that stay are updated
// in place, rows that went are removed and new keys are appended in the list's order; the model is never
// reset, so views keep their selection and scroll position.
//
// The hooks object passed to applyDiff()/applyOne() supplies
//   QString key(const Item &)            the item's key (the first of duplicate keys in a list wins)
//   QString rowKey(const Row &)
//   bool update(Row &, const Item &)     stores the item, returns whether the row's data changed
//   Row make(const Item &, QString key)
//   void removed(const Row &)            called before a row goes
template<typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    // Returns the number of rows whose data changed, inserted rows included.
    template<typename Item, typename Hooks>
    int applyDiff(const QList<Item> &items, Hooks &&hooks)
    {
        if (sameOrder(items, hooks)) // the usual poll: the same keys in the same order, no lookup at all
            return updateRows([&items](int row) { return &items.at(row); }, hooks);

        std::vector<const Item *> fresh(size_t(m_rows.size()), nullptr);
        QList<std::pair<const Item *, QString>> added;
        QSet<QString> addedKeys;
        for (const Item &item : items) {
            QString key = hooks.key(item);
            const int row = m_index.value(key, -1);
            if (row >= 0) {
                if (!fresh[size_t(row)])
                    fresh[size_t(row)] = &item;
            } else if (!addedKeys.contains(key)) {
                addedKeys.insert(key);
                added.append({&item, std::move(key)});
            }
        }
        // Update the rows that stay while the row numbers are still valid, then remove in contiguous runs
        // from the bottom so the indices above stay valid, then append.
        int changed = updateRows([&fresh](int row) { return fresh[size_t(row)]; }, hooks);
        int lowestRemoved = int(m_rows.size());
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (fresh[size_t(row)]) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !fresh[size_t(first - 1)])
                --first;
            beginRemoveRows({}, first, row);
            for (int i = first; i <= row; ++i) {
                hooks.removed(m_rows.at(i));
                m_index.remove(hooks.rowKey(m_rows.at(i)));
            }
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            lowestRemoved = first;
            row = first - 1;
        }
        for (int i = lowestRemoved; i < m_rows.size(); ++i)
            m_index.insert(hooks.rowKey(m_rows.at(i)), i);
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (auto &[item, key] : added) {
                m_index.insert(key, int(m_rows.size()));
                m_rows.append(hooks.make(*item, std::move(key)));
            }
            endInsertRows();
            changed += int(added.size());
        }
        return changed;
    }

    // Applies one item without touching the other rows. Returns whether anything changed.
    template<typename Item, typename Hooks>
    bool applyOne(const Item &item, Hooks &&hooks)
    {
        QString key = hooks.key(item);
        const int row = m_index.value(key, -1);
        if (row >= 0) {
            if (!hooks.update(m_rows[row], item))
                return false;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return true;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_index.insert(key, int(m_rows.size()));
        m_rows.append(hooks.make(item, std::move(key)));
        endInsertRows();
        return true;
    }

    int rowOfKey(const QString &key) const { return m_index.value(key, -1); }

    QList<Row> m_rows;
    QHash<QString, int> m_index;

private:
    template<typename Item, typename Hooks>
    bool sameOrder(const QList<Item> &items, Hooks &hooks) const
    {
        if (items.size() != m_rows.size())
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (hooks.key(items.at(i)) != hooks.rowKey(m_rows.at(i)))
                return false;
        }
        return true;
    }

    // dataChanged per contiguous run of changed rows, or once for all when most rows changed (a sorting proxy
    // then re-sorts once instead of once per run). A row without fresh data is about to be removed.
    template<typename FreshFor, typename Hooks>
    int updateRows(const FreshFor &freshFor, Hooks &hooks)
    {
        QList<std::pair<int, int>> runs;
        int changed = 0;
        int runStart = -1;
        for (int row = 0; row < m_rows.size(); ++row) {
            const auto *fresh = freshFor(row);
            if (!fresh || !hooks.update(m_rows[row], *fresh)) {
                if (runStart >= 0)
                    runs.append({runStart, row - 1});
                runStart = -1;
                continue;
            }
            ++changed;
            if (runStart < 0)
                runStart = row;
        }
        if (runStart >= 0)
            runs.append({runStart, int(m_rows.size()) - 1});
        if (changed * 2 > m_rows.size())
            runs = {{runs.first().first, runs.last().second}};
        for (const auto &[first, last] : runs)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        return changed;
    }
};

} // namespace glows::ui
