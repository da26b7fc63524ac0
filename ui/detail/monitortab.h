// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/apierror.h"
#include "api/livequery.h"
#include "core/metrichistory.h"
#include "ui/detail/detailtab.h"

#include <functional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace glows::ui {

class MessageBar;

class MetricChart;
class SshMetricsSource;

// The Monitor tab: six live charts (GPU utilisation, GPU memory, CPU, RAM, disk, network), polled and
// redrawn every second only while the tab is visible, over a 5-minute or 1-hour window.
class MonitorTab final : public DetailTab
{
    Q_OBJECT
public:
    using MetricsHandler = ResultHandler<MetricSeries, ApiError>;
    // Where samples come from; the client by default, a generator in tests and benchmarks.
    using MetricsFetcher = std::function<void(const QString &instanceId, qint64 since, MetricsHandler done)>;

    enum class Range
    {
        FiveMinutes,
        OneHour,
    };

    explicit MonitorTab(AppContext context, QWidget *parent = nullptr);

    void setMetricsFetcher(MetricsFetcher fetcher) { m_fetcher = std::move(fetcher); }
    void setPollInterval(int ms);
    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 rangeSeconds(Range range) { return range == Range::FiveMinutes ? 300 : 3600; }

    const MetricHistory &history() const { return m_history; }
    QList<MetricChart *> charts() const { return m_charts; }
    bool isPolling() const;
    bool isUnsupported() const;
    bool isSimulated() const { return m_simulated; }
    // Without the server's metrics extension, samples come from the instance over SSH (AppContext::ssh).
    bool isSamplingOverSsh() const;
    SshMetricsSource *sshSource() const { return m_sshSource; }
    void setSshIntervalMs(int ms);
    // Sum of all charts' redraws: the test's view of "updated only while visible".
    int chartUpdateCount() const;

    // The samples of the visible range as CSV; exportCsv() asks for a file and writes it.
    QString visibleRangeCsv() const;
    bool writeCsv(const QString &path) const;
    void exportCsv();

    // Applies one answer of the data source and redraws; public so benchmarks can drive it directly.
    void applyMetrics(const ApiResult<MetricSeries> &result);

protected:
    void instanceChanged(bool switched) override;
    void activeChanged(bool active) override;
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeCharts(int columns);
    ApiRequest *fetch(GlowsClient &client, QObject *context, MetricsHandler done);
    void showSeries(const MetricSeries &series);
    void showError(const ApiError &error);
    void clearHistory();
    void redraw();
    void updatePolling();
    // ui/detail/monitortabssh.cpp
    bool sshWanted() const;
    void updateSshSampling();
    void dropSshSource();
    void showSshSample(const MetricSample &sample);
    void showSshStatus(const QString &text, int type, const QString &detail);
    void applyGpuState();
    void showUnsupportedNotice();

    LiveQuery *m_query;
    MetricsFetcher m_fetcher;
    MetricHistory m_history;
    QList<MetricChart *> m_charts;
    QWidget *m_chartArea = nullptr;
    QWidget *m_chartScroll = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    static constexpr int kMinChartWidth = 190;
    MessageBar *m_notice = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_simulatedLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    SshMetricsSource *m_sshSource = nullptr;
    int m_sshIntervalMs = 5000;
    bool m_noGpu = false;
    QPushButton *m_export = nullptr;
    QButtonGroup *m_rangeButtons = nullptr;
    Range m_range = Range::FiveMinutes;
    bool m_simulated = false;
};

} // namespace glows::ui
