// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/metrichistory.h"

#include <QList>
#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace glows::ui {

// What one chart shows: its series (one line each), the unit of the Y axis, and how to put the current
// value into words.
struct MetricChartSpec
{
    QString title;
    QString unit; // axis title, e.g. "%" or "GB"
    QList<MetricKind> kinds;
    QStringList seriesNames;
    // The Y axis top for a sample: a fixed 100 for percentages, the total for memory and disk, 0 to fit data.
    std::function<double(const MetricSample &)> ceiling;
    std::function<QString(const MetricSample &)> currentText;
};

// One live line chart of the Monitor tab. It only draws: the tab hands it the history and the window to show.
class MetricChart final : public QWidget
{
    Q_OBJECT
public:
    explicit MetricChart(MetricChartSpec spec, QWidget *parent = nullptr);

    // Replaces every series' points in one call each and moves the axes to [since, until].
    void showRange(const MetricHistory &history, qint64 since, qint64 until, int maxPoints = 360);
    void clear();

    int updateCount() const { return m_updates; }
    QString currentValueText() const;
    QChart *chart() const { return m_chart; }
    const MetricChartSpec &spec() const { return m_spec; }

private:
    MetricChartSpec m_spec;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<QLineSeries *> m_series;
    QLabel *m_title = nullptr;
    QLabel *m_current = nullptr;
    QList<QPointF> m_points; // reused between updates
    qint64 m_shownSpan = 0;
    int m_updates = 0;
};

} // namespace glows::ui
