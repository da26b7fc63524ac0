// SPDX-License-Identifier: Apache-2.0
#include "ui/create/newinstancedialog.h"

#include "api/glowsclient.h"
#include "core/names.h"
#include "ui/formatting.h"
#include "ui/settings/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
enum SpecColumn
{
    GpuCol,
    GpuRamCol,
    CpuCol,
    VcpuCol,
    RamCol,
    DiskCol,
    PriceCol,
    AvailCol,
    SpecColumns
};
} // namespace

NewInstanceDialog::NewInstanceDialog(AppContext context, QWidget *parent)
    : QDialog(parent), m_ctx(context),
      m_metaKey(u"gd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(u"newInstanceDialog"_s);
    buildUi();
    retranslate();
    loadCatalogue();
    updateState();
}

void NewInstanceDialog::buildUi()
{
    auto *form = new QFormLayout;
    m_fromImage = new QRadioButton(this);
    m_fromImage->setObjectName(u"fromImage"_s);
    m_fromSnapshot = new QRadioButton(this);
    m_fromSnapshot->setObjectName(u"fromSnapshot"_s);
    m_fromImage->setChecked(true);
    m_sourceGroup = new QButtonGroup(this);
    m_sourceGroup->addButton(m_fromImage);
    m_sourceGroup->addButton(m_fromSnapshot);
    m_image = new QComboBox(this);
    m_image->setObjectName(u"imageCombo"_s);
    m_snapshot = new QComboBox(this);
    m_snapshot->setObjectName(u"snapshotCombo"_s);
    auto *source = new QVBoxLayout;
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_fromImage);
    imageRow->addWidget(m_image, 1);
    auto *snapRow = new QHBoxLayout;
    snapRow->addWidget(m_fromSnapshot);
    snapRow->addWidget(m_snapshot, 1);
    source->addLayout(imageRow);
    source->addLayout(snapRow);
    m_sourceLabel = new QLabel(this);
    form->addRow(m_sourceLabel, source);

    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionCombo"_s);
    m_regionLabel = new QLabel(this);
    m_regionLabel->setBuddy(m_region);
    form->addRow(m_regionLabel, m_region);

    m_specTable = new QTableWidget(0, SpecColumns, this);
    m_specTable->setObjectName(u"specTable"_s);
    m_specTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_specTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_specTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_specTable->verticalHeader()->hide();
    m_specTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The CPU model is long and least important; it gives way so price and stock always stay visible.
    m_specTable->horizontalHeader()->setSectionResizeMode(CpuCol, QHeaderView::Stretch);
    m_specTable->setTextElideMode(Qt::ElideRight);
    m_specTable->setProperty("glowsElidesColumns", QVariantList{int(CpuCol)}); // for tst_layout
    m_specTable->setWordWrap(false);
    m_specTable->setMinimumHeight(150);
    m_machineLabel = new QLabel(this);
    m_machineLabel->setBuddy(m_specTable);
    form->addRow(m_machineLabel, m_specTable);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryCombo"_s);
    m_category->addItem(QString(), u"container"_s);
    m_category->addItem(QString(), u"vm"_s);
    m_categoryLabel = new QLabel(this);
    m_categoryLabel->setBuddy(m_category);
    form->addRow(m_categoryLabel, m_category);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(kMaxRemarkLength * 4); // over-long input is reported, not silently cut
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);

    m_ports = new QLineEdit(this);
    m_ports->setObjectName(u"portsEdit"_s);
    m_portsLabel = new QLabel(this);
    m_portsLabel->setBuddy(m_ports);
    form->addRow(m_portsLabel, m_ports);

    m_envs = new QPlainTextEdit(this);
    m_envs->setObjectName(u"envsEdit"_s);
    m_envs->setTabChangesFocus(true);
    m_envs->setMaximumHeight(70);
    m_envsLabel = new QLabel(this);
    m_envsLabel->setBuddy(m_envs);
    form->addRow(m_envsLabel, m_envs);

    m_price = new QLabel(this);
    m_price->setObjectName(u"priceLabel"_s);
    QFont bold = m_price->font();
    bold.setBold(true);
    m_price->setFont(bold);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTextColor(m_error, ColorRole::Error);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewInstanceDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_price);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(860, 620);

    for (QRadioButton *b : {m_fromImage, m_fromSnapshot})
        connect(b, &QRadioButton::toggled, this, &NewInstanceDialog::updateState);
    connect(m_region, &QComboBox::currentIndexChanged, this, &NewInstanceDialog::fillSpecs);
    connect(m_specTable, &QTableWidget::itemSelectionChanged, this, &NewInstanceDialog::updateState);
    for (QComboBox *c : {m_image, m_snapshot, m_category})
        connect(c, &QComboBox::currentIndexChanged, this, &NewInstanceDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &NewInstanceDialog::updateState);
    connect(m_ports, &QLineEdit::textChanged, this, &NewInstanceDialog::updateState);
    connect(m_envs, &QPlainTextEdit::textChanged, this, &NewInstanceDialog::updateState);
}

void NewInstanceDialog::retranslate()
{
    setWindowTitle(tr("New Instance"));
    m_sourceLabel->setText(tr("Source:"));
    m_fromImage->setText(tr("&Image"));
    m_fromSnapshot->setText(tr("&Snapshot"));
    m_regionLabel->setText(tr("&Region:"));
    m_machineLabel->setText(tr("&Machine:"));
    m_categoryLabel->setText(tr("&Category:"));
    m_category->setItemText(0, tr("Container"));
    m_category->setItemText(1, tr("Virtual machine"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Optional, shown in the instance list"));
    m_portsLabel->setText(tr("Extra &ports:"));
    m_ports->setPlaceholderText(tr("e.g. 8080, 7860/https (SSH 22 and JupyterLab 8888 are always included)"));
    m_envsLabel->setText(tr("&Environment:"));
    m_envs->setPlaceholderText(tr("One KEY=value per line"));
    m_specTable->setHorizontalHeaderLabels({tr("GPU"), tr("GPU RAM"), tr("CPU"), tr("vCPUs"), tr("RAM"),
                                            tr("Storage"), tr("Price/h"), tr("Available")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Instance"));
    m_image->setAccessibleName(tr("Image"));
    m_snapshot->setAccessibleName(tr("Snapshot"));
    m_specTable->setAccessibleName(tr("Machine"));
    updateState();
}

void NewInstanceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewInstanceDialog::preselectSnapshot(const QString &snapId)
{
    m_pendingSnapId = snapId;
    m_fromSnapshot->setChecked(true);
    const int index = m_snapshot->findData(snapId);
    if (index >= 0)
        m_snapshot->setCurrentIndex(index);
}

void NewInstanceDialog::loadCatalogue()
{
    m_ctx.client->listImages(this, [this](const ApiResult<QList<ImageInfo>> &result) {
        if (!result.ok()) {
            m_image->setPlaceholderText(tr("Images unavailable: %1").arg(result.error().userMessage()));
            return;
        }
        for (const ImageInfo &image : result.value()) {
            m_image->addItem(image.imageName, image.imageID);
            m_image->setItemData(m_image->count() - 1, literalRichText(image.description), Qt::ToolTipRole);
        }
        updateState();
    });
    m_ctx.client->listSnapshots(this, [this](const ApiResult<QList<Snapshot>> &result) {
        if (!result.ok()) {
            m_snapshot->setPlaceholderText(tr("Snapshots unavailable: %1").arg(result.error().userMessage()));
            return;
        }
        for (const Snapshot &s : result.value()) {
            if (s.status == "Available"_L1)
                m_snapshot->addItem(tr("%1 (%2)").arg(s.name, s.snapID), s.snapID);
        }
        if (!m_pendingSnapId.isEmpty())
            preselectSnapshot(m_pendingSnapId);
        updateState();
    });
    m_ctx.client->listSpecs(QString(), this, [this](const ApiResult<QList<GpuSpec>> &result) {
        if (!result.ok()) {
            m_problem->setText(tr("Machine specs unavailable: %1").arg(result.error().userMessage()));
            return;
        }
        m_specs = result.value();
        QStringList regions;
        for (const GpuSpec &s : m_specs) {
            if (!regions.contains(s.regionName))
                regions.append(s.regionName);
        }
        regions.sort();
        m_region->addItems(regions);
        fillSpecs();
    });
}

void NewInstanceDialog::fillSpecs()
{
    const QString region = m_region->currentText();
    m_specTable->setRowCount(0);
    for (int i = 0; i < m_specs.size(); ++i) {
        const GpuSpec &s = m_specs.at(i);
        if (s.regionName != region)
            continue;
        const int row = m_specTable->rowCount();
        m_specTable->insertRow(row);
        const QStringList cells{s.gpuName,
                                formatMegabytes(s.gpuRamMB),
                                s.cpuName,
                                QString::number(s.cpuCoresNum),
                                formatMegabytes(s.ramMB),
                                formatMegabytes(s.diskGB * 1024),
                                formatCreditsPerHour(burnRatePerHour(s.priceCent)),
                                QString::number(s.availableUnits)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i);
            if (s.availableUnits <= 0)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
            m_specTable->setItem(row, c, item);
        }
    }
    updateState();
}

std::optional<QList<CreateInstanceRequest::Port>> NewInstanceDialog::parsePorts(const QString &text,
                                                                                QString *problem)
{
    QList<CreateInstanceRequest::Port> ports;
    QSet<int> seen{22, 8888};
    static const QRegularExpression entry(u"^(\\d{1,5})(?:\\s*/\\s*(tcp|https))?$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QRegularExpressionMatch m = entry.match(part);
        const int port = m.hasMatch() ? m.captured(1).toInt() : -1;
        if (!m.hasMatch() || port < 1 || port > 65535) {
            if (problem)
                *problem = tr("\"%1\" is not a valid port: use a number from 1 to 65535, optionally followed "
                              "by /https.")
                               .arg(part);
            return std::nullopt;
        }
        if (seen.contains(port)) {
            if (problem)
                *problem =
                    tr("Port %1 is listed more than once (22 and 8888 are always included).").arg(port);
            return std::nullopt;
        }
        seen.insert(port);
        ports.append({port, m.captured(2).compare("https"_L1, Qt::CaseInsensitive) == 0 ? 2 : 1});
    }
    return ports;
}

QString NewInstanceDialog::validationProblem() const
{
    if (m_fromImage->isChecked() && m_image->currentData().toString().isEmpty())
        return tr("Choose an image.");
    if (m_fromSnapshot->isChecked() && m_snapshot->currentData().toString().isEmpty())
        return tr("Choose a snapshot. Only available snapshots can start an instance.");
    if (m_specTable->selectionModel()->selectedRows().isEmpty())
        return tr("Choose a machine with available units.");
    // The instance's name is optional; invisible controls (a bell, a right-to-left override) would make it
    // look like another one.
    if (const NameProblem problem = checkName(m_name->text(), NameRequirement::Optional, kMaxRemarkLength);
        problem != NameProblem::None)
        return nameProblemText(problem, kMaxRemarkLength);
    QString problem;
    if (!parsePorts(m_ports->text(), &problem))
        return problem;
    for (const QString &line : m_envs->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() &&
            (!trimmed.contains(u'=') || trimmed.startsWith(u'=') || trimmed.contains(u';')))
            return tr("Environment line \"%1\" must look like KEY=value (without ';').").arg(trimmed);
    }
    return {};
}

CreateInstanceRequest NewInstanceDialog::buildRequest() const
{
    CreateInstanceRequest r;
    if (m_fromSnapshot->isChecked())
        r.fromSnapId = m_snapshot->currentData().toString();
    else
        r.fromImageId = m_image->currentData().toString();
    const QModelIndexList rows = m_specTable->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        const GpuSpec &spec =
            m_specs.at(m_specTable->item(rows.first().row(), 0)->data(Qt::UserRole).toInt());
        r.gpuName = spec.gpuName;
        r.regionName = spec.regionName;
    }
    r.instanceCategory = m_category->currentData().toString();
    r.customMetaKey = m_metaKey;
    r.remark = m_name->text().trimmed();
    QStringList envs;
    for (const QString &line : m_envs->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            envs.append(line.trimmed());
    }
    r.envs = envs.join(u';');
    r.ports = parsePorts(m_ports->text(), nullptr).value_or(QList<CreateInstanceRequest::Port>{});
    return r;
}

void NewInstanceDialog::updateState()
{
    if (!m_buttons)
        return;
    m_image->setEnabled(m_fromImage->isChecked() && !m_busy);
    m_snapshot->setEnabled(m_fromSnapshot->isChecked() && !m_busy);
    const QString problem = validationProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const QModelIndexList rows = m_specTable->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        const GpuSpec &spec =
            m_specs.at(m_specTable->item(rows.first().row(), 0)->data(Qt::UserRole).toInt());
        m_price->setText(tr("Price: %1, charged per second while Running.")
                             .arg(formatCreditsPerHour(burnRatePerHour(spec.priceCent))));
    } else {
        m_price->setText(tr("Price: choose a machine."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_busy);
}

void NewInstanceDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromImage, m_fromSnapshot, m_region, m_specTable,
                                                       m_category, m_name, m_ports, m_envs})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("Create Instance"));
    updateState();
}

QString NewInstanceDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void NewInstanceDialog::submit()
{
    if (m_busy || !validationProblem().isEmpty())
        return;
    m_error->hide();
    setBusy(true);
    m_ctx.client->createInstance(buildRequest(), this, [this](const ApiResult<Instance> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_error->setText(tr("The instance was not created: %1").arg(result.error().userMessage()));
            m_error->setToolTip(literalRichText(result.error().detail()));
            m_error->show();
            return;
        }
        emit created(result.value());
        accept();
    });
}

} // namespace glows::ui
