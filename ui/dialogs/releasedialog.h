// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cost.h"
#include "ui/dialogs/actiondialog.h"

namespace glows::ui {

// Release: the data on the instance is deleted for good, billing stops at the cost shown, and a snapshot can
// be taken first. Cancel is the default button; the destructive one reads "Stop & Release".
class ReleaseDialog final : public ActionDialog
{
    Q_OBJECT
public:
    ReleaseDialog(AppContext context, const Instance &instance, MilliCredits accruedCost,
                  QWidget *parent = nullptr);

    void setAccruedCost(MilliCredits cost);
    QPushButton *snapshotFirstButton() const { return m_snapshotFirst; }
    QLabel *costLabel() const { return m_cost; }
    QLabel *whySaveLink() const { return m_whyLink; }
    QLabel *whySaveText() const { return m_why; }

signals:
    // The user chose "Take snapshot first": this dialog closes and the snapshot dialog should open.
    void snapshotFirstRequested(const QString &instanceId);

protected:
    bool stateAllows(const InstanceStatus &status) const override { return status.canRelease(); }
    QString refusalText() const override;
    void sendRequest(Completion done) override;
    void instanceChanged() override;
    QString confirmText() const override;
    void retranslate() override;

private:
    QLabel *m_warning = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_whyLink = nullptr;
    QLabel *m_why = nullptr;
    MilliCredits m_accruedCost = 0;
    QPushButton *m_snapshotFirst = nullptr;
};

} // namespace glows::ui
