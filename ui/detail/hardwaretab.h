// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detail/detailtab.h"

class QLabel;

namespace glows::ui {

// The Hardware tab: the machine the instance runs on, with units.
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

protected:
    void instanceChanged(bool switched) override;
    void retranslate() override;

private:
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
};

} // namespace glows::ui
