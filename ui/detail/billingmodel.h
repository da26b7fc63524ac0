// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"
#include "core/domain.h"

#include <QAbstractTableModel>

namespace glows::ui {

// The instance's billing records, one row each, as the console's Billing tab lists them.
class BillingModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartColumn,
        EndColumn,
        PriceColumn,
        DurationColumn,
        CostColumn,
        MethodColumn,
        DiscountColumn,
        ColumnCount
    };

    explicit BillingModel(QObject *parent = nullptr);

    void setRecords(const QList<BillingRecord> &records);
    // After a language switch: the headers and the translated cells ("Running", "None") read anew.
    void retranslate();
    const QList<BillingRecord> &records() const { return m_records; }
    MilliCredits totalCost() const;
    qint64 totalSeconds() const;
    // Header line and one line per record, C locale, times in ISO 8601 UTC, credits with three decimals.
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BillingRecord> m_records;
};

} // namespace glows::ui
