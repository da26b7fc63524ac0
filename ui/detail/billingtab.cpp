// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/billingtab.h"

#include "api/glowsclient.h"
#include "ui/detail/billingmodel.h"
#include "ui/detail/detailwidgets.h"
#include "ui/formatting.h"
#include "ui/guard/guardsection.h"
#include "ui/messagebar.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

BillingTab::BillingTab(AppContext context, QWidget *parent)
    : DetailTab(context, parent), m_model(new BillingModel(this)), m_query(new LiveQuery(m_ctx.client, this))
{
    // Polled while the tab is visible. An estimate needs no server: it follows the list's refreshes.
    m_query->setIntervals({10000, 10000, 0});
    m_query->setCall<QList<BillingRecord>>(
        [this](GlowsClient &client, QObject *ctx, auto done) {
            return client.billing(instance().instanceID, ctx, done);
        },
        [this](const QList<BillingRecord> &records) { showRecords(records); });
    connect(m_query, &LiveQuery::failed, this, &BillingTab::showError);
    connect(m_query, &LiveQuery::reset, this, &BillingTab::clearRecords);
    m_notice = makeNoticeLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    m_total = new QLabel(this);
    m_total->setObjectName(u"total"_s);
    m_total->setTextFormat(Qt::PlainText);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportCsv"_s);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_total, 1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    if (m_ctx.guard) {
        m_guard = new GuardSection(m_ctx.guard, this);
        layout->addWidget(m_guard);
    }

    connect(m_export, &QPushButton::clicked, this, &BillingTab::exportCsv);
    retranslate();
}

void BillingTab::retranslate()
{
    m_export->setText(tr("Export CSV…"));
    m_model->retranslate();
    // The estimate's row and notice are written in words; an answer from the server is not asked again.
    if (m_estimate)
        showEstimate();
    else
        updateTotal();
}

void BillingTab::setPollInterval(int ms)
{
    m_query->setIntervals({ms, ms, 0});
}

void BillingTab::clearRecords()
{
    m_loaded = false;
    m_estimate = false;
    m_model->setRecords({});
    m_notice->hide();
    updateTotal();
}

void BillingTab::instanceChanged(bool switched)
{
    if (m_guard)
        m_guard->setInstanceId(instance().instanceID);
    if (switched) {
        clearRecords();
        m_query->clear();
        updatePolling();
    } else if (m_estimate) {
        showEstimate();
    }
}

void BillingTab::activeChanged(bool active)
{
    updatePolling();
    if (active && m_estimate)
        showEstimate();
}

void BillingTab::updatePolling()
{
    const bool wanted = isActive() && !instance().instanceID.isEmpty();
    if (wanted && !m_query->isRunning())
        m_query->start();
    else if (!wanted && m_query->isRunning())
        m_query->stop();
}

void BillingTab::showError(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unsupported) {
        showEstimate();
        return;
    }
    m_notice->showMessage(tr("Could not load billing records: %1").arg(error.userMessage()),
                          MessageBar::Type::Error, error.detail());
}

void BillingTab::showRecords(const QList<BillingRecord> &records)
{
    m_loaded = true;
    m_estimate = false;
    m_notice->hide();
    m_model->setRecords(records);
    updateTotal();
}

void BillingTab::showEstimate()
{
    m_estimate = true;
    const Instance &in = instance();
    const qint64 start = in.statusTime.value_or(in.createTime);
    const bool running = in.status.isBilled();
    BillingRecord record;
    record.startTime = start;
    const qint64 end = running ? m_clock->wallSecs() : start;
    if (!running)
        record.endTime = start;
    record.priceCent = in.priceCent;
    record.durationSeconds = qMax<qint64>(0, end - start);
    record.costMilliCredit = costForSeconds(record.durationSeconds, in.priceCent);
    record.billingMethod = tr("Estimate");
    m_model->setRecords({record});
    m_notice->setText(
        tr("Estimate: this server does not provide billing records. The row below is the hourly "
           "price multiplied by the time the instance has been Running since %1; your actual "
           "bill may differ.")
            .arg(formatDateTime(start)));
    m_notice->show();
    updateTotal();
}

QString BillingTab::totalText() const
{
    return m_total->text();
}

void BillingTab::updateTotal()
{
    const int count = m_model->rowCount();
    m_export->setEnabled(count > 0);
    if (count == 0) {
        m_total->setText(m_loaded ? tr("No billing records yet.") : QString());
        return;
    }
    const QString cost = formatCredits(m_model->totalCost());
    const QString time = formatDuration(m_model->totalSeconds());
    m_total->setText(m_estimate ? tr("Estimated total: %1 over %2").arg(cost, time)
                                : tr("Total: %1 over %2").arg(cost, time));
}

bool BillingTab::writeCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    return file.write(m_model->toCsv().toUtf8()) >= 0;
}

void BillingTab::exportCsv()
{
    const QString suggested = m_estimate ? u"%1-billing-estimate.csv"_s.arg(instance().instanceID)
                                         : u"%1-billing.csv"_s.arg(instance().instanceID);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Billing"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !writeCsv(path)) {
        m_notice->showMessage(tr("Could not write %1.").arg(path), MessageBar::Type::Error);
    }
}

} // namespace glows::ui
