// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/dialogs/actiondialog.h"

#include <QDateTime>

class QCheckBox;
class QLineEdit;

namespace glows::ui {

// Take Snapshot: a required name checked by the one name rule (core/names.h; suggested as
// <name>-YYYYMMDD-HHMM), the auto-release option, and the four things the user must know before the instance
// pauses.
class SnapshotDialog final : public ActionDialog
{
    Q_OBJECT
public:
    SnapshotDialog(AppContext context, const Instance &instance, QWidget *parent = nullptr);

    // Empty when the name is acceptable, otherwise the translated reason.
    static QString nameProblem(const QString &name);
    static QString suggestedName(const Instance &instance, const QDateTime &now);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *autoReleaseBox() const { return m_autoRelease; }

protected:
    bool stateAllows(const InstanceStatus &status) const override { return status.canTakeSnapshot(); }
    QString refusalText() const override;
    bool inputValid() const override;
    void sendRequest(Completion done) override;
    QString confirmText() const override;
    void retranslate() override;

private:
    void onNameEdited();

    QLabel *m_heading = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QCheckBox *m_autoRelease = nullptr;
};

} // namespace glows::ui
