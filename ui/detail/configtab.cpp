// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/configtab.h"

#include "api/glowsclient.h"
#include "ui/detail/detailwidgets.h"
#include "ui/formatting.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {

QString categoryText(const QString &category)
{
    if (category.compare("container"_L1, Qt::CaseInsensitive) == 0)
        return ConfigTab::tr("Container");
    if (category.compare("vm"_L1, Qt::CaseInsensitive) == 0)
        return ConfigTab::tr("Virtual machine");
    return category;
}

} // namespace

ConfigTab::ConfigTab(AppContext context, QWidget *parent) : DetailTab(context, parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int field = 0; field < FieldCount; ++field) {
        QLabel *value = makeValueLabel(this);
        value->setObjectName(u"value%1"_s.arg(field));
        QToolButton *copy = makeCopyButton(this, QString());
        copy->setObjectName(u"copy%1"_s.arg(field));
        connect(copy, &QToolButton::clicked, this,
                [this, field] { QGuiApplication::clipboard()->setText(m_raw.at(field)); });
        auto *row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(copy, 0, Qt::AlignTop);
        m_names.append(new QLabel(this));
        form->addRow(m_names.last(), row);
        m_values.append(value);
        m_copy.append(copy);
        m_raw.append(QString());
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    retranslate();
}

void ConfigTab::retranslate()
{
    const QStringList names{tr("Image"),    tr("Image ID"), tr("Image Description"),     tr("Ports"),
                            tr("Category"), tr("Region"),   tr("Environment Variables"), tr("Command"),
                            tr("Meta Key"), tr("Created")};
    for (int field = 0; field < FieldCount; ++field) {
        m_names.at(field)->setText(names.at(field));
        retranslateCopyButton(m_copy.at(field), tr("Copy %1").arg(names.at(field)));
    }
    fill();
}

QString ConfigTab::valueText(Field field) const
{
    return m_values.at(field)->text();
}

void ConfigTab::instanceChanged(bool)
{
    fill();
}

void ConfigTab::activeChanged(bool active)
{
    if (active)
        fetchCatalogue();
}

void ConfigTab::fetchCatalogue()
{
    if (m_catalogueRequested)
        return;
    m_catalogueRequested = true;
    m_ctx.client->listImages(this, [this](const ApiResult<QList<ImageInfo>> &result) {
        if (!result.ok()) {
            m_catalogueUnsupported = result.error().kind() == ApiError::Kind::Unsupported;
            // A transient failure is retried the next time the tab is shown.
            m_catalogueRequested = m_catalogueUnsupported;
            fill();
            return;
        }
        m_catalogueLoaded = true;
        for (const ImageInfo &image : result.value())
            m_images.insert(image.imageID, image);
        fill();
    });
}

void ConfigTab::fill()
{
    const Instance &in = instance();
    const auto set = [this](Field field, const QString &text, bool copyable = true) {
        m_values.at(field)->setText(text.isEmpty() ? tr("—") : text);
        m_raw[field] = copyable ? text : QString();
        m_copy.at(field)->setEnabled(!m_raw.at(field).isEmpty());
    };
    QString imageId;
    if (in.baseImage) {
        set(ImageName, in.baseImage->imageName);
        imageId = in.baseImage->imageID;
    } else if (in.baseSnap) {
        set(ImageName, tr("Snapshot: %1").arg(in.baseSnap->snapName));
        imageId = in.baseSnap->snapID;
    } else {
        set(ImageName, {});
    }
    set(ImageId, imageId);
    const auto image = m_images.constFind(imageId);
    if (image != m_images.cend()) {
        set(ImageDescription, image->description);
        set(DefaultPorts, image->defaultPorts);
    } else {
        const QString missing = m_catalogueUnsupported ? tr("Not provided by this server")
                                : m_catalogueLoaded    ? tr("Not in the image catalogue")
                                                       : tr("Loading…");
        set(ImageDescription, missing, false);
        // Without the image's defaults, the instance's own ports are the next best answer, said as such.
        QStringList ports;
        for (const Access &access : in.accesses)
            ports.append(u"%1/%2"_s.arg(access.protocol.toUpper()).arg(access.listenPort));
        if (ports.isEmpty() || (!m_catalogueUnsupported && !m_catalogueLoaded)) {
            set(DefaultPorts, missing, false);
        } else {
            set(DefaultPorts,
                tr("%1 (this instance's ports; the image's defaults are unknown)").arg(ports.join(u", "_s)));
            m_raw[DefaultPorts] = ports.join(u", "_s);
        }
    }
    set(Category, categoryText(in.category));
    m_raw[Category] = in.category;
    set(Region, in.regionName);
    set(Envs, in.envs);
    set(Cmd, in.cmd);
    set(MetaKey, in.metaKey);
    set(CreationTime, formatDateTime(in.createTime), in.createTime > 0);
}

} // namespace glows::ui
