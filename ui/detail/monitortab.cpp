// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/monitortab.h"

#include "api/glowsclient.h"
#include "core/clock.h"
#include "core/logging.h"
#include "ui/detail/detailwidgets.h"
#include "ui/detail/metricchart.h"
#include "ui/messagebar.h"
#include "ui/settings/theme.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QList<MetricChartSpec> chartSpecs(bool noGpu = false)
{
    const auto percent = [](double v) { return MonitorTab::tr("%1 %").arg(number(v, 0)); };
    const auto usedOfTotal = [](double used, double total) {
        return MonitorTab::tr("%1 / %2 GB").arg(number(used), number(total));
    };
    return {
        {MonitorTab::tr("GPU Utilisation"),
         MonitorTab::tr("%"),
         {MetricKind::GpuUtil},
         {MonitorTab::tr("GPU")},
         [](const MetricSample &) { return 100.0; },
         [percent, noGpu](const MetricSample &s) {
             return noGpu ? MonitorTab::tr("no GPU") : percent(s.gpuUtil);
         }},
        {MonitorTab::tr("GPU Memory"),
         MonitorTab::tr("GB"),
         {MetricKind::GpuMemUsed},
         {MonitorTab::tr("GPU memory")},
         [](const MetricSample &s) { return s.gpuMemTotalMB / 1024.0; },
         [usedOfTotal, noGpu](const MetricSample &s) {
             return noGpu ? MonitorTab::tr("no GPU")
                          : usedOfTotal(s.gpuMemUsedMB / 1024.0, s.gpuMemTotalMB / 1024.0);
         }},
        {MonitorTab::tr("CPU"),
         MonitorTab::tr("%"),
         {MetricKind::CpuUtil},
         {MonitorTab::tr("CPU")},
         [](const MetricSample &) { return 100.0; },
         [percent](const MetricSample &s) { return percent(s.cpuPct); }},
        {MonitorTab::tr("RAM"),
         MonitorTab::tr("GB"),
         {MetricKind::RamUsed},
         {MonitorTab::tr("RAM")},
         [](const MetricSample &s) { return s.ramTotalMB / 1024.0; },
         [usedOfTotal](const MetricSample &s) {
             return usedOfTotal(s.ramUsedMB / 1024.0, s.ramTotalMB / 1024.0);
         }},
        {MonitorTab::tr("Disk"),
         MonitorTab::tr("GB"),
         {MetricKind::DiskUsed},
         {MonitorTab::tr("Disk")},
         [](const MetricSample &s) { return s.diskTotalGB; },
         [usedOfTotal](const MetricSample &s) { return usedOfTotal(s.diskUsedGB, s.diskTotalGB); }},
        {MonitorTab::tr("Network"),
         MonitorTab::tr("KB/s"),
         {MetricKind::NetIn, MetricKind::NetOut},
         {MonitorTab::tr("In"), MonitorTab::tr("Out")},
         [](const MetricSample &) { return 0.0; },
         [](const MetricSample &s) {
             return MonitorTab::tr("In %1 KB/s · Out %2 KB/s").arg(number(s.netInKBps), number(s.netOutKBps));
         }},
    };
}

QString unsupportedText()
{
    return MonitorTab::tr("Metrics are not available from this server: it does not provide the monitoring "
                          "extension, so no live charts can be shown for this instance.");
}

} // namespace

MonitorTab::MonitorTab(AppContext context, QWidget *parent)
    : DetailTab(context, parent), m_query(new LiveQuery(m_ctx.client, this))
{
    // Polled every second while the tab is visible, never while hidden.
    m_query->setIntervals({1000, 1000, 0});
    m_query->setCall<MetricSeries>(
        [this](GlowsClient &client, QObject *context, MetricsHandler done) {
            return fetch(client, context, std::move(done));
        },
        [this](const MetricSeries &series) { showSeries(series); });
    connect(m_query, &LiveQuery::failed, this, &MonitorTab::showError);
    connect(m_query, &LiveQuery::reset, this, &MonitorTab::clearHistory);
    connect(m_query, &LiveQuery::reset, this, &MonitorTab::dropSshSource);

    auto *fiveMinutes = new QPushButton(this);
    fiveMinutes->setObjectName(u"range5m"_s);
    auto *oneHour = new QPushButton(this);
    oneHour->setObjectName(u"range1h"_s);
    m_rangeButtons = new QButtonGroup(this);
    m_rangeButtons->setExclusive(true);
    for (QPushButton *button : {fiveMinutes, oneHour})
        button->setCheckable(true);
    m_rangeButtons->addButton(fiveMinutes, int(Range::FiveMinutes));
    m_rangeButtons->addButton(oneHour, int(Range::OneHour));
    fiveMinutes->setChecked(true);
    m_simulatedLabel = new QLabel(this);
    m_simulatedLabel->setObjectName(u"simulated"_s);
    m_simulatedLabel->setWordWrap(true);
    setTextColor(m_simulatedLabel, ColorRole::Simulated);
    m_simulatedLabel->hide();
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(u"metricsSource"_s);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->hide();
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportCsv"_s);
    m_notice = makeNoticeLabel(this);
    m_notice->setObjectName(u"notice"_s);

    auto *top = new QHBoxLayout;
    m_rangeLabel = new QLabel(this);
    top->addWidget(m_rangeLabel);
    top->addWidget(fiveMinutes);
    top->addWidget(oneHour);
    top->addSpacing(12);
    top->addWidget(m_simulatedLabel, 1);
    top->addWidget(m_sourceLabel, 1);
    top->addWidget(m_export);

    m_chartArea = new QWidget;
    m_grid = new QGridLayout(m_chartArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    const QList<MetricChartSpec> specs = chartSpecs();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        auto *chart = new MetricChart(specs.at(i), m_chartArea);
        chart->setObjectName(u"chart%1"_s.arg(i));
        m_charts.append(chart);
    }
    arrangeCharts(2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chartArea);
    m_chartScroll = scroll;
    // Empty charts say nothing the notice does not: they appear with the first samples.
    scroll->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(scroll, 1);
    layout->addStretch();

    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    connect(m_export, &QPushButton::clicked, this, &MonitorTab::exportCsv);
    retranslate();
}

void MonitorTab::arrangeCharts(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setCompactHeader(columns == 6);
    for (MetricChart *chart : std::as_const(m_charts))
        m_grid->removeWidget(chart);
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        m_grid->addWidget(m_charts.at(i), int(i / columns), int(i % columns));
    for (int c = 0; c < 6; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void MonitorTab::resizeEvent(QResizeEvent *event)
{
    DetailTab::resizeEvent(event);
    // As few columns as let every row fit without scrolling: 2 × 3 in a tall pane, 3 × 2, or one row of six
    // (values under the titles) in the main window's short detail pane. When nothing fits, the fewest
    // two columns, and scrolling.
    const QMargins margins = layout()->contentsMargins();
    const int height = this->height() - margins.top() - margins.bottom() - m_rangeLabel->sizeHint().height() -
                       2 * layout()->spacing();
    const int width = this->width() - margins.left() - margins.right();
    const int spacing = m_grid->spacing();
    int chosen = 2;
    for (const int columns : {2, 3, 6}) {
        const bool compact = columns == 6;
        const int rows = int((m_charts.size() + columns - 1) / columns);
        int needed = (columns - 1) * spacing;
        int rowHeight = 0;
        for (int c = 0; c < columns; ++c) {
            int column = 0;
            for (qsizetype i = c; i < m_charts.size(); i += columns)
                column = qMax(column, m_charts.at(i)->minimumWidthFor(compact));
            needed += column;
        }
        for (const MetricChart *chart : std::as_const(m_charts))
            rowHeight = qMax(rowHeight, chart->minimumHeightFor(compact));
        if (needed <= width && rows * rowHeight + (rows - 1) * spacing <= height) {
            chosen = columns;
            break;
        }
    }
    arrangeCharts(chosen);
}

void MonitorTab::retranslate()
{
    m_rangeButtons->button(int(Range::FiveMinutes))->setText(tr("5 min"));
    m_rangeButtons->button(int(Range::OneHour))->setText(tr("1 hour"));
    m_rangeLabel->setText(tr("Range:"));
    m_simulatedLabel->setText(
        tr("Simulated data: this server generates these figures, they do not come from a real machine."));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the samples of the visible range as CSV"));
    m_sourceLabel->setText(tr("From the instance over SSH"));
    m_sourceLabel->setToolTip(
        tr("This server has no metrics extension, so the app reads nvidia-smi, /proc and "
           "df on the instance over SSH every %1 seconds while this tab is visible.")
            .arg(m_sshIntervalMs / 1000));
    if (m_query->isUnsupported() && !sshWanted())
        m_notice->setText(unsupportedText());
    const QList<MetricChartSpec> specs = chartSpecs(m_noGpu);
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        m_charts.at(i)->setSpecTexts(specs.at(i));
    // The current values are written by a redraw; an inactive tab redraws when it is shown.
    if (isActive() && !m_history.isEmpty())
        redraw();
}

void MonitorTab::setPollInterval(int ms)
{
    m_query->setIntervals({ms, ms, 0});
}

void MonitorTab::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_rangeButtons->button(int(range)))
        button->setChecked(true);
    if (isActive())
        redraw();
}

bool MonitorTab::isPolling() const
{
    return m_query->isRunning();
}

bool MonitorTab::isUnsupported() const
{
    return m_query->isUnsupported();
}

int MonitorTab::chartUpdateCount() const
{
    int total = 0;
    for (const MetricChart *chart : m_charts)
        total += chart->updateCount();
    return total;
}

void MonitorTab::instanceChanged(bool switched)
{
    if (switched) {
        dropSshSource();
        clearHistory();
        m_query->clear();
    }
    updatePolling();
}

void MonitorTab::clearHistory()
{
    m_history.clear();
    m_notice->hide();
    m_chartScroll->hide();
    m_chartArea->setEnabled(true);
    for (MetricChart *chart : std::as_const(m_charts))
        chart->clear();
}

void MonitorTab::activeChanged(bool active)
{
    if (active)
        redraw();
    updatePolling();
}

void MonitorTab::updatePolling()
{
    const bool wanted = isActive() && !m_query->isUnsupported() && instance().status.allowsLiveTabs() &&
                        !instance().instanceID.isEmpty();
    if (wanted && !m_query->isRunning())
        m_query->start();
    else if (!wanted && m_query->isRunning())
        m_query->stop();
    updateSshSampling();
}

ApiRequest *MonitorTab::fetch(GlowsClient &client, QObject *context, MetricsHandler done)
{
    // `since` is exclusive: the server answers samples with t > since.
    const qint64 since = m_history.isEmpty() ? systemClock().wallSecs() - rangeSeconds(Range::OneHour)
                                             : m_history.latestTime();
    if (m_fetcher) {
        m_fetcher(instance().instanceID, since, std::move(done));
        return nullptr;
    }
    return client.metrics(instance().instanceID, since, context, std::move(done));
}

void MonitorTab::applyMetrics(const ApiResult<MetricSeries> &result)
{
    if (result.ok())
        showSeries(result.value());
    else
        showError(result.error());
}

void MonitorTab::showError(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unsupported) {
        updatePolling();
        if (m_sshSource)
            return; // the SSH source reports in the notice
        showUnsupportedNotice();
    } else {
        m_notice->showMessage(tr("Could not load metrics: %1").arg(error.userMessage()),
                              MessageBar::Type::Error, error.detail());
    }
    m_notice->show();
}

void MonitorTab::showUnsupportedNotice()
{
    m_notice->setText(unsupportedText());
    m_chartArea->setEnabled(false);
    m_export->setEnabled(false);
    m_notice->show();
}

void MonitorTab::showSeries(const MetricSeries &series)
{
    m_notice->hide();
    m_simulated = series.simulated;
    m_simulatedLabel->setVisible(m_simulated);
    const int added = m_history.append(series.samples);
    if (isActive())
        redraw();
    // An hour of history arrives in several answers; the next one is asked for at once, as long as the
    // answers move forward (a server repeating itself is left to the regular poll).
    if (series.more && added > 0)
        QTimer::singleShot(0, m_query, &LiveQuery::refresh);
}

void MonitorTab::redraw()
{
    m_export->setEnabled(!m_history.isEmpty());
    m_chartScroll->setVisible(!m_history.isEmpty());
    const qint64 until = m_history.isEmpty() ? systemClock().wallSecs() : m_history.latestTime();
    const qint64 since = until - rangeSeconds(m_range);
    for (MetricChart *chart : std::as_const(m_charts))
        chart->showRange(m_history, since, until);
}

QString MonitorTab::visibleRangeCsv() const
{
    return m_history.csvSince(m_history.latestTime() - rangeSeconds(m_range));
}

bool MonitorTab::writeCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    return file.write(visibleRangeCsv().toUtf8()) >= 0;
}

void MonitorTab::exportCsv()
{
    const QString name = u"%1-metrics.csv"_s.arg(instance().instanceID);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Metrics"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!writeCsv(path)) {
        m_notice->showMessage(tr("Could not write %1.").arg(path), MessageBar::Type::Error);
    }
}

} // namespace glows::ui
