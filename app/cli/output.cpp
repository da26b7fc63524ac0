// SPDX-License-Identifier: Apache-2.0
#include "cli/output.h"

#include "api/codec.h"
#include "core/cost.h"
#include "core/terminalsafe.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace glows::cli {

Table::Table(QStringList headers, QList<Align> align)
    : m_headers(std::move(headers)), m_align(std::move(align))
{
    while (m_align.size() < m_headers.size())
        m_align.append(Align::Left);
}

void Table::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void Table::print(QTextStream &out) const
{
    // Cells hold server text: escaped here, where it meets the terminal, and before the widths are taken.
    QList<QStringList> rows;
    rows.reserve(m_rows.size());
    for (const QStringList &row : m_rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(terminalSafe(cell));
        rows.append(cells);
    }
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < m_headers.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < m_headers.size(); ++c) {
            const bool last = c == m_headers.size() - 1;
            const QString &cell = cells.at(c);
            if (m_align.at(c) == Align::Right)
                text += cell.rightJustified(widths[c]);
            else
                text += last ? cell : cell.leftJustified(widths[c]);
            if (!last)
                text += "  "_L1;
        }
        out << text << '\n';
    };
    line(m_headers);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

void printFields(QTextStream &out, const QList<QPair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &f : fields)
        width = qMax(width, f.first.size());
    for (const auto &[key, value] : fields)
        out << (key + u':').leftJustified(width + 2) << terminalSafe(value) << '\n';
    out.flush();
}

QString Format::status(const InstanceStatus &status)
{
    if (status.isKnown())
        return status.raw();
    return tr("Unknown (%1)").arg(status.raw());
}

QString Format::pricePerHour(int priceCent)
{
    return QString::number(priceCent / 100.0, 'f', 2);
}

QString Format::cost(const Instance &instance, qint64 now)
{
    if (instance.costMilliCredit)
        return formatMilliCredits(*instance.costMilliCredit);
    if (!costIsEstimate(instance))
        return u"-"_s;
    return u"\u2248 "_s + formatMilliCredits(estimatedCost(instance, now));
}

QString Format::time(qint64 epochSeconds)
{
    if (epochSeconds <= 0)
        return u"-"_s;
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(Qt::ISODate);
}

QString Format::duration(qint64 seconds)
{
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString Format::gpu(const Hardware &hardware)
{
    if (hardware.gpuName.isEmpty())
        return u"-"_s;
    return hardware.gpuNum > 1 ? u"%1\u00d7 %2"_s.arg(hardware.gpuNum).arg(hardware.gpuName)
                               : hardware.gpuName;
}

QString Format::sizeMB(qint64 mb)
{
    return mb >= 1024 ? u"%1 GB"_s.arg(QString::number(mb / 1024.0, 'f', 1)) : u"%1 MB"_s.arg(mb);
}

QString Format::orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

QJsonObject instanceJson(const Instance &instance, bool withPassword)
{
    QJsonObject o = codec::encodeInstance(instance);
    if (!withPassword) {
        QJsonObject cred = o.value("sshCred"_L1).toObject();
        cred.remove("password"_L1);
        o.insert("sshCred"_L1, cred);
    }
    return o;
}

} // namespace glows::cli
