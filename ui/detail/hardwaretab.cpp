// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/hardwaretab.h"

#include "ui/consolelinks.h"
#include "ui/detail/detailwidgets.h"
#include "ui/formatting.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {

HardwareTab::HardwareTab(AppContext context, QWidget *parent) : DetailTab(context, parent)
{
    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(24);
    for (int field = 0; field < FieldCount; ++field) {
        QLabel *value = makeValueLabel(this);
        value->setObjectName(u"value%1"_s.arg(field));
        m_names.append(new QLabel(this));
        form->addRow(m_names.last(), value);
        m_values.append(value);
    }
    m_upgrade = new QPushButton(this);
    m_upgrade->setObjectName(u"upgradeHardware"_s);
    connect(m_upgrade, &QPushButton::clicked, this,
            [this] { openConsolePage(this, m_ctx, ConsolePage::UpgradeHardware); });
    auto *links = new QHBoxLayout;
    links->addWidget(m_upgrade);
    links->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(links);
    layout->addStretch();
    retranslate();
}

void HardwareTab::retranslate()
{
    const QStringList names{tr("GPU Model"), tr("GPUs"), tr("GPU RAM"), tr("CPU Model"),
                            tr("vCPUs"),     tr("RAM"),  tr("Storage")};
    for (int field = 0; field < FieldCount; ++field)
        m_names.at(field)->setText(names.at(field));
    m_upgrade->setText(tr("Upgrade Hardware…"));
    m_upgrade->setToolTip(m_ctx.sandbox ? tr("A feature of the Glows.ai web console")
                                        : tr("Opens the Glows.ai web console in your browser"));
    instanceChanged(false);
}

QString HardwareTab::valueText(Field field) const
{
    return m_values.at(field)->text();
}

void HardwareTab::instanceChanged(bool)
{
    const Hardware &hw = instance().hardware;
    const QLocale locale;
    const QString unknown = tr("—");
    const auto text = [&](const QString &value) { return value.isEmpty() ? unknown : value; };
    m_values.at(GpuModel)->setText(text(hw.gpuName));
    m_values.at(GpuCount)->setText(hw.gpuNum > 0 ? locale.toString(hw.gpuNum) : unknown);
    m_values.at(GpuRam)->setText(hw.gpuRamMB > 0 ? tr("%1 per GPU").arg(formatMegabytes(hw.gpuRamMB))
                                                 : unknown);
    m_values.at(CpuModel)->setText(text(hw.cpuName));
    m_values.at(VCpus)->setText(hw.cpuCoresNum > 0 ? locale.toString(hw.cpuCoresNum) : unknown);
    m_values.at(Ram)->setText(hw.ramMB > 0 ? formatMegabytes(hw.ramMB) : unknown);
    m_values.at(Storage)->setText(hw.diskGB > 0 ? formatMegabytes(hw.diskGB * 1024) : unknown);
}

} // namespace glows::ui
