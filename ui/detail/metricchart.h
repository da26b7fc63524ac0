// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/metrichistory.h"

#include <QList>
#include <QWidget>
#include <functional>

class QBoxLayout;
class QChart;
class QChartView;
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
    // The same chart in another language: title, unit, series names and how the current value reads. The
    // points stay.
    void setSpecTexts(const MetricChartSpec &spec);

    // Replaces every series' points in one call each. X is "minutes ago" on a fixed axis, so a new sample
    // redraws the lines but never relayouts the axes (which would recompute every line a second time).
    void showRange(const MetricHistory &history, qint64 since, qint64 until, int maxPoints = kMaxPoints);
    // About one point per two to three pixels of a typical plot; longer ranges are averaged into buckets.
    static constexpr int kMaxPoints = 120;
    void clear();
    // The value under the title instead of beside it, for narrow charts.
    void setCompactHeader(bool compact);
    int minimumWidthFor(bool compact) const;
    int minimumHeightFor(bool compact) const;

    int updateCount() const { return m_updates; }
    QString currentValueText() const;
    QChart *chart() const { return m_chart; }
    const MetricChartSpec &spec() const { return m_spec; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitCurrentLabel();
    void applyChartTheme();
    // Screen readers cannot see the lines: the name says which chart, the description what it shows now.
    void updateAccessibleText();

    MetricChartSpec m_spec;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<QLineSeries *> m_series;
    QLabel *m_title = nullptr;
    QLabel *m_current = nullptr;
    QBoxLayout *m_header = nullptr;
    QList<QPointF> m_points; // reused between updates
    qint64 m_shownSpan = 0;
    int m_updates = 0;
    bool m_hasData = false;
    double m_low = 0;
    double m_high = 0;
};

} // namespace glows::ui
