// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "guard/guardhistory.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace glows::ui {

// Every decision and action of the guard, newest first, from GuardHistory; new entries are inserted at the
// top as they are recorded (never a reset after the first load).
class GuardHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        InstanceColumn,
        RuleColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit GuardHistoryModel(QObject *parent = nullptr);

    // Loads the newest `limit` entries of `accountId` (empty: every account) and follows new ones.
    void setHistory(GuardHistory *history, const QString &accountId = {}, int limit = 1000);
    // Without a history file (tests, screenshots).
    void setEntries(const QList<GuardHistoryEntry> &entries);
    const GuardHistoryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void append(const GuardHistoryEntry &entry);

    QPointer<GuardHistory> m_history;
    QString m_accountId;
    QList<GuardHistoryEntry> m_entries;
    int m_limit = 1000;
};

} // namespace glows::ui
