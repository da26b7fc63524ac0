// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/instance.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace glows::cli {

// An aligned text table for people; machines use --json. Cells are printed through terminalSafe().
class Table final
{
public:
    enum class Align
    {
        Left,
        Right
    };
    explicit Table(QStringList headers, QList<Align> align = {});
    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<Align> m_align;
    QList<QStringList> m_rows;
};

// "Key: value" lines with the keys padded to one width; values are printed through terminalSafe().
void printFields(QTextStream &out, const QList<QPair<QString, QString>> &fields);

// Formatting shared by the commands. Numbers use the C locale, like CSV output.
struct Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString status(const InstanceStatus &status);
    static QString pricePerHour(int priceCent);
    // The server's cost; without one (no billing extension), glows-cli's estimate from the hourly price
    // and the time billed so far, marked "≈". `now` is in seconds since the epoch.
    static QString cost(const Instance &instance, qint64 now);
    static QString time(qint64 epochSeconds);
    static QString duration(qint64 seconds);
    static QString gpu(const Hardware &hardware);
    static QString sizeMB(qint64 mb);
    static QString orDash(const QString &text);
};

// JSON for scripts: the SDK's own field names; the SSH password only when asked for.
QJsonObject instanceJson(const Instance &instance, bool withPassword);

} // namespace glows::cli
