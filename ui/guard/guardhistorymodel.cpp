// SPDX-License-Identifier: Apache-2.0
#include "ui/guard/guardhistorymodel.h"

#include "guard/guardtext.h"
#include "ui/formatting.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace glows::ui {

GuardHistoryModel::GuardHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void GuardHistoryModel::setHistory(GuardHistory *history, const QString &accountId, int limit)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    m_accountId = accountId;
    m_limit = limit;
    setEntries(history ? history->entries(limit, accountId) : QList<GuardHistoryEntry>());
    if (history)
        connect(history, &GuardHistory::appended, this, &GuardHistoryModel::append);
}

void GuardHistoryModel::setEntries(const QList<GuardHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void GuardHistoryModel::append(const GuardHistoryEntry &entry)
{
    if (!m_accountId.isEmpty() && entry.accountId != m_accountId)
        return;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > m_limit) {
        beginRemoveRows({}, int(m_entries.size()) - 1, int(m_entries.size()) - 1);
        m_entries.removeLast();
        endRemoveRows();
    }
}

int GuardHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GuardHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuardHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuardHistoryEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.localTime.toLocalTime(), QLocale::ShortFormat);
        case InstanceColumn:
            if (e.instanceId.isEmpty())
                return tr("Account");
            return e.instanceName.isEmpty() || e.instanceName == e.instanceId
                       ? e.instanceId
                       : tr("%1 (%2)").arg(e.instanceName, e.instanceId);
        case RuleColumn:
            if (const auto rule = guardRuleFromKey(e.rule))
                return GuardText::ruleName(*rule);
            return e.rule;
        case ReasonColumn:
            return GuardText::describe(e);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReasonColumn)
            return literalRichText(e.detail.isEmpty() ? GuardText::describe(e)
                                                      : GuardText::describe(e) + u"\n"_s + e.detail);
        if (index.column() == TimeColumn)
            return literalRichText(QLocale().toString(e.localTime.toLocalTime(), QLocale::LongFormat));
    }
    return {};
}

QVariant GuardHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case InstanceColumn:
        return tr("Instance");
    case RuleColumn:
        return tr("Rule");
    case ReasonColumn:
        return tr("What happened and why");
    default:
        return {};
    }
}

} // namespace glows::ui
