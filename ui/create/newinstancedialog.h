// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain.h"
#include "core/instance.h"
#include "ui/appcontext.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace glows::ui {

// Create an instance from an image or a snapshot: source, machine (GPU spec with price and stock), region,
// category, name, extra ports and envs. One custom_meta_key is kept for the dialog's whole life, so a
// retry after an error can never create a second instance.
class NewInstanceDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewInstanceDialog(AppContext context, QWidget *parent = nullptr);

    // Preselects "from snapshot" with this snapshot (used by the Snapshots page).
    void preselectSnapshot(const QString &snapId);
    // Validates the form; returns an empty string when it can be submitted, else what to fix.
    QString validationProblem() const;
    CreateInstanceRequest buildRequest() const;
    QString metaKey() const { return m_metaKey; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;

    // Parses "8080, 7860/https": a list of ports, each TCP unless marked https. Empty on error.
    static std::optional<QList<CreateInstanceRequest::Port>> parsePorts(const QString &text,
                                                                        QString *problem);

public slots:
    void submit();

signals:
    void created(const glows::Instance &instance);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void loadCatalogue();
    void fillSpecs();
    void updateState();
    void setBusy(bool busy);

    AppContext m_ctx;
    QString m_metaKey;
    QString m_pendingSnapId;
    QList<GpuSpec> m_specs;
    bool m_busy = false;

    QLabel *m_sourceLabel = nullptr;
    QRadioButton *m_fromImage = nullptr;
    QRadioButton *m_fromSnapshot = nullptr;
    QButtonGroup *m_sourceGroup = nullptr;
    QComboBox *m_image = nullptr;
    QComboBox *m_snapshot = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_machineLabel = nullptr;
    QTableWidget *m_specTable = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_portsLabel = nullptr;
    QLineEdit *m_ports = nullptr;
    QLabel *m_envsLabel = nullptr;
    QPlainTextEdit *m_envs = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace glows::ui
