// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/metricchart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace glows::ui {

MetricChart::MetricChart(MetricChartSpec spec, QWidget *parent) : QWidget(parent), m_spec(std::move(spec))
{
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setVisible(m_spec.kinds.size() > 1);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_axisX = new QDateTimeAxis;
    m_axisX->setFormat(u"HH:mm"_s);
    m_axisX->setTitleText(tr("Time"));
    m_axisX->setTickCount(6);
    m_axisY = new QValueAxis;
    m_axisY->setTitleText(m_spec.unit);
    m_axisY->setLabelFormat(u"%.0f"_s);
    m_axisY->setTickCount(5);
    m_axisY->setRange(0, 100);
    QFont small = m_axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_axisX->setLabelsFont(small);
    m_axisY->setLabelsFont(small);
    m_axisX->setTitleFont(small);
    m_axisY->setTitleFont(small);
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

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMinimumHeight(170);
    m_title = new QLabel(m_spec.title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_current = new QLabel(this);
    m_current->setObjectName(u"currentValue"_s);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_current);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    clear();
}

void MetricChart::clear()
{
    for (QLineSeries *series : std::as_const(m_series))
        series->clear();
    m_current->setText(tr("No data yet"));
}

QString MetricChart::currentValueText() const
{
    return m_current->text();
}

void MetricChart::showRange(const MetricHistory &history, qint64 since, qint64 until, int maxPoints)
{
    ++m_updates;
    double top = 0;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        history.pointsSince(since, m_spec.kinds.at(i), maxPoints, &m_points);
        for (const QPointF &point : std::as_const(m_points))
            top = qMax(top, point.y());
        m_series.at(i)->replace(m_points);
    }
    const qint64 span = until - since;
    if (span != m_shownSpan) {
        m_shownSpan = span;
        m_axisX->setFormat(span <= 600 ? u"HH:mm:ss"_s : u"HH:mm"_s);
    }
    m_axisX->setRange(QDateTime::fromSecsSinceEpoch(since), QDateTime::fromSecsSinceEpoch(until));
    if (history.isEmpty()) {
        m_current->setText(tr("No data yet"));
        return;
    }
    const MetricSample &latest = history.latest();
    const double ceiling = m_spec.ceiling ? m_spec.ceiling(latest) : 0;
    // Fitted axes get headroom and a round top, so the line does not touch the frame or jump every second.
    const double fitted = top <= 0
                              ? 1
                              : std::pow(10.0, std::floor(std::log10(top * 1.2))) *
                                    std::ceil(top * 1.2 / std::pow(10.0, std::floor(std::log10(top * 1.2))));
    const double yMax = ceiling > 0 ? ceiling : fitted;
    if (!qFuzzyCompare(m_axisY->max(), yMax))
        m_axisY->setRange(0, yMax);
    m_current->setText(m_spec.currentText ? m_spec.currentText(latest) : QString());
}

} // namespace glows::ui
