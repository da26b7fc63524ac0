// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/metricchart.h"

#include "ui/settings/theme.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace glows::ui {

MetricChart::MetricChart(MetricChartSpec spec, QWidget *parent) : QWidget(parent), m_spec(std::move(spec))
{
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setVisible(m_spec.kinds.size() > 1);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_axisX = new QValueAxis;
    m_axisX->setLabelFormat(u"%.0f"_s);
    m_axisX->setReverse(true);
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    m_axisX->setTickInterval(1);
    m_axisX->setRange(0, 5);
    m_axisY = new QValueAxis;
    m_axisY->setTitleText(m_spec.unit);
    m_axisY->setLabelFormat(u"%.0f"_s);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(25);
    m_axisY->setRange(0, 100);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (qsizetype i = 0; i < m_spec.kinds.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(m_spec.seriesNames.value(i));
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_series.append(series);
    }

    followTheme(this, [this] { applyChartTheme(); });

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setOptimizationFlags(QGraphicsView::DontSavePainterState |
                                 QGraphicsView::DontAdjustForAntialiasing);
    m_view->setMinimumHeight(150);
    m_title = new QLabel(m_spec.title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_current = new QLabel(this);
    m_current->setObjectName(u"currentValue"_s);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A fixed size keeps the once-a-second text change from invalidating the tab's layout (Qt relayouts the
    // parent when a widget whose size can vary changes its size hint).
    fitCurrentLabel();

    m_header = new QHBoxLayout;
    auto *header = m_header;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_current);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    clear();
    retranslate();
}

void MetricChart::applyChartTheme()
{
    // setTheme() resets colours, fonts and pens: what follows must come after it.
    m_chart->setTheme(isDarkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    // Zero-width (cosmetic) pens: QGraphicsLineItem works out the bounding box of a wider pen by stroking it,
    // for every grid line on every repaint.
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        QPen grid = axis->gridLinePen();
        grid.setWidth(0);
        axis->setGridLinePen(grid);
        QPen line = axis->linePen();
        line.setWidth(0);
        axis->setLinePen(line);
    }
    // A 1 px pen is drawn by the rasterizer directly; wider pens go through the stroker every frame.
    for (QLineSeries *series : std::as_const(m_series)) {
        QPen pen = series->pen();
        pen.setWidthF(1.0);
        series->setPen(pen);
    }
}

void MetricChart::setSpecTexts(const MetricChartSpec &spec)
{
    m_spec.title = spec.title;
    m_spec.unit = spec.unit;
    m_spec.seriesNames = spec.seriesNames;
    m_spec.currentText = spec.currentText;
    m_title->setText(m_spec.title);
    m_axisY->setTitleText(m_spec.unit);
    for (qsizetype i = 0; i < m_series.size(); ++i)
        m_series.at(i)->setName(m_spec.seriesNames.value(i));
    fitCurrentLabel();
    updateAccessibleText();
}

void MetricChart::setCompactHeader(bool compact)
{
    m_header->setDirection(compact ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_current->setAlignment((compact ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
}

int MetricChart::minimumWidthFor(bool compact) const
{
    const int title = m_title->sizeHint().width();
    const int view = m_view->minimumSizeHint().width();
    return qMax(view,
                compact ? qMax(title, m_current->width()) : title + m_header->spacing() + m_current->width());
}

int MetricChart::minimumHeightFor(bool compact) const
{
    const int header = compact ? m_title->sizeHint().height() + m_header->spacing() + m_current->height()
                               : qMax(m_title->sizeHint().height(), m_current->height());
    return header + layout()->spacing() + m_view->minimumHeight();
}

void MetricChart::fitCurrentLabel()
{
    // The widest the value can read in this language: large figures in every field.
    MetricSample widest;
    widest.gpuUtil = widest.cpuPct = 100;
    widest.gpuMemUsedMB = widest.gpuMemTotalMB = widest.ramUsedMB = widest.ramTotalMB = 9'999'999;
    widest.diskUsedGB = widest.diskTotalGB = 99'999;
    widest.netInKBps = widest.netOutKBps = 99'999.9;
    const QFontMetrics fm = m_current->fontMetrics();
    int width = fm.horizontalAdvance(tr("No data yet"));
    if (m_spec.currentText)
        width = qMax(width, fm.horizontalAdvance(m_spec.currentText(widest)));
    m_current->setFixedSize(width + 2, m_current->sizeHint().height());
}

void MetricChart::updateAccessibleText()
{
    setAccessibleName(tr("%1 chart").arg(m_spec.title));
    m_view->setAccessibleName(accessibleName());
    const QString description =
        !m_hasData
            ? tr("No data yet")
            : tr("Now: %1. Last %2 minutes: lowest %3, highest %4 %5.")
                  .arg(m_current->text(), QLocale().toString(double(m_shownSpan) / 60.0, 'f', 0),
                       QLocale().toString(m_low, 'f', 1), QLocale().toString(m_high, 'f', 1), m_spec.unit);
    setAccessibleDescription(description);
    m_view->setAccessibleDescription(description);
}

void MetricChart::retranslate()
{
    m_axisX->setTitleText(tr("Minutes ago"));
    if (!m_hasData)
        m_current->setText(tr("No data yet"));
    fitCurrentLabel();
    updateAccessibleText();
}

void MetricChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MetricChart::clear()
{
    for (QLineSeries *series : std::as_const(m_series))
        series->clear();
    m_hasData = false;
    m_current->setText(tr("No data yet"));
    updateAccessibleText();
}

QString MetricChart::currentValueText() const
{
    return m_current->text();
}

void MetricChart::showRange(const MetricHistory &history, qint64 since, qint64 until, int maxPoints)
{
    ++m_updates;
    double top = 0;
    double low = std::numeric_limits<double>::max();
    const double untilMs = double(until) * 1000.0;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        history.pointsSince(since, m_spec.kinds.at(i), maxPoints, &m_points);
        for (QPointF &point : m_points) {
            point.setX((untilMs - point.x()) / 60000.0);
            top = qMax(top, point.y());
            low = qMin(low, point.y());
        }
        m_series.at(i)->replace(m_points);
    }
    const qint64 span = until - since;
    if (span != m_shownSpan) {
        m_shownSpan = span;
        const double minutes = double(span) / 60.0;
        m_axisX->setTickInterval(minutes <= 10 ? 1 : minutes <= 60 ? 10 : 60);
        m_axisX->setRange(0, minutes);
    }
    m_hasData = !history.isEmpty();
    m_low = low == std::numeric_limits<double>::max() ? 0 : low;
    m_high = top;
    if (!m_hasData) {
        m_current->setText(tr("No data yet"));
        updateAccessibleText();
        return;
    }
    const MetricSample &latest = history.latest();
    const double ceiling = m_spec.ceiling ? m_spec.ceiling(latest) : 0;
    // Round steps from 0 (1, 2 or 5 × 10^n), so a 42 GB axis reads 0, 10, 20 … rather than 10.5, 21 ….
    const auto niceStep = [](double top) {
        const double raw = top / 4;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const double ratio = raw / magnitude;
        return ratio <= 1   ? magnitude
               : ratio <= 2 ? 2 * magnitude
               : ratio <= 5 ? 5 * magnitude
                            : 10 * magnitude;
    };
    double yMax = ceiling;
    if (ceiling <= 0) {
        // A fitted axis stays put while the data fills 40–100 % of it: moving it every second would make the
        // lines jump and relayout the axis on every update.
        const double shown = m_axisY->max();
        if (top <= shown && top >= shown * 0.4) {
            yMax = shown;
        } else {
            const double wanted = qMax(1.0, top * 1.2);
            yMax = std::ceil(wanted / niceStep(wanted)) * niceStep(wanted);
        }
    }
    if (!qFuzzyCompare(m_axisY->max(), yMax)) {
        const double step = niceStep(yMax);
        m_axisY->setTickInterval(step);
        m_axisY->setLabelFormat(step < 1 ? u"%.1f"_s : u"%.0f"_s);
        m_axisY->setRange(0, yMax);
    }
    m_current->setText(m_spec.currentText ? m_spec.currentText(latest) : QString());
    updateAccessibleText();
}

} // namespace glows::ui
