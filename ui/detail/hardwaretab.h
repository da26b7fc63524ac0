// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detail/detailtab.h"

class QLabel;
class QPushButton;

namespace glows::ui {

// The Hardware tab: the machine the instance runs on, with units, and the console's "Upgrade Hardware".
class HardwareTab final : public DetailTab
{
    Q_OBJECT
public:
    enum Field
    {
        GpuModel,
        GpuCount,
        GpuRam,
        CpuModel,
        VCpus,
        Ram,
        Storage,
        FieldCount
    };

    explicit HardwareTab(AppContext context, QWidget *parent = nullptr);
    QString valueText(Field field) const;
    QPushButton *upgradeButton() const { return m_upgrade; }

protected:
    void instanceChanged(bool switched) override;
    void retranslate() override;

private:
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QPushButton *m_upgrade = nullptr;
};

} // namespace glows::ui
