// SPDX-License-Identifier: Apache-2.0
#include "ui/formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTextDocument>

namespace glows::ui {
QString formatCredits(MilliCredits value)
{
    const QString number = QLocale().toString(double(value) / 1000.0, 'f', 3);
    // The console writes "0.040 Credit" and "1.000 Credit" but "1.040 Credits": singular up to one.
    return value <= 1000 ? QCoreApplication::translate("Formatting", "%1 Credit").arg(number)
                         : QCoreApplication::translate("Formatting", "%1 Credits").arg(number);
}

QString formatCreditsPerHour(MilliCredits perHour)
{
    return QCoreApplication::translate("Formatting", "%1 Credits/h")
        .arg(QLocale().toString(double(perHour) / 1000.0, 'f', 3));
}

QString formatDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const QLocale locale;
    if (days > 0)
        return QCoreApplication::translate("Formatting", "%1 d %2 h").arg(locale.toString(days)).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("Formatting", "%1 h %2 min")
            .arg(locale.toString(hours))
            .arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("Formatting", "%1 min %2 s")
            .arg(locale.toString(minutes))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Formatting", "%1 s").arg(seconds);
}

QString formatDateTime(qint64 epochSeconds)
{
    if (epochSeconds <= 0)
        return QCoreApplication::translate("Formatting", "—");
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds), QLocale::ShortFormat);
}

QString formatMegabytes(qint64 megabytes)
{
    if (megabytes >= 1024)
        return QCoreApplication::translate("Formatting", "%1 GB")
            .arg(QLocale().toString(double(megabytes) / 1024.0, 'f', megabytes % 1024 == 0 ? 0 : 1));
    return QCoreApplication::translate("Formatting", "%1 MB").arg(QLocale().toString(megabytes));
}

QString statusText(const InstanceStatus &status)
{
    switch (status.state()) {
    case InstanceState::SchedQueued:
        return QCoreApplication::translate("Formatting", "Queued");
    case InstanceState::Pending:
        return QCoreApplication::translate("Formatting", "Pending");
    case InstanceState::Running:
        return QCoreApplication::translate("Formatting", "Running");
    case InstanceState::Suspending:
        return QCoreApplication::translate("Formatting", "Suspending");
    case InstanceState::Paused:
        return QCoreApplication::translate("Formatting", "Paused");
    case InstanceState::Releasing:
        return QCoreApplication::translate("Formatting", "Releasing");
    case InstanceState::Released:
        return QCoreApplication::translate("Formatting", "Released");
    case InstanceState::Terminated:
        return QCoreApplication::translate("Formatting", "Terminated");
    case InstanceState::Unknown:
        break;
    }
    return QCoreApplication::translate("Formatting", "Unknown (%1)").arg(status.raw());
}

QString statusGroupText(StatusGroup group)
{
    switch (group) {
    case StatusGroup::Running:
        return QCoreApplication::translate("Formatting", "Running", "status tab");
    case StatusGroup::Snapshotting:
        return QCoreApplication::translate("Formatting", "Snapshotting", "status tab");
    case StatusGroup::Released:
        return QCoreApplication::translate("Formatting", "Released", "status tab");
    }
    return {};
}

QString serverValueText(const QString &raw)
{
    // Values the server sends as English words. Unknown values are shown as sent: they are data, and a
    // newer server may add some.
    static const char *const known[] = {
        QT_TRANSLATE_NOOP("ServerValue", "Pay-as-you-go"), QT_TRANSLATE_NOOP("ServerValue", "Connected"),
        QT_TRANSLATE_NOOP("ServerValue", "Connecting"),    QT_TRANSLATE_NOOP("ServerValue", "Disconnected"),
        QT_TRANSLATE_NOOP("ServerValue", "Suspended"),     QT_TRANSLATE_NOOP("ServerValue", "Available"),
        QT_TRANSLATE_NOOP("ServerValue", "Saving"),        QT_TRANSLATE_NOOP("ServerValue", "Restorable"),
    };
    for (const char *value : known) {
        if (raw.compare(QLatin1StringView(value), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("ServerValue", value);
    }
    return raw;
}

QString literalRichText(const QString &text)
{
    // Escaped and wrapped in <p>, so Qt takes it as rich text and the entities come back as the characters.
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace glows::ui
