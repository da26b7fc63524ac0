// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/billingmodel.h"

#include "ui/formatting.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

BillingModel::BillingModel(QObject *parent) : QAbstractTableModel(parent) {}

void BillingModel::setRecords(const QList<BillingRecord> &records)
{
    if (records.size() == m_records.size()) {
        if (records == m_records)
            return;
        m_records = records;
        if (!m_records.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_records = records;
    endResetModel();
}

void BillingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

MilliCredits BillingModel::totalCost() const
{
    MilliCredits total = 0;
    for (const BillingRecord &record : m_records)
        total += record.costMilliCredit;
    return total;
}

qint64 BillingModel::totalSeconds() const
{
    qint64 total = 0;
    for (const BillingRecord &record : m_records)
        total += record.durationSeconds;
    return total;
}

int BillingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int BillingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillingRecord &record = m_records.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case PriceColumn:
        case DurationColumn:
        case CostColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StartColumn:
        return formatDateTime(record.startTime);
    case EndColumn:
        return record.endTime ? formatDateTime(*record.endTime) : tr("Running");
    case PriceColumn:
        return formatCreditsPerHour(burnRatePerHour(record.priceCent));
    case DurationColumn:
        return formatDuration(record.durationSeconds);
    case CostColumn:
        return formatCredits(record.costMilliCredit);
    case MethodColumn:
        return serverValueText(record.billingMethod);
    case DiscountColumn:
        return record.discountPercent > 0 ? tr("%1 %").arg(record.discountPercent) : tr("None");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BillingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartColumn:
        return tr("Start Time");
    case EndColumn:
        return tr("End Time");
    case PriceColumn:
        return tr("Price/h");
    case DurationColumn:
        return tr("Duration");
    case CostColumn:
        return tr("Cost");
    case MethodColumn:
        return tr("Billing Method");
    case DiscountColumn:
        return tr("Discount");
    case ColumnCount:
        break;
    }
    return {};
}

QString BillingModel::toCsv() const
{
    QString csv =
        u"start,end,price_credits_per_hour,duration_seconds,cost_credits,billing_method,discount_percent\n"_s;
    for (const BillingRecord &r : m_records) {
        const QStringList fields{isoTime(r.startTime),
                                 r.endTime ? isoTime(*r.endTime) : u"Running"_s,
                                 formatMilliCredits(burnRatePerHour(r.priceCent)),
                                 QString::number(r.durationSeconds),
                                 formatMilliCredits(r.costMilliCredit),
                                 csvField(r.billingMethod),
                                 QString::number(r.discountPercent)};
        csv += fields.join(u',') + u'\n';
    }
    csv += u"total,,,%1,%2,,\n"_s.arg(totalSeconds()).arg(formatMilliCredits(totalCost()));
    return csv;
}

} // namespace glows::ui
