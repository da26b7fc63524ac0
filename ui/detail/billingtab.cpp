// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/billingtab.h"

#include "api/glowsclient.h"
#include "ui/detail/billingmodel.h"
#include "ui/detail/detailwidgets.h"
#include "ui/formatting.h"

#include <QDateTime>
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
    : DetailTab(context, parent), m_model(new BillingModel(this)),
      m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
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
    m_timer = new QTimer(this);
    m_timer->setInterval(10000);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_total, 1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_timer, &QTimer::timeout, this, [this] { m_estimate ? showEstimate() : fetch(); });
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
    m_timer->setInterval(ms);
}

void BillingTab::instanceChanged(bool switched)
{
    if (switched) {
        ++m_serial;
        m_inFlight = false;
        m_loaded = false;
        m_estimate = false;
        m_model->setRecords({});
        m_notice->hide();
        updateTotal();
        if (isActive())
            fetch();
    } else if (m_estimate) {
        showEstimate();
    }
}

void BillingTab::activeChanged(bool active)
{
    if (active) {
        m_timer->start();
        if (m_estimate)
            showEstimate();
        else
            fetch();
    } else {
        m_timer->stop();
    }
}

void BillingTab::fetch()
{
    if (!m_ctx.client || m_inFlight || instance().instanceID.isEmpty())
        return;
    if (!m_ctx.client->isAvailable(Feature::Billing)) {
        showEstimate();
        return;
    }
    m_inFlight = true;
    const quint64 serial = m_serial;
    m_ctx.client->billing(
        instance().instanceID, this, [this, serial](const ApiResult<QList<BillingRecord>> &result) {
            if (serial != m_serial)
                return;
            m_inFlight = false;
            if (!result.ok()) {
                if (result.error().kind() == ApiError::Kind::Unsupported) {
                    showEstimate();
                } else {
                    m_notice->setText(
                        tr("Could not load billing records: %1").arg(result.error().userMessage()));
                    m_notice->show();
                }
                return;
            }
            m_loaded = true;
            m_notice->hide();
            m_model->setRecords(result.value());
            updateTotal();
        });
}

void BillingTab::showEstimate()
{
    m_estimate = true;
    const Instance &in = instance();
    const qint64 start = in.statusTime.value_or(in.createTime);
    const bool running = in.status.isBilled();
    BillingRecord record;
    record.startTime = start;
    const qint64 end = running ? m_now() : start;
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
        m_notice->setText(tr("Could not write %1.").arg(path));
        m_notice->show();
    }
}

} // namespace glows::ui
